#include "connection/CredentialDestinations.h"

#include "connection/OAuthSettings.h"
#include "model/BuiltinSchemas.h"
#include "model/Variables.h"

#include <QCoreApplication>

namespace cad {

QString destinationId(Destination d)
{
    switch (d) {
    case Destination::Api:
        return QStringLiteral("api");
    case Destination::Authorization:
        return QStringLiteral("authorization");
    case Destination::Token:
        return QStringLiteral("token");
    case Destination::Refresh:
        return QStringLiteral("refresh");
    case Destination::Revoke:
        return QStringLiteral("revoke");
    }
    return {};
}

QString destinationDisplayName(Destination d)
{
    switch (d) {
    case Destination::Api:
        return QCoreApplication::translate("cad::CredentialDestinations", "API requests");
    case Destination::Authorization:
        return QCoreApplication::translate("cad::CredentialDestinations", "sign-in");
    case Destination::Token:
        return QCoreApplication::translate("cad::CredentialDestinations", "token requests");
    case Destination::Refresh:
        return QCoreApplication::translate("cad::CredentialDestinations", "token refresh");
    case Destination::Revoke:
        return QCoreApplication::translate("cad::CredentialDestinations", "token revocation");
    }
    return {};
}

QList<Destination> allDestinations()
{
    return {Destination::Api, Destination::Authorization, Destination::Token, Destination::Refresh,
            Destination::Revoke};
}

QHash<Destination, Origin> CredentialDestinations::origins(const ConnectorDefinition &definition,
                                                           const QHash<QString, QString> &values)
{
    QHash<Destination, Origin> out;
    auto put = [&out](Destination d, const QUrl &url) {
        const Origin o = Origin::of(url);
        if (o.isValid() && !o.host.contains(QLatin1Char('{')) && !o.host.contains(QLatin1String("%7b")))
            out.insert(d, o);
    };
    const QHash<QString, QString> effective = OAuthSettings::effectiveValues(definition, values);
    const QString base = Variables::substitute(definition.baseUrl, effective, true);
    if (Variables::referenced(base).isEmpty())
        put(Destination::Api, QUrl(base, QUrl::StrictMode));
    if (!isOAuth(definition.authType))
        return out;
    const Result<OAuthConfig> config = OAuthSettings::fromDefinition(definition, values, QUrl());
    if (!config)
        return out;
    auto resolved = [](const QUrl &url) {
        return Variables::referenced(url.toString()).isEmpty();
    };
    if (definition.authType != AuthType::OAuth2ClientCredentials && resolved(config->authorizationUrl))
        put(Destination::Authorization, config->authorizationUrl);
    if (resolved(config->tokenUrl))
        put(Destination::Token, config->tokenUrl);
    if (resolved(config->effectiveRefreshUrl()))
        put(Destination::Refresh, config->effectiveRefreshUrl());
    if (!config->revokeUrl.isEmpty() && resolved(config->revokeUrl))
        put(Destination::Revoke, config->revokeUrl);
    return out;
}

QList<CredentialUse> CredentialDestinations::uses(const ConnectorDefinition &definition,
                                                  const QHash<QString, QString> &values)
{
    const QHash<Destination, Origin> where = origins(definition, values);
    const QHash<QString, QString> effective = OAuthSettings::effectiveValues(definition, values);
    QList<CredentialUse> out;
    for (const Property &p : definition.properties) {
        if (!p.secret || effective.value(p.name).isEmpty())
            continue;
        QList<Destination> targets;
        if (!isOAuth(definition.authType)) {
            targets = {Destination::Api}; // sent with, or templated into, every API request
        } else if (p.name == PropertyNames::ClientSecret) {
            targets = {Destination::Token, Destination::Refresh, Destination::Revoke};
        } else {
            switch (p.sendAs.location) {
            case Location::Header:
                targets = {Destination::Api};
                break;
            case Location::Query:
                targets = {Destination::Authorization};
                break;
            case Location::Body:
                targets = {Destination::Token, Destination::Refresh};
                break;
            case Location::NotSent:
                break;
            }
        }
        for (Destination d : std::as_const(targets)) {
            if (!where.contains(d))
                continue;
            const CredentialUse use{p.name, p.displayName.isEmpty() ? p.name : p.displayName, d, where.value(d)};
            out.append(use);
        }
    }
    return out;
}

QHash<QString, Origins> CredentialDestinations::originsBySecret(const ConnectorDefinition &definition,
                                                                const QHash<QString, QString> &values)
{
    QHash<QString, Origins> out;
    for (const CredentialUse &use : uses(definition, values)) {
        Origins &list = out[use.name];
        if (!list.contains(use.origin))
            list.append(use.origin);
    }
    return out;
}

} // namespace cad
