#pragma once

#include "sandbox/SandboxProvider.h"

#include <QAbstractHttpServer>

class QTcpServer;

namespace cad {

/// The sandbox provider on 127.0.0.1 (never another interface), over Qt HTTP Server.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    /// Listens on 127.0.0.1:@p port (0: any free port) and sets the provider's issuer. False with
    /// @p error (e.g. "The port 47913 on 127.0.0.1 is in use.") when it cannot.
    bool start(quint16 port, QString *error = nullptr);
    void stop();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] quint16 port() const;

    [[nodiscard]] SandboxProvider *provider() const { return m_provider; }

Q_SIGNALS:
    void runningChanged(bool running);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SandboxProvider *m_provider;
    QTcpServer *m_tcp = nullptr;
};

} // namespace cad
