#include "DiscoveryServer.h"

#include <QTcpSocket>
#include <QTimer>

namespace cad::test {

DiscoveryServer::DiscoveryServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        }
    });
}

bool DiscoveryServer::start()
{
    return m_server.listen(QHostAddress(QHostAddress::LocalHost), 0);
}

void DiscoveryServer::serve(const QByteArray &body)
{
    setHandler([body](const QByteArray &) { return Response{200, QByteArray(), body, false}; });
}

QUrl DiscoveryServer::url(const QString &path) const
{
    return QUrl(origin() + path);
}

QString DiscoveryServer::origin() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
}

void DiscoveryServer::onReadyRead(QTcpSocket *socket)
{
    const QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0 || socket->property("answered").toBool())
        return;
    socket->setProperty("answered", true);
    const QByteArray path = buffer.left(buffer.indexOf("\r\n")).split(' ').value(1);
    m_requests.append(path);

    const Response response = m_handler ? m_handler(path) : Response{404, QByteArray(), "no handler", false};
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\nContent-Type: application/json\r\n";
    if (!response.location.isEmpty())
        head += "Location: " + response.location + "\r\n";
    if (response.drip) {
        socket->write(head + "Content-Length: 100000\r\nConnection: close\r\n\r\n{");
        auto *drip = new QTimer(socket);
        connect(drip, &QTimer::timeout, socket, [socket] { socket->write(" "); });
        drip->start(200);
        return;
    }
    socket->write(head + "Content-Length: " + QByteArray::number(response.body.size()) +
                  "\r\nConnection: close\r\n\r\n" + response.body);
    socket->disconnectFromHost();
}

} // namespace cad::test
