// The provider templates: every file in resources/templates reads without a finding, is stored as the
// file format writes it, names the provider's documentation, and holds an endpoint set that fits its
// type (https, every {variable} asked of the end user); the catalog lists them all, and the command
// line writes each one exactly as stored.
#include "io/DefinitionFile.h"
#include "model/BuiltinSchemas.h"
#include "model/Lint.h"
#include "model/TokenHandling.h"
#include "model/Validator.h"
#include "model/Variables.h"
#include "support/CliRun.h"
#include "templates/TemplateCatalog.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace cad;

namespace {

using test::runCli;

QStringList templateFiles()
{
    return QDir(QStringLiteral(CAD_TEMPLATES_DIR)).entryList({QStringLiteral("*.connector.json")}, QDir::Files);
}

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Why url (a template's endpoint, {variables} in it) is not a full https address, or "".
QString endpointProblem(const ConnectorDefinition &d, const QString &what, const QString &url)
{
    if (url.isEmpty())
        return what + QStringLiteral(" is empty");
    // A {variable} stands for what the end user enters (a subdomain, a region, a tenant), or for
    // what the token response gives, such as Salesforce's instance_url (an https address).
    QString concrete = url;
    for (const TokenHandling::ResponseVariable &v : TokenHandling::responseVariables(d)) {
        if (concrete.startsWith(QLatin1Char('{') + v.name + QLatin1Char('}')))
            concrete.replace(0, v.name.size() + 2, QStringLiteral("https://captured.example"));
    }
    concrete.replace(QRegularExpression(QStringLiteral("\\{[A-Za-z_][A-Za-z0-9_]*\\}")), QStringLiteral("example"));
    const QUrl parsed(concrete, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme() != QLatin1String("https") || parsed.host().isEmpty())
        return what + QStringLiteral(" is not a full https URL: ") + url;
    for (const QString &name : Variables::referenced(url)) {
        if (TokenHandling::isResponseVariable(d, name))
            continue;
        const Property *p = d.property(name);
        if (!p || !p->askUser || !p->required || p->hint.isEmpty())
            return what + QStringLiteral(" uses {") + name +
                   QStringLiteral("}, which is not a required ask-the-user property with a hint");
    }
    return QString();
}

} // namespace

class TstTemplates : public QObject
{
    Q_OBJECT

private slots:
    void atLeastEightyAreCompiledIn();
    void everyTemplateIsCompleteAndConsistent_data();
    void everyTemplateIsCompleteAndConsistent();
    void providersGetWhatTheirDocumentationSays();
    void templatesCommandListsThemAll();
    void newFromTemplateWritesTheTemplate();
    void newFromTemplateRefusesWhatItCannotDo();
};

void TstTemplates::atLeastEightyAreCompiledIn()
{
    const QStringList files = templateFiles();
    QVERIFY2(files.size() >= 80, qPrintable(QString::number(files.size())));
    // The catalog is what the program carries: every file of the folder, by display name.
    const QList<TemplateInfo> &all = TemplateCatalog::all();
    QCOMPARE(all.size(), files.size());
    for (int i = 1; i < all.size(); ++i)
        QVERIFY2(all.at(i - 1).displayName.compare(all.at(i).displayName, Qt::CaseInsensitive) <= 0,
                 qPrintable(all.at(i).displayName));
    QVERIFY(TemplateCatalog::find(QStringLiteral("slack")));
    QVERIFY(!TemplateCatalog::find(QStringLiteral("no-such-provider")));
}

void TstTemplates::everyTemplateIsCompleteAndConsistent_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : templateFiles())
        QTest::newRow(qPrintable(file)) << file;
}

