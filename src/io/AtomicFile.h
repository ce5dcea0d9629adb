#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace cad {

/// The one way this program writes a file: all or nothing. Every writer (definition files, the
/// CLI's -o output, the designer's export, the autosave) goes through it.
///
///   temporary file beside the target (QSaveFile) ──► unbuffered write, length checked
///        ──► flushed to disk ──► renamed over the target
///   any failure (full disk, file-size limit, no permission, killed midway) ──► the temporary
///        file is discarded and the target is byte-identical to before
///
/// Unbuffered on purpose: Qt 6.4 reports success for a buffered write that the disk cut short
/// (a full disk, a file-size limit), and QSaveFile then commits the truncated file.
namespace AtomicFile {

/// Writes @p bytes to @p path. The error says why in words for people ("only 204800 of 1048576
/// bytes could be written (is the disk full?)"); the caller adds what was being saved.
[[nodiscard]] Status write(const QString &path, const QByteArray &bytes);

} // namespace AtomicFile

} // namespace cad
