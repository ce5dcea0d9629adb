#include "model/BuiltinSchemas.h"

#include "model/ConnectorDefinition.h"

#include <QCoreApplication>

namespace cad {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cad::BuiltinSchemas", text);
}

struct Spec
{
    QStringView name;
    const char *displayName;
    bool required;
    bool secret;
    bool askUser;
    InputKind kind;
    const char *defaultValue;
    const char *hint;
    Location location = Location::NotSent;
    const char *key = "";
    const char *valueTemplate = "";
    QStringList choices = {};
};

Property make(const Spec &s, int order)
{
    Property p;
    p.name = s.name.toString();
    p.displayName = tr(s.displayName);
    p.required = s.required;
    p.secret = s.secret;
    p.askUser = s.askUser;
    p.inputKind = s.kind;
    p.value = QString::fromUtf8(s.defaultValue);
    p.hint = tr(s.hint);
    p.order = order;
    p.sendAs.location = s.location;
    p.sendAs.key = QString::fromUtf8(s.key);
    p.sendAs.valueTemplate = QString::fromUtf8(s.valueTemplate);
    p.choices = s.choices;
    p.builtIn = true;
    return p;
}

using namespace PropertyNames;

// clang-format off
const Spec ClientIdSpec{ClientId, QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "Client ID"), true, false, false, InputKind::Text, "",
    QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "The client ID of the app registered with the provider.")};
const Spec ClientSecretSpec{ClientSecret, QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "Client secret"), true, true, false, InputKind::Password, "",
    QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "The client secret of the app registered with the provider. Kept in the keychain.")};
const Spec AuthorizationUrlSpec{AuthorizationUrl, QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "Authorization URL"), true, false, false, InputKind::Url, "",
    QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "Full URL of the provider's authorization endpoint, e.g. https://example.com/oauth/authorize.")};
const Spec TokenUrlSpec{TokenUrl, QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "Token URL"), true, false, false, InputKind::Url, "",
    QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "Full URL of the provider's token endpoint, e.g. https://example.com/oauth/token.")};
const Spec ScopeSpec{Scope, QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "Scope"), false, false, false, InputKind::Text, "",
    QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "Space-separated scopes to request.")};
const Spec RefreshTokenUrlSpec{RefreshTokenUrl, QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "Refresh token URL"), false, false, false, InputKind::Url, "",
    QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "Where tokens are refreshed. Empty: the token URL.")};
const Spec TokenRevokeUrlSpec{TokenRevokeUrl, QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "Token revoke URL"), false, false, false, InputKind::Url, "",
    QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "RFC 7009 revocation endpoint, called when a connection is removed.")};
const Spec RefreshIntervalSpec{RefreshInterval, QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "Refresh interval"), false, false, false, InputKind::Number, "3600",
    QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "Seconds a token is assumed valid when the provider sends no expires_in.")};
const Spec ConnectionNameSpec{ConnectionName, QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "Connection name"), false, false, true, InputKind::Text, "",
    QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "A name that helps you recognise this connection.")};
const Spec BasicHeaderSpec{BasicHeader, QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "Basic header"), false, false, false, InputKind::Boolean, "true",
    QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "On: client ID and secret go Base64-encoded in the Authorization header. Off: in the request body.")};
const Spec PkceMethodSpec{PkceMethod, QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "OAuth2 PKCE Code Challenge Method"), false, false, false, InputKind::Choice, "S256",
    QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "S256 unless the provider only supports plain."), Location::NotSent, "", "",
    {QStringLiteral("S256"), QStringLiteral("plain")}};
const Spec UsernameSpec{Username, QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "Username"), true, false, true, InputKind::Text, "",
    QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "The user name of the account.")};
const Spec PasswordSpec{Password, QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "Password"), true, true, true, InputKind::Password, "",
    QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "The password of the account.")};
const Spec ApiKeySpec{ApiKey, QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "API key"), true, true, true, InputKind::Password, "",
    QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "The API key from the service's settings page."), Location::Header, "X-Access-Token", "{value}"};
