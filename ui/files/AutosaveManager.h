#pragma once

#include "io/DefinitionFile.h"

#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace cad {

class ConnectorDocument;

/// Writes the unsaved document to a recovery file a few seconds after each change
/// (AppDataLocation/recovery/), through DefinitionFile::serialize, which never writes secret
/// values. The file is removed when the document is saved or the window closes cleanly; when
/// it is still there at the next start the designer offers to recover it. A recovery file this
/// manager did not write (an earlier session's, not offered yet) is left alone until the user
/// has answered the offer: opening, saving or closing another document never removes it. While a
/// manager holds the recovery file it also holds a lock beside it, so that a second designer
/// running at the same time does not offer the first one's live work as a crash's.
class AutosaveManager : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultDelayMs = 3000;

    explicit AutosaveManager(ConnectorDocument *document, QObject *parent = nullptr);

    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    /// Path of the file the document was opened from (recorded next to the recovery data).
    void setSourcePath(const QString &path) { m_sourcePath = path; }

    [[nodiscard]] static QString recoveryDirectory();
    [[nodiscard]] static QString recoveryFilePath();

    [[nodiscard]] static bool hasRecovery();
    /// A running designer holds the recovery file (its lock is taken by a live process).
    [[nodiscard]] static bool recoveryInUse();
    /// The recovered definition and the path of the file it came from (empty if never saved).
    [[nodiscard]] static DefinitionFile::ReadResult readRecovery(QString *sourcePath);
    /// Writes the recovery file now (also used by the timer). Returns false on I/O error.
    bool saveNow();
    /// The document no longer needs its recovery file (saved, reverted, replaced, closed cleanly):
    /// removes it if this manager wrote it or took it over.
    void discard();
    /// Removes an earlier session's recovery file (declined or unreadable).
    void discardRecovery();
    /// The recovery file is this manager's (it wrote it, or the recovered document is now its
    /// own): discard() removes it, and the lock beside it says a designer is running with it.
    void adoptRecovery();

Q_SIGNALS:
    void saved();

private:
    void onChanged();

    QPointer<ConnectorDocument> m_document;
    QTimer m_timer;
    QString m_sourcePath;
    bool m_holdsRecovery = false; ///< the recovery file on disk is this manager's
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace cad
