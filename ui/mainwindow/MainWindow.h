#pragma once

#include "model/AuthType.h"
#include "model/Diagnostic.h"

#include <QMainWindow>

class QAction;
class QComboBox;
class QGroupBox;
class QLabel;
class QMenu;
class QSplitter;
class QUndoStack;

namespace cad {

class AutosaveManager;
class ConnectionPanel;
class ConnectorDocument;
class ConnectorSettingsForm;
class DiagnosticsView;
class InvalidationBanner;
class PreviewForm;
class PropertiesPanel;
class RecentFiles;
class RequestPane;

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

    /// Opens a definition file, after the unsaved-changes prompt. A file that cannot be read
    /// leaves the current document untouched and shows every problem found.
    bool openFile(const QString &path);
    /// Writes the document; on success it becomes the window's file.
    bool saveFile(const QString &path);
    /// Switches the authentication type through the undo stack, asking before discarding the
    /// author's own properties. Returns false when the author cancels.
    bool changeAuthType(AuthType type);
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
    void onAuthenticationChanged();
    void onDiagnosticActivated(const cad::Diagnostic &diagnostic);
    void rebuildRecentMenu();
    void readSettings();
    void writeSettings() const;
    [[nodiscard]] QString startDirectory() const;

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
    QWidget *m_requestPane = nullptr; ///< a RequestPane

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
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace cad