const Spec PatSpec{PersonalAccessToken, QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "Personal access token"), true, true, true, InputKind::Password, "",
    QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "A personal access token created in the service's settings."), Location::Header, "Authorization", "Bearer {value}"};

// The advanced properties of the OAuth types: not in a new design's table; added by the author.
const Spec AccessTokenFieldSpec{AccessTokenField, QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "Access token field"), false, false, false, InputKind::Text, "/access_token",
    QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "JSON Pointer to the access token in the token response, such as /authed_user/access_token.")};
const Spec RefreshTokenFieldSpec{RefreshTokenField, QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "Refresh token field"), false, false, false, InputKind::Text, "/refresh_token",
    QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "JSON Pointer to the refresh token in the token response.")};
const Spec ExpiresInFieldSpec{ExpiresInField, QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "Expires-in field"), false, false, false, InputKind::Text, "/expires_in",
    QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "JSON Pointer to the token's lifetime in the token response.")};
const Spec ExpiresInUnitSpec{ExpiresInUnit, QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "Expires-in unit"), false, false, false, InputKind::Choice, "seconds",
    QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "The unit of the lifetime: seconds (RFC 6749) or milliseconds."), Location::NotSent, "", "", {QStringLiteral("seconds"), QStringLiteral("milliseconds")}};
const Spec ExpiresAtFieldSpec{ExpiresAtField, QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "Expires-at field"), false, false, false, InputKind::Text, "",
    QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "JSON Pointer to an absolute expiry (RFC 3339 or seconds since 1970), used when the response gives no lifetime.")};
const Spec TokenHeaderSpec{TokenHeader, QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "Token header"), false, false, false, InputKind::Text, "Authorization",
    QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "The header API calls carry the access token in, such as X-Shopify-Access-Token.")};
const Spec TokenPrefixSpec{TokenPrefix, QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "Token prefix"), false, false, false, InputKind::Text, "Bearer",
    QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "The word before the access token in the header, such as Zoho-oauthtoken; empty: the token alone.")};
const Spec TokenQueryParameterSpec{TokenQueryParameter, QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "Token query parameter"), false, false, false, InputKind::Text, "access_token",
    QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "Send the access token as this query parameter of every API call instead of in a header.")};
const Spec ScopeSeparatorSpec{ScopeSeparator, QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "Scope separator"), false, false, false, InputKind::Text, ",",
    QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "What separates the scopes in the authorization, token and refresh requests; a space unless the provider wants a comma.")};
const Spec ResponseVariablesSpec{ResponseVariables, QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "Response variables"), false, false, false, InputKind::MultiLineText, "instance_url=/instance_url",
    QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "NAME=/pointer, one per line: the token response's value becomes {NAME} in the base URL and value templates.")};
// clang-format on

/// The built-in set of each type, in table order (Custom and None have none).
QList<const Spec *> specsOf(AuthType type)
{
    switch (type) {
    case AuthType::OAuth2AuthorizationCode:
        return {&ClientIdSpec,       &ClientSecretSpec,    &AuthorizationUrlSpec, &TokenUrlSpec,
                &ScopeSpec,          &RefreshTokenUrlSpec, &TokenRevokeUrlSpec,   &RefreshIntervalSpec,
                &ConnectionNameSpec, &BasicHeaderSpec};
    case AuthType::OAuth2AuthorizationCodePkce:
        return {&ClientIdSpec,       &ClientSecretSpec,    &AuthorizationUrlSpec, &TokenUrlSpec,
                &ScopeSpec,          &RefreshTokenUrlSpec, &TokenRevokeUrlSpec,   &RefreshIntervalSpec,
                &ConnectionNameSpec, &BasicHeaderSpec,     &PkceMethodSpec};
    case AuthType::OAuth2ClientCredentials:
        return {&ClientIdSpec,        &ClientSecretSpec,   &TokenUrlSpec,   &ScopeSpec,
                &RefreshIntervalSpec, &ConnectionNameSpec, &BasicHeaderSpec};
    case AuthType::Basic:
        return {&UsernameSpec, &PasswordSpec, &ConnectionNameSpec};
    case AuthType::ApiKey:
        return {&ApiKeySpec, &ConnectionNameSpec};
    case AuthType::PersonalAccessToken:
        return {&PatSpec, &ConnectionNameSpec};
    case AuthType::Custom:
    case AuthType::None:
        return {};
    }
    Q_UNREACHABLE();
}

