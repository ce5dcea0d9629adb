#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace cad::test {

/// A scriptable HTTP/1.1 server on 127.0.0.1 that plays an OpenID Connect provider for discovery:
/// documents, redirects (a Location header) and a server that drips its answer a byte at a time.
/// Only for faults a real provider will not produce on demand (wrong or missing issuer, cross-origin
/// and endless redirects, dripping, oversized answers) and for counting requests: a successful
/// discovery is tested against the real oidc-provider (support/OidcProvider.h).
class DiscoveryServer : public QObject
{
    Q_OBJECT

public:
    struct Response
    {
        int status = 200;
        QByteArray location; ///< a Location header when not empty
        QByteArray body;
        bool drip = false; ///< announce a large body, then send one byte every 200 ms, forever
    };
    using Handler = std::function<Response(const QByteArray &path)>;

    explicit DiscoveryServer(QObject *parent = nullptr);

    [[nodiscard]] bool start();
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    /// Serves body (200, application/json) for every path.
    void serve(const QByteArray &body);
    [[nodiscard]] QUrl url(const QString &path) const;
    /// "http://127.0.0.1:PORT": the issuer of documents served from url("/.well-known/openid-configuration").
    [[nodiscard]] QString origin() const;
    /// Paths of the requests received so far.
    [[nodiscard]] const QList<QByteArray> &requests() const { return m_requests; }

private:
    void onReadyRead(QTcpSocket *socket);

    QTcpServer m_server;
    Handler m_handler;
    QList<QByteArray> m_requests;
};

} // namespace cad::test
