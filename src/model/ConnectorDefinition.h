#pragma once

#include "model/AuthType.h"
#include "model/Property.h"

#include <QList>
#include <QString>

#include <optional>

namespace cad {

struct TestRequest
{
    QString method = QStringLiteral("GET");
    QString path = QStringLiteral("/me");
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

    /// Replaces the authentication type: the properties become the new type's built-in set;
    /// values of same-named built-in properties are carried over. None clears the table.
    void changeAuthType(AuthType type);

    /// A new technical name not yet used, from base ("property", "property_2", ...).
    [[nodiscard]] QString uniqueName(const QString &base) const;

    friend bool operator==(const ConnectorDefinition &, const ConnectorDefinition &) = default;
};

} // namespace cad
