#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace cad {

/// The redirect target for a sign-in in the system browser (RFC 8252 7.3): a one-shot HTTP
/// listener on 127.0.0.1 only, on an ephemeral port. It accepts exactly one request to
/// /callback that carries the expected state together with code or error, answers the browser
/// with a short page, emits the URL and stops listening. Other paths (e.g. /favicon.ico) get a
/// 404; a callback with another state, or none, gets a 400 and the listener keeps waiting, so no
/// other local process can end a pending sign-in (e.g. with ?error=x).
///
/// Any local process can connect, so connections are bounded: at most MaxConnections at a time
/// (further ones are closed at once), each closed after its deadline even if it never sends a
/// whole request, and a request header may be at most 16 KiB. LoopbackRequest parses each request.
class LoopbackReceiver : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 5 * 60 * 1000;
    static constexpr int MaxConnections = 8;
    static constexpr int DefaultConnectionDeadlineMs = 10 * 1000;

    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    /// The state sent in the authorization request: only a callback carrying exactly this state ends
    /// the sign-in. Callers should always set it; when it is empty, any callback with code+state or
    /// error is accepted (and checked later by OAuthClient::handleRedirect()).
    void setExpectedState(const QString &state) { m_expectedState = state; }
    [[nodiscard]] QString expectedState() const { return m_expectedState; }
    /// 0 = wait forever. Applies from the next listen().
    void setTimeout(int ms) { m_timeoutMs = ms; }
    /// How long one connection may stay open (DefaultConnectionDeadlineMs). Applies to new connections.
    void setConnectionDeadline(int ms) { m_connectionDeadlineMs = ms; }
    /// Connections currently open (at most MaxConnections).
    [[nodiscard]] int openConnectionCount() const { return int(m_sockets.size()); }

    /// Binds 127.0.0.1:@p port (0 = ephemeral). False with errorString() on failure.
    [[nodiscard]] bool listen(quint16 port = 0);
    void close();
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QHostAddress serverAddress() const;
    [[nodiscard]] quint16 port() const;
    /// http://127.0.0.1:PORT/callback
    [[nodiscard]] QUrl redirectUri() const;

signals:
    /// The full redirect URL (with code+state or error); hand it to OAuthClient::handleRedirect().
    void redirectReceived(const QUrl &url);
    void timedOut();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    static void respond(QTcpSocket *socket, int status, const QByteArray &reason, const QString &html);

    QTcpServer *m_server = nullptr;
    QTimer m_timeout;
    QList<QTcpSocket *> m_sockets; ///< open connections; each is a child of this object
    QString m_expectedState;
    int m_timeoutMs = DefaultTimeoutMs;
    int m_connectionDeadlineMs = DefaultConnectionDeadlineMs;
    QString m_error;
    bool m_done = false;
};

} // namespace cad
