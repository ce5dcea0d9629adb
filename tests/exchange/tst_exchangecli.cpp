// auth-designer-cli export and import, run as a process.

#include "DiscoveryServer.h"
#include "ExchangeSamples.h"
#include "io/DefinitionFile.h"
#include "support/CliRun.h"
#include "support/OidcProvider.h"
#include "support/SecretScan.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace cad;

namespace {
using Run = test::CliRun;

Run cli(const QStringList &arguments)
{
    return test::runCli(arguments);
}

/// Runs the CLI while this process's event loop keeps serving (a loopback server in the test).
Run cliServing(const QStringList &arguments)
{
    return test::runCliServing(arguments);
}

QString data(const char *name)
{
    return QStringLiteral(CAD_TEST_DATA_DIR "/imports/") + QLatin1String(name);
}
} // namespace

class TstExchangeCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void exportThenImportRoundTrips();
    void exportUsageErrors();
    void importRealDescription();
    void importFailuresWriteNothing_data();
    void importFailuresWriteNothing();
    void importDoesNotReplaceWithoutForce();
    void importIncompleteDocumentFails_data();
    void importIncompleteDocumentFails();
    void importDiscoversOnlyWhenAsked();
    void importDiscoverReadsTheRealProvider();
    void importDiscoverRefusesPlainHttp();
    void discoverWritesANewDesignFromTheRealProvider();
    void discoverUpdateChangesOnlyTheDiscoveredFields();
    void discoverFailuresChangeNothing();

private:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }
    QTemporaryDir m_dir;
};

void TstExchangeCli::exportThenImportRoundTrips()
{
    const ConnectorDefinition original = test::sampleDefinition(AuthType::OAuth2AuthorizationCodePkce);
    const QString definition = write(QStringLiteral("acme.connector.json"), DefinitionFile::serialize(original));
    for (const QString &format : {QStringLiteral("openapi"), QStringLiteral("postman")}) {
        const QString exported = m_dir.filePath(format + QStringLiteral(".json"));
        Run r = cli(
            {QStringLiteral("export"), QStringLiteral("--format"), format, definition, QStringLiteral("-o"), exported});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString imported = m_dir.filePath(format + QStringLiteral(".connector.json"));
        r = cli({QStringLiteral("import"), exported, QStringLiteral("-o"), imported});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const DefinitionFile::ReadResult read = DefinitionFile::read(imported);
        QVERIFY(read.ok());
        QVERIFY(*read.definition == original);
        // stdout by default
        r = cli({QStringLiteral("export"), QStringLiteral("--format"), format, definition});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(r.out).isObject());
    }
}

void TstExchangeCli::exportUsageErrors()
{
    const QString definition =
        write(QStringLiteral("u.connector.json"), DefinitionFile::serialize(test::sampleDefinition(AuthType::Basic)));
    Run r = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("raml"), definition});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("openapi|postman"));
    r = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("openapi"),
             m_dir.filePath(QStringLiteral("missing.connector.json"))});
    QCOMPARE(r.exitCode, 2);
    const QString existing = write(QStringLiteral("existing.json"), "keep");
    r = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("openapi"), definition,
             QStringLiteral("-o"), existing});
    QCOMPARE(r.exitCode, 2);
    QFile f(existing);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep"));
}