void TstTemplates::everyTemplateIsCompleteAndConsistent()
{
    using namespace PropertyNames;
    QFETCH(QString, file);
    const QString path = QStringLiteral(CAD_TEMPLATES_DIR "/") + file;
    const DefinitionFile::ReadResult read = DefinitionFile::read(path);
    QVERIFY2(read.ok() && read.diagnostics.isEmpty(),
             qPrintable(read.diagnostics.isEmpty() ? QString() : read.diagnostics.first().toString()));
    const ConnectorDefinition &d = *read.definition;
    // Stored exactly as the file format writes it: nothing the reader drops, nothing reordered.
    QCOMPARE(DefinitionFile::serialize(d), contentOf(path));
    QCOMPARE(d.key + DefinitionFile::Suffix, file);
    QVERIFY(!d.displayName.isEmpty());
    QVERIFY(!d.description.isEmpty());
    QVERIFY2(d.documentationUrl.startsWith(QLatin1String("https://")), qPrintable(d.documentationUrl));
    QVERIFY2(endpointProblem(d, QStringLiteral("the base URL"), d.baseUrl).isEmpty(),
             qPrintable(endpointProblem(d, QStringLiteral("the base URL"), d.baseUrl)));

    // The design's rules: the only thing left to do is the author's own app registration (its client ID).
    for (const Diagnostic &diagnostic : Validator::validate(d)) {
        const bool clientId =
            diagnostic.propertyIndex == d.indexOf(ClientId) && diagnostic.field == QLatin1String("value");
        QVERIFY2(clientId, qPrintable(diagnostic.toString()));
    }

    const AuthType t = d.authType;
    if (isOAuth(t)) {
        QVERIFY2(endpointProblem(d, QStringLiteral("the token URL"), d.valueOf(TokenUrl)).isEmpty(),
                 qPrintable(endpointProblem(d, QStringLiteral("the token URL"), d.valueOf(TokenUrl))));
        if (t != AuthType::OAuth2ClientCredentials)
            QVERIFY2(
                endpointProblem(d, QStringLiteral("the authorization URL"), d.valueOf(AuthorizationUrl)).isEmpty(),
                qPrintable(endpointProblem(d, QStringLiteral("the authorization URL"), d.valueOf(AuthorizationUrl))));
        for (QStringView optional : {RefreshTokenUrl, TokenRevokeUrl}) {
            const QString url = d.valueOf(optional);
            if (!url.isEmpty())
                QVERIFY2(endpointProblem(d, optional.toString(), url).isEmpty(),
                         qPrintable(endpointProblem(d, optional.toString(), url)));
        }
        if (t == AuthType::OAuth2AuthorizationCodePkce)
            QCOMPARE(d.valueOf(PkceMethod), QStringLiteral("S256"));
        const QString basic = d.valueOf(BasicHeader);
        QVERIFY2(basic == QLatin1String("true") || basic == QLatin1String("false"), qPrintable(basic));
    } else {
        // The credential the end user enters goes somewhere: a header or a query parameter.
        int sentSecrets = 0;
        for (const Property &p : d.properties) {
            if (p.secret && (p.sendAs.location == Location::Header || p.sendAs.location == Location::Query) &&
                !p.sendAs.key.isEmpty())
                ++sentSecrets;
        }
        if (t == AuthType::Basic)
            QVERIFY(d.property(Username) && d.property(Password));
        else
            QVERIFY2(sentSecrets >= 1, "no secret is sent");
    }
    // The end user is told what to enter: every ask-the-user field has a display name and a hint.
    for (const Property &p : d.properties) {
        if (p.askUser)
            QVERIFY2(!p.displayName.isEmpty() && !p.hint.isEmpty(), qPrintable(p.name));
    }
    // No lint error (warnings, such as "PKCE recommended" for a provider without it, may stay).
    for (const Diagnostic &finding : Lint::lint(d)) {
        if (finding.isError())
            QVERIFY2(finding.propertyIndex == d.indexOf(ClientId), qPrintable(finding.toString()));
    }
}

