// Import and export: lossless round trips, real public descriptions, scheme choice, secrets never
// exported, documents that lack what their format requires and hostile inputs refused. Discovery
// from a loopback server: tst_exchangediscovery.

#include "ExchangeSamples.h"
#include "exchange/ExchangeExtension.h"
#include "exchange/ExportFormat.h"
#include "exchange/Importer.h"
#include "exchange/YamlToJson.h"
#include "io/DefinitionFile.h"
#include "model/Validator.h"
#include "support/SecretScan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cad;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(CAD_TEST_DATA_DIR "/imports/") + QLatin1String(name);
}

QJsonObject exportJson(const ConnectorDefinition &d, ExportFormat format)
{
    return QJsonDocument::fromJson(exportDefinition(d, format)).object();
}

QByteArray bytesOf(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

} // namespace

class TstExchange : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void standardFieldsWithoutExtension_data();
    void standardFieldsWithoutExtension();
    void secretsAreNeverExported();
    void instagramSwagger2Yaml();
    void onePasswordBearer();
    void oaiSecuritySchemes31();
    void postmanCollectionDropsRealSecrets();
    void topLevelSecurityDecides();
    void combinedApiKeysBecomeCustom();
    void swagger2AccessCodeAndPkceRule();
    void missingRequiredParts_data();
    void missingRequiredParts();
    void minimalDocumentsImport_data();
    void minimalDocumentsImport();
    void hostileInput_data();
    void hostileInput();
    void hugeFileIsRefusedUnread();
    void yamlAliasesAreTheirNodesEverywhere();
    // Regressions found by tests/fuzz (inputs in tests/data/fuzz/fuzz_<target>/)
    void fuzzNulEscapesAreRefused();
    void fuzzDiscoveryTakesOnlyScopeNamesAndAUrlIssuer();
    void fuzzDiscoveryUrlsAreNotClipped();
};

void TstExchange::roundTrip_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("format");
    for (AuthType type : allAuthTypes()) {
        for (ExportFormat format : {ExportFormat::OpenApi, ExportFormat::Postman}) {
            QTest::addRow("%s/%s", qPrintable(authTypeId(type)), qPrintable(exportFormatId(format)))
                << int(type) << int(format);
        }
    }
}

void TstExchange::roundTrip()
{
    QFETCH(int, type);
    QFETCH(int, format);
    const ConnectorDefinition original = test::sampleDefinition(AuthType(type));
    const QByteArray exported = exportDefinition(original, ExportFormat(format));
    const Result<ImportResult> imported = Importer::importData(exported, {});
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
    QVERIFY(imported->lossless);
    QVERIFY2(imported->warnings.isEmpty(), qPrintable(imported->warnings.join(QLatin1Char('\n'))));
    if (!(imported->definition == original)) {
        QCOMPARE(QString::fromUtf8(DefinitionFile::serialize(imported->definition)),
                 QString::fromUtf8(DefinitionFile::serialize(original)));
    }
    QVERIFY(imported->definition == original);
}

void TstExchange::standardFieldsWithoutExtension_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("format");
    for (AuthType type :
         {AuthType::OAuth2AuthorizationCode, AuthType::OAuth2AuthorizationCodePkce, AuthType::OAuth2ClientCredentials,
          AuthType::Basic, AuthType::ApiKey, AuthType::PersonalAccessToken}) {
        for (ExportFormat format : {ExportFormat::OpenApi, ExportFormat::Postman})
            QTest::addRow("%s/%s", qPrintable(authTypeId(type)), qPrintable(exportFormatId(format)))
                << int(type) << int(format);
    }
}

