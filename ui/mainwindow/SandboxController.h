#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QWidget;

namespace cad {

struct ConnectorDefinition;
class SandboxDialog;
class SandboxServer;

/// The built-in sandbox provider inside the designer: started when the open design points at its
/// address (http://127.0.0.1:47913, as the sandbox samples do, or the port chosen in the Sandbox
/// window), so Connect works with nothing else installed. Designs that point elsewhere never start
/// it. The Sandbox window (showDialog) starts and stops it, changes its port and switches, and shows
/// its request log.
class SandboxController : public QObject
{
    Q_OBJECT

public:
    explicit SandboxController(QObject *parent = nullptr);
    ~SandboxController() override;

    /// True when a URL of @p definition (the base URL or any URL property) is on the sandbox's
    /// default origin or on the port it is set to.
    [[nodiscard]] bool usesSandbox(const ConnectorDefinition &definition) const;

    /// Starts the sandbox when @p definition uses it and it is not running yet.
    void follow(const ConnectorDefinition &definition);

    /// The port it listens on (remembered in the settings; 47913 by default).
    [[nodiscard]] quint16 port() const { return m_port; }
    void setPort(quint16 port);
    /// Listens on @p port; says why not (and offers a free port) through startFailed().
    bool start(quint16 port);
    void stop();
    /// Where the sandbox is (running or not): http://127.0.0.1:PORT.
    [[nodiscard]] QUrl issuer() const;
    /// The sandbox's own secret values for @p definition (sandboxSecretsFor): a sandbox sample
    /// connects with nothing typed.
    [[nodiscard]] QHash<QString, QString> secretsFor(const ConnectorDefinition &definition) const;

    /// Shows the Sandbox window (one per window).
    void showDialog(QWidget *parent);
    [[nodiscard]] SandboxDialog *dialog() const;

    /// The server, made on first use (a design that never uses the sandbox never creates it).
    [[nodiscard]] SandboxServer *server();
    [[nodiscard]] bool isRunning() const;
    /// A port near @p port that nothing listens on now (0 when none of the next 20 is free).
    [[nodiscard]] static quint16 freePortNear(quint16 port);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);
    void startFailed(const QString &error, quint16 freePort);

private:
    SandboxServer *m_server = nullptr;
    quint16 m_port;
    QPointer<SandboxDialog> m_dialog;
};

} // namespace cad
