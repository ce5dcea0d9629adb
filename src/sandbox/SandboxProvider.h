#pragma once

#include "sandbox/RsaSigner.h"
#include "sandbox/SandboxSettings.h"
#include "sandbox/SandboxTypes.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

namespace cad {

/// An OAuth 2.0 authorization server, OpenID provider and resource API for rehearsing a design
/// without a vendor account. This class is the behaviour, request in and response out; the
/// SandboxServer puts it on 127.0.0.1.
///
///   /.well-known/oauth-authorization-server   RFC 8414 metadata
///   /.well-known/openid-configuration         OpenID Connect Discovery 1.0
///   /authorize                                sign-in and consent page (RFC 6749 4.1, RFC 7636, RFC 9207)
///   /token                                    authorization_code, refresh_token, client_credentials
///   /revoke  /introspect                      RFC 7009, RFC 7662
///   /userinfo  /jwks                          OpenID userinfo; the RS256 signing key
///   /api/me                                   bearer token (RFC 6750)
///   /api/basic/me /api/key/me /api/pat/me /api/custom/me /api/none/me
class SandboxProvider : public QObject
{
    Q_OBJECT

public:
    static constexpr int CodeLifetimeSeconds = 60;
    static constexpr int MaxLogEntries = 1000;
    static constexpr int MaxPendingSignIns = 1000; ///< sign-ins shown but not finished, each kept 10 minutes

    explicit SandboxProvider(QObject *parent = nullptr);
    ~SandboxProvider() override;

    /// The issuer, e.g. http://127.0.0.1:47913 (no trailing slash); every endpoint is below it.
    void setIssuer(const QUrl &issuer);
    [[nodiscard]] QUrl issuer() const { return m_issuer; }
    [[nodiscard]] QUrl endpoint(const QString &path) const;
    [[nodiscard]] QUrl apiUrl() const { return endpoint(QStringLiteral("/api")); }

    [[nodiscard]] const SandboxSettings &settings() const { return m_settings; }
    void setSettings(const SandboxSettings &settings);

    [[nodiscard]] static const QList<SandboxClient> &clients();
    [[nodiscard]] static const QStringList &supportedScopes();
    /// The client's authentication method as the current settings require it.
    [[nodiscard]] QString effectiveAuthMethod(const SandboxClient &client) const;

    /// Seconds since the epoch; tests replace it to let tokens expire without waiting.
    void setClock(std::function<qint64()> nowSeconds);

    [[nodiscard]] SandboxResponse handle(const SandboxRequest &request);

    [[nodiscard]] const QList<SandboxLogEntry> &log() const { return m_log; }
    void clearLog();

    /// Forgets every code, token and pending sign-in (the key stays).
    void reset();

    /// The signing key, made on first use (an RSA key takes a moment to generate).
    [[nodiscard]] const RsaSigner &signer();

Q_SIGNALS:
    void requestLogged(const cad::SandboxLogEntry &entry);
    void settingsChanged();

private:
    struct Pending;
    struct Code;
    struct Grant;
    struct AccessToken;
    struct RefreshToken;
    struct AuthenticatedClient;

    SandboxResponse route(const SandboxRequest &request, const QList<QPair<QString, QString>> &form);
    SandboxResponse metadata(bool openId) const;
    SandboxResponse jwks();
    SandboxResponse authorize(const SandboxRequest &request);
    SandboxResponse decide(const QList<QPair<QString, QString>> &form);
    SandboxResponse token(const SandboxRequest &request, const QList<QPair<QString, QString>> &form);
    SandboxResponse exchangeCode(const SandboxClient &client, const QList<QPair<QString, QString>> &form);
    SandboxResponse refresh(const SandboxClient &client, const QList<QPair<QString, QString>> &form);
    SandboxResponse clientCredentials(const SandboxClient &client, const QList<QPair<QString, QString>> &form);
    SandboxResponse revoke(const SandboxRequest &request, const QList<QPair<QString, QString>> &form);
    SandboxResponse introspect(const SandboxRequest &request, const QList<QPair<QString, QString>> &form);
    SandboxResponse userinfo(const SandboxRequest &request);
    SandboxResponse resource(const SandboxRequest &request, const QString &path);

    std::optional<AuthenticatedClient> authenticateClient(const SandboxRequest &request,
                                                          const QList<QPair<QString, QString>> &form,
                                                          SandboxResponse *error) const;
    SandboxResponse issueTokens(const QString &grantId, const QString &clientId, const QString &scope,
                                const QString &nonce, bool withRefreshToken);
    QString idToken(const QString &clientId, const QString &scope, const QString &nonce, qint64 authTime);
    void revokeGrant(const QString &grantId);
    const AccessToken *activeAccessToken(const QByteArray &authorization, QString *problem) const;
    SandboxResponse redirectWithError(const Pending &pending, const QString &error, const QString &description) const;
    SandboxResponse signInPage(const QString &transaction, const QString &problem) const;
    void forgetExpired();
    void record(const SandboxRequest &request, const QList<QPair<QString, QString>> &form, int status);
    [[nodiscard]] qint64 now() const;

    QUrl m_issuer;
    SandboxSettings m_settings;
    std::function<qint64()> m_clock;
    RsaSigner m_signer;
    QHash<QString, Pending> m_pending;
    QHash<QString, Code> m_codes;
    QHash<QString, Grant> m_grants;
    QHash<QString, AccessToken> m_accessTokens;
    QHash<QString, RefreshToken> m_refreshTokens;
    QList<SandboxLogEntry> m_log;
};

} // namespace cad