void TstExchangeCli::importRealDescription()
{
    const QString out = m_dir.filePath(QStringLiteral("instagram.connector.json"));
    Run r = cli({QStringLiteral("import"), data("instagram-swagger2.yaml"), QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.err.contains("api_key, instagram_auth"));
    QVERIFY(r.err.contains("--scheme"));
    const DefinitionFile::ReadResult read = DefinitionFile::read(out);
    QVERIFY(read.ok());
    QCOMPARE(read.definition->authType, AuthType::ApiKey);

    r = cli({QStringLiteral("import"), data("postman-bearerAuthTest.json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains("warning:"));
    QVERIFY(test::textContaining(r.out, {QStringLiteral("wkjehbxoqnunc2k3")}).isEmpty());
    QVERIFY(r.out.contains("personal_access_token"));
}

void TstExchangeCli::importFailuresWriteNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("truncated") << QByteArray("{\"openapi\": \"3.0.0\", \"info\": {") << QStringList() << 1;
    QTest::newRow("cyclic ref") << QByteArray(R"({"openapi": "3.0.0", "info": {"title": "x", "version": "1"},
        "paths": {}, "components": {"securitySchemes":
        {"a": {"$ref": "#/components/securitySchemes/a"}}}})")
                                << QStringList() << 1;
    QTest::newRow("yaml bomb") << QByteArray("openapi: 3.0.0\na: &a [x, x, x, x, x, x, x, x, x, x]\n"
                                             "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                                             "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                                             "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                                             "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
                                             "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
                                             "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n")
                               << QStringList() << 1;
    QTest::newRow("wrong types") << QByteArray(R"({"swagger": "2.0", "info": {"title": "x", "version": "1"},
        "paths": {}, "securityDefinitions": []})")
                                 << QStringList() << 1;
    QTest::newRow("unknown scheme") << QByteArray(R"({"openapi": "3.0.0", "info": {"title": "x", "version": "1"},
        "paths": {}, "components": {"securitySchemes":
        {"a": {"type": "http", "scheme": "basic"}}}})")
                                    << QStringList{QStringLiteral("--scheme"), QStringLiteral("b")} << 2;
    QTest::newRow("huge") << QByteArray() << QStringList() << 2;
    QTest::newRow("missing") << QByteArray() << QStringList() << 2;
}

void TstExchangeCli::importFailuresWriteNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'));
    QString source = m_dir.filePath(tag + QStringLiteral(".src"));
    if (tag == QLatin1String("huge")) {
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(100 * 1024 * 1024));
    } else if (tag != QLatin1String("missing")) {
        source = write(tag + QStringLiteral(".src"), content);
    }
    const QString out = m_dir.filePath(tag + QStringLiteral(".connector.json"));
    const Run r = cli(QStringList{QStringLiteral("import"), source, QStringLiteral("-o"), out} + extra);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(!r.err.trimmed().isEmpty());
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(out));
}

void TstExchangeCli::importDoesNotReplaceWithoutForce()
{
    const QString existing = write(QStringLiteral("keep.connector.json"), "keep");
    Run r = cli({QStringLiteral("import"), data("1password-connect.yaml"), QStringLiteral("-o"), existing});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--force"));
    r = cli({QStringLiteral("import"), data("1password-connect.yaml"), QStringLiteral("-o"), existing,
             QStringLiteral("--force")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(DefinitionFile::read(existing).ok());
}

void TstExchangeCli::importIncompleteDocumentFails_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("openapi 3.0 without paths")
        << QByteArray("openapi: 3.0.3\ninfo:\n  title: Acme\n  version: 1.0.0\ncomponents: {}\n")
        << QByteArray("the OpenAPI 3.0.3 description has no \"paths\"");
    QTest::newRow("openapi 3.0 without info") << QByteArray(R"({"openapi": "3.0.3", "paths": {}})")
                                              << QByteArray("the OpenAPI 3.0.3 description has no \"info\"");
    QTest::newRow("openapi 3.1 without title")
        << QByteArray(R"({"openapi": "3.1.0", "info": {"version": "1"}, "paths": {}})")
        << QByteArray("the \"info\" of the OpenAPI 3.1.0 description has no \"title\"");
    QTest::newRow("openapi 3.1 without paths, components and webhooks")
        << QByteArray(R"({"openapi": "3.1.0", "info": {"title": "A", "version": "1"}})")
        << QByteArray("has none of \"paths\", \"components\" and \"webhooks\"");
    QTest::newRow("swagger without version") << QByteArray(R"({"swagger": "2.0", "info": {"title": "A"}, "paths": {}})")
                                             << QByteArray("the \"info\" of the Swagger 2.0 description has no "
                                                           "\"version\"");
    QTest::newRow("postman without item") << QByteArray(R"({"info": {"name": "A",
            "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}})")
                                          << QByteArray("the Postman collection has no \"item\"");
    QTest::newRow("postman without schema") << QByteArray(R"({"info": {"name": "A"}, "item": []})")
                                            << QByteArray("the \"info\" of the Postman collection has no \"schema\"");
}

void TstExchangeCli::importIncompleteDocumentFails()
{
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, expected);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'));
    const QString source = write(tag + QStringLiteral(".src"), content);
    const QString out = m_dir.filePath(tag + QStringLiteral(".connector.json"));
    const Run r = cli({QStringLiteral("import"), source, QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(expected), r.err.constData());
    QVERIFY2(r.err.contains("then import it"), r.err.constData()); // says what to do
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(out));
}