void TstExchange::standardFieldsWithoutExtension()
{
    // Another tool that drops our extension still gets the type, URLs and base URL variables.
    QFETCH(int, type);
    QFETCH(int, format);
    const ConnectorDefinition original = test::sampleDefinition(AuthType(type));
    QJsonObject json = exportJson(original, ExportFormat(format));
    if (format == int(ExportFormat::OpenApi)) {
        QJsonObject components = json.value(QLatin1String("components")).toObject();
        QJsonObject schemes = components.value(QLatin1String("securitySchemes")).toObject();
        for (const QString &k : schemes.keys()) {
            QJsonObject s = schemes.value(k).toObject();
            s.remove(ExchangeExtension::Key);
            schemes.insert(k, s);
        }
        components.insert(QStringLiteral("securitySchemes"), schemes);
        json.insert(QStringLiteral("components"), components);
    } else {
        QJsonArray variables;
        for (const QJsonValue &v : json.value(QLatin1String("variable")).toArray()) {
            if (v[QLatin1String("key")].toString() != ExchangeExtension::Key)
                variables.append(v);
        }
        json.insert(QStringLiteral("variable"), variables);
    }
    QVERIFY(!bytesOf(json).contains("x-connector-auth-designer\""));
    const Result<ImportResult> imported = Importer::importData(bytesOf(json), {});
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
    const ConnectorDefinition &d = imported->definition;
    QVERIFY(!imported->lossless);
    QCOMPARE(authTypeId(d.authType), authTypeId(original.authType));
    QCOMPARE(d.displayName, original.displayName);
    QCOMPARE(d.baseUrl, original.baseUrl);
    QVERIFY(d.property(u"subdomain"));
    QCOMPARE(d.property(u"subdomain")->value, QStringLiteral("demo"));
    QVERIFY(d.property(u"subdomain")->askUser);
    using namespace PropertyNames;
    for (QStringView name : {TokenUrl, AuthorizationUrl, RefreshTokenUrl}) {
        if (original.property(name)) // both formats carry all three (Postman: authUrl, accessTokenUrl, refreshTokenUrl)
            QCOMPARE(d.valueOf(name), original.valueOf(name));
        else
            QVERIFY(!d.property(name));
    }
    if (original.authType == AuthType::ApiKey) {
        QCOMPARE(d.property(ApiKey)->sendAs.location, Location::Query);
        QCOMPARE(d.property(ApiKey)->sendAs.key, QStringLiteral("apikey"));
        QCOMPARE(d.property(ApiKey)->sendAs.valueTemplate, QStringLiteral("Key {value}"));
    }
    if (format == int(ExportFormat::OpenApi) && original.property(Scope)) {
        QCOMPARE(d.valueOf(Scope), original.valueOf(Scope));
        QCOMPARE(d.property(u"region")->choices, QStringList({QStringLiteral("eu"), QStringLiteral("us")}));
    }
}

void TstExchange::secretsAreNeverExported()
{
    for (AuthType type : allAuthTypes()) {
        ConnectorDefinition d = test::sampleDefinition(type);
        const QStringList secrets = test::fillSecrets(d);
        QVERIFY(secrets.size() >= 2);
        for (ExportFormat format : {ExportFormat::OpenApi, ExportFormat::Postman}) {
            const QByteArray bytes = exportDefinition(d, format);
            const QStringList found = test::textContaining(bytes, secrets);
            QVERIFY2(found.isEmpty(), qPrintable(authTypeId(type) + QLatin1Char('/') + exportFormatId(format) +
                                                 QStringLiteral(" leaks: ") + found.join(QLatin1Char(','))));
        }
    }
}

void TstExchange::instagramSwagger2Yaml()
{
    const Result<ImportResult> r = Importer::importFile(dataFile("instagram-swagger2.yaml"), {});
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->sourceFormat, QStringLiteral("Swagger 2.0"));
    QCOMPARE(r->schemes, QStringList({QStringLiteral("api_key"), QStringLiteral("instagram_auth")}));
    QCOMPARE(r->chosenScheme, QStringLiteral("api_key"));
    QVERIFY(r->notes.join(QLatin1Char('\n')).contains(QLatin1String("--scheme")));
    const ConnectorDefinition &d = r->definition;
    QCOMPARE(d.authType, AuthType::ApiKey);
    QCOMPARE(d.displayName, QStringLiteral("Instagram API"));
    QCOMPARE(d.baseUrl, QStringLiteral("https://api.instagram.com/v1"));
    QCOMPARE(d.property(PropertyNames::ApiKey)->sendAs.location, Location::Query);
    QCOMPARE(d.property(PropertyNames::ApiKey)->sendAs.key, QStringLiteral("access_token"));

    ImportErrorKind kind = ImportErrorKind::Io;
    const Result<ImportResult> implicit =
        Importer::importFile(dataFile("instagram-swagger2.yaml"), {QStringLiteral("instagram_auth")}, &kind);
    QVERIFY(!implicit.ok());
    QCOMPARE(kind, ImportErrorKind::Invalid);
    QVERIFY(implicit.error().message.contains(QLatin1String("implicit")));

    const Result<ImportResult> unknown =
        Importer::importFile(dataFile("instagram-swagger2.yaml"), {QStringLiteral("nope")}, &kind);
    QVERIFY(!unknown.ok());
    QCOMPARE(kind, ImportErrorKind::Usage);
    QVERIFY(unknown.error().hint.contains(QLatin1String("api_key, instagram_auth")));
}

void TstExchange::onePasswordBearer()
{
    const Result<ImportResult> r = Importer::importFile(dataFile("1password-connect.yaml"), {});
    QVERIFY(r.ok());
    QCOMPARE(r->sourceFormat, QStringLiteral("OpenAPI 3.0.2"));
    QCOMPARE(r->definition.authType, AuthType::PersonalAccessToken);
    QCOMPARE(r->definition.property(PropertyNames::PersonalAccessToken)->sendAs.valueTemplate,
             QStringLiteral("Bearer {value}"));
    QCOMPARE(r->definition.baseUrl, QStringLiteral("http://1password.local"));
    QCOMPARE(r->definition.testRequest.path, QStringLiteral("/vaults"));
    QCOMPARE(r->definition.displayName, QStringLiteral("1Password Connect"));
}

