#pragma once

#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace cad::test {

/// One client registered in the fixture (tests/fixtures/oidc/server.js).
struct OidcClientRegistration
{
    QString clientId;
    QString clientSecret;            ///< empty for a public client
    QString tokenEndpointAuthMethod; ///< client_secret_basic | client_secret_post | none
    QStringList grantTypes;
    QStringList redirectUris;
};

/// A real OpenID Connect provider (oidc-provider on Node) for tests, started with QProcess on
/// 127.0.0.1 with a random port. The node process exits when its stdin closes, so a crashed test
/// never leaves it behind.
///
///     cad::test::OidcProvider idp;
///     if (!idp.start())
///         QFAIL(qPrintable(idp.errorString())); // says to run npm ci in tests/fixtures/oidc
///     config.tokenUrl = idp.tokenUrl();
///
/// Registered clients (each refuses the client authentication method it is not registered for):
///   code-basic  (authorization_code + refresh_token, client_secret_basic)
///   code-post   (authorization_code + refresh_token, client_secret_post)
///   public-pkce (authorization_code + refresh_token, none; PKCE S256 required)
///   cc-basic    (client_credentials, client_secret_basic)
///   cc-post     (client_credentials, client_secret_post)
/// Authorization-code clients are native: http://127.0.0.1:ANY_PORT/callback is accepted.
/// Scopes: openid offline_access profile email api:read api:write. Refresh tokens rotate.
class OidcProvider
{
public:
    OidcProvider() = default;
    ~OidcProvider();
    OidcProvider(const OidcProvider &) = delete;
    OidcProvider &operator=(const OidcProvider &) = delete;

    /// Starts the server and waits (bounded) for its "listening" line. False with errorString().
    [[nodiscard]] bool start(int timeoutMs = 30000);
    void stop();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] QString errorString() const { return m_error; }
    /// What the server wrote to stderr so far (for failure messages).
    [[nodiscard]] QString serverLog();

    [[nodiscard]] QUrl issuer() const { return m_issuer; }
    [[nodiscard]] QUrl authorizationUrl() const { return endpoint(QStringLiteral("/auth")); }
    [[nodiscard]] QUrl tokenUrl() const { return endpoint(QStringLiteral("/token")); }
    [[nodiscard]] QUrl revocationUrl() const { return endpoint(QStringLiteral("/token/revocation")); }
    [[nodiscard]] QUrl introspectionUrl() const { return endpoint(QStringLiteral("/token/introspection")); }
    [[nodiscard]] QUrl userinfoUrl() const { return endpoint(QStringLiteral("/me")); }
    [[nodiscard]] QUrl discoveryUrl() const { return endpoint(QStringLiteral("/.well-known/openid-configuration")); }

    [[nodiscard]] const QList<OidcClientRegistration> &clients() const { return m_clients; }
    /// The registration of @p clientId (empty struct if unknown).
    [[nodiscard]] OidcClientRegistration client(const QString &clientId) const;

    /// A redirect URI the auth-code clients accept; any port works (native clients).
    [[nodiscard]] static QUrl loopbackRedirectUri(quint16 port = 0);

    /// Drives the built-in login and consent pages without a browser: follows @p authorizeUrl
    /// with a cookie jar and manual redirects, posts the login form (as @p login) and the
    /// consent form, and returns the redirect to the client's redirect URI WITHOUT loading it.
    /// Empty URL and errorString() on failure. Blocks with a local event loop (tests only).
    [[nodiscard]] QUrl authorizeHeadlessly(const QUrl &authorizeUrl, const QString &login = QStringLiteral("alice"),
                                           int timeoutMs = 20000);

    /// The HTTP status the userinfo endpoint (a protected resource) answers for @p accessToken:
    /// 200 while the token is valid, 401 once it is revoked. 0 when no answer came in time.
    [[nodiscard]] int userinfoStatus(const QString &accessToken, int timeoutMs = 10000);

    /// Absolute path of tests/fixtures/oidc.
    [[nodiscard]] static QString fixtureDir();
    /// False when node_modules is missing (run npm ci in tests/fixtures/oidc).
    [[nodiscard]] static bool dependenciesInstalled();

private:
    [[nodiscard]] QUrl endpoint(const QString &path) const;

    QProcess m_process;
    QUrl m_issuer;
    QList<OidcClientRegistration> m_clients;
    QString m_error;
    QByteArray m_stderr;
};

} // namespace cad::test
