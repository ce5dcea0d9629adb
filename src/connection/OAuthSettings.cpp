#include "connection/OAuthSettings.h"

#include "model/BuiltinSchemas.h"
#include "model/TokenHandling.h"
#include "model/Variables.h"

#include <QCoreApplication>

namespace cad {

QHash<QString, QString> OAuthSettings::effectiveValues(const ConnectorDefinition &definition,
                                                       const QHash<QString, QString> &values)
{
    QHash<QString, QString> effective;
    for (const Property &p : definition.properties) {
        const auto given = values.constFind(p.name);
        effective.insert(p.name, given != values.cend() && !given->isEmpty() ? *given : p.value);
    }
    return effective;
}

QStringList OAuthSettings::secretValues(const ConnectorDefinition &definition, const QHash<QString, QString> &values)
{
    const QHash<QString, QString> v = effectiveValues(definition, values);
    QStringList secrets;
    for (const Property &p : definition.properties) {
        const QString value = v.value(p.name);
        if ((p.secret || p.name == PropertyNames::ClientSecret) && !value.isEmpty() && !secrets.contains(value))
            secrets.append(value);
    }
    return secrets;
}

Result<OAuthConfig> OAuthSettings::fromDefinition(const ConnectorDefinition &definition,
                                                  const QHash<QString, QString> &values, const QUrl &redirectUri)
{
    using namespace PropertyNames;
    if (!isOAuth(definition.authType))
        return Error{QCoreApplication::translate("cad::OAuthSettings", "This connector does not use OAuth 2.0."), {}};

    const QHash<QString, QString> v = effectiveValues(definition, values);
    auto url = [&](QStringView name) {
        return QUrl(Variables::substitute(v.value(name.toString()), v, true));
    };

    OAuthConfig c;
    c.grant = definition.authType == AuthType::OAuth2ClientCredentials ? OAuthGrant::ClientCredentials
                                                                       : OAuthGrant::AuthorizationCode;
    c.clientId = v.value(ClientId.toString());
    c.clientSecret = v.value(ClientSecret.toString());
    c.authorizationUrl = url(AuthorizationUrl);
    c.tokenUrl = url(TokenUrl);
    c.refreshUrl = url(RefreshTokenUrl);
    c.revokeUrl = url(TokenRevokeUrl);
    c.scope = v.value(Scope.toString()).simplified();
    c.scopeSeparator = TokenHandling::scopeSeparator(definition, values);
    // The token response as the design reads it; absent or empty fields: RFC 6749 5.1.
    auto pointer = [&](QStringView name, const QString &fallback) {
        const QString given = definition.property(name) ? v.value(name.toString()).trimmed() : QString();
        return given.isEmpty() ? fallback : given;
    };
    c.response.accessTokenPointer = pointer(AccessTokenField, c.response.accessTokenPointer);
    c.response.refreshTokenPointer = pointer(RefreshTokenField, c.response.refreshTokenPointer);
    c.response.expiresInPointer = pointer(ExpiresInField, c.response.expiresInPointer);
    c.response.expiresInMilliseconds = pointer(ExpiresInUnit, QString()) == QLatin1String("milliseconds");
    c.response.expiresAtPointer = pointer(ExpiresAtField, QString());
    // A design that says how the token is sent takes the provider's token_type as it is (Slack: "bot").
    c.response.anyTokenType = definition.property(TokenPrefix) || definition.property(TokenHeader) ||
                              definition.property(TokenQueryParameter);
    for (const TokenHandling::ResponseVariable &captured : TokenHandling::responseVariables(definition))
        c.response.captures.append({captured.name, captured.pointer});
    c.clientAuth = v.value(BasicHeader.toString(), QStringLiteral("true")) == QLatin1String("false")
                       ? ClientAuthMethod::RequestBody
                       : ClientAuthMethod::BasicHeader;
    if (definition.authType == AuthType::OAuth2AuthorizationCodePkce)
        c.pkce = v.value(PropertyNames::PkceMethod.toString()) == QLatin1String("plain") ? cad::PkceMethod::Plain
                                                                                         : cad::PkceMethod::S256;
    else
        c.pkce = cad::PkceMethod::None;
    c.redirectUri = redirectUri;
    c.issuer = v.value(Issuer.toString()).trimmed();
    // Every secret value this connection may send is masked wherever an exchange is shown.
    c.secretValues = secretValues(definition, values);
    bool ok = false;
    const int interval = v.value(RefreshInterval.toString()).toInt(&ok);
    if (ok && interval > 0)
        c.defaultExpiresInSeconds = interval;

    for (const Property &p : definition.properties) {
        if (p.builtIn || p.sendAs.location == Location::NotSent || p.sendAs.location == Location::Header)
            continue;
        const QString value = v.value(p.name);
        if (value.isEmpty())
            continue;
        const QString sent = p.sentValue(value, v);
        const QString key = p.sentKey();
        if (p.sendAs.location == Location::Query)
            c.extraAuthorizationParams.append({key, sent});
        else
            c.extraTokenParams.append({key, sent});
    }
    return c;
}

} // namespace cad
