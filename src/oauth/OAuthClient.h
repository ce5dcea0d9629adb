#pragma once

// An OAuth 2.0 client (RFC 6749) with PKCE (RFC 7636), revocation (RFC 7009) and the client
// authentication placement a connector needs, over an injected QNetworkAccessManager.
//
//   Authorization code (+ PKCE)
//   ---------------------------
//   startAuthorization() ──► authorize URL (state, code_challenge) ──► browser / web view
//                                                                          │ user signs in
//   handleRedirect(url) ◄── LoopbackReceiver (127.0.0.1:port/callback) ◄───┘ or captured navigation
//        │ state checked (mismatch: InvalidState, nothing sent); error=... : AuthorizationDenied
//        ▼
//   POST tokenUrl  grant_type=authorization_code, code, redirect_uri, code_verifier
//        │ client auth: Basic header | body | public (client_id only)
//        ▼
//   tokensChanged(TokenSet)  or  failed(OAuthError)
//
//   Client credentials:  requestClientCredentialsToken() ──► POST tokenUrl ──► tokensChanged
//
//   Keeping a token valid
//   ---------------------
//   requestValidToken(ctx, cb) ──► valid? cb(tokens) at once
//                                  expired? one refresh (single flight) ──► every waiting cb
//   POST refreshUrl (or tokenUrl) grant_type=refresh_token (same client auth, extra params)
//        invalid_grant ──► needsReauthorization(OAuthError)
//        5xx / network ──► bounded retries with backoff
//
//   revoke() ──► POST revokeUrl refresh_token, then access_token ──► tokens cleared ──► revoked()
//
// Every HTTP exchange is reported through exchange(ExchangeRecord), redacted by default.

#include "core/Redactor.h"
#include "oauth/ExchangeRecord.h"
#include "oauth/FormBody.h"
#include "oauth/OAuthConfig.h"
#include "oauth/OAuthError.h"
#include "oauth/RevocationResult.h"
#include "oauth/TokenResponse.h"
#include "oauth/TokenSet.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace cad {

class OAuthClient : public QObject
{
    Q_OBJECT

public:
    /// Receives a valid token set, or an empty one and the reason (error.isError()).
    using TokenCallback = std::function<void(const TokenSet &tokens, const OAuthError &error)>;

    explicit OAuthClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~OAuthClient() override;

    void setConfig(const OAuthConfig &config);
    [[nodiscard]] const OAuthConfig &config() const { return m_config; }

    /// Tokens restored from storage; (re)schedules the automatic refresh. Emits nothing.
    void setTokens(const TokenSet &tokens);
    [[nodiscard]] const TokenSet &tokens() const { return m_tokens; }
    /// What the last successful token response said itself (invalid until one arrived).
    [[nodiscard]] const TokenResponseFacts &lastResponse() const { return m_lastResponse; }
    /// Forgets the tokens locally (emits tokensChanged with an empty set).
    void clearTokens();

    /// Creates state (and a PKCE verifier) and returns the URL to open in a browser. Returns an
    /// empty URL and emits failed() if the configuration is incomplete.
    [[nodiscard]] QUrl startAuthorization();
    [[nodiscard]] bool isAwaitingRedirect() const { return !m_state.isEmpty(); }
    /// Checks the redirect (state, error) and exchanges the code for tokens.
    void handleRedirect(const QUrl &redirect);

    void requestClientCredentialsToken();

    /// Refreshes now (client credentials: requests a new token). Joins a refresh in flight.
    void refresh();

    /// Single flight: calls @p callback (in @p context's thread, never after @p context is gone)
    /// with a token valid for at least @p marginSeconds. While one refresh is running every further
    /// caller waits for it; no second request is sent.
    void requestValidToken(QObject *context, TokenCallback callback, int marginSeconds = 30);

    /// Revokes the refresh token, then the access token (RFC 7009), deletes the local tokens
    /// whatever the server says, and emits revoked() with the per-token outcome.
    void revoke();

    /// Refreshes automatically @p marginSeconds before expiry (needs a refresh token or the
    /// client credentials grant).
    void setAutoRefresh(bool enabled, int marginSeconds = 60);
    [[nodiscard]] bool autoRefresh() const { return m_autoRefresh; }