namespace {
QByteArray oidcDescription(const QString &discoveryUrl)
{
    return QStringLiteral("openapi: 3.0.3\n"
                          "info: {title: Acme OIDC, version: 1.0.0}\n"
                          "servers: [{url: 'https://api.acme.example'}]\n"
                          "paths: {}\n"
                          "components:\n"
                          "  securitySchemes:\n"
                          "    oidc: {type: openIdConnect, openIdConnectUrl: '%1'}\n")
        .arg(discoveryUrl)
        .toUtf8();
}
} // namespace

void TstExchangeCli::importDiscoversOnlyWhenAsked()
{
    // The hand-written server counts requests, which the real provider cannot report: without
    // --discover nothing is read, the URLs stay empty and a note says how to read them.
    test::DiscoveryServer server;
    QVERIFY(server.start());
    const QString origin = server.origin();
    server.serve(QStringLiteral(R"({"issuer": "%1", "authorization_endpoint": "%1/authorize",
        "token_endpoint": "%1/token", "scopes_supported": ["openid", "profile"]})")
                     .arg(origin)
                     .toUtf8());
    const QString discoveryUrl = origin + QStringLiteral("/.well-known/openid-configuration");
    const QString source = write(QStringLiteral("oidc.openapi.yaml"), oidcDescription(discoveryUrl));

    const QString plain = m_dir.filePath(QStringLiteral("oidc-plain.connector.json"));
    Run r = cliServing({QStringLiteral("import"), source, QStringLiteral("-o"), plain});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(server.requests().isEmpty());
    QVERIFY2(r.err.contains(
                 QStringLiteral("Run again with --discover to read the endpoints from %1").arg(discoveryUrl).toUtf8()),
             r.err.constData());
    DefinitionFile::ReadResult read = DefinitionFile::read(plain);
    QVERIFY(read.ok());
    QCOMPARE(read.definition->valueOf(PropertyNames::TokenUrl), QString());
    QCOMPARE(read.definition->valueOf(PropertyNames::AuthorizationUrl), QString());
    QVERIFY(!read.definition->property(PropertyNames::Issuer));

    // With --discover: exactly one request.
    const QString discovered = m_dir.filePath(QStringLiteral("oidc-counted.connector.json"));
    r = cliServing({QStringLiteral("import"), source, QStringLiteral("--discover"), QStringLiteral("-o"), discovered});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(server.requests(), QList<QByteArray>{"/.well-known/openid-configuration"});
}