void TstExchange::oaiSecuritySchemes31()
{
    const Result<ImportResult> r = Importer::importFile(dataFile("oai-security-schemes-3.1.yaml"), {});
    QVERIFY(r.ok());
    QCOMPARE(r->sourceFormat, QStringLiteral("OpenAPI 3.1.0"));
    QCOMPARE(r->chosenScheme, QStringLiteral("OAuth2"));
    QCOMPARE(r->definition.authType, AuthType::OAuth2AuthorizationCode);
    QCOMPARE(r->definition.valueOf(PropertyNames::AuthorizationUrl),
             QStringLiteral("https://example.com/oauth/authorize"));
    QCOMPARE(r->definition.valueOf(PropertyNames::TokenUrl), QStringLiteral("https://example.com/oauth/token"));
    // The flow's scopes become the choices of a multiple choice (a JSON object's keys, in order).
    QCOMPARE(r->definition.property(PropertyNames::Scope)->inputKind, InputKind::MultiChoice);
    QCOMPARE(r->definition.property(PropertyNames::Scope)->choices,
             QStringList({QStringLiteral("admin"), QStringLiteral("read"), QStringLiteral("write")}));

    ImportErrorKind kind = ImportErrorKind::Io;
    const Result<ImportResult> tls =
        Importer::importFile(dataFile("oai-security-schemes-3.1.yaml"), {QStringLiteral("ClientCertificate")}, &kind);
    QVERIFY(!tls.ok());
    QCOMPARE(kind, ImportErrorKind::Invalid);
    QVERIFY(tls.error().message.contains(QLatin1String("mutual TLS")));
}

void TstExchange::postmanCollectionDropsRealSecrets()
{
    const Result<ImportResult> r = Importer::importFile(dataFile("postman-bearerAuthTest.json"), {});
    QVERIFY(r.ok());
    QCOMPARE(r->definition.authType, AuthType::PersonalAccessToken);
    QCOMPARE(r->definition.baseUrl, QStringLiteral("http://echo.getpostman.com"));
    QCOMPARE(r->definition.testRequest.path, QStringLiteral("/auth/bearer"));
    QVERIFY(!r->warnings.isEmpty());
    QVERIFY(r->warnings.first().contains(QLatin1String("not imported")));
    const QByteArray saved = DefinitionFile::serialize(r->definition);
    QVERIFY(test::textContaining(saved, {QStringLiteral("wkjehbxoqnunc2k3")}).isEmpty());
    QVERIFY(r->definition.valueOf(PropertyNames::PersonalAccessToken).isEmpty());
}

void TstExchange::topLevelSecurityDecides()
{
    const QByteArray yaml = R"(openapi: 3.0.3
info: {title: Two schemes, version: "1"}
servers:
  - url: https://{tenant}.example.com/{version}
    variables:
      tenant: {default: acme, description: Your tenant}
      version: {default: v2, enum: [v1, v2]}
paths: {}
security:
  - cc: [read]
components:
  securitySchemes:
    aa_key: {type: apiKey, in: header, name: X-Key}
    cc:
      type: oauth2
      flows:
        clientCredentials: {tokenUrl: "https://example.com/token", scopes: {read: Read}}
)";
    const Result<ImportResult> r = Importer::importData(yaml, {});
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->chosenScheme, QStringLiteral("cc"));
    QCOMPARE(r->definition.authType, AuthType::OAuth2ClientCredentials);
    QCOMPARE(r->definition.valueOf(PropertyNames::Scope), QStringLiteral("read"));
    QCOMPARE(r->definition.baseUrl, QStringLiteral("https://{tenant}.example.com/{version}"));
    QCOMPARE(r->definition.valueOf(u"tenant"), QStringLiteral("acme"));
    QCOMPARE(r->definition.property(u"version")->inputKind, InputKind::Choice);
    QCOMPARE(r->definition.property(u"version")->choices, QStringList({QStringLiteral("v1"), QStringLiteral("v2")}));
    QVERIFY(r->notes.join(QLatin1Char(' ')).contains(QLatin1String("top-level security")));
    const Diagnostics diagnostics = Validator::validate(r->definition);
    for (const Diagnostic &d : diagnostics)
        QVERIFY2(!d.message.contains(QLatin1String("unknown variable")), qPrintable(d.toString()));

    const Result<ImportResult> picked = Importer::importData(yaml, {QStringLiteral("aa_key")});
    QVERIFY(picked.ok());
    QCOMPARE(picked->definition.authType, AuthType::ApiKey);
    QCOMPARE(picked->definition.property(PropertyNames::ApiKey)->sendAs.key, QStringLiteral("X-Key"));
}

