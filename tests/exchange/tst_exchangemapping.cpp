// Round trips WITHOUT the private x-connector-auth-designer extension: every definition is exported,
// the extension (a copy of the whole definition) is cut out of the OpenAPI or Postman document, and
// the document is imported again. What comes back is only what the standard fields of the format
// carry, so a mapping bug in an exporter or importer shows here (tst_exchange's lossless round trips
// go through the extension and cannot see one).
//
// The expected values are written out by hand. Where a format has no field for something, the test
// asserts what the importer does instead, and a comment says so ("by the format's nature"). The
// apiKey value template travels in the small per-scheme key x-connector-auth-designer-template,
// which is a mapping of that one field, not a copy of the definition: it stays in.

#include "exchange/ExchangeExtension.h"
#include "exchange/ExportFormat.h"
#include "exchange/Importer.h"
#include "model/BuiltinSchemas.h"
#include "support/AdvancedProperties.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cad;
using namespace PropertyNames;

Q_DECLARE_METATYPE(cad::ExportFormat)

namespace {

/// The parts every test definition shares: a base URL with two {variables} and a test request.
ConnectorDefinition withCommonParts(AuthType type)
{
    ConnectorDefinition d = ConnectorDefinition::create(type, QStringLiteral("Acme CRM"));
    d.description = QStringLiteral("Contacts and deals of Acme CRM.");
    d.baseUrl = QStringLiteral("https://{subdomain}.acme.example/api/{region}");
    d.testRequest = {QStringLiteral("GET"), QStringLiteral("/users/me")};
    Property subdomain;
    subdomain.name = QStringLiteral("subdomain");
    subdomain.displayName = QStringLiteral("Subdomain");
    subdomain.hint = QStringLiteral("Your Acme subdomain.");
    subdomain.value = QStringLiteral("demo");
    subdomain.askUser = true;
    subdomain.required = true;
    subdomain.order = 50;
    Property region = subdomain;
    region.name = QStringLiteral("region");
    region.displayName = QStringLiteral("Region");
    region.hint = QStringLiteral("Data centre.");
    region.value = QStringLiteral("us"); // not the first choice: a default that falls back to it shows
    region.inputKind = InputKind::Choice;
    region.choices = {QStringLiteral("eu"), QStringLiteral("us")};
    region.order = 51;
    d.properties << subdomain << region;
    return d;
}

void setValue(ConnectorDefinition &d, QStringView name, const QString &value)
{
    Property *p = d.property(name);
    QVERIFY2(p, qPrintable(name.toString()));
    p->value = value;
}

/// Removes every x-connector-auth-designer object: at the OpenAPI root and on each security
/// scheme, or the Postman collection variable.
QByteArray withoutExtension(const QJsonObject &exported, ExportFormat format)
{
    QJsonObject json = exported;
    if (format == ExportFormat::OpenApi) {
        json.remove(ExchangeExtension::Key);
        QJsonObject components = json.value(QLatin1String("components")).toObject();
        QJsonObject schemes = components.value(QLatin1String("securitySchemes")).toObject();
        for (const QString &k : schemes.keys()) {
            QJsonObject s = schemes.value(k).toObject();
            s.remove(ExchangeExtension::Key);
            schemes.insert(k, s);
        }
        if (!schemes.isEmpty()) {
            components.insert(QStringLiteral("securitySchemes"), schemes);
            json.insert(QStringLiteral("components"), components);
        }
    } else {
        QJsonArray variables;
        for (const QJsonValue &v : json.value(QLatin1String("variable")).toArray()) {
            if (v[QLatin1String("key")].toString() != ExchangeExtension::Key)
                variables.append(v);
        }
        json.insert(QStringLiteral("variable"), variables);
    }
    return QJsonDocument(json).toJson();
}

struct Imported
{
    bool ok = false;
    QString error;
    ImportResult result;
};

Imported roundTrip(const ConnectorDefinition &d, ExportFormat format)
{
    Imported out;
    const QJsonObject exported = QJsonDocument::fromJson(exportDefinition(d, format)).object();
    const QByteArray stripped = withoutExtension(exported, format);
    if (stripped.contains("\"x-connector-auth-designer\"")) {
        out.error = QStringLiteral("the extension is still in the document");
        return out;
    }
    const Result<ImportResult> r = Importer::importData(stripped, {});
    if (!r.ok()) {
        out.error = r.error().toString() + QStringLiteral("\n") + QString::fromUtf8(stripped);
        return out;
    }
    out.ok = true;
    out.result = r.value();
    return out;
}

QStringList names(const ConnectorDefinition &d)
{
    QStringList out;
    for (const Property &p : d.properties)
        out << p.name;
    return out;
}

QString describe(const Property &p)
{
    return QStringLiteral("%1 display=\"%2\" value=\"%3\" ask=%4 required=%5 secret=%6 kind=%7 choices=[%8] "
                          "hint=\"%9\" at=%10 key=\"%11\" template=\"%12\"")
        .arg(p.name, p.displayName, p.value)
        .arg(p.askUser)
        .arg(p.required)
        .arg(p.secret)
        .arg(inputKindId(p.inputKind), p.choices.join(QLatin1Char(',')), p.hint, locationId(p.sendAs.location),
             p.sendAs.key, p.sendAs.valueTemplate);
}

/// Text written out in a test: a literal or a QString (the project forbids implicit casts from char *).
struct Text
{
    QString s;
    Text(const char *text)
        : s(QString::fromUtf8(text))
    {}
    Text(const QString &text)
        : s(text)
    {}
};

QStringList list(std::initializer_list<Text> texts)
{
    QStringList out;
    for (const Text &t : texts)
        out << t.s;
    return out;
}

/// One property as it must come back; compared field by field through describe().
struct Expected
{
    Text name;
    Text displayName;
    Text value;
    bool askUser;
    bool required;
    bool secret;
    InputKind kind;
    QList<Text> choices;
    Text hint;
    Location location;
    Text key;
    Text valueTemplate;
};

QString describe(const Expected &e)
{
    Property p;
    p.name = e.name.s;
    p.displayName = e.displayName.s;
    p.value = e.value.s;
    p.askUser = e.askUser;
    p.required = e.required;
    p.secret = e.secret;
    p.inputKind = e.kind;
    for (const Text &c : e.choices)
        p.choices << c.s;
    p.hint = e.hint.s;
    p.sendAs = {e.location, e.key.s, e.valueTemplate.s};
    return describe(p);
}

} // namespace

