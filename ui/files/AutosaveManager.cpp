#include "files/AutosaveManager.h"

#include "core/Logging.h"
#include "io/AtomicFile.h"
#include "model/ConnectorDocument.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace cad {

AutosaveManager::AutosaveManager(ConnectorDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &AutosaveManager::saveNow);
    connect(document, &ConnectorDocument::changed, this, &AutosaveManager::onChanged);
}

QString AutosaveManager::recoveryDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QString AutosaveManager::recoveryFilePath()
{
    return recoveryDirectory() + QStringLiteral("/unsaved") + DefinitionFile::Suffix;
}

static QString sourceInfoPath()
{
    return AutosaveManager::recoveryDirectory() + QStringLiteral("/unsaved.source.json");
}

static QString lockPath()
{
    return AutosaveManager::recoveryDirectory() + QStringLiteral("/unsaved.lock");
}

bool AutosaveManager::hasRecovery()
{
    return QFile::exists(recoveryFilePath());
}

bool AutosaveManager::recoveryInUse()
{
    // A lock left by a designer that crashed is stale (its process is gone) and taken over here.
    QLockFile probe(lockPath());
    probe.setStaleLockTime(0); // a live designer's lock is never stale, however old
    if (probe.tryLock(0)) {
        probe.unlock();
        return false;
    }
    return probe.error() == QLockFile::LockFailedError;
}

void AutosaveManager::adoptRecovery()
{
    m_holdsRecovery = true;
    if (m_lock)
        return;
    m_lock = std::make_unique<QLockFile>(lockPath());
    m_lock->setStaleLockTime(0); // only a lock of a process that is gone is stale
    if (!m_lock->tryLock(0))
        m_lock.reset(); // held elsewhere: the recovery still works, only the second-designer check does not
}

DefinitionFile::ReadResult AutosaveManager::readRecovery(QString *sourcePath)
{
    if (sourcePath) {
        QFile info(sourceInfoPath());
        sourcePath->clear();
        if (info.open(QIODevice::ReadOnly))
            *sourcePath =
                QJsonDocument::fromJson(info.read(64 * 1024)).object().value(QLatin1String("source")).toString();
    }
    return DefinitionFile::read(recoveryFilePath());
}

void AutosaveManager::onChanged()
{
    if (m_document && m_document->isModified())
        m_timer.start();
}

bool AutosaveManager::saveNow()
{
    m_timer.stop();
    if (!m_document)
        return false;
    if (!QDir().mkpath(recoveryDirectory()))
        return false;
    // Both files are written all or nothing, the source first: a crash between the two leaves the
    // previous recovery copy, still whole, beside the name of the file it belongs to.
    const Status info = AtomicFile::write(sourceInfoPath(),
                                          QJsonDocument(QJsonObject{{QLatin1String("source"), m_sourcePath}}).toJson());
    const Status copy = AtomicFile::write(recoveryFilePath(), DefinitionFile::serialize(m_document->definition()));
    if (!copy || !info) {
        qCWarning(lcIo) << "autosave failed:" << (copy ? info : copy).error().message;
        return false;
    }
    adoptRecovery();
    Q_EMIT saved();
    return true;
}

void AutosaveManager::discard()
{
    m_timer.stop();
    if (m_holdsRecovery)
        discardRecovery();
}

void AutosaveManager::discardRecovery()
{
    QFile::remove(recoveryFilePath());
    QFile::remove(sourceInfoPath());
    m_holdsRecovery = false;
    m_lock.reset(); // unlocks
}

} // namespace cad