void TstExchange::combinedApiKeysBecomeCustom()
{
    const QByteArray json = R"({"openapi": "3.0.0", "info": {"title": "Board", "version": "1"},
        "servers": [{"url": "https://api.board.example/1"}], "paths": {},
        "security": [{"key": [], "token": []}],
        "components": {"securitySchemes": {
            "key": {"type": "apiKey", "in": "query", "name": "key"},
            "token": {"type": "apiKey", "in": "query", "name": "token"}}}})";
    const Result<ImportResult> r = Importer::importData(json, {});
    QVERIFY(r.ok());
    QCOMPARE(r->definition.authType, AuthType::Custom);
    QCOMPARE(r->definition.properties.size(), 2);
    for (const Property &p : r->definition.properties) {
        QVERIFY(p.secret);
        QCOMPARE(p.sendAs.location, Location::Query);
    }
    QVERIFY(!hasErrors(Validator::validate(r->definition)));
}

void TstExchange::swagger2AccessCodeAndPkceRule()
{
    const QByteArray yaml = R"(swagger: "2.0"
info: {title: Old API, version: "1"}
host: old.example.com
basePath: /api
schemes: [http, https]
paths: {}
securityDefinitions:
  code:
    type: oauth2
    flow: accessCode
    authorizationUrl: https://old.example.com/authorize
    tokenUrl: https://old.example.com/token
    scopes: {}
  app:
    type: oauth2
    flow: application
    tokenUrl: https://old.example.com/token
    scopes: {}
  pkce:
    type: oauth2
    flow: accessCode
    description: Public clients use PKCE.
    authorizationUrl: https://old.example.com/authorize
    tokenUrl: https://old.example.com/token
    scopes: {}
)";
    const Result<ImportResult> code = Importer::importData(yaml, {QStringLiteral("code")});
    QVERIFY(code.ok());
    QCOMPARE(code->definition.authType, AuthType::OAuth2AuthorizationCode);
    QCOMPARE(code->definition.baseUrl, QStringLiteral("https://old.example.com/api"));
    QCOMPARE(code->definition.valueOf(PropertyNames::AuthorizationUrl),
             QStringLiteral("https://old.example.com/authorize"));
    const Result<ImportResult> app = Importer::importData(yaml, {QStringLiteral("app")});
    QVERIFY(app.ok());
    QCOMPARE(app->definition.authType, AuthType::OAuth2ClientCredentials);
    const Result<ImportResult> pkce = Importer::importData(yaml, {QStringLiteral("pkce")});
    QVERIFY(pkce.ok());
    QCOMPARE(pkce->definition.authType, AuthType::OAuth2AuthorizationCodePkce);
}

