#include "io/AtomicFile.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace cad {

Status AtomicFile::write(const QString &path, const QByteArray &bytes)
{
    if (QFileInfo(path).isDir())
        return Error{
            QCoreApplication::translate("cad::AtomicFile", "%1 is a folder").arg(QDir::toNativeSeparators(path)), {}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Error{file.errorString(), {}};
    const qint64 written = file.write(bytes);
    if (written != bytes.size() || file.size() != bytes.size()) {
        const QString reason =
            file.error() != QFileDevice::NoError && written < 0
                ? file.errorString()
                : QCoreApplication::translate("cad::AtomicFile", "only %1 of %2 bytes could be written (is the disk "
                                                                 "full?)")
                      .arg(qMax<qint64>(written, 0))
                      .arg(bytes.size());
        file.cancelWriting(); // discards the temporary file; the target stays as it was
        return Error{reason, {}};
    }
    // commit() flushes to disk and renames; it fails (and keeps the target) if either fails.
    if (!file.commit())
        return Error{file.errorString(), {}};
    qCDebug(lcIo) << "wrote" << QDir::toNativeSeparators(path) << bytes.size() << "bytes";
    return Status::success();
}

} // namespace cad
