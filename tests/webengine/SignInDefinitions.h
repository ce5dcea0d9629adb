#pragma once

#include "model/BuiltinSchemas.h"
#include "model/ConnectorDefinition.h"
#include "support/OidcProvider.h"

#include <QHash>

namespace cad::test {

/// A connector for an authorization-code client of the oidc fixture; the test request is
/// GET userinfo, so Test proves the access token works.
inline ConnectorDefinition oidcDefinition(const OidcProvider &idp, const QString &clientId, AuthType type,
                                          const QString &scope = QStringLiteral("openid profile api:read"))
{
    ConnectorDefinition d = ConnectorDefinition::create(type, QStringLiteral("OIDC fixture"));
    d.key = QStringLiteral("oidc-fixture-") + clientId;
    d.baseUrl = idp.issuer().toString();
    d.testRequest.method = QStringLiteral("GET");
    d.testRequest.path = idp.userinfoUrl().path();
    const OidcClientRegistration reg = idp.client(clientId);
    auto set = [&d](QStringView name, const QString &value) {
        if (Property *p = d.property(name))
            p->value = value;
    };
    using namespace PropertyNames;
    set(ClientId, reg.clientId);
    set(AuthorizationUrl, idp.authorizationUrl().toString());
    set(TokenUrl, idp.tokenUrl().toString());
    set(TokenRevokeUrl, idp.revocationUrl().toString());
    set(Scope, scope);
    set(BasicHeader, reg.tokenEndpointAuthMethod == QLatin1String("client_secret_post") ? QStringLiteral("false")
                                                                                        : QStringLiteral("true"));
    // A public client has no secret: its author unticks Required (BuiltinSchemas::needsClientSecret()).
    if (reg.tokenEndpointAuthMethod == QLatin1String("none")) {
        if (Property *secret = d.property(ClientSecret))
            secret->required = false;
    }
    return d;
}

/// What the end user types: the client secret (secret properties are not kept in the definition).
inline QHash<QString, QString> oidcValues(const OidcProvider &idp, const QString &clientId)
{
    QHash<QString, QString> values;
    const QString secret = idp.client(clientId).clientSecret;
    if (!secret.isEmpty())
        values.insert(PropertyNames::ClientSecret.toString(), secret);
    return values;
}

} // namespace cad::test
