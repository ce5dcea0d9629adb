#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace cad {

/// How the end user enters the value (and how the preview draws it).
enum class InputKind
{
    Text,
    Password,
    Url,
    Number,
    Boolean,
    Choice,
    MultiChoice,
    MultiLineText,
};

/// Where a property's value travels.
///  - Header / Query / Body on API requests for basic, API key, PAT, custom and none.
///  - For the OAuth types, author-added properties sent as Query are extra parameters of the
///    authorization request (e.g. audience, prompt), Body ones extra parameters of the token and
///    refresh requests, Header ones headers on every API request.
///  - NotSent: used by the framework itself (client_id, token_url, ...).
enum class Location
{
    Header,
    Query,
    Body,
    NotSent,
};

[[nodiscard]] QString inputKindId(InputKind kind);
[[nodiscard]] std::optional<InputKind> inputKindFromId(QStringView id);
[[nodiscard]] QStringList inputKindIds();
[[nodiscard]] QString inputKindDisplayName(InputKind kind);
[[nodiscard]] QString locationId(Location location); // "header", "query", "body", "none"
[[nodiscard]] std::optional<Location> locationFromId(QStringView id);
[[nodiscard]] QStringList locationIds();
[[nodiscard]] QString locationDisplayName(Location location);

struct SendAs
{
    Location location = Location::NotSent;
    QString key;           ///< header name, query parameter or body field; empty means the property name
    QString valueTemplate; ///< e.g. "Bearer {value}"; empty means "{value}"

    [[nodiscard]] QString effectiveTemplate() const
    {
        return valueTemplate.isEmpty() ? QStringLiteral("{value}") : valueTemplate;
    }
    friend bool operator==(const SendAs &, const SendAs &) = default;
};

/// One row of the properties table.
struct Property
{
    QString name;        ///< technical name, [A-Za-z_][A-Za-z0-9_.-]*, unique within a definition
    QString displayName; ///< what the end user reads
    QString value;       ///< the author's value, or the default offered to the end user when askUser
    bool askUser = false;
    bool required = false;
    bool secret = false; ///< value kept in the keychain, never written to files
    InputKind inputKind = InputKind::Text;
    QStringList choices; ///< for Choice / MultiChoice
    QString hint;
    int order = 0; ///< display order in the end-user screen
    SendAs sendAs;
    bool builtIn = false; ///< part of the type's built-in set

    /// The header, query parameter or body field the value travels under.
    [[nodiscard]] QString sentKey() const { return sendAs.key.isEmpty() ? name : sendAs.key; }
    /// The value as sent: the template with {value} = @p value and other {names} from @p values.
    [[nodiscard]] QString sentValue(const QString &value, const QHash<QString, QString> &values) const;

    // Whether it may be deleted or its Required flag changed depends on the type:
    // BuiltinSchemas::isDeletable() and mayChangeRequired().
    friend bool operator==(const Property &, const Property &) = default;
};

} // namespace cad
