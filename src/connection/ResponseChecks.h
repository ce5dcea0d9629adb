#pragma once

#include "connection/TestResult.h"

#include <QHash>
#include <QString>

namespace cad {

struct ConnectorDefinition;

/// Holds a test request's answer to what the design says a good answer is
/// (connector.testRequest.expect) and names the connection (connector.connectionLabel). The
/// designer's Test button and `auth-designer-cli test` both get their verdict from here.
namespace ResponseChecks {

/// Sets result.expected, fills result.checks and, when the answer is good,
/// result.label. Does nothing to a result without an answer (status 0).
void evaluate(const ConnectorDefinition &definition, const QHash<QString, QString> &values, TestResult &result);

enum class Checks
{
    Included, ///< the failed checks are among the reasons
    Left,     ///< the caller lists the checks itself
};

/// Why a result is not a success, in one sentence per reason (the transport error; the status
/// against the accepted ones; the time against the limit; each failed check with what was
/// found); empty for a success.
[[nodiscard]] QString failureMessage(const TestResult &result, Checks checks = Checks::Included);

/// One check's outcome for people: "/email matches @acme: passed" or "/id equals 42: found 41".
[[nodiscard]] QString describe(const CheckResult &check);

} // namespace ResponseChecks

} // namespace cad