void TstTemplates::providersGetWhatTheirDocumentationSays()
{
    using namespace PropertyNames;
    // A few providers written out from their documentation, independently of the files.
    const Result<ConnectorDefinition> google = TemplateCatalog::load(QStringLiteral("google-drive"));
    QVERIFY(google.ok());
    QCOMPARE(google->valueOf(AuthorizationUrl), QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"));
    QCOMPARE(google->valueOf(TokenUrl), QStringLiteral("https://oauth2.googleapis.com/token"));
    QCOMPARE(google->valueOf(TokenRevokeUrl), QStringLiteral("https://oauth2.googleapis.com/revoke"));
    const Result<ConnectorDefinition> microsoft = TemplateCatalog::load(QStringLiteral("microsoft-365"));
    QVERIFY(microsoft.ok());
    QCOMPARE(microsoft->authType, AuthType::OAuth2AuthorizationCodePkce);
    QCOMPARE(microsoft->valueOf(TokenUrl),
             QStringLiteral("https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token"));
    QVERIFY(microsoft->property(QStringLiteral("tenant")) && microsoft->property(QStringLiteral("tenant"))->askUser);
    const Result<ConnectorDefinition> github = TemplateCatalog::load(QStringLiteral("github"));
    QVERIFY(github.ok());
    QCOMPARE(github->valueOf(AuthorizationUrl), QStringLiteral("https://github.com/login/oauth/authorize"));
    QCOMPARE(github->valueOf(TokenUrl), QStringLiteral("https://github.com/login/oauth/access_token"));
    QCOMPARE(github->baseUrl, QStringLiteral("https://api.github.com"));
    const Result<ConnectorDefinition> salesforce = TemplateCatalog::load(QStringLiteral("salesforce"));
    QVERIFY(salesforce.ok());
    QCOMPARE(salesforce->baseUrl, QStringLiteral("{instance_url}"));
    QVERIFY(TokenHandling::isResponseVariable(*salesforce, QStringLiteral("instance_url")));
    // Shopify: the token in its own header, without a prefix; comma-separated scopes.
    const Result<ConnectorDefinition> shopify = TemplateCatalog::load(QStringLiteral("shopify"));
    QVERIFY(shopify.ok());
    QCOMPARE(shopify->valueOf(AuthorizationUrl), QStringLiteral("https://{shop}.myshopify.com/admin/oauth/authorize"));
    QCOMPARE(shopify->valueOf(TokenUrl), QStringLiteral("https://{shop}.myshopify.com/admin/oauth/access_token"));
    QCOMPARE(TokenHandling::placement(*shopify).header, QStringLiteral("X-Shopify-Access-Token"));
    QCOMPARE(TokenHandling::placement(*shopify).prefix, QString());
    QCOMPARE(TokenHandling::scopeSeparator(*shopify), QStringLiteral(","));
    const Result<ConnectorDefinition> zendesk = TemplateCatalog::load(QStringLiteral("zendesk"));
    QVERIFY(zendesk.ok());
    QCOMPARE(zendesk->valueOf(AuthorizationUrl),
             QStringLiteral("https://{subdomain}.zendesk.com/oauth/authorizations/new"));
    QCOMPARE(zendesk->valueOf(TokenUrl), QStringLiteral("https://{subdomain}.zendesk.com/oauth/tokens"));
    QCOMPARE(zendesk->baseUrl, QStringLiteral("https://{subdomain}.zendesk.com/api/v2"));
    const Result<ConnectorDefinition> stripe = TemplateCatalog::load(QStringLiteral("stripe"));
    QVERIFY(stripe.ok());
    QCOMPARE(stripe->authType, AuthType::ApiKey);
    QCOMPARE(stripe->property(ApiKey)->sendAs.key, QStringLiteral("Authorization"));
    QCOMPARE(stripe->property(ApiKey)->sendAs.valueTemplate, QStringLiteral("Bearer {value}"));
    const Result<ConnectorDefinition> unknown = TemplateCatalog::load(QStringLiteral("no-such-provider"));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().toString(), QStringLiteral("There is no template \"no-such-provider\". "
                                                        "auth-designer-cli templates lists them, with their keys."));
}

void TstTemplates::templatesCommandListsThemAll()
{
    test::CliRun r = runCli({QStringLiteral("templates"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(list.size(), templateFiles().size());
    QStringList keys;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        keys << o.value(QLatin1String("key")).toString();
        QVERIFY(authTypeFromId(o.value(QLatin1String("authType")).toString()).has_value());
        QVERIFY(o.value(QLatin1String("documentationUrl")).toString().startsWith(QLatin1String("https://")));
    }
    QVERIFY(keys.contains(QStringLiteral("slack")));
    r = runCli({QStringLiteral("templates")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count('\n'), templateFiles().size());
    QVERIFY2(
        QString::fromUtf8(r.out).contains(QRegularExpression(
            QStringLiteral("^github +oauth2_authorization_code_pkce +GitHub$"), QRegularExpression::MultilineOption)),
        r.out.constData());
}

void TstTemplates::newFromTemplateWritesTheTemplate()
{
    for (const QString &file : templateFiles()) {
        const QString key = file.chopped(DefinitionFile::Suffix.size());
        const test::CliRun r = runCli({QStringLiteral("new"), QStringLiteral("--template"), key});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out == contentOf(QStringLiteral(CAD_TEMPLATES_DIR "/") + file), qPrintable(key));
    }
}

void TstTemplates::newFromTemplateRefusesWhatItCannotDo()
{
    test::CliRun r = runCli({QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("no-such-provider")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.trimmed(), QByteArray("There is no template \"no-such-provider\". auth-designer-cli templates "
                                         "lists them, with their keys."));
    QVERIFY(r.out.isEmpty());
    r = runCli({QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("slack"), QStringLiteral("--type"),
                QStringLiteral("basic")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--template sets the type and the name"), r.err.constData());
}

QTEST_GUILESS_MAIN(TstTemplates)
#include "tst_templates.moc"
