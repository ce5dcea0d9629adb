#pragma once

// Shared by the libFuzzer targets in this folder (see README.md).

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

/// A property of the reader does not hold for this input: print why and abort(), so that libFuzzer
/// keeps the input as a crash file.
#define CAD_FUZZ_CHECK(condition, detail)                                                                              \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            ::cad::fuzz::fail(__FILE__, __LINE__, #condition, (detail));                                               \
    } while (false)

namespace cad::fuzz {

[[noreturn]] inline void fail(const char *file, int line, const char *condition, const QString &detail)
{
    std::fprintf(stderr, "%s:%d: property failed: %s\n    %s\n", file, line, condition, qUtf8Printable(detail));
    std::fflush(stderr);
    std::abort();
}

/// The input as a QByteArray of its own (not fromRawData: some Qt functions expect a terminating NUL).
[[nodiscard]] inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// Call from LLVMFuzzerInitialize: the readers' warnings (qWarning, logging categories) would only slow
/// the run and flood its log; fatal messages are still printed.
inline void initialize()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg)
            std::fprintf(stderr, "qFatal: %s\n", qUtf8Printable(message));
    });
}

/// A short excerpt of text for a property failure message.
[[nodiscard]] inline QString shown(const QString &text)
{
    return text.size() > 300 ? text.left(300) + QStringLiteral("…") : text;
}

} // namespace cad::fuzz
