#include "mainwindow/SandboxController.h"

#include "core/Origin.h"
#include "model/ConnectorDefinition.h"
#include "sandbox/SandboxSecrets.h"
#include "sandbox/SandboxServer.h"
#include "sandboxwindow/SandboxDialog.h"

#include <QHostAddress>
#include <QSettings>
#include <QTcpServer>
#include <QWidget>

namespace cad {

namespace {

const QString PortKey = QStringLiteral("sandbox/port");

QUrl loopback(quint16 port)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

} // namespace

SandboxController::SandboxController(QObject *parent)
    : QObject(parent)
{
    const uint stored = QSettings().value(PortKey, SandboxSettings::DefaultPort).toUInt();
    m_port = stored >= 1024 && stored <= 65535 ? quint16(stored) : SandboxSettings::DefaultPort;
}

SandboxServer *SandboxController::server()
{
    if (!m_server)
        m_server = new SandboxServer(this);
    return m_server;
}

bool SandboxController::isRunning() const
{
    return m_server && m_server->isRunning();
}

SandboxController::~SandboxController()
{
    delete m_dialog;
}

bool SandboxController::usesSandbox(const ConnectorDefinition &definition) const
{
    const Origin usual = Origin::of(loopback(SandboxSettings::DefaultPort));
    const Origin chosen = Origin::of(loopback(m_port));
    const auto isSandbox = [&](const QString &url) {
        const Origin o = Origin::of(QUrl(url));
        return o == usual || o == chosen;
    };
    if (isSandbox(definition.baseUrl))
        return true;
    for (const Property &p : definition.properties) {
        if (p.inputKind == InputKind::Url && isSandbox(p.value))
            return true;
    }
    return false;
}

void SandboxController::follow(const ConnectorDefinition &definition)
{
    if (isRunning() || !usesSandbox(definition))
        return;
    start(m_port);
}

void SandboxController::setPort(quint16 port)
{
    if (port == m_port)
        return;
    m_port = port;
    QSettings().setValue(PortKey, port);
}

bool SandboxController::start(quint16 port)
{
    if (isRunning())
        m_server->stop();
    setPort(port);
    QString error;
    if (server()->start(port, &error)) {
        Q_EMIT statusMessage(tr("The sandbox provider runs at %1.").arg(m_server->provider()->issuer().toString()),
                             5000);
        return true;
    }
    const quint16 free = freePortNear(port);
    Q_EMIT statusMessage(
        free != 0 ? tr("The sandbox provider could not start: %1 Connection > Sandbox Provider offers port %2.")
                        .arg(error)
                        .arg(free)
                  : tr("The sandbox provider could not start: %1 Stop what uses the port, then open "
                       "the design again.")
                        .arg(error),
        0);
    Q_EMIT startFailed(error, free);
    return false;
}

void SandboxController::stop()
{
    if (m_server)
        m_server->stop();
    Q_EMIT statusMessage(tr("The sandbox provider stopped."), 4000);
}

QUrl SandboxController::issuer() const
{
    return isRunning() ? m_server->provider()->issuer() : loopback(m_port);
}

QHash<QString, QString> SandboxController::secretsFor(const ConnectorDefinition &definition) const
{
    if (!usesSandbox(definition))
        return {};
    return sandboxSecretsFor(definition, issuer());
}

quint16 SandboxController::freePortNear(quint16 port)
{
    for (int candidate = port + 1; candidate <= std::min(65535, port + 20); ++candidate) {
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, quint16(candidate)))
            return quint16(candidate);
    }
    return 0;
}

SandboxDialog *SandboxController::dialog() const
{
    return m_dialog;
}

void SandboxController::showDialog(QWidget *parent)
{
    if (!m_dialog) {
        m_dialog = new SandboxDialog(server(), parent);
        m_dialog->setPort(m_port);
        connect(m_dialog, &SandboxDialog::startRequested, this, &SandboxController::start);
        connect(m_dialog, &SandboxDialog::stopRequested, this, &SandboxController::stop);
        connect(m_dialog, &SandboxDialog::portChanged, this, &SandboxController::setPort);
        connect(this, &SandboxController::startFailed, m_dialog, &SandboxDialog::showStartError);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

} // namespace cad
