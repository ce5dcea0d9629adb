#pragma once

#include "connection/ConnectionState.h"
#include "connection/TestResult.h"
#include "model/ConnectorDefinition.h"
#include "oauth/ExchangeRecord.h"
#include "oauth/OAuthError.h"
#include "oauth/TokenSet.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace cad {

class LoopbackReceiver;
class OAuthClient;
class SecretStore;
struct RevocationResult;

/// The single design-time connection of a definition: the author's proof that the design works.
///
///   setDefinition() + setValues()      the design and what the end user would type
///          │
///   connectToService()
///      ├─ authorization code (+PKCE): loopback listener on 127.0.0.1 ──► authorizationRequired(url)
///      │      the UI opens the embedded browser (handleRedirect) or the system browser (loopback)
///      │      ──► token exchange ──► Connected
///      ├─ client credentials: token request ──► Connected
///      └─ basic, API key, PAT, custom, none: the values are checked ──► Connected
///   test()            the definition's test request with the post-authorization headers
///   refreshNow()      refresh (or a new client-credentials token)
///   disconnectFromService()  RFC 7009 revocation when a revoke URL is set; local tokens deleted
///
/// Any change of the authentication (a new fingerprint) turns an existing connection Invalidated.
/// Tokens and the fingerprint live in the SecretStore under the connector's key, never on disk.
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

    /// Reads tokens kept from an earlier session; the connection becomes Connected when they were
    /// made for the same design, Invalidated when not.
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

    /// Milliseconds a request may take (token, refresh, revoke, test).
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

private:
    void setState(ConnectionState state, const QString &message);
    void onTokensChanged(const TokenSet &tokens);
    void onOAuthFailed(const OAuthError &error);
    void onRevoked(const RevocationResult &result);
    void recordExchange(const ExchangeRecord &record);
    void sendTestRequest(const QString &accessToken, bool mayRetry);
    void onTestReply(QNetworkReply *reply, bool mayRetry);
    void persist();
    void forgetStored();
    void finishDisconnect(const QString &summary);
    [[nodiscard]] QByteArray currentFingerprint() const;
    [[nodiscard]] QString connectorKey() const;
    [[nodiscard]] bool configureOAuth();

    QPointer<QNetworkAccessManager> m_network;
    QPointer<SecretStore> m_secrets;
    OAuthClient *m_oauth = nullptr;
    LoopbackReceiver *m_loopback = nullptr;
    ConnectorDefinition m_definition;
    QHash<QString, QString> m_values;
    ConnectionState m_state = ConnectionState::NotConnected;
    QString m_statusMessage;
    QByteArray m_connectedFingerprint; ///< fingerprint of the design the connection was made with
    QList<ExchangeRecord> m_exchanges;
    QPointer<QNetworkReply> m_testReply;
    QElapsedTimer m_testTimer;
    int m_timeoutMs = 30000;
    int m_authorizationTimeoutMs = 5 * 60 * 1000;
    bool m_disconnecting = false;
};

} // namespace cad
