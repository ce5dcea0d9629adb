#pragma once

#include "connection/ConnectionRecord.h"
#include "connection/ConnectionState.h"
#include "connection/CredentialDestinations.h"
#include "connection/OriginConfirmation.h"
#include "connection/TestResult.h"
#include "model/ConnectorDefinition.h"
#include "oauth/ExchangeRecord.h"
#include "oauth/OAuthError.h"
#include "oauth/TokenSet.h"
#include "request/CustomRequest.h"
#include "secrets/SecretBindings.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace cad {

class ApiCall;
class LoopbackReceiver;
class OAuthClient;
class SecretStore;
struct RevocationResult;

/// The single design-time connection of a definition: the author's proof that the design works.
///
///   setDefinition() + setValues()      the design and what the end user would type
///   setSecretBindings()                where the stored secrets may go (the keychain's origins)
///          │
///   connectToService()
///      ├─ a stored secret would go to an origin it was not saved for ──► confirmationRequired()
///      │      answerConfirmation(true) goes on; false sends nothing
///      ├─ tokens of an earlier connection: revoked first (with the credentials they were issued with)
///      ├─ authorization code (+PKCE): loopback listener on 127.0.0.1 ──► authorizationRequired(url)
///      │      the UI opens the embedded browser (handleRedirect) or the system browser (loopback)
///      │      ──► token exchange ──► Connected
///      ├─ client credentials: token request ──► Connected
///      └─ basic, API key, PAT, custom, none: the values are checked ──► Connected
///   test()            the definition's test request with the post-authorization headers (ApiCall:
///                     same-origin redirects only)
///   refreshNow()      refresh (or a new client-credentials token)
///   disconnectFromService()  RFC 7009 revocation when a revoke URL is set; local tokens deleted
///
/// A connection belongs to one design: its fingerprint (type, properties, URLs, test request) and
/// the origins its URLs resolve to. Any change turns it Invalidated and stops token requests in
/// flight; undoing the change makes it Connected again. A Failed attempt is about the design it was
/// made with: any change of the design or the values makes it NotConnected, without a message.
/// Tokens and the record live in the SecretStore (KeychainNames::connectionEntry), never on disk; a
/// later session uses them only for the same design and origins, and never sends them anywhere
/// otherwise.
class DesignTimeConnection : public QObject
{
    Q_OBJECT

public:
    DesignTimeConnection(QNetworkAccessManager *network, SecretStore *secrets, QObject *parent = nullptr);
    ~DesignTimeConnection() override;

    void setDefinition(const ConnectorDefinition &definition);
    [[nodiscard]] const ConnectorDefinition &definition() const { return m_definition; }
    /// What the end user would type (the preview form's values, secrets included).
    void setValues(const QHash<QString, QString> &values);
    [[nodiscard]] const QHash<QString, QString> &values() const { return m_values; }
    /// Where the stored secret values may go; without bindings (the CLI, values given on the
    /// command line) every value may go wherever the design sends it.
    void setSecretBindings(const SecretBindings &bindings);
    [[nodiscard]] const SecretBindings &secretBindings() const { return m_bindings; }

    /// Reads the connection kept from an earlier session: it becomes Connected when it was made
    /// for the same design and origins; otherwise its tokens are not loaded (Invalidated, and
    /// connect or disconnect deletes them).
    void restore();

    [[nodiscard]] ConnectionState state() const { return m_state; }
    /// One line for people about the last event ("Connected as ...", "Token request failed: ...").
    [[nodiscard]] QString statusMessage() const { return m_statusMessage; }
    [[nodiscard]] const TokenSet &tokens() const;
    /// The redirect URI the provider must accept: http://127.0.0.1:PORT/callback (any port, RFC 8252).
    [[nodiscard]] QUrl redirectUri() const;
    [[nodiscard]] static QString redirectUriPattern() { return QStringLiteral("http://127.0.0.1/callback"); }
    [[nodiscard]] const QList<ExchangeRecord> &exchanges() const { return m_exchanges; }
    void clearExchanges();
    [[nodiscard]] OAuthClient *oauthClient() const { return m_oauth; }
    /// True while a connection kept from an earlier session exists for another design (not loaded).
    [[nodiscard]] bool hasStaleStoredConnection() const { return m_stale.has_value(); }
    /// The confirmation waiting for an answer, if any.
    [[nodiscard]] std::optional<OriginConfirmation> pendingConfirmation() const { return m_confirmation; }

