#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace cad {

/// Which OAuth 2.0 grant a client runs.
enum class OAuthGrant
{
    AuthorizationCode, ///< RFC 6749 4.1, optionally with PKCE (RFC 7636)
    ClientCredentials, ///< RFC 6749 4.4
};

/// Where the client id and secret go on token, refresh, and revocation requests (RFC 6749 2.3.1).
enum class ClientAuthMethod
{
    BasicHeader, ///< Authorization: Basic base64(urlencode(id) ":" urlencode(secret))
    RequestBody, ///< client_id and client_secret in the form body
};

/// Proof Key for Code Exchange method (RFC 7636).
enum class PkceMethod
{
    None,
    S256,
    Plain,
};

/// An ordered list of extra request parameters (name, value), e.g. {"audience", "https://api"}.
using OAuthParams = QList<QPair<QString, QString>>;

/// Where a token response keeps what the client reads, for providers that do not answer as RFC
/// 6749 5.1 shows (Slack's user token under /authed_user, lifetimes in milliseconds, an absolute
/// expiry, the API host in the response). The defaults are the RFC's fields.
struct TokenResponseShape
{
    QString accessTokenPointer = QStringLiteral("/access_token");   ///< RFC 6901 JSON Pointer
    QString refreshTokenPointer = QStringLiteral("/refresh_token"); ///< RFC 6901 JSON Pointer
    QString expiresInPointer = QStringLiteral("/expires_in");       ///< RFC 6901 JSON Pointer
    bool expiresInMilliseconds = false;
    QString expiresAtPointer; ///< an absolute expiry (RFC 3339 or epoch seconds), used without a lifetime
    /// The design says how the token is sent (its prefix, header or query parameter): any
    /// token_type is accepted, not only bearer.
    bool anyTokenType = false;
    /// NAME -> pointer: values of the response the connection keeps (TokenSet::captured).
    OAuthParams captures;
};

/// Everything the OAuth client needs to know. A plain value type: it knows nothing about the
/// connector model; whoever owns a connection fills it in.
struct OAuthConfig
{
    OAuthGrant grant = OAuthGrant::AuthorizationCode;
    QString clientId;
    QString clientSecret; ///< empty = public client: client_id goes in the body, no Authorization header
    QUrl authorizationUrl;
    QUrl tokenUrl;
    QUrl refreshUrl;                              ///< empty = tokenUrl
    QUrl revokeUrl;                               ///< optional (RFC 7009)
    QString scope;                                ///< space-separated
    QString scopeSeparator = QStringLiteral(" "); ///< what separates the scopes on the wire (Slack: ",")
    TokenResponseShape response;
    ClientAuthMethod clientAuth = ClientAuthMethod::BasicHeader;
    PkceMethod pkce = PkceMethod::S256;
    QUrl redirectUri;
    OAuthParams extraAuthorizationParams; ///< added to the authorization request
    OAuthParams extraTokenParams;         ///< added to token AND refresh requests (e.g. audience)
    QStringList secretValues;             ///< values among the extra parameters that must never be shown
    QString issuer; ///< expected RFC 9207 `iss`; empty: iss must share the authorization URL's origin
    int defaultExpiresInSeconds = 3600; ///< used when the token response has no expires_in
    int timeoutMs = 30000;              ///< deadline of every HTTP exchange, from sending to the last byte
    int maxRetries = 2;                 ///< retries of refresh / client credentials after 5xx or network errors
    int retryBaseDelayMs = 500;         ///< first retry delay; doubles each attempt
    int minAutoRefreshDelayMs = 10000;  ///< automatic refreshes never come closer together than this
    int firstBackoffMs = 30000;         ///< after a failed automatic refresh; doubles up to 10 minutes

    [[nodiscard]] QUrl effectiveRefreshUrl() const { return refreshUrl.isEmpty() ? tokenUrl : refreshUrl; }
    [[nodiscard]] bool isPublicClient() const { return clientSecret.isEmpty(); }
};

} // namespace cad
