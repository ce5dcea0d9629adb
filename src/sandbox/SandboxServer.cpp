#include "sandbox/SandboxServer.h"

#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace cad {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray serialize(const SandboxResponse &response, bool head)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
    if (!head)
        out += response.body;
    return out;
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : QAbstractHttpServer(parent)
    , m_provider(new SandboxProvider(this))
{}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(quint16 port, QString *error)
{
    if (isRunning())
        stop();
    auto *tcp = new QTcpServer(this);
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        if (error) {
            *error = tcp->serverError() == QAbstractSocket::AddressInUseError
                         ? tr("The port %1 on 127.0.0.1 is in use.").arg(port)
                         : tr("Cannot listen on 127.0.0.1:%1: %2").arg(port).arg(tcp->errorString());
        }
        delete tcp;
        return false;
    }
    m_tcp = tcp;
    bind(tcp);
    m_provider->setIssuer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(tcp->serverPort())));
    Q_EMIT runningChanged(true);
    return true;
}

void SandboxServer::stop()
{
    if (!m_tcp)
        return;
    m_tcp->close();
    m_tcp->deleteLater();
    m_tcp = nullptr;
    Q_EMIT runningChanged(false);
}

bool SandboxServer::isRunning() const
{
    return m_tcp && m_tcp->isListening();
}

quint16 SandboxServer::port() const
{
    return isRunning() ? m_tcp->serverPort() : 0;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SandboxRequest r;
    r.method = methodName(request.method());
    r.url = request.url();
    for (const auto &header : request.headers())
        r.headers.append(header);
    r.body = request.body();
    const SandboxResponse response = m_provider->handle(r);
    const QByteArray bytes = serialize(response, r.method == "HEAD");
    if (response.delayMs <= 0) {
        socket->write(bytes);
        return true;
    }
    QTimer::singleShot(response.delayMs, socket, [socket = QPointer<QTcpSocket>(socket), bytes]() {
        if (socket)
            socket->write(bytes);
    });
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request)
    SandboxResponse r;
    r.status = 404;
    socket->write(serialize(r, false));
}

} // namespace cad