    // --- For the lifecycle rehearsal (Rehearsal) -------------------------------------------------
    /// While true, the connection neither refreshes on its own nor starts a Refresh or Test: the
    /// rehearsal works with the grant and must be the only one using its refresh token.
    void setRehearsing(bool rehearsing);
    /// Whether every stored secret the rehearsal would send (the test request, refresh and revocation)
    /// may go to the design's origins now; when not, Test or Refresh Now asks first.
    [[nodiscard]] bool rehearsalDestinationsAllowed() const;
    [[nodiscard]] bool isRehearsing() const { return m_rehearsing; }
    /// A separate OAuth client with this connection's configuration and @p tokens; its exchanges go
    /// to this connection's log, and nothing it does changes the connection.
    [[nodiscard]] OAuthClient *createProbe(const TokenSet &tokens, QObject *parent);
    /// Sends the test request with exactly @p accessToken (no refresh on a 401), only to the API
    /// origin this connection was made for, and calls @p done (never after @p context is gone)
    /// with the answer evaluated against the design's expectation.
    void sendTestRequestWith(const QString &accessToken, QObject *context,
                             std::function<void(const cad::TestResult &)> done);

    /// Sends @p request (the request console's, `request --send`) with this connection's
    /// credentials exactly as every connector call carries them: an expired token is refreshed
    /// first, and a 401 refreshes once and sends again when a refresh token exists (as test()).
    /// Only to the API origin the connection was made for; refused (nothing sent, the answer's
    /// error says why) while the design changed, a rehearsal runs, or stored secrets would go to an
    /// origin not allowed for them. @p done gets the answer (never after @p context is gone); the
    /// design's expectation is not applied.
    void send(const cad::CustomRequest &request, QObject *context, std::function<void(const cad::TestResult &)> done);
    /// The grant goes on with @p tokens (a rehearsal refreshed it): kept, and Connected.
    void adoptTokens(const TokenSet &tokens, const QString &message);
    /// The grant ended (a rehearsal revoked it): the tokens are deleted here without sending anything.
    void forgetEndedGrant(const QString &summary);