void TstExchange::missingRequiredParts_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("hint");
    const QByteArray info = R"("info": {"title": "Acme", "version": "1.0.0"})";
    const QByteArray v21 = R"("schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json")";

    QTest::newRow("3.0 no info") << QByteArray(R"({"openapi": "3.0.3", "paths": {}})")
                                 << QStringLiteral("the OpenAPI 3.0.3 description has no \"info\"")
                                 << QStringLiteral("Add an \"info\" object with the API's \"title\"");
    QTest::newRow("3.0 no title") << QByteArray(R"({"openapi": "3.0.3", "info": {"version": "1"}, "paths": {}})")
                                  << QStringLiteral("the \"info\" of the OpenAPI 3.0.3 description has no \"title\"")
                                  << QStringLiteral("Add \"title\" (the API's name) under \"info\"");
    QTest::newRow("3.0 no version") << QByteArray(R"({"openapi": "3.0.3", "info": {"title": "A"}, "paths": {}})")
                                    << QStringLiteral(
                                           "the \"info\" of the OpenAPI 3.0.3 description has no \"version\"")
                                    << QStringLiteral("Add \"version\"");
    QTest::newRow("3.0 no paths") << (R"({"openapi": "3.0.3", )" + info + R"(, "components": {}})")
                                  << QStringLiteral("the OpenAPI 3.0.3 description has no \"paths\"")
                                  << QStringLiteral("\"paths: {}\" when there are none");
    QTest::newRow("3.0 yaml no paths") << QByteArray("openapi: 3.0.1\ninfo:\n  title: Acme\n  version: 1.0.0\n")
                                       << QStringLiteral("the OpenAPI 3.0.1 description has no \"paths\"")
                                       << QStringLiteral("Add \"paths\"");
    QTest::newRow("3.0 paths not an object")
        << (R"({"openapi": "3.0.3", )" + info + R"(, "paths": []})") << QStringLiteral("paths: expected an object")
        << QStringLiteral("OpenAPI");
    QTest::newRow("3.0 info not an object") << QByteArray(R"({"openapi": "3.0.3", "info": "Acme", "paths": {}})")
                                            << QStringLiteral("info: expected an object") << QStringLiteral("OpenAPI");
    QTest::newRow("3.0 title not a text")
        << QByteArray(R"({"openapi": "3.0.3", "info": {"title": ["A"], "version": "1"}, "paths": {}})")
        << QStringLiteral("info.title: expected a text") << QStringLiteral("OpenAPI");
    QTest::newRow("3.1 nothing") << (R"({"openapi": "3.1.0", )" + info + "}")
                                 << QStringLiteral("the OpenAPI 3.1.0 description has none of \"paths\", "
                                                   "\"components\" and \"webhooks\"")
                                 << QStringLiteral("OpenAPI 3.1 requires at least one of them");
    QTest::newRow("3.1 no info") << QByteArray(R"({"openapi": "3.1.0", "webhooks": {}})")
                                 << QStringLiteral("the OpenAPI 3.1.0 description has no \"info\"")
                                 << QStringLiteral("then import it again");
    QTest::newRow("3.1 no version") << QByteArray(R"({"openapi": "3.1.0", "info": {"title": "A"}, "paths": {}})")
                                    << QStringLiteral(
                                           "the \"info\" of the OpenAPI 3.1.0 description has no \"version\"")
                                    << QStringLiteral("under \"info\"");
    QTest::newRow("swagger no info") << QByteArray(R"({"swagger": "2.0", "paths": {}})")
                                     << QStringLiteral("the Swagger 2.0 description has no \"info\"")
                                     << QStringLiteral("\"title\"");
    QTest::newRow("swagger no title") << QByteArray(R"({"swagger": "2.0", "info": {"version": "1"}, "paths": {}})")
                                      << QStringLiteral("the \"info\" of the Swagger 2.0 description has no \"title\"")
                                      << QStringLiteral("the API's name");
    QTest::newRow("swagger no paths") << (R"({"swagger": "2.0", )" + info + "}")
                                      << QStringLiteral("the Swagger 2.0 description has no \"paths\"")
                                      << QStringLiteral("\"paths: {}\"");
    QTest::newRow("no version field") << (R"({)" + info + R"(, "paths": {}})")
                                      << QStringLiteral("the description has no \"openapi\" (or \"swagger\") field "
                                                        "naming its version")
                                      << QStringLiteral("Add \"openapi: 3.0.3\"");
    QTest::newRow("postman no info") << QByteArray(R"({"item": []})")
                                     << QStringLiteral("the Postman collection has no \"info\"")
                                     << QStringLiteral("Collection v2.1");
    QTest::newRow("postman no name") << (R"({"info": {)" + v21 + R"(}, "item": []})")
                                     << QStringLiteral("the \"info\" of the Postman collection has no \"name\"")
                                     << QStringLiteral("Add \"name\"");
    QTest::newRow("postman no schema") << QByteArray(R"({"info": {"name": "Acme"}, "item": []})")
                                       << QStringLiteral("the \"info\" of the Postman collection has no \"schema\"")
                                       << QStringLiteral("collection/v2.1.0/collection.json");
    QTest::newRow("postman other schema")
        << QByteArray(R"({"info": {"name": "Acme", "schema": "https://example.com/mine.json"}, "item": []})")
        << QStringLiteral("the collection's \"info.schema\", https://example.com/mine.json, does not name Postman "
                          "collection format v2.0 or v2.1")
        << QStringLiteral("Collection v2.1");
    QTest::newRow("postman no item") << (R"({"info": {"name": "Acme", )" + v21 + "}}")
                                     << QStringLiteral("the Postman collection has no \"item\"")
                                     << QStringLiteral("Add \"item\": []");
}

void TstExchange::missingRequiredParts()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QFETCH(QString, hint);
    ImportErrorKind kind = ImportErrorKind::Io;
    const Result<ImportResult> r = Importer::importData(bytes, {}, &kind);
    QVERIFY2(!r.ok(), "an incomplete document was accepted");
    QCOMPARE(kind, ImportErrorKind::Invalid);
    QCOMPARE(r.error().message, message);
    QVERIFY2(r.error().hint.contains(hint), qPrintable(r.error().hint));
}

void TstExchange::minimalDocumentsImport_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format");
    QTest::newRow("3.0") << QByteArray(R"({"openapi": "3.0.3", "info": {"title": "A", "version": "1"}, "paths": {}})")
                         << QStringLiteral("OpenAPI 3.0.3");
    QTest::newRow("3.1 components only")
        << QByteArray(R"({"openapi": "3.1.0", "info": {"title": "A", "version": "1"}, "components": {}})")
        << QStringLiteral("OpenAPI 3.1.0");
    QTest::newRow("3.1 webhooks only")
        << QByteArray(R"({"openapi": "3.1.1", "info": {"title": "A", "version": "1"}, "webhooks": {}})")
        << QStringLiteral("OpenAPI 3.1.1");
    QTest::newRow("yaml numeric version")
        << QByteArray("openapi: 3.0.0\ninfo:\n  title: A\n  version: 1.0\npaths: {}\n")
        << QStringLiteral("OpenAPI 3.0.0");
    QTest::newRow("swagger") << QByteArray(R"({"swagger": "2.0", "info": {"title": "A", "version": "1"}, "paths": {}})")
                             << QStringLiteral("Swagger 2.0");
    QTest::newRow("postman v2.1") << QByteArray(R"({"info": {"name": "A",
        "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": []})")
                                  << QStringLiteral("Postman collection v2.1");
    QTest::newRow("postman v2.0") << QByteArray(R"({"info": {"name": "A",
        "schema": "https://schema.getpostman.com/json/collection/v2.0.0/collection.json"}, "item": []})")
                                  << QStringLiteral("Postman collection v2.0");
}