    /// exchange() carries redacted records unless this is switched off (e.g. for a debug build).
    void setRedactExchanges(bool redact) { m_redactExchanges = redact; }
    /// A redactor that knows every secret this client has seen (client secret, code, verifier, tokens).
    [[nodiscard]] const Redactor &redactor() const { return m_redactor; }
    /// Secrets another client of the same grant obtained (the rehearsal's probe): masked here too.
    void addKnownSecrets(const QStringList &secrets) { m_redactor.addSecrets(secrets); }

    [[nodiscard]] bool isBusy() const { return m_pending != Pending::None || m_revoking; }

    /// Aborts token requests in flight (their answers are ignored if they still arrive) and ends a
    /// pending authorization; waiting callers get a Cancelled error. A revocation in flight finishes.
    void cancel();

    /// The most a token, refresh or revocation response may be.
    static constexpr qint64 MaxResponseBytes = 1024 * 1024;

signals:
    void tokensChanged(const cad::TokenSet &tokens);
    /// Any failure, including the ones also reported by needsReauthorization().
    void failed(const cad::OAuthError &error);
    /// The refresh token was rejected (invalid_grant) or there is none: the user must sign in again.
    void needsReauthorization(const cad::OAuthError &error);
    void revoked(const cad::RevocationResult &result);
    void exchange(const cad::ExchangeRecord &record);

private:
    enum class Pending
    {
        None,
        Code,
        ClientCredentials,
        Refresh,
    };

    struct HttpOutcome
    {
        int status = 0;
        QByteArray contentType;
        QByteArray body;
        OAuthErrorKind transportError = OAuthErrorKind::None;
        QString detail;
    };
    using HttpCallback = std::function<void(const HttpOutcome &)>;

    struct Waiter
    {
        QPointer<QObject> context;
        TokenCallback callback;
    };

    /// post() with this generation is never stale (revocation).
    static constexpr quint64 UnguardedGeneration = 0;

    [[nodiscard]] bool checkConfig(OAuthStage stage, bool needAuthorizationEndpoint);
    [[nodiscard]] bool issuerMatches(const QString &iss) const;
    /// Answers of token requests sent before this call are ignored; the requests are aborted.
    void abandonTokenRequests();
    void post(OAuthStage stage, const QUrl &url, FormBody body, quint64 generation, HttpCallback done);
    void postWithRetry(OAuthStage stage, const QUrl &url, const FormBody &body, int attempt, quint64 generation,
                       HttpCallback done);
    void startTokenRequest(Pending kind, OAuthStage stage, const QUrl &url, const FormBody &body, bool retry);
    void finishTokenRequest(OAuthStage stage, const HttpOutcome &outcome);
    void fail(const OAuthError &error);
    void flushWaiters(const TokenSet &tokens, const OAuthError &error);
    void scheduleRefresh();
    void revokeNext(QList<QPair<QString, QString>> remaining, RevocationResult result);
    void record(ExchangeRecord record);
    void rememberSecrets(const TokenSet &tokens);

    QPointer<QNetworkAccessManager> m_network;
    OAuthConfig m_config;
    TokenSet m_tokens;
    TokenResponseFacts m_lastResponse;
    QString m_state;
    QString m_codeVerifier;
    Pending m_pending = Pending::None;
    bool m_revoking = false;
    /// Bumped by cancel(), clearTokens(), revoke() and setConfig(); token requests remember the
    /// value they were sent under and their answers are dropped once it changed. Starts at 1:
    /// UnguardedGeneration is 0.
    quint64 m_generation = 1;
    bool m_automaticRefresh = false; ///< the refresh in flight was started by the timer
    int m_autoRefreshFailures = 0;   ///< consecutive failed automatic refreshes (backoff)
    QList<Waiter> m_waiters;
    QList<QPointer<QNetworkReply>> m_replies;
    QTimer m_refreshTimer;
    bool m_autoRefresh = false;
    int m_autoRefreshMargin = 60;
    bool m_redactExchanges = true;
    Redactor m_redactor;
};

} // namespace cad