void TstExchangeCli::importDiscoverReadsTheRealProvider()
{
    // --discover against the suite's real OpenID Connect provider (oidc-provider): the endpoints and the
    // issuer it publishes end up in the definition.
    test::OidcProvider idp;
    if (!idp.start())
        QFAIL(qPrintable(idp.errorString()));
    const QString issuer = idp.issuer().toString();
    const QString discoveryUrl = issuer + QStringLiteral("/.well-known/openid-configuration");
    const QString source = write(QStringLiteral("oidc-real.openapi.yaml"), oidcDescription(discoveryUrl));
    const QString out = m_dir.filePath(QStringLiteral("oidc-real.connector.json"));
    const Run r = cli({QStringLiteral("import"), source, QStringLiteral("--discover"), QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(!r.err.contains("--discover"), r.err.constData());
    QVERIFY2(!r.err.contains("Could not read"), r.err.constData());
    const DefinitionFile::ReadResult read = DefinitionFile::read(out);
    QVERIFY(read.ok());
    const ConnectorDefinition &d = *read.definition;
    QCOMPARE(authTypeId(d.authType), QStringLiteral("oauth2_authorization_code"));
    QCOMPARE(d.valueOf(PropertyNames::AuthorizationUrl), issuer + QStringLiteral("/auth"));
    QCOMPARE(d.valueOf(PropertyNames::TokenUrl), issuer + QStringLiteral("/token"));
    QCOMPARE(d.valueOf(PropertyNames::TokenRevokeUrl), issuer + QStringLiteral("/token/revocation"));
    QCOMPARE(d.valueOf(PropertyNames::Scope), QStringLiteral("openid"));
    QCOMPARE(d.valueOf(PropertyNames::Issuer), issuer);
}

void TstExchangeCli::discoverWritesANewDesignFromTheRealProvider()
{
    test::OidcProvider idp;
    if (!idp.start())
        QFAIL(qPrintable(idp.errorString()));
    const QString issuer = idp.issuer().toString();
    const QString out = m_dir.filePath(QStringLiteral("discovered.connector.json"));
    Run r = cli({QStringLiteral("discover"), issuer, QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains(QStringLiteral("Read %1/.well-known/oauth-authorization-server.").arg(issuer).toUtf8()),
             r.err.constData());
    // The suite's provider advertises S256 (tests/fixtures/oidc/server.js): a PKCE design.
    QVERIFY2(r.err.contains("A new design of type OAuth 2.0 Authorization code with PKCE."), r.err.constData());
    QVERIFY2(r.err.contains("to do: authentication.properties[0].value: Client ID is required"), r.err.constData());
    DefinitionFile::ReadResult read = DefinitionFile::read(out);
    QVERIFY(read.ok());
    QCOMPARE(read.definition->authType, AuthType::OAuth2AuthorizationCodePkce);
    QCOMPARE(read.definition->valueOf(PropertyNames::AuthorizationUrl), issuer + QStringLiteral("/auth"));
    QCOMPARE(read.definition->valueOf(PropertyNames::TokenUrl), issuer + QStringLiteral("/token"));
    QCOMPARE(read.definition->valueOf(PropertyNames::PkceMethod), QStringLiteral("S256"));
    QCOMPARE(read.definition->valueOf(PropertyNames::Issuer), issuer);

    // --type wins over the suggestion; an existing file is not replaced without --force.
    r = cli({QStringLiteral("discover"), issuer, QStringLiteral("--type"), QStringLiteral("oauth2_client_credentials"),
             QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 2);
    r = cli({QStringLiteral("discover"), issuer + QStringLiteral("/.well-known/openid-configuration"),
             QStringLiteral("--type"), QStringLiteral("oauth2_client_credentials"), QStringLiteral("-o"), out,
             QStringLiteral("--force")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    read = DefinitionFile::read(out);
    QVERIFY(read.ok());
    QCOMPARE(read.definition->authType, AuthType::OAuth2ClientCredentials);
    QCOMPARE(read.definition->valueOf(PropertyNames::TokenUrl), issuer + QStringLiteral("/token"));
    QCOMPARE(read.definition->valueOf(PropertyNames::Scope), QString());
}

void TstExchangeCli::discoverUpdateChangesOnlyTheDiscoveredFields()
{
    test::OidcProvider idp;
    if (!idp.start())
        QFAIL(qPrintable(idp.errorString()));
    const QString issuer = idp.issuer().toString();
    ConnectorDefinition mine = ConnectorDefinition::create(AuthType::OAuth2AuthorizationCode, QStringLiteral("Mine"));
    mine.baseUrl = QStringLiteral("https://api.mine.example");
    mine.property(PropertyNames::ClientId)->value = QStringLiteral("code-post");
    mine.property(PropertyNames::TokenUrl)->value = QStringLiteral("https://old.example/token");
    mine.property(PropertyNames::Scope)->value = QStringLiteral("openid api:read");
    const QString file = write(QStringLiteral("mine.connector.json"), DefinitionFile::serialize(mine));

    Run r = cli({QStringLiteral("discover"), issuer, QStringLiteral("--update"), file});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(
        QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts),
        (QStringList{
            QStringLiteral("Authorization URL: (empty) -> %1/auth").arg(issuer),
            QStringLiteral("Token URL: https://old.example/token -> %1/token").arg(issuer),
            QStringLiteral("Scope choices: (empty) -> openid, offline_access, profile, email, api:read, api:write"),
            QStringLiteral("Token revoke URL: (empty) -> %1/token/revocation").arg(issuer),
            QStringLiteral("Issuer: (empty) -> %1").arg(issuer),
            QStringLiteral("Token introspection URL: (empty) -> %1/token/introspection").arg(issuer),
            QStringLiteral("%1: 6 fields changed.").arg(file),
        }));
    const DefinitionFile::ReadResult read = DefinitionFile::read(file);
    QVERIFY(read.ok());
    ConnectorDefinition expected = mine;
    expected.property(PropertyNames::AuthorizationUrl)->value = issuer + QStringLiteral("/auth");
    expected.property(PropertyNames::TokenUrl)->value = issuer + QStringLiteral("/token");
    expected.property(PropertyNames::TokenRevokeUrl)->value = issuer + QStringLiteral("/token/revocation");
    expected.property(PropertyNames::Scope)->inputKind = InputKind::MultiChoice;
    expected.property(PropertyNames::Scope)->choices =
        QStringList{QStringLiteral("openid"), QStringLiteral("offline_access"), QStringLiteral("profile"),
                    QStringLiteral("email"),  QStringLiteral("api:read"),       QStringLiteral("api:write")};
    QCOMPARE(read.definition->valueOf(PropertyNames::Issuer), issuer);
    QCOMPARE(read.definition->valueOf(PropertyNames::TokenIntrospectionUrl),
             issuer + QStringLiteral("/token/introspection"));
    ConnectorDefinition withoutAdded = *read.definition;
    withoutAdded.properties.removeAt(withoutAdded.indexOf(PropertyNames::Issuer));
    withoutAdded.properties.removeAt(withoutAdded.indexOf(PropertyNames::TokenIntrospectionUrl));
    QVERIFY(withoutAdded == expected); // the rest of the design as it was

    // Again: nothing to change, the file stays as it is.
    const QByteArray before = [&file] {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    r = cli({QStringLiteral("discover"), issuer, QStringLiteral("--update"), file});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out.trimmed(),
             QStringLiteral("%1: already as the discovery document says; nothing changed.").arg(file).toUtf8());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TstExchangeCli::discoverFailuresChangeNothing()
{
    const ConnectorDefinition mine = ConnectorDefinition::create(AuthType::OAuth2AuthorizationCode);
    const QByteArray bytes = DefinitionFile::serialize(mine);
    const QString file = write(QStringLiteral("kept.connector.json"), bytes);
    // Plain http to another host: refused before any request.
    Run r = cli(
        {QStringLiteral("discover"), QStringLiteral("http://login.plain.invalid"), QStringLiteral("--update"), file});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("does not use https"), r.err.constData());
    // Nothing listens: the reason, and the file as it was.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    r = cli({QStringLiteral("discover"), QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("--update"),
             file});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith("Could not read the discovery document: "), r.err.constData());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), bytes);
    // Usage: --update takes no --type.
    r = cli({QStringLiteral("discover"), QStringLiteral("https://login.example.com"), QStringLiteral("--update"), file,
             QStringLiteral("--type"), QStringLiteral("basic")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--update changes the design in its file"), r.err.constData());
}

void TstExchangeCli::importDiscoverRefusesPlainHttp()
{
    const QString source = write(QStringLiteral("oidc-http.openapi.json"),
                                 R"({"openapi": "3.0.3", "info": {"title": "Plain", "version": "1"},
        "servers": [{"url": "https://api.plain.example"}], "paths": {},
        "components": {"securitySchemes": {"oidc": {"type": "openIdConnect",
            "openIdConnectUrl": "http://login.plain.invalid/.well-known/openid-configuration"}}}})");
    const QString out = m_dir.filePath(QStringLiteral("oidc-http.connector.json"));
    const Run r = cli({QStringLiteral("import"), source, QStringLiteral("--discover"), QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("Could not read the OpenID Connect discovery document "
                            "http://login.plain.invalid/.well-known/openid-configuration"),
             r.err.constData());
    QVERIFY2(r.err.contains("does not use https"), r.err.constData());
    const DefinitionFile::ReadResult read = DefinitionFile::read(out);
    QVERIFY(read.ok());
    QCOMPARE(read.definition->valueOf(PropertyNames::TokenUrl), QString());
}

QTEST_GUILESS_MAIN(TstExchangeCli)
#include "tst_exchangecli.moc"
