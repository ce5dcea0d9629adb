#include "connection/ResponseChecks.h"

#include "core/JsonPointer.h"
#include "model/ConnectionLabel.h"
#include "model/ConnectorDefinition.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

namespace cad::ResponseChecks {

namespace {
/// A value as the messages show it: text in quotes (so that "42" and 42 differ), the rest as JSON.
QString quoted(const QJsonValue &value)
{
    return value.isString() ? QStringLiteral("\"%1\"").arg(value.toString()) : JsonPointer::toText(value);
}

QString describeExpected(const ResponseCheck &check)
{
    switch (check.kind) {
    case ResponseCheck::Kind::Exists:
        return check.value.toBool() ? QCoreApplication::translate("cad::ResponseChecks", "exists")
                                    : QCoreApplication::translate("cad::ResponseChecks", "is absent");
    case ResponseCheck::Kind::Equals:
        return QCoreApplication::translate("cad::ResponseChecks", "equals %1").arg(quoted(check.value));
    case ResponseCheck::Kind::Matches:
        return QCoreApplication::translate("cad::ResponseChecks", "matches %1").arg(check.value.toString());
    }
    return {};
}
} // namespace

void evaluate(const ConnectorDefinition &definition, const QHash<QString, QString> &values, TestResult &result)
{
    const TestExpectation &expect = definition.testRequest.expect;
    result.expected = expect;
    result.checks.clear();
    result.label.clear();
    if (!result.error.isEmpty() || result.status == 0)
        return;

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(result.body, &parseError);
    const bool isJson = parseError.error == QJsonParseError::NoError;
    const QJsonValue answer = document.isObject()  ? QJsonValue(document.object())
                              : document.isArray() ? QJsonValue(document.array())
                                                   : QJsonValue(QJsonValue::Undefined);
    for (const ResponseCheck &check : expect.json) {
        CheckResult r;
        r.check = check;
        r.expectedText = describeExpected(check);
        if (!isJson) {
            r.note = result.truncated
                         ? QCoreApplication::translate("cad::ResponseChecks", "the answer was too long to read as JSON")
                         : QCoreApplication::translate("cad::ResponseChecks", "the answer is not JSON");
            result.checks.append(r);
            continue;
        }
        const std::optional<QJsonValue> actual = JsonPointer::resolve(answer, check.pointer);
        r.found = actual.has_value();
        if (actual)
            r.actual = *actual;
        switch (check.kind) {
        case ResponseCheck::Kind::Exists:
            r.passed = r.found == check.value.toBool();
            break;
        case ResponseCheck::Kind::Equals:
            r.passed = r.found && *actual == check.value;
            break;
        case ResponseCheck::Kind::Matches: {
            const QRegularExpression re(check.value.toString());
            r.passed = r.found && re.isValid() && !actual->isObject() && !actual->isArray() &&
                       re.match(JsonPointer::toText(*actual)).hasMatch();
            break;
        }
        }
        if (!r.found && check.kind != ResponseCheck::Kind::Exists)
            r.note = QCoreApplication::translate("cad::ResponseChecks", "the answer has no %1").arg(check.pointer);
        result.checks.append(r);
    }
    if (result.succeeded() && !definition.connectionLabel.isEmpty())
        result.label = ConnectionLabel::fill(definition.connectionLabel, answer, definition, values);
}

QString describe(const CheckResult &result)
{
    const QString pointer = result.check.pointer.isEmpty() ? QStringLiteral("\"\"") : result.check.pointer;
    const QString condition = QStringLiteral("%1 %2").arg(pointer, result.expectedText);
    if (result.passed)
        return QCoreApplication::translate("cad::ResponseChecks", "%1: passed").arg(condition);
    if (!result.note.isEmpty())
        return QCoreApplication::translate("cad::ResponseChecks", "%1: failed, %2").arg(condition, result.note);
    if (!result.found)
        return QCoreApplication::translate("cad::ResponseChecks", "%1: failed, it is absent").arg(condition);
    return QCoreApplication::translate("cad::ResponseChecks", "%1: failed, the answer has %2")
        .arg(condition, quoted(result.actual));
}

QString failureMessage(const TestResult &result, Checks checks)
{
    if (!result.error.isEmpty())
        return result.error;
    if (result.status == 0)
        return QCoreApplication::translate("cad::ResponseChecks", "No answer came.");
    QStringList reasons;
    if (!result.statusAccepted())
        reasons << QCoreApplication::translate("cad::ResponseChecks",
                                               "The service answered HTTP %1; the design accepts %2.")
                       .arg(result.status)
                       .arg(result.expected.statusText());
    if (result.tooSlow())
        reasons << QCoreApplication::translate("cad::ResponseChecks",
                                               "The answer took %1 ms; the design allows at most %2 ms.")
                       .arg(result.elapsedMs)
                       .arg(result.expected.maxMs);
    for (const CheckResult &check : result.checks)
        if (!check.passed && checks == Checks::Included)
            reasons << QCoreApplication::translate("cad::ResponseChecks", "Check %1.").arg(describe(check));
    return reasons.join(QLatin1Char(' '));
}

} // namespace cad::ResponseChecks