void TstExchange::minimalDocumentsImport()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    const Result<ImportResult> r = Importer::importData(bytes, {});
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->sourceFormat, format);
    QCOMPARE(r->definition.displayName, QStringLiteral("A"));
}

void TstExchange::hostileInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const QByteArray exported = exportDefinition(test::sampleDefinition(AuthType::Basic), ExportFormat::OpenApi);
    QTest::newRow("truncated json") << exported.left(exported.size() / 2) << QStringLiteral("not valid");
    QTest::newRow("truncated yaml") << QByteArray("openapi: 3.0.0\ninfo: {title: \"x") << QStringLiteral("not valid");
    QTest::newRow("empty") << QByteArray("  \n") << QStringLiteral("empty");
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("top level");
    QTest::newRow("nul bytes") << QByteArray("openapi: 3.0.0\0x", 16) << QStringLiteral("NUL");
    QTest::newRow("unknown format") << QByteArray("{\"hello\": 1}") << QStringLiteral("neither");
    QTest::newRow("openapi 4") << QByteArray("{\"openapi\": \"4.0.0\"}") << QStringLiteral("not supported");
    QTest::newRow("cyclic ref") << QByteArray(
                                       R"({"openapi": "3.0.0", "info": {"title": "x", "version": "1"}, "paths": {},
        "components": {"securitySchemes": {"a": {"$ref": "#/components/securitySchemes/b"},
                                           "b": {"$ref": "#/components/securitySchemes/a"}}}})")
                                << QStringLiteral("cyclic");
    QTest::newRow("external ref") << QByteArray(
                                         R"({"openapi": "3.0.0", "info": {"title": "x", "version": "1"}, "paths": {},
        "components": {"securitySchemes": {"a": {"$ref": "other.yaml#/a"}}}})")
                                  << QStringLiteral("outside the file");
    QTest::newRow("wrong type components")
        << QByteArray(R"({"openapi": "3.0.0", "info": {"title": "x", "version": "1"}, "paths": {}, "components": []})")
        << QStringLiteral("expected an object");
    QTest::newRow("wrong type schemes")
        << QByteArray(R"({"openapi": "3.0.0", "info": {"title": "x", "version": "1"}, "paths": {},
            "components": {"securitySchemes": 5}})")
        << QStringLiteral("expected an object");
    QTest::newRow("wrong type servers")
        << QByteArray(R"({"openapi": "3.0.0", "info": {"title": "x", "version": "1"}, "paths": {},
            "servers": "https://x"})")
        << QStringLiteral("servers");
    QTest::newRow("cookie api key") << QByteArray(
                                           R"({"openapi": "3.0.0", "info": {"title": "x", "version": "1"}, "paths": {},
            "components": {"securitySchemes": {"c": {"type": "apiKey", "in": "cookie", "name": "session"}}}})")
                                    << QStringLiteral("cookie");
    QTest::newRow("postman wrong item") << QByteArray(R"({"info": {"name": "x",
        "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": {}})")
                                        << QStringLiteral("item");
    QTest::newRow("postman digest") << QByteArray(R"({"info": {"name": "x",
        "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": [],
        "auth": {"type": "digest"}})")
                                    << QStringLiteral("not supported");
    QTest::newRow("damaged extension")
        << QByteArray(R"({"openapi": "3.0.3", "info": {"title": "x", "version": "1"}, "paths": {},
            "x-connector-auth-designer": {"format": 1}})")
        << QStringLiteral("damaged");
    QByteArray laughs = "openapi: 3.0.0\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (char c = 'b'; c <= 'j'; ++c) {
        const char prev = char(c - 1);
        laughs += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [";
        for (int i = 0; i < 9; ++i)
            laughs += (i ? ", *" : "*") + QByteArray(1, prev);
        laughs += "]\n";
    }
    QTest::newRow("yaml billion laughs") << laughs << QStringLiteral("too many nodes");
    QTest::newRow("yaml self alias") << QByteArray("openapi: 3.0.0\na: &a\n  b: *a\n")
                                     << QStringLiteral("nested too deeply");
    // An alias is as deep as what it refers to: 100 levels placed 100 levels down are 200 levels.
    QTest::newRow("yaml deep alias") << (QByteArray("openapi: 3.0.0\nd: &d ") + QByteArray(100, '[') +
                                         QByteArray(100, ']') + "\ne: " + QByteArray(100, '[') + "*d" +
                                         QByteArray(100, ']') + "\n")
                                     << QStringLiteral("nested too deeply");
    QTest::newRow("yaml deep nesting") << (QByteArray("openapi: 3.0.0\nx: ") + QByteArray(50000, '[') +
                                           QByteArray(50000, ']'))
                                       << QStringLiteral("YAML");
    QTest::newRow("json deep nesting") << (QByteArray("{\"openapi\": \"3.0.0\", \"x\": ") + QByteArray(50000, '[') +
                                           QByteArray(50000, ']') + "}")
                                       << QStringLiteral("deeply nested");
}

