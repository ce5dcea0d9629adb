// Target: the verdict on a test request's answer (src/connection/ResponseChecks.h) and RFC 6901
// pointers (src/core/JsonPointer.h), which read what a service sends. The first line of an input is
// a JSON Pointer, the rest the answer's body. A design with one check of every kind (the input's
// pointer among them) and a connection label that names a secret property is held to the answer.
// Checks: no crash, leak, undefined behaviour or hang; one result per check; an answer that is not
// JSON passes no check; a pointer resolves only when it parses, and problem() is empty exactly when
// it parses; the label never shows the secret's value and is empty unless every check passed.
#include "connection/ResponseChecks.h"
#include "core/JsonPointer.h"
#include "model/ConnectorDefinition.h"

#include "FuzzSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cad;

namespace {
const QString SecretValue = QStringLiteral("fuzz-secret-value-7c2e");

ConnectorDefinition design(const QString &pointer)
{
    ConnectorDefinition d = ConnectorDefinition::create(AuthType::ApiKey, QStringLiteral("Fuzz"));
    d.key = QStringLiteral("fuzz");
    d.baseUrl = QStringLiteral("https://api.fuzz.example");
    d.testRequest.expect.json = {
        {pointer, ResponseCheck::Kind::Exists, true},
        {pointer, ResponseCheck::Kind::Exists, false},
        {pointer, ResponseCheck::Kind::Equals, QJsonValue(QStringLiteral("x"))},
        {pointer, ResponseCheck::Kind::Matches, QStringLiteral("^[a-z]+$")},
        {QStringLiteral("/a/0/b~1c"), ResponseCheck::Kind::Equals, 1},
        {QString(), ResponseCheck::Kind::Exists, true},
    };
    d.connectionLabel = QStringLiteral("{/email} {") + pointer + QStringLiteral("} {api_key} {connection_name}");
    return d;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QString pointer = QString::fromUtf8(newline < 0 ? input : input.left(newline));
    const QByteArray body = newline < 0 ? QByteArray() : input.mid(newline + 1);

    const bool parses = JsonPointer::parse(pointer).has_value();
    CAD_FUZZ_CHECK(parses == JsonPointer::problem(pointer).isEmpty(), fuzz::shown(pointer));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    const QJsonValue answer = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    if (const std::optional<QJsonValue> value = JsonPointer::resolve(answer, pointer)) {
        CAD_FUZZ_CHECK(parses, fuzz::shown(pointer));
        (void)JsonPointer::toText(*value);
    }

    const ConnectorDefinition d = design(pointer);
    TestResult result;
    result.method = QStringLiteral("GET");
    result.status = 200;
    result.elapsedMs = 12;
    result.body = body;
    ResponseChecks::evaluate(d, {{QStringLiteral("api_key"), SecretValue}}, result);
    CAD_FUZZ_CHECK(result.checks.size() == d.testRequest.expect.json.size(), fuzz::shown(pointer));
    const bool isJson = error.error == QJsonParseError::NoError;
    for (const CheckResult &check : result.checks) {
        CAD_FUZZ_CHECK(isJson || !check.passed, fuzz::shown(pointer));
        (void)ResponseChecks::describe(check);
    }
    CAD_FUZZ_CHECK(!result.label.contains(SecretValue), result.label);
    CAD_FUZZ_CHECK(result.label.isEmpty() || result.succeeded(), result.label);
    if (!result.succeeded())
        CAD_FUZZ_CHECK(!ResponseChecks::failureMessage(result).isEmpty(), fuzz::shown(pointer));
    return 0;
}
