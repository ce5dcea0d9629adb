#pragma once

#include "oauth/OAuthConfig.h"

#include <QByteArray>

class QNetworkRequest;

namespace cad {

class FormBody;

/// Places client credentials on a token, refresh or revocation request (RFC 6749 2.3.1).
class ClientAuthentication
{
public:
    /// "Basic " + base64(formEncode(clientId) ":" formEncode(clientSecret)).
    [[nodiscard]] static QByteArray basicHeaderValue(const QString &clientId, const QString &clientSecret);

    /// Confidential client: Basic header or client_id + client_secret in the body, as configured.
    /// Public client (no secret): client_id in the body and no Authorization header at all.
    static void apply(const OAuthConfig &config, QNetworkRequest &request, FormBody &body);
};

} // namespace cad
