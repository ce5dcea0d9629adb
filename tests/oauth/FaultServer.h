#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace cad::test {

/// A scriptable HTTP/1.1 server on 127.0.0.1 that plays a misbehaving OAuth server.
class FaultServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray path;                      ///< with query
        QMap<QByteArray, QByteArray> headers; ///< lower-case names
        QByteArray body;
    };
    struct Response
    {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        bool hang = false; ///< never answer
    };
    using Handler = std::function<Response(const Request &)>;

    explicit FaultServer(QObject *parent = nullptr);

    [[nodiscard]] bool start();
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    [[nodiscard]] QUrl url(const QString &path) const;
    [[nodiscard]] const QList<Request> &requests() const { return m_requests; }
    [[nodiscard]] int count(const QByteArray &pathPrefix) const;
    void clearRequests() { m_requests.clear(); }

    /// Form fields of a recorded request body.
    [[nodiscard]] static QMap<QString, QString> form(const Request &request);

private:
    void onReadyRead(QTcpSocket *socket);

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
};

} // namespace cad::test