/// Compares one property of @p d with @p e (every field but the display order).
#define COMPARE_PROPERTY(d, e)                                                                                         \
    do {                                                                                                               \
        const Expected expected_ = (e);                                                                                \
        const Property *actual_ = (d).property(expected_.name.s);                                                      \
        QVERIFY2(actual_, qPrintable(QStringLiteral("no property ") + expected_.name.s));                              \
        QCOMPARE(describe(*actual_), describe(expected_));                                                             \
    } while (false)

class TstExchangeMapping : public QObject
{
    Q_OBJECT

private:
    /// Name, description, base URL, its two variables and the test request, as each format carries them.
    static void checkCommonParts(const ImportResult &r, ExportFormat format)
    {
        const ConnectorDefinition &d = r.definition;
        QVERIFY(!r.lossless);
        QCOMPARE(d.displayName, QStringLiteral("Acme CRM"));
        QCOMPARE(d.key, QStringLiteral("acme-crm"));
        QCOMPARE(d.description, QStringLiteral("Contacts and deals of Acme CRM."));
        QCOMPARE(d.baseUrl, QStringLiteral("https://{subdomain}.acme.example/api/{region}"));
        QCOMPARE(d.testRequest.method, QStringLiteral("GET"));
        QCOMPARE(d.testRequest.path, QStringLiteral("/users/me"));
        if (format == ExportFormat::OpenApi) {
            // Server variables: default, enum and description (display name and hint joined).
            COMPARE_PROPERTY(d, (Expected{"subdomain",
                                          "subdomain",
                                          "demo",
                                          true,
                                          true,
                                          false,
                                          InputKind::Text,
                                          {},
                                          "Subdomain: Your Acme subdomain.",
                                          Location::NotSent,
                                          "",
                                          ""}));
            COMPARE_PROPERTY(d, (Expected{"region",
                                          "region",
                                          "us",
                                          true,
                                          true,
                                          false,
                                          InputKind::Choice,
                                          {"eu", "us"},
                                          "Region: Data centre.",
                                          Location::NotSent,
                                          "",
                                          ""}));
        } else {
            // Collection variables carry a value only: no choices, no description on import (by the format's nature).
            COMPARE_PROPERTY(d, (Expected{"subdomain",
                                          "subdomain",
                                          "demo",
                                          true,
                                          true,
                                          false,
                                          InputKind::Text,
                                          {},
                                          "",
                                          Location::NotSent,
                                          "",
                                          ""}));
            COMPARE_PROPERTY(
                d,
                (Expected{
                    "region", "region", "us", true, true, false, InputKind::Text, {}, "", Location::NotSent, "", ""}));
        }
    }

private slots:
    void initTestCase() { qRegisterMetaType<ExportFormat>(); }

