// auth-designer-cli as a CI job uses it: the real binary, its exit codes, stdout and stderr.
#include "io/DefinitionFile.h"
#include "model/BuiltinSchemas.h"
#include "model/Validator.h"
#include "support/BuiltinSchemaSpec.h"
#include "support/JUnitSchema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cad;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CAD_BINARY_DIR "/bin/auth-designer-cli"), args);
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    /// A fresh definition of @p type written by this test function itself (no test relies on files
    /// another one wrote): what `new --type TYPE --name "Acme CRM"` writes.
    QString seeded(AuthType type, const QString &name) const
    {
        const QString file = path(name);
        return DefinitionFile::write(file, ConnectorDefinition::create(type, QStringLiteral("Acme CRM"))).ok()
                   ? file
                   : QString();
    }

private Q_SLOTS:
    void helpAndVersion()
    {
        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *cmd : {"new", "validate", "request"})
            QVERIFY2(help.out.contains(QLatin1String(cmd)), qPrintable(help.out));
        for (const char *cmd : {"new", "validate", "request"}) {
            const Run r = cli({QLatin1String(cmd), QStringLiteral("--help")});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains(QStringLiteral("Usage:")), qPrintable(r.out));
        }
        const Run version = cli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("auth-designer-cli ")));
        QCOMPARE(cli({}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    }

    void newWritesTheSeedDefaultsForEveryType()
    {
        for (AuthType type : allAuthTypes()) {
            const QString file = path(authTypeId(type) + QStringLiteral(".connector.json"));
            const Run r = cli({QStringLiteral("new"), QStringLiteral("--type"), authTypeId(type),
                               QStringLiteral("--name"), QStringLiteral("Acme CRM"), QStringLiteral("-o"), file});
            QCOMPARE(r.exitCode, 0);
            const DefinitionFile::ReadResult read = DefinitionFile::read(file);
            QVERIFY(read.ok());
            QCOMPARE(read.definition->authType, type);
            QCOMPARE(read.definition->displayName, QStringLiteral("Acme CRM"));
            QCOMPARE(read.definition->key, QStringLiteral("acme-crm"));
            // The seed defaults as documented (BuiltinSchemaSpec.h), not as the code computes them.
            const QList<test::PropertySpec> spec = test::expectedBuiltins(type);
            QCOMPARE(read.definition->properties.size(), spec.size());
            for (int i = 0; i < spec.size(); ++i)
                QCOMPARE(test::describeProperty(read.definition->properties.at(i)),
                         test::describeSpec(spec.at(i), i + 1));
        }
        // stdout by default; never overwrite without --force
        const Run toStdout = cli({QStringLiteral("new"), QStringLiteral("--type"), QStringLiteral("basic")});
        QCOMPARE(toStdout.exitCode, 0);
        QVERIFY(DefinitionFile::parse(toStdout.out.toUtf8()).ok());
        const QString existing = path(QStringLiteral("basic.connector.json"));
        const QByteArray before = digest(existing);
        const Run refused = cli(
            {QStringLiteral("new"), QStringLiteral("--type"), QStringLiteral("none"), QStringLiteral("-o"), existing});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains(QStringLiteral("--force")));
        QCOMPARE(digest(existing), before);
        const Run unknown = cli({QStringLiteral("new"), QStringLiteral("--type"), QStringLiteral("oauth")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("oauth2_client_credentials")));
    }

    void validateExitCodesAndDiagnostics()
    {
        const QString good = seeded(AuthType::ApiKey, QStringLiteral("validate-api_key.connector.json"));
        QVERIFY(!good.isEmpty());
        Run r = cli({QStringLiteral("validate"), good});
        QCOMPARE(r.exitCode, 0);

        // A fresh OAuth definition still lacks its client ID and URLs: invalid, one line each.
        const QString oauth = seeded(AuthType::OAuth2AuthorizationCode,
                                     QStringLiteral("validate-oauth2_authorization_code.connector.json"));
        QVERIFY(!oauth.isEmpty());
        r = cli({QStringLiteral("validate"), oauth});
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // client ID, authorization URL, token URL (the secret comes from the keychain)
        QVERIFY2(lines.first().startsWith(
                     oauth + QStringLiteral(": authentication.properties[0].value: Client ID is required")),
                 qPrintable(lines.first()));

        // Mixed: worst exit code wins, I/O beats invalid.
        r = cli({QStringLiteral("validate"), good, oauth});
        QCOMPARE(r.exitCode, 1);
        r = cli({QStringLiteral("validate"), good, oauth, path(QStringLiteral("missing.connector.json"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("no such file")));

        QFile bad(path(QStringLiteral("bad.connector.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"format\":\"connector-auth-designer\",\"formatVersion\":1,\"connector\":{\"key\":\"x\","
                  "\"displayName\":\"X\",\"baseUrl\":\"https://x.example\"},\"authentication\":{\"type\":\"api_key\","
                  "\"properties\":[{\"name\":\"api_key\",\"displayName\":\"API "
                  "key\",\"sendAs\":{\"location\":\"cookie\"}}]}}");
        bad.close();
        r = cli({QStringLiteral("validate"), bad.fileName()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral(
                     "authentication.properties[0].sendAs.location: expected one of header, query, body, none")),
                 qPrintable(r.err));

        // Not UTF-8: the file's content is invalid (1), not an I/O problem (2).
        QFile junk(path(QStringLiteral("junk.connector.json")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("{\"format\": \"\xff\xfe\"}");
        junk.close();
        r = cli({QStringLiteral("validate"), junk.fileName()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not valid UTF-8")), qPrintable(r.err));

        r = cli({QStringLiteral("validate"), QStringLiteral("--json"), good, oauth});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("valid")).toBool(true), false);
        const QJsonArray files = json.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).toObject().value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(files.at(1).toObject().value(QStringLiteral("diagnostics")).toArray().size(), 3);
        QCOMPARE(cli({QStringLiteral("validate")}).exitCode, 2);
    }

    void requestRendersCurlAndHidesSecrets()
    {
        const QString pat =
            seeded(AuthType::PersonalAccessToken, QStringLiteral("request-personal_access_token.connector.json"));
        QVERIFY(!pat.isEmpty());
        Run r = cli({QStringLiteral("request"), pat, QStringLiteral("--set"),
                     QStringLiteral("personal_access_token=ghp_S3cret")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("--header 'Authorization: Bearer ••••••'")), qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("ghp_S3cret")));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MY_PAT"), QStringLiteral("ghp_fromEnv"));
        r = cli({QStringLiteral("request"), pat, QStringLiteral("--set-env"),
                 QStringLiteral("personal_access_token=MY_PAT"), QStringLiteral("--show-secrets"),
                 QStringLiteral("--resource"), QStringLiteral("/repos?per_page=5")},
                env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("'Authorization: Bearer ghp_fromEnv'")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("--url 'https://api.example.com/v1/repos?per_page=5'")));

        r = cli({QStringLiteral("request"), pat});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("personal_access_token")), qPrintable(r.err));
        r = cli({QStringLiteral("request"), pat, QStringLiteral("--set-env"),
                 QStringLiteral("personal_access_token=UNSET_VAR_X")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("UNSET_VAR_X")));
        r = cli({QStringLiteral("request"), pat, QStringLiteral("--set"), QStringLiteral("nope=1")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("no property named \"nope\"")));
    }

    void requestForOAuthShowsTheAccessTokenPlaceholder()
    {
        ConnectorDefinition d = ConnectorDefinition::create(AuthType::OAuth2ClientCredentials, QStringLiteral("Acme"));
        d.property(PropertyNames::ClientId)->value = QStringLiteral("id");
        d.property(PropertyNames::TokenUrl)->value = QStringLiteral("https://login.acme.example/token");
        const QString file = path(QStringLiteral("cc.connector.json"));
        QVERIFY(DefinitionFile::write(file, d));
        Run r = cli({QStringLiteral("request"), file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("'Authorization: Bearer {access_token}'")), qPrintable(r.out + r.err));
        r = cli({QStringLiteral("request"), file, QStringLiteral("--set"), QStringLiteral("access_token=at-1"),
                 QStringLiteral("--show-secrets")});
        QVERIFY(r.out.contains(QStringLiteral("'Authorization: Bearer at-1'")));
    }

    void requestNamesTheValuesStillMissing()
    {
        const QString oauth = seeded(AuthType::OAuth2AuthorizationCode,
                                     QStringLiteral("refused-oauth2_authorization_code.connector.json"));
        QVERIFY(!oauth.isEmpty());
        const Run r = cli({QStringLiteral("request"), oauth});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("No value given for client_id (Client ID), authorization_url "
                                               "(Authorization URL), token_url (Token URL).")),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void valuesOnTheCommandLineAreHeldToTheDesignsRules()
    {
        ConnectorDefinition d = ConnectorDefinition::create(AuthType::OAuth2ClientCredentials, QStringLiteral("Acme"));
        const QString file = path(QStringLiteral("per-environment.connector.json"));
        QVERIFY(DefinitionFile::write(file, d));
        // Given, they satisfy "required" ...
        Run r = cli({QStringLiteral("request"), file, QStringLiteral("--set"), QStringLiteral("client_id=ci-app"),
                     QStringLiteral("--set"), QStringLiteral("token_url=https://login.acme.example/token")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("'Authorization: Bearer {access_token}'")), qPrintable(r.out + r.err));
        // ... and an http token URL is refused as it is in the file.
        r = cli({QStringLiteral("request"), file, QStringLiteral("--set"), QStringLiteral("client_id=ci-app"),
                 QStringLiteral("--set"), QStringLiteral("token_url=http://login.acme.example/token")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Token URL uses plain http to http://login.acme.example")),
                 qPrintable(r.err));

        // A file that is not a definition fails first, with exit 1, whatever the values.
        const QString broken = path(QStringLiteral("broken.connector.json"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "connector-auth-designer", "formatVersion": 1, "connector": {"key": "x"},
                    "authentication": {"type": "carrier_pigeon", "properties": []}})");
        f.close();
        r = cli({QStringLiteral("request"), broken, QStringLiteral("--set"), QStringLiteral("client_id=ci-app")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("carrier_pigeon")), qPrintable(r.err));
    }

    // A catalog in CI: folders and quoted patterns, and a JUnit report a CI system displays.
    void validateTakesFoldersAndPatternsAndWritesJUnit()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("catalog/crm/legacy")));
        const ConnectorDefinition good = ConnectorDefinition::create(AuthType::ApiKey, QStringLiteral("Acme CRM"));
        QVERIFY(DefinitionFile::write(path(QStringLiteral("catalog/crm/acme.connector.json")), good).ok());
        QVERIFY(DefinitionFile::write(path(QStringLiteral("catalog/crm/legacy/old.connector.json")), good).ok());
        QFile bad(path(QStringLiteral("catalog/crm/legacy/broken.connector.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"format": "something-else"})");
        bad.close();
        QFile notes(path(QStringLiteral("catalog/crm/notes.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.close();

        const QString report = path(QStringLiteral("validate.junit.xml"));
        Run r = cli({QStringLiteral("validate"), path(QStringLiteral("catalog")), QStringLiteral("--junit"), report});
        QCOMPARE(r.exitCode, 1);
        const QString root = path(QStringLiteral("catalog/crm/"));
        QCOMPARE(r.out, root + QStringLiteral("acme.connector.json: valid\n") + root +
                            QStringLiteral("legacy/old.connector.json: valid\n"));
        QVERIFY2(r.err.startsWith(root + QStringLiteral("legacy/broken.connector.json: format: expected")),
                 qPrintable(r.err));

        // The report: valid JUnit XML, one test case per file, the broken one failed with its reason.
        const QString problems = test::junitSchemaProblems(report);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        const test::JUnitContent junit = test::readJUnit(report);
        QVERIFY2(junit.error.isEmpty(), qPrintable(junit.error));
        QCOMPARE(junit.tests, QStringLiteral("3"));
        QCOMPARE(junit.failures, QStringLiteral("1"));
        QStringList cases;
        QString failure;
        for (const test::JUnitContent::Case &c : junit.cases) {
            cases << c.className;
            if (!c.failure.isEmpty())
                failure = c.className + QStringLiteral(": ") + c.failure;
        }
        QCOMPARE(junit.suites, 1);
        QCOMPARE(cases, (QStringList{root + QStringLiteral("acme.connector.json"),
                                     root + QStringLiteral("legacy/broken.connector.json"),
                                     root + QStringLiteral("legacy/old.connector.json")}));
        QVERIFY2(
            failure.startsWith(
                root + QStringLiteral("legacy/broken.connector.json: format: expected \"connector-auth-designer\"")),
            qPrintable(failure));

        // The schema is not a formality: a report without a test case's class name fails it.
        QFile wrong(path(QStringLiteral("wrong.junit.xml")));
        QVERIFY(wrong.open(QIODevice::WriteOnly));
        wrong.write(
            R"(<testsuites><testsuite name="x" tests="1" failures="0" errors="0"><testcase name="y" time="0"/></testsuite></testsuites>)");
        wrong.close();
        QVERIFY(test::junitSchemaProblems(wrong.fileName()).contains(QLatin1String("classname")));

        // Patterns, quoted so that no shell expands them; a file named twice is checked once.
        r = cli({QStringLiteral("validate"), path(QStringLiteral("catalog/**/o*.connector.json")),
                 path(QStringLiteral("catalog/crm/legacy/old.connector.json")),
                 path(QStringLiteral("catalog/crm/a?me.*"))});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, root + QStringLiteral("legacy/old.connector.json: valid\n") + root +
                            QStringLiteral("acme.connector.json: valid\n"));

        // A pattern or a folder that finds nothing is a usage error, named.
        r = cli({QStringLiteral("validate"), path(QStringLiteral("catalog/*.yaml")),
                 path(QStringLiteral("catalog/crm/acme.connector.json"))});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, path(QStringLiteral("catalog/*.yaml")) + QStringLiteral(": no file matches the pattern\n"));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("empty")));
        r = cli({QStringLiteral("validate"), path(QStringLiteral("empty"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("holds no *.connector.json file")), qPrintable(r.err));
    }

    void lintFindsFixesAndFailsOnWhatIsAsked()
    {
        ConnectorDefinition d =
            ConnectorDefinition::create(AuthType::OAuth2AuthorizationCodePkce, QStringLiteral("Acme"));
        d.key = QStringLiteral("acme");
        d.property(u"client_id")->value = QStringLiteral("app");
        d.property(u"authorization_url")->value = QStringLiteral("https://login.acme.example/authorize");
        d.property(u"token_url")->value = QStringLiteral("https://login.acme.example/token");
        d.property(u"scope")->value = QStringLiteral("read,write");
        d.property(u"pkce_method")->value = QStringLiteral("plain");
        d.baseUrl = QStringLiteral("https://api.acme.example/");
        const QString file = path(QStringLiteral("lint.connector.json"));
        QVERIFY(DefinitionFile::write(file, d).ok());
        const QByteArray before = digest(file);

        // Warnings only: exit 0 by default, 1 with --fail-on warning; the file is untouched.
        Run r = cli({QStringLiteral("lint"), file});
        QCOMPARE(r.exitCode, 0);
        for (const char *rule : {"[pkce-plain]", "[refresh-url-empty]", "[scope-commas]", "[double-slash]"})
            QVERIFY2(r.err.contains(QLatin1String(rule)), qPrintable(r.err));
        QVERIFY2(
            r.err.contains(file + QStringLiteral(": authentication.properties[10].value: warning [pkce-plain] PKCE "
                                                 "uses the plain method")),
            qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("lint"), file, QStringLiteral("--fail-on"), QStringLiteral("warning")}).exitCode,
                 1);
        QCOMPARE(cli({QStringLiteral("lint"), file, QStringLiteral("--fail-on"), QStringLiteral("info")}).exitCode, 2);
        QCOMPARE(digest(file), before);

        // --fix: every fixable finding fixed, in the file, and nothing else changed.
        const QString report = path(QStringLiteral("lint.junit.xml"));
        r = cli({QStringLiteral("lint"), file, QStringLiteral("--fix"), QStringLiteral("--json"),
                 QStringLiteral("--fail-on"), QStringLiteral("warning"), QStringLiteral("--junit"), report});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("passed")).toBool(), true);
        const QJsonObject fileResult = result.value(QStringLiteral("files")).toArray().at(0).toObject();
        QCOMPARE(fileResult.value(QStringLiteral("fixed")).toArray().size(), 4);
        QCOMPARE(fileResult.value(QStringLiteral("findings")).toArray(), QJsonArray());
        const DefinitionFile::ReadResult fixed = DefinitionFile::read(file);
        QVERIFY(fixed.ok());
        ConnectorDefinition expected = d;
        expected.property(u"pkce_method")->value = QStringLiteral("S256");
        expected.property(u"refresh_token_url")->value = QStringLiteral("https://login.acme.example/token");
        expected.property(u"scope")->value = QStringLiteral("read write");
        expected.baseUrl = QStringLiteral("https://api.acme.example");
        QCOMPARE(*fixed.definition, expected);
        const QString problems = test::junitSchemaProblems(report);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));

        // An error of the design rules is an error of lint too, with its rule id and its fix.
        expected.testRequest.path = QStringLiteral("users/me");
        QVERIFY(DefinitionFile::write(file, expected).ok());
        r = cli({QStringLiteral("lint"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("error [design-rules] the test request path must start with '/'")),
                 qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("lint"), file, QStringLiteral("--fix")}).exitCode, 0);
        QCOMPARE(DefinitionFile::read(file).definition->testRequest.path, QStringLiteral("/users/me"));
    }

    void valuesFilesAndTheirOrder()
    {
        ConnectorDefinition d = ConnectorDefinition::create(AuthType::ApiKey, QStringLiteral("Acme"));
        d.baseUrl = QStringLiteral("https://api.acme.example");
        Property region;
        region.name = QStringLiteral("region");
        region.displayName = QStringLiteral("Region");
        region.required = true;
        region.sendAs.location = Location::Header;
        region.sendAs.key = QStringLiteral("X-Region");
        d.properties.append(region);
        const QString file = path(QStringLiteral("values.connector.json"));
        QVERIFY(DefinitionFile::write(file, d));
        auto writeFile = [this](const QString &name, const QByteArray &bytes) {
            QFile f(path(name));
            return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() ? f.fileName() : QString();
        };
        const QString env = writeFile(QStringLiteral("a.env"),
                                      "# comment\n\nexport region=\"eu west\"\napi_key='k-1 #not a comment'\r\n");
        const QString json = writeFile(QStringLiteral("b.json"), R"(  {"region": "us", "api_key": "k-2"})");
        QVERIFY(!env.isEmpty() && !json.isEmpty());
        auto header = [](const Run &r) {
            const QRegularExpression re(QStringLiteral("'X-Region: ([^']*)'"));
            return re.match(r.out).captured(1);
        };
        Run r =
            cli({QStringLiteral("request"), file, QStringLiteral("--values"), env, QStringLiteral("--show-secrets")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(header(r), QStringLiteral("eu west"));
        QVERIFY2(r.out.contains(QStringLiteral("k-1 #not a comment")), qPrintable(r.out));
        // Later options override earlier ones, whatever their kind.
        r = cli({QStringLiteral("request"), file, QStringLiteral("--values"), env, QStringLiteral("--values"), json,
                 QStringLiteral("--set"), QStringLiteral("region=ap")});
        QCOMPARE(header(r), QStringLiteral("ap"));
        r = cli({QStringLiteral("request"), file, QStringLiteral("--set"), QStringLiteral("region=ap"),
                 QStringLiteral("--values"), json});
        QCOMPARE(header(r), QStringLiteral("us"));

        // A broken file names itself and the line, never a value in it.
        const QString broken = writeFile(QStringLiteral("broken.env"), "api_key=very-secret-value\nregion\n");
        r = cli({QStringLiteral("request"), file, QStringLiteral("--values"), broken});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("broken.env, line 2: expected NAME=VALUE")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("very-secret-value")) && !r.out.contains(QStringLiteral("very-secret")));
        r = cli({QStringLiteral("request"), file, QStringLiteral("--values"), path(QStringLiteral("none.env"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Cannot read the values file")), qPrintable(r.err));
        const QString unknown = writeFile(QStringLiteral("unknown.json"), R"({"regoin": "us"})");
        r = cli({QStringLiteral("request"), file, QStringLiteral("--values"), unknown});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("There is no property named \"regoin\"")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
