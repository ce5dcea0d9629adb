// What a good answer to the test request is: RFC 6901 pointers, status ranges, checks, time
// limit and the connection label, from the file through the rules to the verdict.
#include "connection/ResponseChecks.h"
#include "core/JsonPointer.h"
#include "io/DefinitionFile.h"
#include "model/ConnectionLabel.h"
#include "model/ConnectorDefinition.h"
#include "model/Validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cad;

namespace {
// The example document of RFC 6901, section 5.
const char *const Rfc6901Example = R"({
   "foo": ["bar", "baz"],
   "": 0,
   "a/b": 1,
   "c%d": 2,
   "e^f": 3,
   "g|h": 4,
   "i\\j": 5,
   "k\"l": 6,
   " ": 7,
   "m~n": 8
})";

QJsonValue document(const char *json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
}

ConnectorDefinition apiKeyDesign()
{
    ConnectorDefinition d = ConnectorDefinition::create(AuthType::ApiKey, QStringLiteral("Acme"));
    d.key = QStringLiteral("acme");
    d.baseUrl = QStringLiteral("https://api.acme.example");
    return d;
}

TestResult answer(int status, const QByteArray &body, qint64 ms = 80)
{
    TestResult r;
    r.method = QStringLiteral("GET");
    r.status = status;
    r.body = body;
    r.elapsedMs = ms;
    return r;
}

QStringList problemsAt(const ConnectorDefinition &d, const QString &pathStart)
{
    QStringList found;
    for (const Diagnostic &diagnostic : Validator::validate(d))
        if (diagnostic.path.startsWith(pathStart))
            found << diagnostic.path + QStringLiteral(": ") + diagnostic.message;
    return found;
}
} // namespace

class TestResponseChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pointersResolveAsRfc6901Says_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("expected"); // compact JSON of the value
        QTest::newRow("whole document") << QString() << QString();
        QTest::newRow("/foo") << QStringLiteral("/foo") << QStringLiteral(R"(["bar","baz"])");
        QTest::newRow("/foo/0") << QStringLiteral("/foo/0") << QStringLiteral(R"("bar")");
        QTest::newRow("/") << QStringLiteral("/") << QStringLiteral("0");
        QTest::newRow("/a~1b") << QStringLiteral("/a~1b") << QStringLiteral("1");
        QTest::newRow("/c%d") << QStringLiteral("/c%d") << QStringLiteral("2");
        QTest::newRow("/e^f") << QStringLiteral("/e^f") << QStringLiteral("3");
        QTest::newRow("/g|h") << QStringLiteral("/g|h") << QStringLiteral("4");
        QTest::newRow("/i\\j") << QStringLiteral("/i\\j") << QStringLiteral("5");
        QTest::newRow("/k\"l") << QStringLiteral("/k\"l") << QStringLiteral("6");
        QTest::newRow("/ ") << QStringLiteral("/ ") << QStringLiteral("7");
        QTest::newRow("/m~0n") << QStringLiteral("/m~0n") << QStringLiteral("8");
    }

    void pointersResolveAsRfc6901Says()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, expected);
        const QJsonValue doc = document(Rfc6901Example);
        const std::optional<QJsonValue> value = JsonPointer::resolve(doc, pointer);
        QVERIFY(value.has_value());
        if (pointer.isEmpty()) {
            QCOMPARE(*value, doc);
            return;
        }
        QCOMPARE(QString::fromUtf8(QJsonDocument(QJsonArray{*value}).toJson(QJsonDocument::Compact)),
                 QStringLiteral("[%1]").arg(expected));
    }

    void pointersThatReferToNothing_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::newRow("missing member") << QStringLiteral("/nothing");
        QTest::newRow("index past the end") << QStringLiteral("/foo/2");
        QTest::newRow("leading zero") << QStringLiteral("/foo/01");
        QTest::newRow("dash is past the end") << QStringLiteral("/foo/-");
        QTest::newRow("into a string") << QStringLiteral("/foo/0/x");
        QTest::newRow("negative") << QStringLiteral("/foo/-1");
        QTest::newRow("no slash") << QStringLiteral("foo");
        QTest::newRow("bad escape") << QStringLiteral("/m~2n");
        QTest::newRow("lone tilde") << QStringLiteral("/m~");
    }

    void pointersThatReferToNothing()
    {
        QFETCH(QString, pointer);
        QVERIFY(!JsonPointer::resolve(document(Rfc6901Example), pointer).has_value());
    }

    void pointerSyntaxProblemsAreExplained()
    {
        QVERIFY(JsonPointer::problem(QStringLiteral("/user/login")).isEmpty());
        QVERIFY(JsonPointer::problem(QString()).isEmpty());
        QVERIFY(JsonPointer::problem(QStringLiteral("email")).contains(QLatin1String("must start with /")));
        QVERIFY(JsonPointer::problem(QStringLiteral("/a~b")).contains(QLatin1String("~0")));
    }

    void statusEntriesAndRanges()
    {
        QCOMPARE(TestExpectation::parseStatus(QStringLiteral("204")),
                 std::optional<StatusRange>(StatusRange{204, 204}));
        QCOMPARE(TestExpectation::parseStatus(QStringLiteral(" 200 - 299 ")),
                 std::optional<StatusRange>(StatusRange{200, 299}));
        QVERIFY(!TestExpectation::parseStatus(QStringLiteral("2xx")));
        QVERIFY(!TestExpectation::parseStatus(QStringLiteral("20")));
        QVERIFY(!TestExpectation::parseStatus(QStringLiteral("200-")));

        TestExpectation e;
        QVERIFY(e.accepts(200) && e.accepts(299) && !e.accepts(300) && !e.accepts(199));
        QCOMPARE(e.statusText(), QStringLiteral("200-299"));
        e.status = {QStringLiteral("200"), QStringLiteral("304"), QStringLiteral("400-404")};
        QVERIFY(e.accepts(304) && e.accepts(403) && !e.accepts(201) && !e.accepts(405));
        QCOMPARE(e.statusText(), QStringLiteral("200, 304, 400-404"));
    }

    void theFileKeepsTheExpectationAndTheLabel()
    {
        ConnectorDefinition d = apiKeyDesign();
        d.testRequest.expect.status = {QStringLiteral("200"), QStringLiteral("200-204")};
        d.testRequest.expect.maxMs = 1500;
        d.testRequest.expect.json = {
            {QStringLiteral("/email"), ResponseCheck::Kind::Exists, true},
            {QStringLiteral("/deleted"), ResponseCheck::Kind::Exists, false},
            {QStringLiteral("/plan"), ResponseCheck::Kind::Equals, QJsonValue(QJsonObject{{QStringLiteral("id"), 3}})},
            {QStringLiteral("/email"), ResponseCheck::Kind::Matches, QStringLiteral("@acme\\.example$")},
        };
        d.connectionLabel = QStringLiteral("{/email} at {connection_name}");

        const QJsonObject json = DefinitionFile::toJson(d);
        const QJsonObject expect = json.value(QStringLiteral("connector"))
                                       .toObject()
                                       .value(QStringLiteral("testRequest"))
                                       .toObject()
                                       .value(QStringLiteral("expect"))
                                       .toObject();
        // As an author writes it: a single code as a number, a range as text.
        QCOMPARE(expect.value(QStringLiteral("status")).toArray(), (QJsonArray{200, QStringLiteral("200-204")}));
        QCOMPARE(expect.value(QStringLiteral("maxMs")).toInt(), 1500);
        QCOMPARE(
            expect.value(QStringLiteral("json")).toArray().at(1).toObject(),
            (QJsonObject{{QStringLiteral("pointer"), QStringLiteral("/deleted")}, {QStringLiteral("exists"), false}}));
        QCOMPARE(json.value(QStringLiteral("connector")).toObject().value(QStringLiteral("connectionLabel")).toString(),
                 d.connectionLabel);

        const DefinitionFile::ReadResult back = DefinitionFile::fromJson(json);
        QVERIFY2(back.definition.has_value(), qPrintable(back.diagnostics.value(0).toString()));
        QCOMPARE(back.definition->testRequest.expect, d.testRequest.expect);
        QCOMPARE(back.definition->connectionLabel, d.connectionLabel);

        // A design without them is written as before: no "expect", no "connectionLabel".
        const QJsonObject plain = DefinitionFile::toJson(apiKeyDesign()).value(QStringLiteral("connector")).toObject();
        QVERIFY(!plain.contains(QStringLiteral("connectionLabel")));
        QVERIFY(!plain.value(QStringLiteral("testRequest")).toObject().contains(QStringLiteral("expect")));
    }

    void theFileRefusesMalformedChecks_data()
    {
        QTest::addColumn<QByteArray>("expect");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("two conditions") << QByteArray(R"({"json": [{"pointer": "/a", "exists": true, "equals": 1}]})")
                                        << QStringLiteral("connector.testRequest.expect.json[0]")
                                        << QStringLiteral("exactly one of");
        QTest::newRow("no condition") << QByteArray(R"({"json": [{"pointer": "/a"}]})")
                                      << QStringLiteral("connector.testRequest.expect.json[0]")
                                      << QStringLiteral("exactly one of");
        QTest::newRow("no pointer") << QByteArray(R"({"json": [{"exists": true}]})")
                                    << QStringLiteral("connector.testRequest.expect.json[0].pointer")
                                    << QStringLiteral("missing required key");
        QTest::newRow("exists not bool") << QByteArray(R"({"json": [{"pointer": "/a", "exists": "yes"}]})")
                                         << QStringLiteral("connector.testRequest.expect.json[0].exists")
                                         << QStringLiteral("true or false");
        QTest::newRow("status true") << QByteArray(R"({"status": [true]})")
                                     << QStringLiteral("connector.testRequest.expect.status[0]")
                                     << QStringLiteral("status code or a range");
        QTest::newRow("status not a list")
            << QByteArray(R"({"status": 200})") << QStringLiteral("connector.testRequest.expect.status")
            << QStringLiteral("expected an array");
        QTest::newRow("maxMs zero") << QByteArray(R"({"maxMs": 0})")
                                    << QStringLiteral("connector.testRequest.expect.maxMs")
                                    << QStringLiteral("between 1 and 600000");
    }

    void theFileRefusesMalformedChecks()
    {
        QFETCH(QByteArray, expect);
        QFETCH(QString, path);
        QFETCH(QString, message);
        QJsonObject json = DefinitionFile::toJson(apiKeyDesign());
        QJsonObject connector = json.value(QStringLiteral("connector")).toObject();
        QJsonObject testRequest = connector.value(QStringLiteral("testRequest")).toObject();
        testRequest.insert(QStringLiteral("expect"), QJsonDocument::fromJson(expect).object());
        connector.insert(QStringLiteral("testRequest"), testRequest);
        json.insert(QStringLiteral("connector"), connector);
        const DefinitionFile::ReadResult read = DefinitionFile::fromJson(json);
        QVERIFY(!read.definition.has_value());
        QStringList seen;
        bool found = false;
        for (const Diagnostic &d : read.diagnostics) {
            seen << d.path + QStringLiteral(": ") + d.message;
            found = found || (d.path == path && d.message.contains(message) && d.isError());
        }
        QVERIFY2(found, qPrintable(seen.join(QLatin1Char('\n'))));
    }

    void theRulesCheckPointersRegexesRangesAndTheLabel()
    {
        ConnectorDefinition d = apiKeyDesign();
        QVERIFY(problemsAt(d, QStringLiteral("connector.")).isEmpty());
        d.testRequest.expect.status = {QStringLiteral("200-299"), QStringLiteral("700"), QStringLiteral("299-200"),
                                       QStringLiteral("ok")};
        d.testRequest.expect.json = {
            {QStringLiteral("email"), ResponseCheck::Kind::Exists, true},
            {QStringLiteral("/name"), ResponseCheck::Kind::Matches, QStringLiteral("(unclosed")}};
        const QStringList expect = problemsAt(d, QStringLiteral("connector.testRequest.expect"));
        QCOMPARE(expect.size(), 5);
        QVERIFY(expect.at(0).startsWith(QLatin1String("connector.testRequest.expect.status[1]: the status range 700")));
        QVERIFY(
            expect.at(1).startsWith(QLatin1String("connector.testRequest.expect.status[2]: the status range 299-200")));
        QVERIFY(expect.at(2).startsWith(QLatin1String("connector.testRequest.expect.status[3]: \"ok\" is not")));
        QVERIFY(expect.at(3).startsWith(
            QLatin1String("connector.testRequest.expect.json[0].pointer: \"email\" is not a JSON Pointer")));
        QVERIFY2(expect.at(4).startsWith(
                     QLatin1String("connector.testRequest.expect.json[1].matches: the regular expression")),
                 qPrintable(expect.at(4)));

        ConnectorDefinition labelled = apiKeyDesign();
        labelled.connectionLabel = QStringLiteral("{/email} {api_key} {nothing} {/a~b}");
        const QStringList label = problemsAt(labelled, QStringLiteral("connector.connectionLabel"));
        QCOMPARE(label.size(), 3);
        QVERIFY(label.join(QLatin1Char('\n')).contains(QLatin1String("would show the secret {api_key}")));
        QVERIFY(label.join(QLatin1Char('\n')).contains(QLatin1String("unknown variable {nothing}")));
        QVERIFY(label.join(QLatin1Char('\n')).contains(QLatin1String("\"/a~b\" is not a JSON Pointer")));
    }

    void aGoodAnswerPassesEveryCheckAndNamesTheConnection()
    {
        ConnectorDefinition d = apiKeyDesign();
        d.testRequest.expect.json = {
            {QStringLiteral("/user/email"), ResponseCheck::Kind::Exists, true},
            {QStringLiteral("/user/suspended"), ResponseCheck::Kind::Exists, false},
            {QStringLiteral("/user/id"), ResponseCheck::Kind::Equals, 42},
            {QStringLiteral("/user/email"), ResponseCheck::Kind::Matches, QStringLiteral("@acme\\.example$")},
            {QStringLiteral("/user/id"), ResponseCheck::Kind::Matches, QStringLiteral("^4")},
        };
        d.connectionLabel = QStringLiteral("{/user/email} ({/user/id}) for {connection_name} {api_key}");
        TestResult r = answer(200, R"({"user": {"email": "ada@acme.example", "id": 42}})");
        ResponseChecks::evaluate(d,
                                 {{QStringLiteral("api_key"), QStringLiteral("s3cr3t-value")},
                                  {QStringLiteral("connection_name"), QStringLiteral("Sales team")}},
                                 r);
        QCOMPARE(r.checks.size(), 5);
        for (const CheckResult &c : r.checks)
            QVERIFY2(c.passed, qPrintable(ResponseChecks::describe(c)));
        QVERIFY(r.succeeded());
        QVERIFY(ResponseChecks::failureMessage(r).isEmpty());
        // The secret's value is never part of a label, even when the template names it.
        QCOMPARE(r.label, QStringLiteral("ada@acme.example (42) for Sales team"));
        QCOMPARE(ResponseChecks::describe(r.checks.at(2)), QStringLiteral("/user/id equals 42: passed"));
    }

    void aFailedCheckSaysWhatWasFound()
    {
        ConnectorDefinition d = apiKeyDesign();
        d.testRequest.expect.json = {{QStringLiteral("/plan"), ResponseCheck::Kind::Equals, QStringLiteral("pro")},
                                     {QStringLiteral("/email"), ResponseCheck::Kind::Exists, true},
                                     {QStringLiteral("/id"), ResponseCheck::Kind::Equals, 42}};
        d.connectionLabel = QStringLiteral("{/email}");
        TestResult r = answer(200, R"({"plan": "free", "id": "42"})");
        ResponseChecks::evaluate(d, {}, r);
        QVERIFY(!r.succeeded());
        QCOMPARE(r.failedChecks(), 3);
        QCOMPARE(r.checks.at(0).actual, QJsonValue(QStringLiteral("free")));
        QCOMPARE(ResponseChecks::describe(r.checks.at(0)),
                 QStringLiteral("/plan equals \"pro\": failed, the answer has \"free\""));
        QCOMPARE(ResponseChecks::describe(r.checks.at(1)), QStringLiteral("/email exists: failed, it is absent"));
        // "42" the text is not 42 the number.
        QCOMPARE(ResponseChecks::describe(r.checks.at(2)),
                 QStringLiteral("/id equals 42: failed, the answer has \"42\""));
        QVERIFY(ResponseChecks::failureMessage(r).startsWith(QLatin1String("Check /plan equals \"pro\": failed")));
        QVERIFY(r.label.isEmpty()); // no name for a connection whose test failed
    }

    void statusAndTimeAreHeldToTheDesign()
    {
        ConnectorDefinition d = apiKeyDesign();
        TestResult created = answer(201, "{}");
        ResponseChecks::evaluate(d, {}, created);
        QVERIFY(created.succeeded()); // the default: 200-299

        d.testRequest.expect.status = {QStringLiteral("200")};
        d.testRequest.expect.maxMs = 500;
        ResponseChecks::evaluate(d, {}, created);
        QVERIFY(!created.succeeded());
        QCOMPARE(ResponseChecks::failureMessage(created),
                 QStringLiteral("The service answered HTTP 201; the design accepts 200."));

        TestResult slow = answer(200, "{}", 731);
        ResponseChecks::evaluate(d, {}, slow);
        QVERIFY(!slow.succeeded());
        QCOMPARE(ResponseChecks::failureMessage(slow),
                 QStringLiteral("The answer took 731 ms; the design allows at most 500 ms."));

        d.testRequest.expect.status = {QStringLiteral("404")};
        d.testRequest.expect.maxMs = 0;
        TestResult missing = answer(404, "{}");
        ResponseChecks::evaluate(d, {}, missing);
        QVERIFY(missing.succeeded()); // an author may expect a 404
    }

    void checksOnAnAnswerThatIsNotJson()
    {
        ConnectorDefinition d = apiKeyDesign();
        d.testRequest.expect.json = {{QStringLiteral("/email"), ResponseCheck::Kind::Exists, false}};
        TestResult html = answer(200, "<html>signed in</html>");
        ResponseChecks::evaluate(d, {}, html);
        QCOMPARE(html.failedChecks(), 1); // not even "absent" passes: there is no JSON to look in
        QCOMPARE(ResponseChecks::describe(html.checks.at(0)),
                 QStringLiteral("/email is absent: failed, the answer is not JSON"));

        TestResult noAnswer;
        noAnswer.error = QStringLiteral("Connection refused");
        ResponseChecks::evaluate(d, {}, noAnswer);
        QVERIFY(noAnswer.checks.isEmpty());
        QCOMPARE(ResponseChecks::failureMessage(noAnswer), QStringLiteral("Connection refused"));
    }

    void aLabelIsFilledInOnePass()
    {
        ConnectorDefinition d = apiKeyDesign();
        d.properties.append(Property{});
        d.properties.last().name = QStringLiteral("region");
        d.properties.last().displayName = QStringLiteral("Region");
        d.properties.last().value = QStringLiteral("eu");
        // Text from the answer that looks like a placeholder stays text.
        const QJsonValue body = document(R"({"name": "{region} {/x}", "x": 1, "tags": ["a", "b"], "n": null})");
        QCOMPARE(ConnectionLabel::fill(QStringLiteral("{/name} in {region}"), body, d, {}),
                 QStringLiteral("{region} {/x} in eu"));
        QCOMPARE(ConnectionLabel::fill(QStringLiteral("{region}"), body, d,
                                       {{QStringLiteral("region"), QStringLiteral("us")}}),
                 QStringLiteral("us"));
        QCOMPARE(ConnectionLabel::fill(QStringLiteral("{/tags} {/n} {/missing}!"), body, d, {}),
                 QStringLiteral("[\"a\",\"b\"] null !"));
        QCOMPARE(ConnectionLabel::pointers(QStringLiteral("{/a} {b} {/a} {/c}")),
                 (QStringList{QStringLiteral("/a"), QStringLiteral("/c")}));
    }
};

QTEST_GUILESS_MAIN(TestResponseChecks)
#include "tst_responsechecks.moc"
