#pragma once

#include "io/DefinitionFile.h"
#include "model/ConnectorDefinition.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QUndoStack;
class QWidget;

namespace cad {

class AutosaveManager;
class ConnectorDocument;
class RecentFiles;

/// The life of the window's one document: new, open, save, save as, revert, the recent files,
/// the autosave and crash recovery. Every way a document arrives goes through replaceDocument(),
/// so the undo stack, the modified flag, the file path, the autosave and the recent list change
/// in one place, the same way.
///
///   New / Open / Revert / Import / Recover ──► replaceDocument(definition, how, path)
///        ──► documentReplaced(how)            (the connection controller starts over, loads secrets)
///   Save / Save As ──► DefinitionFile::write (atomic) ──► saved(path)   (secrets go to the keychain)
class DocumentController : public QObject
{
    Q_OBJECT

public:
    /// How a document replaced the previous one.
    enum class Replacement
    {
        New,       ///< File > New: unsaved, clean
        Opened,    ///< read from a file (Open, Open Recent, Revert, drag and drop, the command line)
        Imported,  ///< from an API description: unsaved and modified
        Recovered, ///< from the autosave after a crash: modified, belongs to its original file
    };
    Q_ENUM(Replacement)

    DocumentController(ConnectorDocument *document, QUndoStack *undoStack, QWidget *dialogParent);
    ~DocumentController() override;

    [[nodiscard]] ConnectorDocument *document() const { return m_document; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }
    [[nodiscard]] AutosaveManager *autosave() const { return m_autosave; }
    [[nodiscard]] RecentFiles *recentFiles() const { return m_recent; }
    /// The document's file, empty while it was never saved.
    [[nodiscard]] QString filePath() const { return m_filePath; }
    /// "acme.connector.json", or "Untitled".
    [[nodiscard]] QString displayName() const;
    /// The folder file dialogs start in.
    [[nodiscard]] QString startDirectory() const;
    [[nodiscard]] bool isModified() const;

    /// The one way a document arrives (see Replacement).
    void replaceDocument(const ConnectorDefinition &definition, Replacement how, const QString &path = QString());

    /// Asks about unsaved changes; true when it is fine to go on (saved or discarded).
    bool maybeSave();
    /// Asks for the type, then starts a new document (after the unsaved-changes prompt).
    void newFile();
    void open();
    /// The samples built into the designer (:/samples/*.connector.json): resource path and display name.
    [[nodiscard]] static QList<QPair<QString, QString>> samples();
    /// Starts a new, untitled document from a sample (after the unsaved-changes prompt).
    bool newFromSample(const QString &resourcePath);
    /// File > New from Template…: after the unsaved-changes prompt, a new, unsaved design from the
    /// provider template @p key (TemplateCatalog).
    bool newFromTemplate(const QString &key);
    /// Opens a file after the unsaved-changes prompt. A file that cannot be read leaves the document
    /// untouched and shows every problem found.
    bool openFile(const QString &path);
    bool save();
    bool saveAs();
    /// Writes the document; on success the file becomes the document's.
    bool saveFile(const QString &path);
    void revert();
    /// Offers to recover unsaved work left by a crash (call once, after the window is shown).
    void offerRecovery();

Q_SIGNALS:
    /// Sent before the new definition is set: whatever belongs to the old document ends now.
    void aboutToReplaceDocument();
    void documentReplaced(cad::DocumentController::Replacement how);
    /// The definition was written to @p path (its secrets are not in it: they go to the keychain now).
    void saved(const QString &path);
    /// The file path, the modified state or the name changed: the title and Revert follow.
    void fileStateChanged();
    void statusMessage(const QString &text, int timeoutMs);

private:
    bool openWithoutPrompt(const QString &path);

    ConnectorDocument *m_document;
    QUndoStack *m_undoStack;
    QPointer<QWidget> m_dialogParent;
    AutosaveManager *m_autosave;
    RecentFiles *m_recent;
    QString m_filePath;
};

} // namespace cad
