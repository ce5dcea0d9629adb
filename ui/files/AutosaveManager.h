#pragma once

#include "io/DefinitionFile.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace cad {

class ConnectorDocument;

/// Writes the unsaved document to a recovery file a few seconds after each change
/// (AppDataLocation/recovery/), through DefinitionFile::serialize, which never writes secret
/// values. The file is removed when the document is saved or the window closes cleanly; when
/// it is still there at the next start the designer offers to recover it.
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
    /// The recovered definition and the path of the file it came from (empty if never saved).
    [[nodiscard]] static DefinitionFile::ReadResult readRecovery(QString *sourcePath);
    /// Writes the recovery file now (also used by the timer). Returns false on I/O error.
    bool saveNow();
    /// Removes the recovery file (after save, revert, clean close or a declined recovery).
    void discard();

Q_SIGNALS:
    void saved();

private:
    void onChanged();

    QPointer<ConnectorDocument> m_document;
    QTimer m_timer;
    QString m_sourcePath;
};

} // namespace cad
