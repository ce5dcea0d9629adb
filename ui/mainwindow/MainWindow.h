#pragma once

#include "exchange/ExportFormat.h"
#include "exchange/ImportResult.h"
#include "model/AuthType.h"
#include "model/Diagnostic.h"
#include "secrets/SecretBindings.h"

#include <QMainWindow>

class QAction;
class QComboBox;
class QGroupBox;
class QLabel;
class QMenu;
class QNetworkAccessManager;
class QSplitter;
class QTabWidget;
class QUndoStack;

namespace cad {

class AutosaveManager;
class ConnectionPanel;
class ConnectorDocument;
class ConnectorSettingsForm;
class DesignTimeConnection;
class DiagnosticsView;
class ExchangeLogView;
class InvalidationBanner;
class PreviewForm;
class PropertiesPanel;
class RecentFiles;
class RequestPane;
class SecretStore;
class SignInController;
struct CredentialUse;
struct OriginConfirmation;

/// The designer window: connector settings, authentication type and properties table on the
/// left; the live end-user preview, the post-authorization request and the design-time
/// connection on the right; the problems list below. One document per window.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] ConnectorDocument *document() const { return m_document; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }
    [[nodiscard]] QString filePath() const { return m_filePath; }
    [[nodiscard]] PropertiesPanel *propertiesPanel() const { return m_properties; }
    [[nodiscard]] ConnectionPanel *connectionPanel() const { return m_connection; }
    [[nodiscard]] AutosaveManager *autosave() const { return m_autosave; }
    /// The design-time connection of the current document (replaced when another document opens).
    [[nodiscard]] DesignTimeConnection *connection() const { return m_engine; }
    [[nodiscard]] SignInController *signInController() const { return m_signIn; }
    [[nodiscard]] ExchangeLogView *exchangeLog() const { return m_exchangeLog; }
    [[nodiscard]] SecretStore *secretStore() const { return m_secrets; }
    [[nodiscard]] QNetworkAccessManager *network() const { return m_network; }
    /// The values the connection uses: the preview form's values over the secret values typed
    /// in the properties table.
    [[nodiscard]] QHash<QString, QString> connectionValues() const;

    /// Opens a definition file, after the unsaved-changes prompt. A file that cannot be read
    /// leaves the current document untouched and shows every problem found.
    bool openFile(const QString &path);
    /// Writes the document; on success it becomes the window's file.
    bool saveFile(const QString &path);
    /// Imports an OpenAPI / Swagger description or a Postman collection as a new, unsaved
    /// document (after the unsaved-changes prompt). Asks which security scheme when there are several.
    bool importFile(const QString &path);
    /// Writes the document as OpenAPI 3.0 or a Postman collection (never with secret values).
    bool exportFile(const QString &path, cad::ExportFormat format);
    /// Switches the authentication type through the undo stack, asking before discarding the
    /// author's own properties. Returns false when the author cancels.
    bool changeAuthType(AuthType type);
    /// Applies a finding's proposed fix as one undoable edit; false when it has none.
    bool applyFix(const cad::Diagnostic &diagnostic);
    /// Offers to recover unsaved work left by a crash (call once, after show()).
    void offerRecovery();
    /// Asks about unsaved changes; true when it is fine to go on (saved or discarded).
    bool maybeSave();

public Q_SLOTS:
    void newFile();
    void open();
    bool save();
    bool saveAs();
    void revert();
    void importDescription();
    void exportDescription(cad::ExportFormat format);

Q_SIGNALS:
    /// The secret values of a save reached the keychain (or memory when there is none).
    void secretsSaved(bool ok);
    /// The secret values of an opened file were read (@p count found) and the connection restored.
    void secretsLoaded(int count);
    /// An imported description became the current document.
    void importFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    QWidget *createCentralWidget();
    bool loadWithoutPrompt(const QString &path);
    void updateDependentViews();
    void updateTitle();
    void syncTypeCombo();
    void onDiagnosticActivated(const cad::Diagnostic &diagnostic);
    void rebuildRecentMenu();
    void readSettings();
    void writeSettings() const;
    [[nodiscard]] QString startDirectory() const;
    void createConnection();
    void syncConnection();
    void syncConnectionValues();
    void showKeychainNotice(bool persistent);
    void fitConnectionArea();
    void onConnectionStateChanged();
    void onConnectionTokensChanged();
    void loadSecrets();
    void confirmOrigins(const cad::OriginConfirmation &confirmation);
    void keepAllowedOrigins(const QList<cad::CredentialUse> &uses);
    bool importWithoutPrompt(const QString &path);
    void finishImport(ImportResult result, const QString &path);

    ConnectorDocument *m_document;
    QUndoStack *m_undoStack;
    AutosaveManager *m_autosave;
    RecentFiles *m_recent;
    QString m_filePath;

    ConnectorSettingsForm *m_settings = nullptr;
    QComboBox *m_typeCombo = nullptr;
    PropertiesPanel *m_properties = nullptr;
    DiagnosticsView *m_diagnostics = nullptr;
    QGroupBox *m_diagnosticsGroup = nullptr;
    PreviewForm *m_preview = nullptr;
    RequestPane *m_requestPane = nullptr;

    QNetworkAccessManager *m_network = nullptr;
    SecretStore *m_secrets = nullptr;
    SecretBindings m_bindings; ///< what the keychain said about the current document's secrets
    DesignTimeConnection *m_engine = nullptr;
    SignInController *m_signIn = nullptr;
    ExchangeLogView *m_exchangeLog = nullptr;
    QTabWidget *m_requestTabs = nullptr;
    QGroupBox *m_connectionBox = nullptr;
    quint64 m_documentGeneration = 0; ///< bumps whenever another document replaces the current one
    ConnectionPanel *m_connection = nullptr;
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
    QMenu *m_recentMenu = nullptr;
};

} // namespace cad
