#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace cad {

/// The outcome of a connection's test request.
struct TestResult
{
    QString method;
    QString displayUrl; ///< the URL with secrets masked
    int status = 0;     ///< HTTP status, 0 when no answer came
    qint64 elapsedMs = 0;
    QList<QPair<QByteArray, QByteArray>> responseHeaders;
    QByteArray body;        ///< at most MaxBodyBytes
    bool truncated = false; ///< the answer was longer than MaxBodyBytes; body holds its beginning
    QString error;          ///< transport error or why the request could not be made; empty on an answer

    static constexpr qint64 MaxBodyBytes = 4 * 1024 * 1024;

    [[nodiscard]] bool succeeded() const { return error.isEmpty() && status >= 200 && status < 300; }
};

} // namespace cad
