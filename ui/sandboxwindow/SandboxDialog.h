#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace cad {

class SandboxServer;
class SandboxLogModel;
struct SandboxLogEntry;

/// The sandbox provider on screen: whether it runs and where, Start/Stop and the port, its clients and
/// sandbox credentials, its behaviour switches (applied at once, while it runs), and its request log.
///
/// The dialog never starts or stops the server itself: Start and Stop ask for it (startRequested,
/// stopRequested) and the dialog follows SandboxServer::runningChanged. Not modal. The server must
/// outlive the dialog.
///
/// Object names: "sandboxState", "sandboxStartButton", "sandboxStopButton", "sandboxPort",
/// "sandboxStartError", "sandboxUsePortButton", "sandboxTabs", "sandboxEndpoints" (with "sandboxIssuer",
/// "sandboxAuthorizeUrl", "sandboxTokenUrl", "sandboxRevokeUrl", "sandboxApiUrl"), "sandboxClients",
/// "sandboxCredentials" (with "sandboxUserName", "sandboxPassword", "sandboxApiKey",
/// "sandboxPersonalAccessToken", "sandboxCustomHeaders"), the switches "sandboxTokenLifetime",
/// "sandboxRotate", "sandboxClientAuth", "sandboxPkceRequired", "sandboxOmitExpiresIn",
/// "sandboxAutoApprove", "sandboxFailNext", and "sandboxLog", "sandboxLogDetail", "sandboxClearLog".
class SandboxDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SandboxDialog(SandboxServer *server, QWidget *parent = nullptr);
    ~SandboxDialog() override;

    /// The port spin box value (the port to start on); does not emit portChanged.
    void setPort(quint16 port);
    [[nodiscard]] quint16 port() const;
    /// Starting failed (e.g. "The port 47913 on 127.0.0.1 is in use."): shows @p error in the dialog
    /// (not a message box) with a button "Use Port N" (N = @p freePort) that sets the spin box to N and
    /// emits startRequested(N). freePort 0: no such button.
    void showStartError(const QString &error, quint16 freePort);

Q_SIGNALS:
    void startRequested(quint16 port); ///< Start button (with the spin box's port)
    void stopRequested();              ///< Stop button
    void portChanged(quint16 port);    ///< the author changed the spin box (to remember it)

private:
    QWidget *createServerTab();
    QWidget *createSwitchesTab();
    QWidget *createLogTab();
    void updateRunning();
    void updateEndpoints();
    void updateClients();
    void updateSwitches();
    void clearStartError();
    void addLogEntry(const SandboxLogEntry &entry);
    void showSelectedEntry();
    void clearLog();

    SandboxServer *m_server;
    quint16 m_usePort = 0;
    bool m_updatingSwitches = false;

    QLabel *m_state = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QSpinBox *m_port = nullptr;
    QWidget *m_errorRow = nullptr;
    QLabel *m_startError = nullptr;
    QPushButton *m_usePortButton = nullptr;
    QTabWidget *m_tabs = nullptr;

    QLabel *m_issuer = nullptr;
    QLabel *m_authorizeUrl = nullptr;
    QLabel *m_tokenUrl = nullptr;
    QLabel *m_revokeUrl = nullptr;
    QLabel *m_apiUrl = nullptr;
    QTableWidget *m_clients = nullptr;

    QSpinBox *m_lifetime = nullptr;
    QCheckBox *m_rotate = nullptr;
    QComboBox *m_clientAuth = nullptr;
    QCheckBox *m_pkceRequired = nullptr;
    QCheckBox *m_omitExpiresIn = nullptr;
    QCheckBox *m_autoApprove = nullptr;
    QComboBox *m_failNext = nullptr;

    SandboxLogModel *m_logModel = nullptr;
    QTableView *m_log = nullptr;
    QPlainTextEdit *m_logDetail = nullptr;
};

} // namespace cad
