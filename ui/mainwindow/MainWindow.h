#pragma once

#include "exchange/ExportFormat.h"
#include "mainwindow/DocumentController.h"
#include "model/AuthType.h"
#include "model/Diagnostic.h"

#include <QHash>
#include <QMainWindow>

class QAction;
class QComboBox;
class QGroupBox;
class QMenu;
class QNetworkAccessManager;
class QSplitter;
class QTabWidget;
class QUndoStack;

namespace cad {

class AutosaveManager;
class ConnectionController;
class ConsoleController;
class InspectorController;
class ConnectionPanel;
class ConnectorDocument;
class ConnectorSettingsForm;
class DesignTimeConnection;
class DiagnosticsView;
class ExchangeLogView;
class ImportExportController;
class SandboxController;
class InvalidationBanner;
class PreviewForm;
class PropertiesPanel;
class RequestPane;
class SecretStore;
class SignInController;

/// The designer window: connector settings, authentication type and properties table on the
/// left; the live end-user preview, the post-authorization request and the design-time
/// connection on the right; the problems list below. It lays out and wires; the work is done by
///   DocumentController      new, open, save, revert, recent files, autosave, recovery
///   ImportExportController  File > Import and File > Export
///   ConnectionController    the design-time connection, the keychain, the sign-in browser
///   WindowSettings          the remembered layout
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    /// Opens FILE as openFile() does, while the window is made: its views are built once, for that
    /// file. A file that cannot be read is reported, and the window starts with a new design.
    explicit MainWindow(const QString &fileToOpen, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] DocumentController *documents() const { return m_documents; }
    [[nodiscard]] ImportExportController *importExport() const { return m_importExport; }
    [[nodiscard]] SandboxController *sandbox() const { return m_sandbox; }
    [[nodiscard]] ConnectionController *connections() const { return m_connections; }

    [[nodiscard]] ConnectorDocument *document() const { return m_document; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }
    [[nodiscard]] QString filePath() const;
    [[nodiscard]] AutosaveManager *autosave() const;
    [[nodiscard]] PropertiesPanel *propertiesPanel() const { return m_properties; }
    [[nodiscard]] ConnectionPanel *connectionPanel() const { return m_connectionPanel; }
    [[nodiscard]] ExchangeLogView *exchangeLog() const { return m_exchangeLog; }
    /// The design-time connection of the current document (replaced when another document opens).
    [[nodiscard]] DesignTimeConnection *designTimeConnection() const;
    /// The Requests tab (its console is made on first use).
    [[nodiscard]] ConsoleController *consoleController() const { return m_consoles; }
    /// The Tokens tab (its inspector is made on first use).
    [[nodiscard]] InspectorController *inspectorController() const { return m_inspectors; }
    [[nodiscard]] SignInController *signInController() const;
    [[nodiscard]] SecretStore *secretStore() const;
    [[nodiscard]] QNetworkAccessManager *network() const;
    [[nodiscard]] QHash<QString, QString> connectionValues() const;

    // The window's verbs, for the command line, drag and drop and tests.
    bool openFile(const QString &path);
    bool saveFile(const QString &path);
    bool importFile(const QString &path);
    bool exportFile(const QString &path, cad::ExportFormat format);
    bool maybeSave();
    void offerRecovery();
    /// Switches the authentication type through the undo stack, asking first when the switch
    /// discards something the author made (ConnectorDefinition::lostByChangeAuthType()). Returns
    /// false when the author cancels.
    bool changeAuthType(AuthType type);
    /// Applies a finding's proposed fix as one undoable edit; false when it has none.
    bool applyFix(const cad::Diagnostic &finding);
    /// Edit > Fill from Discovery…: the dialog that reads the provider's metadata; applying it is one undoable edit.
    void fillFromDiscovery();

public Q_SLOTS:
    void newFile();
    bool save();
    bool saveAs();
    void revert();

Q_SIGNALS:
    /// The secret values of a save reached the keychain (or memory when there is none).
    void secretsSaved(bool ok);
    /// The secret values of an opened file were read (@p count found) and the connection restored.
    void secretsLoaded(int count);
    /// An imported description became the current document.
    void importFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    QWidget *createCentralWidget();
    void wireControllers();
    /// What follows a new, opened, imported or recovered document: its sandbox, secrets and views.
    void onDocumentReplaced(DocumentController::Replacement how);
    void updateDependentViews();
    void updateTitle();
    void syncTypeCombo();
    void onDiagnosticActivated(const cad::Diagnostic &diagnostic);
    void rebuildRecentMenu();
    /// The Tokens tab, its inspector made when needed.
    void showTokenInspector();
    void fitConnectionArea();
    void showStatus(const QString &text, int timeoutMs);
    [[nodiscard]] QList<QSplitter *> splitters() const;

    ConnectorDocument *m_document;
    QUndoStack *m_undoStack;
    DocumentController *m_documents = nullptr;
    ImportExportController *m_importExport = nullptr;
    SandboxController *m_sandbox = nullptr;
    ConnectionController *m_connections = nullptr;
    ConsoleController *m_consoles = nullptr;     ///< the Requests tab
    InspectorController *m_inspectors = nullptr; ///< the Tokens tab
    bool m_firstFramePainted = false;

    ConnectorSettingsForm *m_settings = nullptr;
    QComboBox *m_typeCombo = nullptr;
    PropertiesPanel *m_properties = nullptr;
    DiagnosticsView *m_diagnostics = nullptr;
    QGroupBox *m_diagnosticsGroup = nullptr;
    PreviewForm *m_preview = nullptr;
    RequestPane *m_requestPane = nullptr;
    ExchangeLogView *m_exchangeLog = nullptr;
    QTabWidget *m_requestTabs = nullptr;
    QGroupBox *m_connectionBox = nullptr;
    ConnectionPanel *m_connectionPanel = nullptr;
    InvalidationBanner *m_banner = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_leftSplitter = nullptr;
    QSplitter *m_rightSplitter = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportOpenApiAction = nullptr;
    QAction *m_exportPostmanAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_discoveryAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    bool m_recentMenuStale = true;
};

} // namespace cad
