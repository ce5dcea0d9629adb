#pragma once

#include "model/TestExpectation.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace cad {

/// The outcome of one check of connector.testRequest.expect.json on the answer.
struct CheckResult
{
    ResponseCheck check;  ///< the design's check
    QString expectedText; ///< "exists", "equals 42", "matches ^a"
    bool found = false;   ///< the answer has a value at the pointer
    QJsonValue actual;    ///< that value, when found
    bool passed = false;
    QString note; ///< why there is nothing to compare ("the answer is not JSON"), or empty
};

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

    /// What the design expects of the answer (ResponseChecks::evaluate sets it; the default: any 2xx).
    TestExpectation expected;
    QList<CheckResult> checks;
    QString label; ///< connector.connectionLabel filled from a good answer

    static constexpr qint64 MaxBodyBytes = 4 * 1024 * 1024;

    [[nodiscard]] bool statusAccepted() const { return expected.accepts(status); }
    [[nodiscard]] bool tooSlow() const { return expected.maxMs > 0 && elapsedMs > expected.maxMs; }
    [[nodiscard]] int failedChecks() const
    {
        int failed = 0;
        for (const CheckResult &check : checks)
            failed += check.passed ? 0 : 1;
        return failed;
    }
    /// An answer came, with an accepted status, in time, and every check passed.
    [[nodiscard]] bool succeeded() const
    {
        return error.isEmpty() && status != 0 && statusAccepted() && !tooSlow() && failedChecks() == 0;
    }
};

} // namespace cad
