// `auth-designer-cli test` as a CI job runs it: the built binary against a real authorization
// server (oidc-provider) and a loopback resource server; exit codes, the JSON object, and no secret
// or token in anything it prints.
#include "io/DefinitionFile.h"
#include "oauth/FaultServer.h"
#include "support/JUnitSchema.h"
#include "support/SecretScan.h"

#include "connection/ConnectionTestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace cad;
using cad::test::FaultServer;
using cad::test::OidcProvider;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

QString binary()
{
    return QStringLiteral(CAD_BINARY_DIR "/bin/auth-designer-cli");
}

} // namespace

class TestCliTest : public QObject
{
    Q_OBJECT

private:
    OidcProvider m_idp;
    FaultServer m_resource;
    QNetworkAccessManager m_browser;
    QTemporaryDir m_dir;
    int m_resourceStatus = 200;
    QByteArray m_resourceBody;
    QProcessEnvironment m_extraEnv;

    QString write(const QString &name, const ConnectorDefinition &definition)
    {
        const QString path = m_dir.filePath(name);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(DefinitionFile::serialize(definition));
        return file.commit() ? path : QString();
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CAD_CC_BASIC_SECRET"), m_idp.client(QStringLiteral("cc-basic")).clientSecret);
        env.insert(QStringLiteral("CAD_WRONG_SECRET"), QStringLiteral("not-the-secret"));
        for (const QString &name : m_extraEnv.keys())
            env.insert(name, m_extraEnv.value(name));
        return env;
    }

    // The resource server lives in this process: keep the event loop running while the CLI works.
    Run cli(const QStringList &args, const std::function<void(QProcess &)> &whileRunning = {})
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(binary(), args);
        if (!p.waitForStarted(10000))
            return {};
        if (whileRunning)
            whileRunning(p);
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    QString ccFile(const QString &clientId = QStringLiteral("cc-basic"))
    {
        return write(clientId + QStringLiteral(".connector.json"),
                     test::clientCredentialsDefinition(m_idp, clientId, clientId == QLatin1String("cc-basic"),
                                                       m_resource.url({}).toString()));
    }

    /// The tokens the resource server saw.
    QStringList receivedTokens() const
    {
        QStringList tokens;
        for (const FaultServer::Request &r : m_resource.requests()) {
            const QByteArray auth = r.headers.value("authorization");
            if (auth.startsWith("Bearer "))
                tokens << QString::fromUtf8(auth.mid(7));
        }
        return tokens;
    }

    void useDefaultResourceHandler()
    {
        m_resource.setHandler([this](const FaultServer::Request &r) {
            if (!r.headers.value("authorization").startsWith("Bearer "))
                return FaultServer::Response{401, "application/json", "{\"error\":\"invalid_token\"}"};
            return FaultServer::Response{m_resourceStatus, "application/json", m_resourceBody};
        });
    }

