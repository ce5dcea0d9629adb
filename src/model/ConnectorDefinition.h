#pragma once

#include "model/AuthType.h"
#include "model/Property.h"
#include "model/TestExpectation.h"

#include <QList>
#include <QString>

#include <optional>

namespace cad {

struct TestRequest
{
    QString method = QStringLiteral("GET");
    QString path = QStringLiteral("/me");
    TestExpectation expect;
    friend bool operator==(const TestRequest &, const TestRequest &) = default;
};

/// A connector's authentication design: a plain value type (cheap to copy, compare and save).
/// ConnectorDocument wraps one for editing with change signals.
struct ConnectorDefinition
{
    static constexpr int FormatVersion = 1;
    /// The key of a connector whose key is empty (new definitions, keychain entries).
    static constexpr QLatin1String FallbackKey{"connector"};

    QString key;
    QString displayName;
    QString baseUrl;
    QString description;
    TestRequest testRequest;
    /// The connection's name after a successful test, filled from the answer and the values:
    /// "{/email}", "{/user/login} at {subdomain}". Empty: no name.
    QString connectionLabel;
    /// The provider's own documentation of how to authenticate (a template names it). Empty: none.
    QString documentationUrl;
    AuthType authType = DefaultAuthType;
    QList<Property> properties;

    /// A new connector with the given type's built-in properties and defaults.
    [[nodiscard]] static ConnectorDefinition create(AuthType type = DefaultAuthType,
                                                    const QString &displayName = QString());

    /// The key, or FallbackKey when it is empty: what secrets and connections are kept under.
    [[nodiscard]] QString storageKey() const { return key.isEmpty() ? QString(FallbackKey) : key; }

    [[nodiscard]] int indexOf(QStringView name) const;
    [[nodiscard]] const Property *property(QStringView name) const;
    [[nodiscard]] Property *property(QStringView name);
    /// The property's value, or an empty string.
    [[nodiscard]] QString valueOf(QStringView name) const;
    /// Properties sorted by display order (stable), as the end user sees them.
    [[nodiscard]] QList<Property> propertiesInDisplayOrder() const;
    /// Only the ask-the-user properties, in display order.
    [[nodiscard]] QList<Property> endUserFields() const;
    /// Names of the secret properties.
    [[nodiscard]] QStringList secretPropertyNames() const;

    /// Replaces the authentication type: the built-in properties become the new type's set, and
    /// same-named built-in properties keep the author's value, display name, hint, "Ask the user"
    /// and "Sent as" (display names and hints still at their English default follow the current
    /// translation). The author's own properties stay where they were, except when switching to
    /// None, which clears the table, and where a built-in property of the new type takes the name.
    /// Custom's example property goes away when unchanged.
    void changeAuthType(AuthType type);
    /// Names of the properties whose content changeAuthType(@p type) would discard: built-in
    /// properties the new type lacks whose value the author changed, and the author's own
    /// properties that do not stay. Empty when nothing the author made is lost.
    [[nodiscard]] QStringList lostByChangeAuthType(AuthType type) const;
    /// Built-in display names and hints still at their English default take the current
    /// translation (a file written in another language). The author's own wording stays.
    void followCurrentTranslation();

    /// A new technical name not yet used, from base ("property", "property_2", ...).
    [[nodiscard]] QString uniqueName(const QString &base) const;

    friend bool operator==(const ConnectorDefinition &, const ConnectorDefinition &) = default;
};

} // namespace cad
