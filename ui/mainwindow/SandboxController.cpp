#include "mainwindow/SandboxController.h"

#include "core/Origin.h"
#include "model/ConnectorDefinition.h"
#include "sandbox/SandboxServer.h"

namespace cad {

namespace {

Origin sandboxOrigin()
{
    return Origin::of(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(SandboxSettings::DefaultPort)));
}

} // namespace

SandboxController::SandboxController(QObject *parent)
    : QObject(parent)
    , m_server(new SandboxServer(this))
{}

SandboxController::~SandboxController() = default;

bool SandboxController::usesSandbox(const ConnectorDefinition &definition)
{
    const Origin sandbox = sandboxOrigin();
    if (Origin::of(QUrl(definition.baseUrl)) == sandbox)
        return true;
    for (const Property &p : definition.properties) {
        if (p.inputKind == InputKind::Url && Origin::of(QUrl(p.value)) == sandbox)
            return true;
    }
    return false;
}

void SandboxController::follow(const ConnectorDefinition &definition)
{
    if (m_server->isRunning() || !usesSandbox(definition))
        return;
    QString error;
    if (m_server->start(SandboxSettings::DefaultPort, &error)) {
        Q_EMIT statusMessage(tr("The sandbox provider runs at %1.").arg(m_server->provider()->issuer().toString()),
                             5000);
        return;
    }
    Q_EMIT statusMessage(tr("The sandbox provider could not start: %1 Stop what uses the port, then open the "
                            "design again.")
                             .arg(error),
                         0);
}

} // namespace cad
