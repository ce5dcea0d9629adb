#include "oauth/LoopbackReceiver.h"

#include "core/Logging.h"
#include "oauth/LoopbackRequest.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>

namespace cad {

namespace {
const char BufferProperty[] = "cadBuffer";     // the request read so far
const char AnsweredProperty[] = "cadAnswered"; // one request per connection

QString page(const QString &title, const QString &text)
{
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                          "<body style=\"font-family:sans-serif;margin:3em\"><h1>%1</h1><p>%2</p></body></html>")
        .arg(title.toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

LoopbackReceiver::LoopbackReceiver(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        qCInfo(lcOAuth) << "loopback redirect timed out";
        close();
        emit timedOut();
    });
}

LoopbackReceiver::~LoopbackReceiver() = default;

bool LoopbackReceiver::listen(quint16 port)
{
    close();
    m_done = false;
    m_error.clear();
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackReceiver::onNewConnection);
    // 127.0.0.1 only: never all interfaces (RFC 8252 8.3).
    if (!m_server->listen(QHostAddress(QHostAddress::LocalHost), port)) {
        m_error = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    if (m_timeoutMs > 0)
        m_timeout.start(m_timeoutMs);
    qCDebug(lcOAuth) << "loopback receiver on port" << m_server->serverPort();
    return true;
}

void LoopbackReceiver::close()
{
    m_timeout.stop();
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
}

bool LoopbackReceiver::isListening() const
{
    return m_server && m_server->isListening();
}

QHostAddress LoopbackReceiver::serverAddress() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

quint16 LoopbackReceiver::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl LoopbackReceiver::redirectUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(LoopbackRequest::callbackPath());
    return url;
}

void LoopbackReceiver::onNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (m_sockets.size() >= MaxConnections) {
            qCDebug(lcOAuth) << "loopback receiver: too many connections, closing one";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        socket->setParent(this); // outlives the server, which closes after the one redirect
        m_sockets.append(socket);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_sockets.removeOne(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        if (m_connectionDeadlineMs > 0) {
            // Slow or silent clients (slowloris) must not hold a slot: close at the deadline, finished or not.
            QTimer::singleShot(m_connectionDeadlineMs, socket, [socket] {
                socket->abort();
                socket->deleteLater();
            });
        }
    }
}

void LoopbackReceiver::onReadyRead(QTcpSocket *socket)
{
    if (socket->property(AnsweredProperty).toBool()) {
        socket->readAll();
        return;
    }
    const QByteArray buffer = socket->property(BufferProperty).toByteArray() + socket->readAll();
    const LoopbackRequest request = LoopbackRequest::parse(buffer, m_expectedState);
    if (request.decision() == LoopbackRequest::Decision::Incomplete) {
        socket->setProperty(BufferProperty, buffer);
        return;
    }
    socket->setProperty(BufferProperty, QVariant());
    const int status = request.status();
    const QByteArray reason = request.reason();
    const QString incompleteTitle = tr("Sign-in incomplete");
    const QString incompleteText = tr("This address expects the answer of the sign-in page.");
    // After the one redirect, every path is gone.
    if (m_done && request.isComplete()) {
        respond(socket, 404, "Not Found", page(tr("Not found"), QString()));
        return;
    }
    switch (request.decision()) {
    case LoopbackRequest::Decision::Incomplete: // handled above
    case LoopbackRequest::Decision::HeaderTooLarge:
    case LoopbackRequest::Decision::Malformed:
        respond(socket, status, reason, page(tr("Bad request"), QString()));
        return;
    case LoopbackRequest::Decision::NotFound:
        respond(socket, status, reason, page(tr("Not found"), QString()));
        return;
    case LoopbackRequest::Decision::MethodNotAllowed:
        respond(socket, status, reason, page(tr("Method not allowed"), QString()));
        return;
    case LoopbackRequest::Decision::MissingParameters:
        respond(socket, status, reason, page(incompleteTitle, incompleteText));
        return;
    case LoopbackRequest::Decision::WrongState:
        // Not the answer to this sign-in (another process, or an old tab): keep waiting for the real one.
        qCInfo(lcOAuth) << "loopback receiver: ignored a callback without the expected state";
        respond(socket, status, reason,
                page(tr("Sign-in not accepted"),
                     tr("This answer does not belong to the sign-in in progress. Start the sign-in from "
                        "Connector Auth Designer and finish it in the page it opens.")));
        return;
    case LoopbackRequest::Decision::Callback:
        break;
    }
    m_done = true;
    if (request.hasError()) {
        respond(socket, status, reason,
                page(tr("Sign-in failed"),
                     tr("The sign-in was not completed (%1). Return to Connector Auth Designer for details.")
                         .arg(request.errorCode())));
    } else {
        respond(socket, status, reason,
                page(tr("Signed in"), tr("You can close this window and return to Connector Auth Designer.")));
    }
    QUrl full = redirectUri();
    full.setQuery(request.query(), QUrl::StrictMode);
    close();
    emit redirectReceived(full);
}

void LoopbackReceiver::respond(QTcpSocket *socket, int status, const QByteArray &reason, const QString &html)
{
    const QByteArray body = html.toUtf8();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                          "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
                          "Connection: close\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket->setProperty(AnsweredProperty, true);
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace cad