    /// Reads the authorization URL and the redirect URI that `test --no-browser` prints on stderr,
    /// signs in at the provider headlessly and loads the redirect as the browser would.
    void signInFromStderr(QProcess &p, QUrl *redirect, QString *failure)
    {
        QByteArray err;
        static const QRegularExpression urlLine(QStringLiteral("Open this URL to authorize: (\\S+)\\n"));
        static const QRegularExpression redirectLine(QStringLiteral("Redirect URI: (\\S+)\\n"));
        QRegularExpressionMatch url;
        QRegularExpressionMatch uri;
        const bool printed = QTest::qWaitFor(
            [&] {
                err += p.readAllStandardError();
                url = urlLine.match(QString::fromUtf8(err));
                uri = redirectLine.match(QString::fromUtf8(err));
                return url.hasMatch() && uri.hasMatch();
            },
            20000);
        if (!printed) {
            *failure = QStringLiteral("no URL on stderr: ") + QString::fromUtf8(err);
            return;
        }
        const QUrl redirectUri(uri.captured(1));
        if (redirectUri.host() != QLatin1String("127.0.0.1") || redirectUri.path() != QLatin1String("/callback"))
            *failure = QStringLiteral("unexpected redirect URI ") + redirectUri.toString();
        *redirect = m_idp.authorizeHeadlessly(QUrl(url.captured(1), QUrl::StrictMode));
        if (redirect->isEmpty()) {
            *failure = m_idp.errorString();
            return;
        }
        if (redirect->port() != redirectUri.port())
            *failure = QStringLiteral("redirected to another port: ") + redirect->toString();
        std::unique_ptr<QNetworkReply> page(m_browser.get(QNetworkRequest(*redirect)));
        if (!QTest::qWaitFor([&] { return page->isFinished(); }, 10000))
            *failure = QStringLiteral("the loopback page did not answer");
        else if (!page->readAll().contains("You can close this window"))
            *failure = QStringLiteral("the loopback page says something else");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(binary()), "build the auth-designer-cli target first");
        if (!m_idp.start())
            QFAIL(qPrintable(m_idp.errorString()));
        QVERIFY(m_resource.start());
        useDefaultResourceHandler();
    }

    void init()
    {
        useDefaultResourceHandler();
        m_resource.clearRequests();
        m_resourceStatus = 200;
        m_resourceBody = "{\"id\":42}";
        m_extraEnv.clear();
    }

    void helpNamesTheCommand()
    {
        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("test"));
        const Run testHelp = cli({QStringLiteral("test"), QStringLiteral("--help")});
        QCOMPARE(testHelp.exitCode, 0);
        for (const char *option : {"--set-env", "--no-browser", "--timeout", "--json", "--verbose", "--keep"})
            QVERIFY2(testHelp.out.contains(option), option);
    }

    void clientCredentialsJsonAndNoSecretAnywhere()
    {
        const QString file = ccFile();
        const Run r = cli({QStringLiteral("test"), file, QStringLiteral("--set-env"),
                           QStringLiteral("client_secret=CAD_CC_BASIC_SECRET"), QStringLiteral("--json"),
                           QStringLiteral("--verbose")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Exactly one JSON object on stdout.
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &parseError);
        QVERIFY2(doc.isObject(), r.out.constData());
        QCOMPARE(r.out.trimmed().count('\n'), 0);
        const QJsonObject json = doc.object();
        QStringList keys = json.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("auth_type"), QStringLiteral("checks"), QStringLiteral("connected"),
                                    QStringLiteral("error"), QStringLiteral("expires_in"), QStringLiteral("label"),
                                    QStringLiteral("refresh_token"), QStringLiteral("scope"), QStringLiteral("test"),
                                    QStringLiteral("token_type")}));
        QCOMPARE(json.value(QStringLiteral("checks")).toArray(), QJsonArray());
        QVERIFY(json.value(QStringLiteral("label")).isNull());
        QCOMPARE(json.value(QStringLiteral("connected")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("auth_type")).toString(), QStringLiteral("oauth2_client_credentials"));
        QCOMPARE(json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QVERIFY(json.value(QStringLiteral("expires_in")).toInt() > 0);
        QCOMPARE(json.value(QStringLiteral("scope")).toString(), QStringLiteral("api:read"));
        QCOMPARE(json.value(QStringLiteral("refresh_token")), QJsonValue(false));
        QVERIFY(json.value(QStringLiteral("error")).isNull());
        const QJsonObject testJson = json.value(QStringLiteral("test")).toObject();
        QCOMPARE(testJson.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        QCOMPARE(testJson.value(QStringLiteral("url")).toString(),
                 m_resource.url(QStringLiteral("/resource")).toString());
        QCOMPARE(testJson.value(QStringLiteral("status")).toInt(), 200);
        QVERIFY(testJson.value(QStringLiteral("elapsed_ms")).isDouble());

        // The resource got the token; neither it nor the client secret was printed.
        const QStringList tokens = receivedTokens();
        QCOMPARE(tokens.size(), 1);
        QVERIFY(r.err.contains("> [token] POST")); // the verbose log is there, as the designer's Exchange Log
        QVERIFY(r.err.contains("> [test] GET"));   // shows it: parameters decoded, one a line
        QVERIFY2(r.err.contains("\n  Form parameters:\n    grant_type = client_credentials\n"), r.err.constData());
        const QStringList secrets{m_idp.client(QStringLiteral("cc-basic")).clientSecret, tokens.first()};
        const QList<test::Leak> leaks = test::findLeaks(r.out, secrets, QStringLiteral("stdout")) +
                                        test::findLeaks(r.err, secrets, QStringLiteral("stderr"));
        QVERIFY2(leaks.isEmpty(), qPrintable(test::describe(leaks))); // ...but redacted
    }

    void valuesGivenOnTheCommandLineCompleteTheDesign()
    {
        // The CI job of the README: client_id and token_url differ per environment, so the file
        // leaves them empty and the job passes them (and the secret) in.
        ConnectorDefinition d =
            test::clientCredentialsDefinition(m_idp, QStringLiteral("cc-basic"), true, m_resource.url({}).toString());
        d.property(PropertyNames::ClientId)->value.clear();
        d.property(PropertyNames::TokenUrl)->value.clear();
        const QString file = write(QStringLiteral("per-environment.connector.json"), d);

        const QString secret = m_idp.client(QStringLiteral("cc-basic")).clientSecret;
        QFile values(m_dir.filePath(QStringLiteral("ci.env")));
        QVERIFY(values.open(QIODevice::WriteOnly));
        values.write("# values of the staging environment\n"
                     "export client_secret='" +
                     secret.toUtf8() +
                     "'\n"
                     "token_url = " +
                     m_idp.tokenUrl().toString().toUtf8() + "  # the provider's token endpoint\n");
        values.close();
        Run r = cli({QStringLiteral("test"), file, QStringLiteral("--set"), QStringLiteral("client_id=cc-basic"),
                     QStringLiteral("--values"), values.fileName(), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("connected")).toBool(), true);
        QCOMPARE(receivedTokens().size(), 1);
        QVERIFY(test::textContaining(r.out + r.err, {secret}).isEmpty());

        // Only what is still missing is reported, by name and display name, before anything is sent.
        m_resource.clearRequests();
        r = cli({QStringLiteral("test"), file, QStringLiteral("--set"), QStringLiteral("client_id=cc-basic")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("No value given for client_secret (Client secret), token_url (Token URL)."),
                 r.err.constData());
        QVERIFY(!r.err.contains("client_id"));
        QCOMPARE(m_resource.requests().size(), 0);
    }

    void humanSummary()
    {
        const Run r = cli({QStringLiteral("test"), ccFile(), QStringLiteral("--set-env"),
                           QStringLiteral("client_secret=CAD_CC_BASIC_SECRET")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("Connected"), r.out.constData());
        QVERIFY(r.out.contains("scope \"api:read\""));
        QVERIFY(r.out.contains("-> 200 in "));
        QVERIFY(test::textContaining(r.out + r.err, receivedTokens()).isEmpty());
    }

    void aPersonalAccessTokenGoesStraightToTheTestRequest()
    {
        ConnectorDefinition d = ConnectorDefinition::create(AuthType::PersonalAccessToken, QStringLiteral("PAT test"));
        d.key = QStringLiteral("pat-test");
        d.baseUrl = m_resource.url({}).toString();
        d.testRequest.path = QStringLiteral("/user");
        m_extraEnv.insert(QStringLiteral("CAD_PAT"), QStringLiteral("ghp_cliTest123"));
        const Run r = cli({QStringLiteral("test"), write(QStringLiteral("pat.connector.json"), d),
                           QStringLiteral("--set-env"), QStringLiteral("personal_access_token=CAD_PAT"),
                           QStringLiteral("--json"), QStringLiteral("--verbose")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject json = r.json();
        QCOMPARE(json.value(QStringLiteral("connected")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("auth_type")).toString(), QStringLiteral("personal_access_token"));
        for (const char *key : {"token_type", "expires_in", "scope", "refresh_token", "error"})
            QVERIFY2(json.value(QLatin1String(key)).isNull(), key);
        QCOMPARE(json.value(QStringLiteral("test")).toObject().value(QStringLiteral("url")).toString(),
                 m_resource.url(QStringLiteral("/user")).toString());
        QCOMPARE(m_resource.requests().size(), 1);
        QCOMPARE(m_resource.requests().first().headers.value("authorization"), QByteArray("Bearer ghp_cliTest123"));
        QVERIFY(r.err.contains("> [test] GET"));
        QVERIFY(test::textContaining(r.out + r.err, {QStringLiteral("ghp_cliTest123")}).isEmpty());
    }

    // connector.testRequest.expect and connector.connectionLabel, as CI runs them.
    void theTestRequestIsHeldToTheDesignsChecks()
    {
        m_resourceBody = R"({"user": {"login": "ada", "id": 42, "plan": "free"}})";
        ConnectorDefinition d = ConnectorDefinition::create(AuthType::PersonalAccessToken, QStringLiteral("PAT test"));
        d.key = QStringLiteral("pat-checks");
        d.baseUrl = m_resource.url({}).toString();
        d.testRequest.path = QStringLiteral("/user");
        d.testRequest.expect.status = {QStringLiteral("200")};
        d.testRequest.expect.json = {
            {QStringLiteral("/user/id"), ResponseCheck::Kind::Equals, 42},
            {QStringLiteral("/user/login"), ResponseCheck::Kind::Matches, QStringLiteral("^a")}};
        d.connectionLabel = QStringLiteral("{/user/login} ({connection_name})");
        m_extraEnv.insert(QStringLiteral("CAD_PAT"), QStringLiteral("ghp_checks123"));
        const QStringList values{QStringLiteral("--set-env"), QStringLiteral("personal_access_token=CAD_PAT"),
                                 QStringLiteral("--set"), QStringLiteral("connection_name=Sales")};

        const QString good = write(QStringLiteral("checks-good.connector.json"), d);
        Run r = cli(QStringList{QStringLiteral("test"), good, QStringLiteral("--json")} + values);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject json = r.json();
        const QJsonArray expected{QJsonObject{{QStringLiteral("pointer"), QStringLiteral("/user/id")},
                                              {QStringLiteral("condition"), QStringLiteral("equals")},
                                              {QStringLiteral("expected"), 42},
                                              {QStringLiteral("found"), true},
                                              {QStringLiteral("actual"), 42},
                                              {QStringLiteral("passed"), true}},
                                  QJsonObject{{QStringLiteral("pointer"), QStringLiteral("/user/login")},
                                              {QStringLiteral("condition"), QStringLiteral("matches")},
                                              {QStringLiteral("expected"), QStringLiteral("^a")},
                                              {QStringLiteral("found"), true},
                                              {QStringLiteral("actual"), QStringLiteral("ada")},
                                              {QStringLiteral("passed"), true}}};
        QCOMPARE(json.value(QStringLiteral("checks")).toArray(), expected);
        QCOMPARE(json.value(QStringLiteral("label")).toString(), QStringLiteral("ada (Sales)"));
        QCOMPARE(json.value(QStringLiteral("test")).toObject().value(QStringLiteral("expected_status")).toString(),
                 QStringLiteral("200"));

        // The human summary lists every check and the connection's name.
        r = cli(QStringList{QStringLiteral("test"), good} + values);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(
            r.out.contains("  /user/id equals 42: passed\n  /user/login matches ^a: passed\nConnection: ada (Sales)\n"),
            r.out.constData());

        // A check that fails: exit 4, the message names the check and what the answer had.
        d.testRequest.expect.json[0].value = 43;
        const QString bad = write(QStringLiteral("checks-bad.connector.json"), d);
        const QString report = m_dir.filePath(QStringLiteral("checks.junit.xml"));
        r = cli(QStringList{QStringLiteral("test"), bad, QStringLiteral("--json"), QStringLiteral("--junit"), report} +
                values);
        QCOMPARE(r.exitCode, 4);
        // The JUnit report: the connection, the request and each check, the failed check failed.
        const QString problems = test::junitSchemaProblems(report);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        const test::JUnitContent junit = test::readJUnit(report);
        QVERIFY2(junit.error.isEmpty(), qPrintable(junit.error));
        QStringList cases;
        for (const test::JUnitContent::Case &c : junit.cases)
            cases << (c.failure.isEmpty() ? c.name : c.name + QStringLiteral(" FAILED: ") + c.failure);
        QCOMPARE(cases,
                 (QStringList{QStringLiteral("connect"),
                              QStringLiteral("test request GET ") + m_resource.url(QStringLiteral("/user")).toString(),
                              QStringLiteral("check /user/id equals 43 FAILED: /user/id equals 43: failed, the "
                                             "answer has 42"),
                              QStringLiteral("check /user/login matches ^a")}));
        QFile xml(report);
        QVERIFY(xml.open(QIODevice::ReadOnly));
        QVERIFY(test::textContaining(xml.readAll(), {QStringLiteral("ghp_checks123")}).isEmpty());
        json = r.json();
        QCOMPARE(json.value(QStringLiteral("checks")).toArray().at(0).toObject().value(QStringLiteral("passed")),
                 QJsonValue(false));
        QCOMPARE(json.value(QStringLiteral("checks")).toArray().at(0).toObject().value(QStringLiteral("actual")),
                 QJsonValue(42));
        QCOMPARE(json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Check /user/id equals 43: failed, the answer has 42."));
        QVERIFY(json.value(QStringLiteral("label")).isNull());

        // A status the design does not accept, though it is a 2xx.
        d.testRequest.expect.json.clear();
        d.testRequest.expect.status = {QStringLiteral("201")};
        r = cli(QStringList{QStringLiteral("test"), write(QStringLiteral("checks-status.connector.json"), d),
                            QStringLiteral("--json")} +
                values);
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("The service answered HTTP 200; the design accepts 201."));
        QVERIFY(test::textContaining(r.out + r.err, {QStringLiteral("ghp_checks123")}).isEmpty());
    }

    // `request --send`: the same engine as the designer's request console.
    void requestSendWithClientCredentials()
    {
        m_resourceBody = "{\"id\":7,\"name\":\"Ada\"}";
        const Run r = cli({QStringLiteral("request"), ccFile(), QStringLiteral("--send"), QStringLiteral("--set-env"),
                           QStringLiteral("client_secret=CAD_CC_BASIC_SECRET"), QStringLiteral("--method"),
                           QStringLiteral("post"), QStringLiteral("--path"), QStringLiteral("/items?page=2"),
                           QStringLiteral("--header"), QStringLiteral("X-Trace: abc"), QStringLiteral("--data"),
                           QStringLiteral("{\"name\": \"Ada\"}"), QStringLiteral("--include")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // stdout: the headers (--include), a blank line, then the body as it came.
        QVERIFY2(r.out.endsWith("\n\n{\"id\":7,\"name\":\"Ada\"}\n"), r.out.constData());
        QVERIFY2(r.out.toLower().contains("content-type: application/json\n"), r.out.constData());
        QVERIFY2(r.err.startsWith("HTTP 200 ("), r.err.constData());
        QCOMPARE(m_resource.requests().size(), 1);
        const FaultServer::Request &sent = m_resource.requests().first();
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.path, QByteArray("/items?page=2"));
        QCOMPARE(sent.headers.value("x-trace"), QByteArray("abc"));
        QCOMPARE(sent.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(sent.body, QByteArray("{\"name\": \"Ada\"}"));
        const QStringList tokens = receivedTokens();
        QCOMPARE(tokens.size(), 1);
        const QStringList secrets{m_idp.client(QStringLiteral("cc-basic")).clientSecret, tokens.first()};
        const QList<test::Leak> leaks = test::findLeaks(r.out + r.err, secrets);
        QVERIFY2(leaks.isEmpty(), qPrintable(test::describe(leaks)));
    }

    void requestSendExitsFourOnANon2xxAndMasksAnEcho()
    {
        // A service that answers 404 and echoes the credentials it got: the token is not printed.
        m_resource.setHandler([](const FaultServer::Request &r) {
            return FaultServer::Response{404, "application/json",
                                         "{\"error\":\"not_found\",\"you_sent\":\"" + r.headers.value("authorization") +
                                             "\"}"};
        });
        ConnectorDefinition d = ConnectorDefinition::create(AuthType::PersonalAccessToken, QStringLiteral("PAT"));
        d.key = QStringLiteral("pat-send");
        d.baseUrl = m_resource.url(QStringLiteral("/api")).toString();
        m_extraEnv.insert(QStringLiteral("CAD_PAT"), QStringLiteral("ghp_sendTest456"));
        const QString file = write(QStringLiteral("pat-send.connector.json"), d);
        const Run r = cli({QStringLiteral("request"), file, QStringLiteral("--send"), QStringLiteral("--set-env"),
                           QStringLiteral("personal_access_token=CAD_PAT"), QStringLiteral("--path"),
                           QStringLiteral("/missing")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.startsWith("HTTP 404 ("), r.err.constData());
        QCOMPARE(r.out, QByteArray("{\"error\":\"not_found\",\"you_sent\":\"Bearer \xe2\x80\xa2\xe2\x80\xa2\xe2\x80"
                                   "\xa2\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2\"}\n"));
        QCOMPARE(m_resource.requests().size(), 1);
        QCOMPARE(m_resource.requests().first().path, QByteArray("/api/missing"));
        QCOMPARE(m_resource.requests().first().headers.value("authorization"), QByteArray("Bearer ghp_sendTest456"));

        // Another origin, or a header the design sends, is refused before anything is sent.
        m_resource.clearRequests();
        Run refused = cli({QStringLiteral("request"), file, QStringLiteral("--send"), QStringLiteral("--set-env"),
                           QStringLiteral("personal_access_token=CAD_PAT"), QStringLiteral("--path"),
                           QStringLiteral("http://127.0.0.2:1/steal")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("the credentials of this design are sent only there"), refused.err.constData());
        refused = cli({QStringLiteral("request"), file, QStringLiteral("--send"), QStringLiteral("--set-env"),
                       QStringLiteral("personal_access_token=CAD_PAT"), QStringLiteral("--header"),
                       QStringLiteral("authorization: Bearer other")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("The design sends the authorization header itself"), refused.err.constData());
        QCOMPARE(m_resource.requests().size(), 0);
        QVERIFY(test::textContaining(r.out + r.err + refused.out + refused.err, {QStringLiteral("ghp_sendTest456")})
                    .isEmpty());
    }

    void wrongSecretIsATokenFailure()
    {
        const Run r = cli({QStringLiteral("test"), ccFile(), QStringLiteral("--set-env"),
                           QStringLiteral("client_secret=CAD_WRONG_SECRET"), QStringLiteral("--json"),
                           QStringLiteral("--verbose")});
        QCOMPARE(r.exitCode, 3);
        const QJsonObject json = r.json();
        QCOMPARE(json.value(QStringLiteral("connected")).toBool(true), false);
        QVERIFY(json.value(QStringLiteral("test")).isNull());
        QVERIFY(json.value(QStringLiteral("token_type")).isNull());
        const QJsonObject error = json.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("stage")).toString(), QStringLiteral("token"));
        QVERIFY2(error.value(QStringLiteral("message")).toString().contains(QLatin1String("invalid_client")),
                 r.out.constData());
        QCOMPARE(m_resource.requests().size(), 0);
        QVERIFY(test::textContaining(r.out + r.err, {QStringLiteral("not-the-secret")}).isEmpty());
    }

    void aServerErrorFromTheResourceIsATestFailure()
    {
        m_resourceStatus = 500;
        const Run r = cli({QStringLiteral("test"), ccFile(), QStringLiteral("--set-env"),
                           QStringLiteral("client_secret=CAD_CC_BASIC_SECRET"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 4);
        const QJsonObject json = r.json();
        QCOMPARE(json.value(QStringLiteral("connected")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("test")).toObject().value(QStringLiteral("status")).toInt(), 500);
        QCOMPARE(json.value(QStringLiteral("error")).toObject().value(QStringLiteral("stage")).toString(),
                 QStringLiteral("test"));
    }

    void anUnreachableResourceIsATestFailure()
    {
        ConnectorDefinition d = test::clientCredentialsDefinition(m_idp, QStringLiteral("cc-basic"), true,
                                                                  QStringLiteral("http://127.0.0.1:1"));
        const Run r = cli({QStringLiteral("test"), write(QStringLiteral("unreachable.connector.json"), d),
                           QStringLiteral("--set-env"), QStringLiteral("client_secret=CAD_CC_BASIC_SECRET"),
                           QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 4);
        const QJsonObject json = r.json();
        QVERIFY(json.value(QStringLiteral("test")).toObject().value(QStringLiteral("status")).isNull());
        QVERIFY(!json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty());
    }

    void invalidDefinitionMissingValueAndUsage()
    {
        QFile bad(m_dir.filePath(QStringLiteral("bad.connector.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"format\":\"connector-auth-designer\",\"formatVersion\":1,\"connector\":{\"key\":\"x\"},"
                  "\"authentication\":{\"type\":\"no_such_type\"}}");
        bad.close();
        Run r = cli({QStringLiteral("test"), bad.fileName()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());

        // No client secret given: nothing is sent, the missing name is printed.
        r = cli({QStringLiteral("test"), ccFile()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("client_secret"), r.err.constData());
        QVERIFY(r.err.contains("--set-env"));
        QCOMPARE(m_resource.requests().size(), 0);

        QCOMPARE(cli({QStringLiteral("test")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("test"), m_dir.filePath(QStringLiteral("missing.connector.json"))}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("test"), ccFile(), QStringLiteral("--timeout"), QStringLiteral("soon")}).exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("test"), ccFile(), QStringLiteral("--set-env"),
                      QStringLiteral("client_secret=UNSET_X")})
                     .exitCode,
                 2);
    }

    void authorizationCodeThroughTheLoopbackRedirect()
    {
        const QString file = write(QStringLiteral("pkce.connector.json"),
                                   test::pkceDefinition(m_idp, m_resource.url({}).toString(), QStringLiteral("/api")));
        QUrl redirect;
        QString failure;
        const Run r = cli({QStringLiteral("test"), file, QStringLiteral("--no-browser"), QStringLiteral("--json"),
                           QStringLiteral("--verbose"), QStringLiteral("--timeout"), QStringLiteral("60")},
                          [&](QProcess &p) { signInFromStderr(p, &redirect, &failure); });
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject json = r.json();
        QCOMPARE(json.value(QStringLiteral("connected")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("auth_type")).toString(), QStringLiteral("oauth2_authorization_code_pkce"));
        QCOMPARE(json.value(QStringLiteral("refresh_token")), QJsonValue(true));
        QCOMPARE(json.value(QStringLiteral("test")).toObject().value(QStringLiteral("status")).toInt(), 200);

        // Revoked on the way out (the definition has a revoke URL and --keep was not given).
        const QStringList tokens = receivedTokens();
        QCOMPARE(tokens.size(), 1);
        QVERIFY2(r.err.contains("revoked"), r.err.constData());
        QCOMPARE(m_idp.userinfoStatus(tokens.first()), 401);
        // The code from the redirect is a secret too.
        const QString code = QUrlQuery(redirect).queryItemValue(QStringLiteral("code"));
        QVERIFY(!code.isEmpty());
        const QList<test::Leak> leaks = test::findLeaks(r.out + r.err, {tokens.first(), code});
        QVERIFY2(leaks.isEmpty(), qPrintable(test::describe(leaks)));
    }

    void theSystemBrowserIsOpenedWithTheAuthorizationUrl()
    {
        // A stand-in for xdg-open: it writes the URL it was given where the test can read it.
        const QString bin = m_dir.filePath(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(bin));
        const QString opened = m_dir.filePath(QStringLiteral("opened-url.txt"));
        QFile script(bin + QStringLiteral("/xdg-open"));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nprintf '%s\\n' \"$1\" > \"$CAD_OPENED_URL_FILE.tmp\" && "
                     "mv \"$CAD_OPENED_URL_FILE.tmp\" \"$CAD_OPENED_URL_FILE\"\n");
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        m_extraEnv.insert(QStringLiteral("PATH"), bin + QLatin1Char(':') + qEnvironmentVariable("PATH"));
        m_extraEnv.insert(QStringLiteral("CAD_OPENED_URL_FILE"), opened);

        const QString file = write(QStringLiteral("pkce-browser.connector.json"),
                                   test::pkceDefinition(m_idp, m_resource.url({}).toString(), QStringLiteral("/api")));
        QString failure;
        QByteArray openedUrl;
        const Run r = cli(
            {QStringLiteral("test"), file, QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("60")},
            [&](QProcess &) {
                QFile f(opened);
                if (!QTest::qWaitFor([&] { return f.exists(); }, 20000)) {
                    failure = QStringLiteral("xdg-open was not started");
                    return;
                }
                if (!f.open(QIODevice::ReadOnly))
                    return;
                openedUrl = f.readAll().trimmed();
                const QUrl redirect = m_idp.authorizeHeadlessly(QUrl::fromEncoded(openedUrl));
                if (redirect.isEmpty()) {
                    failure = m_idp.errorString();
                    return;
                }
                std::unique_ptr<QNetworkReply> page(m_browser.get(QNetworkRequest(redirect)));
                if (!QTest::qWaitFor([&] { return page->isFinished(); }, 10000))
                    failure = QStringLiteral("the loopback page did not answer");
            });
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(openedUrl.startsWith(m_idp.authorizationUrl().toEncoded()));
        QVERIFY(r.err.contains(QByteArray("Open this URL to authorize: " + openedUrl + "\n")));
        QCOMPARE(r.json().value(QStringLiteral("test")).toObject().value(QStringLiteral("status")).toInt(), 200);
    }

    void nobodySignsInWithinTheTimeout()
    {
        const QString file = write(QStringLiteral("pkce-timeout.connector.json"), test::pkceDefinition(m_idp));
        const Run r = cli({QStringLiteral("test"), file, QStringLiteral("--no-browser"), QStringLiteral("--json"),
                           QStringLiteral("--timeout"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("stage")).toString(),
                 QStringLiteral("authorize"));
        QVERIFY(r.err.contains("Open this URL to authorize: "));
    }
    void rehearseTheLifecycleAgainstOidcProvider()
    {
        // The test suite's oidc-provider rotates refresh tokens (rotateRefreshToken: true) and, as
        // its documentation says, revokes the whole grant when a rotated refresh token comes back.
        const QString file = write(QStringLiteral("pkce-rehearse.connector.json"), test::pkceDefinition(m_idp));
        const QString junit = m_dir.filePath(QStringLiteral("rehearse.xml"));
        QUrl redirect;
        QString failure;
        const Run r = cli({QStringLiteral("test"), file, QStringLiteral("--no-browser"), QStringLiteral("--rehearse"),
                           QStringLiteral("--json"), QStringLiteral("--junit"), junit, QStringLiteral("--timeout"),
                           QStringLiteral("60")},
                          [&](QProcess &p) { signInFromStderr(p, &redirect, &failure); });
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY2(r.exitCode == 0, r.out.constData()); // findings are not failures
        const QJsonObject rehearsal = r.json().value(QStringLiteral("rehearsal")).toObject();
        QStringList got;
        for (const QJsonValue &v : rehearsal.value(QStringLiteral("checks")).toArray()) {
            const QJsonObject check = v.toObject();
            got << check.value(QStringLiteral("id")).toString() + QLatin1Char('=') +
                       check.value(QStringLiteral("outcome")).toString();
            QVERIFY(!check.value(QStringLiteral("question")).toString().isEmpty());
            QVERIFY(!check.value(QStringLiteral("observation")).toString().isEmpty());
        }
        QCOMPARE(got, (QStringList{QStringLiteral("expires_in=passed"), QStringLiteral("token_type=passed"),
                                   QStringLiteral("refresh_token=passed"), QStringLiteral("scope=passed"),
                                   QStringLiteral("refresh=passed"), QStringLiteral("rotation=finding"),
                                   QStringLiteral("refreshed_token_works=passed"), QStringLiteral("reuse=finding"),
                                   QStringLiteral("revoke=skipped")}));
        QCOMPARE(rehearsal.value(QStringLiteral("ok")), QJsonValue(true));
        QCOMPARE(rehearsal.value(QStringLiteral("findings")).toInt(), 2);
        QVERIFY(rehearsal.value(QStringLiteral("stopped")).isNull());
        // Progress goes to stderr only without --json; stdout is the one JSON object.
        QCOMPARE(r.out.trimmed().count('\n'), 0);

        // JUnit: one case per check, none failed.
        QFile xml(junit);
        QVERIFY(xml.open(QIODevice::ReadOnly));
        const QByteArray report = xml.readAll();
        QCOMPARE(report.count("<testcase "), 11); // connect, the test request and the nine checks
        QVERIFY2(report.contains("name=\"rehearse reuse\""), report.constData());
        QCOMPARE(report.count("<failure"), 0);

        // No token or code reached the output.
        const QString code = QUrlQuery(redirect).queryItemValue(QStringLiteral("code"));
        QVERIFY(!code.isEmpty());
        const QList<test::Leak> leaks = test::findLeaks(r.out + r.err + report, {code});
        QVERIFY2(leaks.isEmpty(), qPrintable(test::describe(leaks)));
        QVERIFY2(!r.out.contains("eyJ") && !r.err.contains("eyJ"), "a JWT was printed");
    }

    void rehearseClientCredentialsAsText()
    {
        const Run r = cli({QStringLiteral("test"), ccFile(), QStringLiteral("--set-env"),
                           QStringLiteral("client_secret=CAD_CC_BASIC_SECRET"), QStringLiteral("--rehearse")});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QVERIFY2(r.out.contains("Rehearsal: passed 5, findings 0, failed 0, skipped 4\n"), r.out.constData());
        QVERIFY2(r.out.contains("  [passed] Does refresh work with the design's client authentication? A new token "
                                "was issued, with the client secret in a Basic header.\n"),
                 r.out.constData());
        QVERIFY2(r.err.contains("Requesting a new token…"), r.err.constData());
        // The test request and the rehearsal's one: two different tokens, none printed.
        const QStringList tokens = receivedTokens();
        QCOMPARE(tokens.size(), 2);
        QVERIFY(tokens.at(0) != tokens.at(1));
        const QList<test::Leak> leaks =
            test::findLeaks(r.out + r.err, tokens + QStringList{m_idp.client(QStringLiteral("cc-basic")).clientSecret});
        QVERIFY2(leaks.isEmpty(), qPrintable(test::describe(leaks)));
    }

    void aFailedRehearsalCheckFailsTheRun()
    {
        // The resource accepts the first token and refuses every later one: the refreshed token
        // does not pass the test request.
        const QString file = ccFile();
        int calls = 0;
        m_resource.setHandler([&calls](const FaultServer::Request &) {
            return ++calls == 1 ? FaultServer::Response{200, "application/json", "{\"id\":42}"}
                                : FaultServer::Response{403, "application/json", "{\"error\":\"insufficient_scope\"}"};
        });
        const Run r = cli({QStringLiteral("test"), file, QStringLiteral("--set-env"),
                           QStringLiteral("client_secret=CAD_CC_BASIC_SECRET"), QStringLiteral("--rehearse"),
                           QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 4);
        const QJsonObject json = r.json();
        QCOMPARE(json.value(QStringLiteral("error")).toObject().value(QStringLiteral("stage")).toString(),
                 QStringLiteral("rehearse"));
        QCOMPARE(json.value(QStringLiteral("rehearsal")).toObject().value(QStringLiteral("failed")).toInt(), 1);
    }

    void rehearseNeedsAnOAuthDesign()
    {
        ConnectorDefinition d = ConnectorDefinition::create(AuthType::PersonalAccessToken, QStringLiteral("PAT"));
        d.key = QStringLiteral("pat");
        d.baseUrl = m_resource.url({}).toString();
        d.testRequest.path = QStringLiteral("/me");
        m_extraEnv.insert(QStringLiteral("CAD_PAT"), QStringLiteral("ghp_cliTest123"));
        const Run r = cli({QStringLiteral("test"), write(QStringLiteral("pat-rehearse.connector.json"), d),
                           QStringLiteral("--set-env"), QStringLiteral("personal_access_token=CAD_PAT"),
                           QStringLiteral("--rehearse")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--rehearse needs an OAuth 2.0 design"), r.err.constData());
        QVERIFY(m_resource.requests().isEmpty()); // refused before anything was sent
    }
};

QTEST_GUILESS_MAIN(TestCliTest)
#include "tst_clitest.moc"