    /// Milliseconds a request may take (token, refresh, revoke, test), start to last byte.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    /// How long the loopback listener waits for the browser.
    void setAuthorizationTimeoutMs(int ms) { m_authorizationTimeoutMs = ms; }

public Q_SLOTS:
    void connectToService();
    /// The embedded browser captured the navigation to the redirect URI.
    void handleRedirect(const QUrl &url);
    void cancelAuthorization();
    void refreshNow();
    void test();
    void disconnectFromService();
    /// The author's answer to confirmationRequired(): yes allows the origins and goes on with the
    /// step; no sends nothing (a disconnect then deletes the tokens locally only).
    void answerConfirmation(bool allow);

Q_SIGNALS:
    void stateChanged(cad::ConnectionState state);
    void statusMessageChanged(const QString &message);
    /// Open this URL in a browser; the redirect comes back through handleRedirect() or the loopback.
    void authorizationRequired(const QUrl &authorizeUrl, const QUrl &redirectUri);
    /// Authorization finished one way or the other (close the browser).
    void authorizationFinished(bool success);
    void tokensChanged();
    void testFinished(const cad::TestResult &result);
    void exchangeRecorded(const cad::ExchangeRecord &record);
    void disconnected(const QString &summary);
    /// A step waits for the author: answer with answerConfirmation().
    void confirmationRequired(const cad::OriginConfirmation &confirmation);
    /// The author allowed stored secrets to go to new origins: keep that with the secrets.
    void originsAllowed(const QList<cad::CredentialUse> &uses);

private:
    void setState(ConnectionState state, const QString &message);
    void onTokensChanged(const TokenSet &tokens);
    void onOAuthFailed(const OAuthError &error);
    void onRevoked(const RevocationResult &result);
    void recordExchange(const ExchangeRecord &record);
    void sendTestRequest(const QString &accessToken, bool mayRetry);
    /// The test request's call with @p accessToken, or nullptr and why in @p refused.
    [[nodiscard]] ApiCall *createTestCall(const QString &accessToken, TestResult &refused, QObject *parent)
    {
        return createCall(accessToken, nullptr, refused, parent);
    }
    /// The call of @p custom (nullptr: the test request) with @p accessToken, or nullptr and why in @p refused.
    [[nodiscard]] ApiCall *createCall(const QString &accessToken, const CustomRequest *custom, TestResult &refused,
                                      QObject *parent);
    void sendCustom(const CustomRequest &request, const QString &accessToken, bool mayRetry, QObject *context,
                    const std::function<void(const TestResult &)> &done);
    /// Refreshes the token once for a request the service answered 401; @p then gets the new
    /// tokens, or nullptr when refreshing failed.
    void refreshAfter401(QObject *context, std::function<void(const TokenSet *)> then);
    /// Why a request cannot be sent now (rehearsal, changed design, not connected), or empty.
    [[nodiscard]] QString whyNoRequest() const;
    void onTestFinished(const TestResult &result, bool mayRetry);
    /// Holds an answer to the design's expectation, then reports it.
    void finishTest(TestResult result);
    void startConnecting();
    void persist();
    void forgetStored();
    void finishDisconnect(const QString &summary);
    /// The design or the values were set; @p changed: they differ from before.
    void reevaluate(bool changed);
    [[nodiscard]] bool matchesConnectedDesign() const;
    [[nodiscard]] QString connectorKey() const;
    [[nodiscard]] bool configureOAuth();
    /// The secret-to-origin pairs @p step would send that the bindings do not allow; when there are
    /// any, emits confirmationRequired() and returns true (the caller stops).
    [[nodiscard]] bool needsConfirmation(OriginConfirmation::Step step, const QList<Destination> &destinations);
    /// True when every secret the destinations would receive may go there without asking.
    [[nodiscard]] bool allowed(const QList<Destination> &destinations) const;
    void runStep(OriginConfirmation::Step step);
    void revokeOrForget(bool mayUseClientSecret);

    QPointer<QNetworkAccessManager> m_network;
    QPointer<SecretStore> m_secrets;
    OAuthClient *m_oauth = nullptr;
    LoopbackReceiver *m_loopback = nullptr;
    ConnectorDefinition m_definition;
    QHash<QString, QString> m_values;
    SecretBindings m_bindings;
    ConnectionState m_state = ConnectionState::NotConnected;
    QString m_statusMessage;
    QByteArray m_connectedFingerprint;             ///< of the design the connection was made with
    QHash<Destination, Origin> m_connectedOrigins; ///< where that design's URLs pointed
    std::optional<ConnectionRecord> m_stale;       ///< kept from an earlier session for another design
    std::optional<OriginConfirmation> m_confirmation;
    QList<ExchangeRecord> m_exchanges;
    QPointer<ApiCall> m_testCall;
    int m_timeoutMs = 30000;
    int m_authorizationTimeoutMs = 5 * 60 * 1000;
    bool m_disconnecting = false;
    bool m_rehearsing = false;
    bool m_autoRefreshBeforeRehearsal = false; ///< restored when the rehearsal ends
    bool m_connectAfterRevoke = false;         ///< "Connect again": the previous tokens are being revoked first
    QString m_revokeSummary;                   ///< what revoking the previous tokens did, for the next status
};

} // namespace cad
