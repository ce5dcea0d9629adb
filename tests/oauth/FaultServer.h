#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
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
        int delayMs = 0;   ///< answer after this long (a slow provider)
        /// Send the status line and headers (Content-Length: 1 GiB), then one byte every dripMs
        /// forever: a server that never finishes but is never idle either.
        int dripMs = 0;
        QList<QPair<QByteArray, QByteArray>> headers; ///< extra response headers (Location, ...)
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

    /// How many responses were written completely so far.
    [[nodiscard]] int answered() const { return m_answered; }
    /// Delayed responses whose client had hung up when their time came.
    [[nodiscard]] int dropped() const { return m_dropped; }
    /// Responses written or dropped: every request that has had its answer (or its chance to).
    [[nodiscard]] int settled() const { return m_answered + m_dropped; }

signals:
    /// A response was written completely (after its delay), or dropped because the client had gone.
    void responseWritten();

private:
    void onReadyRead(QTcpSocket *socket);

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
    int m_answered = 0;
    int m_dropped = 0;
};

} // namespace cad::test