    void formats_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::newRow("openapi") << ExportFormat::OpenApi;
        QTest::newRow("postman") << ExportFormat::Postman;
    }

    void authorizationCode_data() { formats_data(); }
    void authorizationCode()
    {
        QFETCH(ExportFormat, format);
        ConnectorDefinition d = withCommonParts(AuthType::OAuth2AuthorizationCode);
        setValue(d, ClientId, QStringLiteral("acme-client-id"));
        setValue(d, AuthorizationUrl, QStringLiteral("https://login.acme.example/oauth/authorize"));
        setValue(d, TokenUrl, QStringLiteral("https://login.acme.example/oauth/token"));
        setValue(d, RefreshTokenUrl, QStringLiteral("https://login.acme.example/oauth/refresh"));
        setValue(d, TokenRevokeUrl, QStringLiteral("https://login.acme.example/oauth/revoke"));
        setValue(d, Scope, QStringLiteral("contacts.read deals.write"));
        d.property(Scope)->choices = {QStringLiteral("contacts.read"), QStringLiteral("deals.write"),
                                      QStringLiteral("admin")};
        setValue(d, BasicHeader, QStringLiteral("false"));
        setValue(d, ConnectionName, QStringLiteral("Acme production"));

        const Imported imported = roundTrip(d, format);
        QVERIFY2(imported.ok, qPrintable(imported.error));
        const ConnectorDefinition &r = imported.result.definition;
        checkCommonParts(imported.result, format);
        QCOMPARE(authTypeId(r.authType), QStringLiteral("oauth2_authorization_code"));
        QCOMPARE(names(r), list({"client_id", "client_secret", "authorization_url", "token_url", "scope",
                                 "refresh_token_url", "token_revoke_url", "refresh_interval", "connection_name",
                                 "basic_header", "subdomain", "region"}));
        QCOMPARE(r.valueOf(AuthorizationUrl), QStringLiteral("https://login.acme.example/oauth/authorize"));
        QCOMPARE(r.valueOf(TokenUrl), QStringLiteral("https://login.acme.example/oauth/token"));
        QCOMPARE(r.valueOf(RefreshTokenUrl), QStringLiteral("https://login.acme.example/oauth/refresh"));
        // Neither OpenAPI nor Postman has a field for a revocation endpoint (by the format's nature).
        QCOMPARE(r.valueOf(TokenRevokeUrl), QString());
        QCOMPARE(r.valueOf(Scope), QStringLiteral("contacts.read deals.write"));
        QCOMPARE(r.valueOf(ClientSecret), QString());
        QCOMPARE(r.valueOf(RefreshInterval), QStringLiteral("3600"));
        if (format == ExportFormat::OpenApi) {
            // The flow's scopes map lists every scope; the security requirement the requested ones.
            QCOMPARE(r.property(Scope)->inputKind, InputKind::MultiChoice);
            QCOMPARE(r.property(Scope)->choices, QStringList({QStringLiteral("admin"), QStringLiteral("contacts.read"),
                                                              QStringLiteral("deals.write")}));
            // An OpenAPI security scheme has no client ID, client authentication or token name
            // (by the format's nature): empty, the built-in default (Basic header), empty.
            QCOMPARE(r.valueOf(ClientId), QString());
            QCOMPARE(r.valueOf(BasicHeader), QStringLiteral("true"));
            QCOMPARE(r.valueOf(ConnectionName), QString());
        } else {
            QCOMPARE(r.valueOf(ClientId), QStringLiteral("acme-client-id"));
            QCOMPARE(r.valueOf(BasicHeader), QStringLiteral("false"));              // client_authentication: body
            QCOMPARE(r.valueOf(ConnectionName), QStringLiteral("Acme production")); // tokenName
        }
    }

    void authorizationCodeWithPkce_data() { formats_data(); }
    void authorizationCodeWithPkce()
    {
        QFETCH(ExportFormat, format);
        ConnectorDefinition d = withCommonParts(AuthType::OAuth2AuthorizationCodePkce);
        setValue(d, ClientId, QStringLiteral("acme-public"));
        setValue(d, AuthorizationUrl, QStringLiteral("https://login.acme.example/{region}/authorize"));
        setValue(d, TokenUrl, QStringLiteral("https://login.acme.example/{region}/token"));
        setValue(d, Scope, QStringLiteral("openid offline_access"));
        setValue(d, BasicHeader, QStringLiteral("true"));
        setValue(d, PkceMethod, QStringLiteral("plain"));

        const Imported imported = roundTrip(d, format);
        QVERIFY2(imported.ok, qPrintable(imported.error));
        const ConnectorDefinition &r = imported.result.definition;
        checkCommonParts(imported.result, format);
        QCOMPARE(authTypeId(r.authType), QStringLiteral("oauth2_authorization_code_pkce"));
        // Postman meets {region} first in the authorization URL, OpenAPI in the server.
        if (format == ExportFormat::OpenApi)
            QCOMPARE(names(r), list({"client_id", "client_secret", "authorization_url", "token_url", "scope",
                                     "refresh_token_url", "token_revoke_url", "refresh_interval", "connection_name",
                                     "basic_header", "pkce_method", "subdomain", "region"}));
        else
            QCOMPARE(names(r), list({"client_id", "client_secret", "authorization_url", "token_url", "scope",
                                     "refresh_token_url", "token_revoke_url", "refresh_interval", "connection_name",
                                     "basic_header", "pkce_method", "region", "subdomain"}));
        QCOMPARE(r.valueOf(AuthorizationUrl), QStringLiteral("https://login.acme.example/{region}/authorize"));
        QCOMPARE(r.valueOf(TokenUrl), QStringLiteral("https://login.acme.example/{region}/token"));
        QCOMPARE(r.valueOf(RefreshTokenUrl), QString());
        QCOMPARE(r.valueOf(Scope), QStringLiteral("openid offline_access"));
        QCOMPARE(r.valueOf(BasicHeader), QStringLiteral("true"));
        if (format == ExportFormat::OpenApi) {
            // x-usePkce says PKCE, not which method (by the format's nature): the default, S256.
            QCOMPARE(r.valueOf(PkceMethod), QStringLiteral("S256"));
            QCOMPARE(r.valueOf(ClientId), QString());
        } else {
            QCOMPARE(r.valueOf(PkceMethod), QStringLiteral("plain")); // challengeAlgorithm
            QCOMPARE(r.valueOf(ClientId), QStringLiteral("acme-public"));
        }
    }

    void clientCredentials_data() { formats_data(); }
    void clientCredentials()
    {
        QFETCH(ExportFormat, format);
        ConnectorDefinition d = withCommonParts(AuthType::OAuth2ClientCredentials);
        setValue(d, ClientId, QStringLiteral("acme-service"));
        setValue(d, TokenUrl, QStringLiteral("https://login.acme.example/oauth/token"));
        setValue(d, Scope, QStringLiteral("contacts.read"));
        setValue(d, BasicHeader, QStringLiteral("false"));

        const Imported imported = roundTrip(d, format);
        QVERIFY2(imported.ok, qPrintable(imported.error));
        const ConnectorDefinition &r = imported.result.definition;
        checkCommonParts(imported.result, format);
        QCOMPARE(authTypeId(r.authType), QStringLiteral("oauth2_client_credentials"));
        QCOMPARE(names(r), list({"client_id", "client_secret", "token_url", "scope", "refresh_interval",
                                 "connection_name", "basic_header", "subdomain", "region"}));
        QCOMPARE(r.valueOf(TokenUrl), QStringLiteral("https://login.acme.example/oauth/token"));
        QCOMPARE(r.valueOf(Scope), QStringLiteral("contacts.read"));
        if (format == ExportFormat::OpenApi) {
            QCOMPARE(r.valueOf(ClientId), QString());                 // no such field (by the format's nature)
            QCOMPARE(r.valueOf(BasicHeader), QStringLiteral("true")); // no such field: the default
        } else {
            QCOMPARE(r.valueOf(ClientId), QStringLiteral("acme-service"));
            QCOMPARE(r.valueOf(BasicHeader), QStringLiteral("false"));
        }
    }

    void postmanCarriesTheTokenPlacementsItCanSay()
    {
        // Postman's oauth2 auth has a header prefix and "add token to" (header or query): the advanced
        // properties that say them survive a round trip without the extension; OpenAPI has no field.
        ConnectorDefinition prefixed = withCommonParts(AuthType::OAuth2ClientCredentials);
        setValue(prefixed, TokenUrl, QStringLiteral("https://accounts.zoho.com/oauth/v2/token"));
        prefixed = test::withAdvanced(prefixed, {{TokenPrefix, QStringLiteral("Zoho-oauthtoken")}});
        Imported imported = roundTrip(prefixed, ExportFormat::Postman);
        QVERIFY2(imported.ok, qPrintable(imported.error));
        QCOMPARE(imported.result.definition.valueOf(TokenPrefix), QStringLiteral("Zoho-oauthtoken"));
        QVERIFY(!imported.result.definition.property(TokenQueryParameter));

        ConnectorDefinition query = withCommonParts(AuthType::OAuth2ClientCredentials);
        setValue(query, TokenUrl, QStringLiteral("https://login.acme.example/oauth/token"));
        query = test::withAdvanced(query, {{TokenQueryParameter, QStringLiteral("access_token")}});
        imported = roundTrip(query, ExportFormat::Postman);
        QVERIFY2(imported.ok, qPrintable(imported.error));
        QCOMPARE(imported.result.definition.valueOf(TokenQueryParameter), QStringLiteral("access_token"));

        // The RFC's placement adds nothing.
        ConnectorDefinition plain = withCommonParts(AuthType::OAuth2ClientCredentials);
        setValue(plain, TokenUrl, QStringLiteral("https://login.acme.example/oauth/token"));
        imported = roundTrip(plain, ExportFormat::Postman);
        QVERIFY(imported.ok);
        QVERIFY(!imported.result.definition.property(TokenPrefix));
        QVERIFY(!imported.result.definition.property(TokenQueryParameter));
    }

    void basic_data() { formats_data(); }
    void basic()
    {
        QFETCH(ExportFormat, format);
        ConnectorDefinition d = withCommonParts(AuthType::Basic);
        setValue(d, Username, QStringLiteral("api-user"));

        const Imported imported = roundTrip(d, format);
        QVERIFY2(imported.ok, qPrintable(imported.error));
        const ConnectorDefinition &r = imported.result.definition;
        checkCommonParts(imported.result, format);
        QCOMPARE(authTypeId(r.authType), QStringLiteral("basic"));
        QCOMPARE(names(r), list({"username", "password", "connection_name", "subdomain", "region"}));
        QCOMPARE(r.valueOf(Password), QString());
        // An OpenAPI http/basic scheme has no user name (by the format's nature); Postman's basic auth has.
        QCOMPARE(r.valueOf(Username), format == ExportFormat::OpenApi ? QString() : QStringLiteral("api-user"));
        COMPARE_PROPERTY(r, (Expected{"username",
                                      "Username",
                                      r.valueOf(Username),
                                      true,
                                      true,
                                      false,
                                      InputKind::Text,
                                      {},
                                      "The user name of the account.",
                                      Location::NotSent,
                                      "",
                                      ""}));
    }

    void apiKey_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<int>("location");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("valueTemplate");
        QTest::addColumn<int>("expectedLocation");
        QTest::addColumn<QString>("expectedTemplate");
        for (ExportFormat format : {ExportFormat::OpenApi, ExportFormat::Postman}) {
            const QByteArray id = exportFormatId(format).toLatin1();
            QTest::addRow("%s, query with template", id.constData())
                << format << int(Location::Query) << QStringLiteral("apikey") << QStringLiteral("Key {value}")
                << int(Location::Query) << QStringLiteral("Key {value}");
            QTest::addRow("%s, header", id.constData())
                << format << int(Location::Header) << QStringLiteral("X-Acme-Key") << QStringLiteral("{value}")
                << int(Location::Header) << QStringLiteral("{value}");
            // Neither format has an API key in the body (by the format's nature): it comes back as a header.
            QTest::addRow("%s, body becomes header", id.constData())
                << format << int(Location::Body) << QStringLiteral("api_key") << QStringLiteral("{value}")
                << int(Location::Header) << QStringLiteral("{value}");
        }
    }
    void apiKey()
    {
        QFETCH(ExportFormat, format);
        QFETCH(int, location);
        QFETCH(QString, key);
        QFETCH(QString, valueTemplate);
        QFETCH(int, expectedLocation);
        QFETCH(QString, expectedTemplate);
        ConnectorDefinition d = withCommonParts(AuthType::ApiKey);
        d.property(ApiKey)->sendAs = {Location(location), key, valueTemplate};

        const Imported imported = roundTrip(d, format);
        QVERIFY2(imported.ok, qPrintable(imported.error));
        const ConnectorDefinition &r = imported.result.definition;
        checkCommonParts(imported.result, format);
        QCOMPARE(authTypeId(r.authType), QStringLiteral("api_key"));
        QCOMPARE(names(r), list({"api_key", "connection_name", "subdomain", "region"}));
        COMPARE_PROPERTY(r, (Expected{"api_key",
                                      "API key",
                                      "",
                                      true,
                                      true,
                                      true,
                                      InputKind::Password,
                                      {},
                                      "The API key from the service's settings page.",
                                      Location(expectedLocation),
                                      key,
                                      expectedTemplate}));
    }

    void personalAccessToken_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<int>("location");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("valueTemplate");
        QTest::addColumn<QString>("expectedType");
        QTest::addColumn<QString>("expectedProperty");
        for (ExportFormat format : {ExportFormat::OpenApi, ExportFormat::Postman}) {
            const QByteArray id = exportFormatId(format).toLatin1();
            QTest::addRow("%s, bearer", id.constData())
                << format << int(Location::Header) << QStringLiteral("Authorization")
                << QStringLiteral("Bearer {value}") << QStringLiteral("personal_access_token")
                << QStringLiteral("personal_access_token");
            QTest::addRow("%s, Authorization with another prefix", id.constData())
                << format << int(Location::Header) << QStringLiteral("Authorization") << QStringLiteral("Token {value}")
                << QStringLiteral("personal_access_token") << QStringLiteral("personal_access_token");
            // A token outside the Authorization header is, in both formats, an API key (by the format's nature).
            QTest::addRow("%s, query parameter becomes an API key", id.constData())
                << format << int(Location::Query) << QStringLiteral("access_token") << QStringLiteral("{value}")
                << QStringLiteral("api_key") << QStringLiteral("api_key");
        }
    }
    void personalAccessToken()
    {
        QFETCH(ExportFormat, format);
        QFETCH(int, location);
        QFETCH(QString, key);
        QFETCH(QString, valueTemplate);
        QFETCH(QString, expectedType);
        QFETCH(QString, expectedProperty);
        ConnectorDefinition d = withCommonParts(AuthType::PersonalAccessToken);
        d.property(PersonalAccessToken)->sendAs = {Location(location), key, valueTemplate};

        const Imported imported = roundTrip(d, format);
        QVERIFY2(imported.ok, qPrintable(imported.error));
        const ConnectorDefinition &r = imported.result.definition;
        checkCommonParts(imported.result, format);
        QCOMPARE(authTypeId(r.authType), expectedType);
        QCOMPARE(names(r), list({expectedProperty, "connection_name", "subdomain", "region"}));
        if (expectedProperty == QLatin1String("personal_access_token"))
            COMPARE_PROPERTY(r, (Expected{"personal_access_token",
                                          "Personal access token",
                                          "",
                                          true,
                                          true,
                                          true,
                                          InputKind::Password,
                                          {},
                                          "A personal access token created in the service's settings.",
                                          Location(location),
                                          key,
                                          valueTemplate}));
        else
            COMPARE_PROPERTY(r, (Expected{"api_key",
                                          "API key",
                                          "",
                                          true,
                                          true,
                                          true,
                                          InputKind::Password,
                                          {},
                                          "The API key from the service's settings page.",
                                          Location(location),
                                          key,
                                          valueTemplate}));
    }

    void custom_data() { formats_data(); }
    void custom()
    {
        QFETCH(ExportFormat, format);
        ConnectorDefinition d = withCommonParts(AuthType::Custom);
        d.properties.removeIf([](const Property &p) { return p.name == PropertyNames::CustomAuthorization; });
        Property tenant;
        tenant.name = QStringLiteral("tenant_key");
        tenant.displayName = QStringLiteral("Tenant key");
        tenant.hint = QStringLiteral("From the admin console.");
        tenant.askUser = tenant.required = tenant.secret = true;
        tenant.inputKind = InputKind::Password;
        tenant.order = 1;
        tenant.sendAs = {Location::Header, QStringLiteral("X-Tenant-Key"), QStringLiteral("{value}")};
        Property signature = tenant;
        signature.name = QStringLiteral("signature");
        signature.displayName = QStringLiteral("Signature");
        signature.hint = QStringLiteral("The request signature.");
        signature.order = 2;
        signature.sendAs = {Location::Query, QStringLiteral("sig"), QStringLiteral("v1 {value}")};
        d.properties.prepend(signature);
        d.properties.prepend(tenant);

        const Imported imported = roundTrip(d, format);
        QVERIFY2(imported.ok, qPrintable(imported.error));
        const ConnectorDefinition &r = imported.result.definition;
        checkCommonParts(imported.result, format);
        if (format == ExportFormat::OpenApi) {
            // One apiKey scheme per sent property, all required together: a custom connector again.
            // The scheme name is the property name; the display name and hint share the description.
            QCOMPARE(authTypeId(r.authType), QStringLiteral("custom"));
            QCOMPARE(names(r), list({"signature", "tenant_key", "subdomain", "region"}));
            COMPARE_PROPERTY(r, (Expected{"tenant_key",
                                          "tenant_key",
                                          "",
                                          true,
                                          true,
                                          true,
                                          InputKind::Password,
                                          {},
                                          "Tenant key: From the admin console.",
                                          Location::Header,
                                          "X-Tenant-Key",
                                          "{value}"}));
            COMPARE_PROPERTY(r, (Expected{"signature",
                                          "signature",
                                          "",
                                          true,
                                          true,
                                          true,
                                          InputKind::Password,
                                          {},
                                          "Signature: The request signature.",
                                          Location::Query,
                                          "sig",
                                          "v1 {value}"}));
        } else {
            // Postman has one collection-level auth; several credentials travel as request headers and query
            // parameters of one {{variable}} each, which come back as a custom connector: the property name is
            // the variable, the display name too (Postman variables have no separate one, by the format's
            // nature), no hint; the query parameter is no longer part of the test request.
            QCOMPARE(authTypeId(r.authType), QStringLiteral("custom"));
            QCOMPARE(names(r), list({"tenant_key", "signature", "subdomain", "region"}));
            COMPARE_PROPERTY(r, (Expected{"tenant_key",
                                          "tenant_key",
                                          "",
                                          true,
                                          true,
                                          true,
                                          InputKind::Password,
                                          {},
                                          "",
                                          Location::Header,
                                          "X-Tenant-Key",
                                          "{value}"}));
            COMPARE_PROPERTY(r, (Expected{"signature",
                                          "signature",
                                          "",
                                          true,
                                          true,
                                          true,
                                          InputKind::Password,
                                          {},
                                          "",
                                          Location::Query,
                                          "sig",
                                          "v1 {value}"}));
        }
        QVERIFY2(imported.result.warnings.isEmpty(), qPrintable(imported.result.warnings.join(QLatin1Char('\n'))));
    }

    void none_data() { formats_data(); }
    void none()
    {
        QFETCH(ExportFormat, format);
        const ConnectorDefinition d = withCommonParts(AuthType::None);
        const Imported imported = roundTrip(d, format);
        QVERIFY2(imported.ok, qPrintable(imported.error));
        const ConnectorDefinition &r = imported.result.definition;
        checkCommonParts(imported.result, format);
        QCOMPARE(authTypeId(r.authType), QStringLiteral("none"));
        QCOMPARE(names(r), list({"subdomain", "region"}));
    }
};

QTEST_GUILESS_MAIN(TstExchangeMapping)
#include "tst_exchangemapping.moc"