void TstExchange::yamlAliasesAreTheirNodesEverywhere()
{
    // Each alias is a full copy of its anchor's node, however often and wherever it is used,
    // also inside another anchor.
    const Result<QJsonValue> r = YamlToJson::convert("a: &x {k: [1, two], n: null}\n"
                                                     "b: *x\n"
                                                     "c: &y [*x, {inner: *x}]\n"
                                                     "d: [*y, *y]\n");
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
    const QJsonObject x{{QStringLiteral("k"), QJsonArray{1, QStringLiteral("two")}},
                        {QStringLiteral("n"), QJsonValue()}};
    const QJsonArray y{x, QJsonObject{{QStringLiteral("inner"), x}}};
    const QJsonObject expected{{QStringLiteral("a"), x},
                               {QStringLiteral("b"), x},
                               {QStringLiteral("c"), y},
                               {QStringLiteral("d"), QJsonArray{y, y}}};
    QCOMPARE(r.value().toObject(), expected);

    // Each level is nine aliases to the one before. Up to f the document expands to about 670,000
    // nodes, within the limit (2 million); g, nine times f's 597,871, is refused, although its
    // text is a few dozen nodes.
    QByteArray laughs = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (char c = 'b'; c <= 'f'; ++c) {
        laughs += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [";
        for (int i = 0; i < 9; ++i)
            laughs += (i ? ", *" : "*") + QByteArray(1, char(c - 1));
        laughs += "]\n";
    }
    const Result<QJsonValue> within = YamlToJson::convert(laughs);
    QVERIFY(within.ok());
    QCOMPARE(within.value()[QStringLiteral("f")][8][8][8][8][8][8], QJsonValue(QStringLiteral("lol")));
    laughs += "g: [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n";
    const Result<QJsonValue> bomb = YamlToJson::convert(laughs);
    QVERIFY(!bomb.ok());
    QVERIFY2(bomb.error().toString().contains(QStringLiteral("too many nodes")), qPrintable(bomb.error().toString()));
}

void TstExchange::hostileInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    ImportErrorKind kind = ImportErrorKind::Io;
    const Result<ImportResult> r = Importer::importData(bytes, {}, &kind);
    QVERIFY2(!r.ok(), "hostile input was accepted");
    QVERIFY2(r.error().toString().contains(expected, Qt::CaseInsensitive), qPrintable(r.error().toString()));
    QVERIFY(!r.error().hint.isEmpty());
    QCOMPARE(kind, ImportErrorKind::Invalid);
}

void TstExchange::hugeFileIsRefusedUnread()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(100 * 1024 * 1024)); // sparse: no 100 MB written
    file.close();
    ImportErrorKind kind = ImportErrorKind::Invalid;
    const Result<ImportResult> r = Importer::importFile(path, {}, &kind);
    QVERIFY(!r.ok());
    QCOMPARE(kind, ImportErrorKind::Io);
    QVERIFY2(r.error().message.contains(QLatin1String("too large")), qPrintable(r.error().message));
    const Result<ImportResult> missing = Importer::importFile(dir.filePath(QStringLiteral("missing.yaml")), {}, &kind);
    QVERIFY(!missing.ok());
    QCOMPARE(kind, ImportErrorKind::Io);
}

