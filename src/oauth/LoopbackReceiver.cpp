#include "oauth/LoopbackReceiver.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace cad {

namespace {
constexpr qsizetype MaxRequestHeaderBytes = 16 * 1024;

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
    url.setPath(m_callbackPath);
    return url;
}

void LoopbackReceiver::onNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        socket->setParent(this); // outlives the server, which closes after the one redirect
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }
}

void LoopbackReceiver::onReadyRead(QTcpSocket *socket)
{
    // Only the request line matters; wait for the end of the header block.
    QByteArray buffer = socket->property("cadBuffer").toByteArray() + socket->readAll();
    if (!buffer.contains("\r\n\r\n")) {
        if (buffer.size() > MaxRequestHeaderBytes) {
            respond(socket, 431, "Request Header Fields Too Large", page(tr("Bad request"), QString()));
            return;
        }
        socket->setProperty("cadBuffer", buffer);
        return;
    }
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/")) {
        respond(socket, 400, "Bad Request", page(tr("Bad request"), QString()));
        return;
    }
    const QByteArray method = requestLine.at(0);
    const QUrl target(QString::fromLatin1(requestLine.at(1)), QUrl::StrictMode);
    if (!target.isValid() || target.path() != m_callbackPath || m_done) {
        respond(socket, 404, "Not Found", page(tr("Not found"), QString()));
        return;
    }
    if (method != "GET") {
        respond(socket, 405, "Method Not Allowed", page(tr("Method not allowed"), QString()));
        return;
    }
    const QUrlQuery query(target);
    const bool hasCode = query.hasQueryItem(QStringLiteral("code")) && query.hasQueryItem(QStringLiteral("state"));
    const bool hasError = query.hasQueryItem(QStringLiteral("error"));
    if (!hasCode && !hasError) {
        respond(socket, 400, "Bad Request",
                page(tr("Sign-in incomplete"), tr("This address expects the answer of the sign-in page.")));
        return;
    }
    m_done = true;
    if (hasError) {
        respond(socket, 200, "OK",
                page(tr("Sign-in failed"),
                     tr("The sign-in was not completed (%1). Return to Connector Auth Designer for details.")
                         .arg(query.queryItemValue(QStringLiteral("error")))));
    } else {
        respond(socket, 200, "OK",
                page(tr("Signed in"), tr("You can close this window and return to Connector Auth Designer.")));
    }
    QUrl full = redirectUri();
    full.setQuery(target.query(QUrl::FullyEncoded), QUrl::StrictMode);
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
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace cad
