#pragma once

// The built-in properties of each authentication type, written out by hand from the documented
// schema (src/model/BuiltinSchemas.cpp is the spec source). Tests compare what the code produces with
// these literals, never with BuiltinSchemas::propertiesFor() or ConnectorDefinition::create() output,
// so that a change to the schema has to be made in two places, on purpose.

#include "model/AuthType.h"
#include "model/Property.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cad::test {

struct PropertySpec
{
    const char *name;
    const char *displayName;
    bool required;
    bool secret;
    bool askUser;
    InputKind kind;
    const char *defaultValue;
    Location location;
    const char *key;
    const char *valueTemplate;
    const char *choices; ///< comma-separated
    bool builtIn;
};

// clang-format off
//                                 name                     display name                          req    secret ask    kind                 default  location           key               template, choices, built in
inline constexpr PropertySpec ClientIdSpec        {"client_id",             "Client ID",                          true,  false, false, InputKind::Text,     "",      Location::NotSent, "",               "", "", true};
inline constexpr PropertySpec ClientSecretSpec    {"client_secret",         "Client secret",                      true,  true,  false, InputKind::Password, "",      Location::NotSent, "",               "", "", true};
inline constexpr PropertySpec AuthorizationUrlSpec{"authorization_url",     "Authorization URL",                  true,  false, false, InputKind::Url,      "",      Location::NotSent, "",               "", "", true};
inline constexpr PropertySpec TokenUrlSpec        {"token_url",             "Token URL",                          true,  false, false, InputKind::Url,      "",      Location::NotSent, "",               "", "", true};
inline constexpr PropertySpec ScopeSpec           {"scope",                 "Scope",                              false, false, false, InputKind::Text,     "",      Location::NotSent, "",               "", "", true};
inline constexpr PropertySpec RefreshTokenUrlSpec {"refresh_token_url",     "Refresh token URL",                  false, false, false, InputKind::Url,      "",      Location::NotSent, "",               "", "", true};
inline constexpr PropertySpec TokenRevokeUrlSpec  {"token_revoke_url",      "Token revoke URL",                   false, false, false, InputKind::Url,      "",      Location::NotSent, "",               "", "", true};
inline constexpr PropertySpec RefreshIntervalSpec {"refresh_interval",      "Refresh interval",                   false, false, false, InputKind::Number,   "3600",  Location::NotSent, "",               "", "", true};
inline constexpr PropertySpec ConnectionNameSpec  {"connection_name",       "Connection name",                    false, false, true,  InputKind::Text,     "",      Location::NotSent, "",               "", "", true};
inline constexpr PropertySpec BasicHeaderSpec     {"basic_header",          "Basic header",                       false, false, false, InputKind::Boolean,  "true",  Location::NotSent, "",               "", "", true};
inline constexpr PropertySpec PkceMethodSpec      {"pkce_method",           "OAuth2 PKCE Code Challenge Method",  false, false, false, InputKind::Choice,   "S256",  Location::NotSent, "",               "", "S256,plain", true};
inline constexpr PropertySpec UsernameSpec        {"username",              "Username",                           true,  false, true,  InputKind::Text,     "",      Location::NotSent, "",               "", "", true};
inline constexpr PropertySpec PasswordSpec        {"password",              "Password",                           true,  true,  true,  InputKind::Password, "",      Location::NotSent, "",               "", "", true};
inline constexpr PropertySpec ApiKeySpec          {"api_key",               "API key",                            true,  true,  true,  InputKind::Password, "",      Location::Header,  "X-Access-Token", "{value}", "", true};
inline constexpr PropertySpec PatSpec             {"personal_access_token", "Personal access token",              true,  true,  true,  InputKind::Password, "",      Location::Header,  "Authorization",  "Bearer {value}", "", true};
// Custom's one example property is the author's own (not built in): it may be renamed or deleted.
inline constexpr PropertySpec CustomAuthorizationSpec{"Authorization",      "Authorization",                      true,  true,  true,  InputKind::Password, "",      Location::Header,  "Authorization",  "{value}", "", false};
// clang-format on

/// The built-in properties of @p type in table order (their display order is 1, 2, ...).
inline QList<PropertySpec> expectedBuiltins(AuthType type)
{
    switch (type) {
    case AuthType::OAuth2AuthorizationCode:
        return {ClientIdSpec,        ClientSecretSpec,   AuthorizationUrlSpec, TokenUrlSpec,       ScopeSpec,
                RefreshTokenUrlSpec, TokenRevokeUrlSpec, RefreshIntervalSpec,  ConnectionNameSpec, BasicHeaderSpec};
    case AuthType::OAuth2AuthorizationCodePkce:
        return {ClientIdSpec,       ClientSecretSpec,    AuthorizationUrlSpec, TokenUrlSpec,
                ScopeSpec,          RefreshTokenUrlSpec, TokenRevokeUrlSpec,   RefreshIntervalSpec,
                ConnectionNameSpec, BasicHeaderSpec,     PkceMethodSpec};
    case AuthType::OAuth2ClientCredentials:
        return {ClientIdSpec,        ClientSecretSpec,   TokenUrlSpec,   ScopeSpec,
                RefreshIntervalSpec, ConnectionNameSpec, BasicHeaderSpec};
    case AuthType::Basic:
        return {UsernameSpec, PasswordSpec, ConnectionNameSpec};
    case AuthType::ApiKey:
        return {ApiKeySpec, ConnectionNameSpec};
    case AuthType::PersonalAccessToken:
        return {PatSpec, ConnectionNameSpec};
    case AuthType::Custom:
        return {CustomAuthorizationSpec};
    case AuthType::None:
        return {};
    }
    return {};
}

/// The technical names of expectedBuiltins(type), in order.
inline QStringList expectedBuiltinNames(AuthType type)
{
    QStringList names;
    for (const PropertySpec &s : expectedBuiltins(type))
        names << QString::fromUtf8(s.name);
    return names;
}

/// One line per field, for QCOMPARE: "name: display=…, required=…, …".
inline QString describeSpec(const PropertySpec &s, int order)
{
    return QStringLiteral("%1: display=%2 required=%3 secret=%4 ask=%5 kind=%6 default=%7 at=%8 key=%9 "
                          "template=%10 choices=[%11] builtIn=%12 order=%13")
        .arg(QString::fromUtf8(s.name), QString::fromUtf8(s.displayName))
        .arg(s.required)
        .arg(s.secret)
        .arg(s.askUser)
        .arg(inputKindId(s.kind), QString::fromUtf8(s.defaultValue), locationId(s.location), QString::fromUtf8(s.key),
             QString::fromUtf8(s.valueTemplate), QString::fromUtf8(s.choices))
        .arg(s.builtIn)
        .arg(order);
}

/// The same line for a property the code produced.
inline QString describeProperty(const Property &p)
{
    return QStringLiteral("%1: display=%2 required=%3 secret=%4 ask=%5 kind=%6 default=%7 at=%8 key=%9 "
                          "template=%10 choices=[%11] builtIn=%12 order=%13")
        .arg(p.name, p.displayName)
        .arg(p.required)
        .arg(p.secret)
        .arg(p.askUser)
        .arg(inputKindId(p.inputKind), p.value, locationId(p.sendAs.location), p.sendAs.key, p.sendAs.valueTemplate,
             p.choices.join(QLatin1Char(',')))
        .arg(p.builtIn)
        .arg(p.order);
}

} // namespace cad::test
