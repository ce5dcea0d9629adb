#include "oauth/ClientAuthentication.h"

#include "oauth/FormBody.h"

#include <QNetworkRequest>

namespace cad {

QByteArray ClientAuthentication::basicHeaderValue(const QString &clientId, const QString &clientSecret)
{
    const QByteArray pair = FormBody::encode(clientId) + ':' + FormBody::encode(clientSecret);
    return "Basic " + pair.toBase64();
}

void ClientAuthentication::apply(const OAuthConfig &config, QNetworkRequest &request, FormBody &body)
{
    if (config.isPublicClient()) {
        body.add(QStringLiteral("client_id"), config.clientId);
        return;
    }
    switch (config.clientAuth) {
    case ClientAuthMethod::BasicHeader:
        request.setRawHeader("Authorization", basicHeaderValue(config.clientId, config.clientSecret));
        break;
    case ClientAuthMethod::RequestBody:
        body.add(QStringLiteral("client_id"), config.clientId);
        body.add(QStringLiteral("client_secret"), config.clientSecret);
        break;
    }
}

} // namespace cad
