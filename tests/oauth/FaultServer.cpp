#include "FaultServer.h"

#include "oauth/FormBody.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace cad::test {

FaultServer::FaultServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        }
    });
}

bool FaultServer::start()
{
    return m_server.listen(QHostAddress(QHostAddress::LocalHost), 0);
}

QUrl FaultServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
}

int FaultServer::count(const QByteArray &pathPrefix) const
{
    int n = 0;
    for (const Request &r : m_requests)
        n += r.path.startsWith(pathPrefix) ? 1 : 0;
    return n;
}

QMap<QString, QString> FaultServer::form(const Request &request)
{
    QMap<QString, QString> out;
    for (const auto &p : FormBody::parse(request.body))
        out.insert(p.first, p.second);
    return out;
}

void FaultServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    Request request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    const int length = request.headers.value("content-length", "0").toInt();
    if (buffer.size() < headerEnd + 4 + length)
        return;
    request.body = buffer.mid(headerEnd + 4, length);
    socket->setProperty("buffer", buffer.mid(headerEnd + 4 + length));
    m_requests.append(request);

    const Response response = m_handler ? m_handler(request) : Response{404, "text/plain", "no handler"};
    if (response.hang)
        return; // keep the connection open, never answer
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\nContent-Type: " + response.contentType;
    for (const auto &h : response.headers)
        head += "\r\n" + h.first + ": " + h.second;
    if (response.dripMs > 0) {
        socket->write(head + "\r\nContent-Length: 1073741824\r\n\r\n");
        auto *drip = new QTimer(socket);
        connect(drip, &QTimer::timeout, socket, [socket] { socket->write("x"); });
        drip->start(response.dripMs);
        return;
    }
    const QByteArray out = head + "\r\nContent-Length: " + QByteArray::number(response.body.size()) +
                           "\r\nConnection: close\r\n\r\n" + response.body;
    // A delayed answer is written if the client is still there; either way it counts as settled.
    QPointer<QTcpSocket> alive(socket);
    auto send = [this, alive, out] {
        if (alive && alive->state() == QAbstractSocket::ConnectedState) {
            alive->write(out);
            alive->disconnectFromHost();
            ++m_answered;
        } else {
            ++m_dropped;
        }
        emit responseWritten();
    };
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, this, send);
    else
        send();
}

} // namespace cad::test