namespace {
QByteArray fuzzInput(const char *target, const char *name)
{
    QFile file(QStringLiteral(CAD_TEST_DATA_DIR "/fuzz/") + QLatin1String(target) + QLatin1Char('/') +
               QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

void TstExchange::fuzzNulEscapesAreRefused()
{
    // fuzz_openapi_json/nul-escape-in-url.json: "\u0000" in the authorization URL reached the imported
    // definition, whose file then could not be opened again (DefinitionFile refuses NUL characters).
    const QByteArray swagger = fuzzInput("fuzz_openapi_json", "nul-escape-in-url.json");
    QVERIFY(swagger.contains("\\u0000"));
    const QByteArray yaml = "openapi: 3.0.3\ninfo: {title: \"a\\0b\", version: \"1\"}\npaths: {}\n";
    const QByteArray key = "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"paths\": {},"
                           " \"x-\\u0000\": 1}";
    for (const QByteArray &source : {swagger, yaml, key}) {
        ImportErrorKind kind = ImportErrorKind::Io;
        const Result<ImportResult> r = Importer::importData(source, {}, &kind);
        QVERIFY2(!r.ok(), source.constData());
        QCOMPARE(kind, ImportErrorKind::Invalid);
        QVERIFY2(r.error().message.contains(QLatin1String("NUL")), qPrintable(r.error().message));
    }
    // Without the NUL the same description imports and its definition opens again.
    QByteArray clean = swagger;
    clean.replace("\\u0000", "");
    const Result<ImportResult> r = Importer::importData(clean, {});
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QVERIFY(DefinitionFile::parse(DefinitionFile::serialize(r->definition)).ok());
}

void TstExchange::fuzzDiscoveryTakesOnlyScopeNamesAndAUrlIssuer()
{
    // fuzz_discovery/nul-in-scope.json: a scope with a NUL character went into the scope property's hint,
    // and the definition saved after the import could not be opened again.
    const QByteArray source = R"({"openapi": "3.0.3", "info": {"title": "IdP", "version": "1"}, "paths": {},
        "components": {"securitySchemes": {"oidc": {"type": "openIdConnect",
            "openIdConnectUrl": "http://127.0.0.1:4000/.well-known/openid-configuration"}}}})";
    const Result<ImportResult> imported = Importer::importData(source, {});
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));

    const QJsonObject found = QJsonDocument::fromJson(fuzzInput("fuzz_discovery", "nul-in-scope.json")).object();
    QVERIFY(found.value(QLatin1String("scopes_supported")).toArray().first().toString().contains(QChar(0)));
    QJsonObject hostile = found;
    hostile.insert(QStringLiteral("scopes_supported"),
                   QJsonArray{QStringLiteral("openid"), QStringLiteral("a\u0001b"), QStringLiteral("two words"),
                              QStringLiteral("quo\"te"), QStringLiteral("email")});
    QJsonObject badIssuer = found;
    badIssuer.insert(QStringLiteral("issuer"), QString(QStringLiteral("http://127.0.0.1:4000/") + QChar(0)));
    for (const QJsonObject &document : {found, hostile, badIssuer}) {
        ImportResult result = *imported;
        Importer::applyDiscovery(result, document);
        const DefinitionFile::ReadResult reopened = DefinitionFile::parse(DefinitionFile::serialize(result.definition));
        QVERIFY2(reopened.ok(), qPrintable(reopened.diagnostics.value(0).toString()));
        QCOMPARE(result.definition.valueOf(PropertyNames::AuthorizationUrl),
                 QStringLiteral("http://127.0.0.1:4000/auth"));
    }
    ImportResult result = *imported;
    Importer::applyDiscovery(result, hostile);
    QCOMPARE(result.definition.property(PropertyNames::Scope)->choices,
             QStringList({QStringLiteral("openid"), QStringLiteral("email")}));
    QCOMPARE(result.definition.valueOf(PropertyNames::Issuer), QStringLiteral("http://127.0.0.1:4000/"));
    ImportResult noIssuer = *imported;
    Importer::applyDiscovery(noIssuer, badIssuer);
    QVERIFY(!noIssuer.definition.property(PropertyNames::Issuer));
}

void TstExchange::fuzzDiscoveryUrlsAreNotClipped()
{
    // fuzz_discovery/long-userinfo-url.json (a hand-written input for fuzz_discovery's property): the
    // endpoints are http://<2100 characters>@127.0.0.1/token, loopback, so accepted; clipped to 2000
    // characters they became plain http to the host "aaa...", which was never checked.
    const QByteArray source = R"({"openapi": "3.0.3", "info": {"title": "IdP", "version": "1"}, "paths": {},
        "components": {"securitySchemes": {"oidc": {"type": "openIdConnect",
            "openIdConnectUrl": "https://idp.example/.well-known/openid-configuration"}}}})";
    const Result<ImportResult> imported = Importer::importData(source, {});
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
    const QJsonObject document =
        QJsonDocument::fromJson(fuzzInput("fuzz_discovery", "long-userinfo-url.json")).object();
    QVERIFY(document.value(QLatin1String("token_endpoint")).toString().size() > 2000);
    ImportResult result = *imported;
    Importer::applyDiscovery(result, document);
    using namespace PropertyNames;
    QCOMPARE(result.definition.valueOf(TokenUrl), QString());
    QCOMPARE(result.definition.valueOf(AuthorizationUrl), QString());
    QCOMPARE(result.definition.valueOf(Issuer), QStringLiteral("https://idp.example"));

    // A long URL that fits is taken whole.
    QJsonObject fits = document;
    const QString path = QStringLiteral("https://idp.example/") + QString(1900, QLatin1Char('p'));
    fits.insert(QStringLiteral("token_endpoint"), path);
    ImportResult other = *imported;
    Importer::applyDiscovery(other, fits);
    QCOMPARE(other.definition.valueOf(TokenUrl), path);
}

QTEST_GUILESS_MAIN(TstExchange)
#include "tst_exchange.moc"
