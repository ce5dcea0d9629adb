#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace cad {

/// The redirect target for a sign-in in the system browser (RFC 8252 7.3): a one-shot HTTP
/// listener on 127.0.0.1 only, on an ephemeral port. It accepts exactly one request to the
/// callback path that carries code+state or error, answers the browser with a short page,
/// emits the URL and stops listening. Other paths (e.g. /favicon.ico) get a 404.
class LoopbackReceiver : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 5 * 60 * 1000;

    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    void setCallbackPath(const QString &path) { m_callbackPath = path; }
    [[nodiscard]] QString callbackPath() const { return m_callbackPath; }
    /// 0 = wait forever. Applies from the next listen().
    void setTimeout(int ms) { m_timeoutMs = ms; }

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
    QString m_callbackPath = QStringLiteral("/callback");
    int m_timeoutMs = DefaultTimeoutMs;
    QString m_error;
    bool m_done = false;
};

} // namespace cad