const Spec *specOf(AuthType type, QStringView name)
{
    for (const Spec *s : specsOf(type)) {
        if (s->name == name)
            return s;
    }
    return nullptr;
}

QList<const Spec *> advancedSpecs()
{
    return {&AccessTokenFieldSpec, &RefreshTokenFieldSpec, &ExpiresInFieldSpec, &ExpiresInUnitSpec,
            &ExpiresAtFieldSpec,   &TokenHeaderSpec,       &TokenPrefixSpec,    &TokenQueryParameterSpec,
            &ScopeSeparatorSpec,   &ResponseVariablesSpec};
}

/// The spec of a built-in property name in any type (a name means the same property in every type).
const Spec *specNamed(QStringView name)
{
    for (AuthType type : allAuthTypes()) {
        if (const Spec *s = specOf(type, name))
            return s;
    }
    return nullptr;
}

} // namespace

QList<Property> BuiltinSchemas::advancedPropertiesFor(AuthType type)
{
    QList<Property> list;
    if (!isOAuth(type))
        return list;
    for (const Spec *s : advancedSpecs()) {
        Property p = make(*s, 0);
        p.builtIn = false; // the author's own row once added: it may be edited, moved and deleted
        list.append(p);
    }
    return list;
}

QList<Property> BuiltinSchemas::propertiesFor(AuthType type)
{
    switch (type) {
    case AuthType::OAuth2AuthorizationCode:
    case AuthType::OAuth2AuthorizationCodePkce:
    case AuthType::OAuth2ClientCredentials:
    case AuthType::Basic:
    case AuthType::ApiKey:
    case AuthType::PersonalAccessToken: {
        QList<Property> list;
        int order = 1;
        for (const Spec *s : specsOf(type))
            list.append(make(*s, order++));
        return list;
    }
    case AuthType::Custom: {
        // One example property the author may rename or delete: not part of a fixed built-in set.
        Property p;
        p.name = PropertyNames::CustomAuthorization.toString();
        p.displayName = tr(QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "Authorization"));
        p.required = true;
        p.secret = true;
        p.askUser = true;
        p.inputKind = InputKind::Password;
        p.hint = tr(QT_TRANSLATE_NOOP("cad::BuiltinSchemas", "Sent as the Authorization header of every request."));
        p.order = 1;
        p.sendAs = {Location::Header, QStringLiteral("Authorization"), QStringLiteral("{value}")};
        p.builtIn = false;
        return {p};
    }
    case AuthType::None:
        return {};
    }
    Q_UNREACHABLE();
}

bool BuiltinSchemas::isDeletable(AuthType type, const Property &property)
{
    if (!property.builtIn)
        return true;
    const Spec *s = specOf(type, property.name);
    return !s || !s->required;
}

bool BuiltinSchemas::mayChangeRequired(AuthType type, const Property &property)
{
    return !property.builtIn ||
           (type == AuthType::OAuth2AuthorizationCodePkce && property.name == PropertyNames::ClientSecret);
}

bool BuiltinSchemas::needsClientSecret(const ConnectorDefinition &definition)
{
    if (!isOAuth(definition.authType))
        return false;
    const Property *secret = definition.property(PropertyNames::ClientSecret);
    if (secret && mayChangeRequired(definition.authType, *secret))
        return secret->required;
    return true;
}

bool BuiltinSchemas::isRequired(const ConnectorDefinition &definition, const Property &property)
{
    if (property.name == PropertyNames::ClientSecret && isOAuth(definition.authType))
        return needsClientSecret(definition);
    return property.required;
}

Property BuiltinSchemas::withCurrentTranslation(const Property &property)
{
    Property p = property;
    const Spec *s = property.builtIn ? specNamed(property.name) : nullptr;
    if (!s)
        return p;
    if (p.displayName == QLatin1String(s->displayName))
        p.displayName = tr(s->displayName);
    if (p.hint == QLatin1String(s->hint))
        p.hint = tr(s->hint);
    return p;
}

} // namespace cad
