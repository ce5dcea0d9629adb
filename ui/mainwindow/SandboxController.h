#pragma once

#include <QObject>

namespace cad {

struct ConnectorDefinition;
class SandboxServer;

/// The built-in sandbox provider inside the designer: started when the open design points at its
/// address (http://127.0.0.1:47913, as the sandbox samples do), so Connect works with nothing else
/// installed. Designs that point elsewhere never start it.
class SandboxController : public QObject
{
    Q_OBJECT

public:
    explicit SandboxController(QObject *parent = nullptr);
    ~SandboxController() override;

    /// True when a URL of @p definition (the base URL or any URL property) is on the sandbox's
    /// default origin.
    [[nodiscard]] static bool usesSandbox(const ConnectorDefinition &definition);

    /// Starts the sandbox when @p definition uses it and it is not running yet.
    void follow(const ConnectorDefinition &definition);

    [[nodiscard]] SandboxServer *server() const { return m_server; }

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    SandboxServer *m_server;
};

} // namespace cad
