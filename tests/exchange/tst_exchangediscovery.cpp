// DiscoveryFetcher and Importer::applyDiscovery.
//
// The successful discovery runs against the real OpenID Connect provider of the suite (oidc-provider,
// tests/fixtures/oidc): its own /.well-known/openid-configuration, with the endpoints and issuer it
// really publishes. The hand-written DiscoveryServer is kept only for what a real provider will not do
// on demand: a wrong or missing issuer, an issuer written with a trailing slash, plain-http endpoints,
// redirects (same origin, another origin, too many), an answer that drips forever, an oversized answer.
// URLs refused without any network access need no server at all.

#include "DiscoveryServer.h"
#include "exchange/Discovery.h"
#include "exchange/DiscoveryFetcher.h"
#include "exchange/ExportFormat.h"
#include "exchange/Importer.h"
#include "model/BuiltinSchemas.h"
#include "model/Validator.h"
#include "support/OidcProvider.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace cad;
using test::DiscoveryServer;

namespace {

/// Counts the requests it is asked to make: proves that a refused URL causes no network access.
class CountingNetwork : public QNetworkAccessManager
{
public:
    int requests = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        ++requests;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

/// A discovery document of the server at origin, with the given issuer.
QByteArray discoveryDocument(const QString &issuer, const QString &origin)
{
    // (moc cannot read multi-line raw strings before the class: plain literals)
    return QStringLiteral("{\"issuer\": \"%1\", \"authorization_endpoint\": \"%2/authorize\", "
                          "\"token_endpoint\": \"%2/token\", \"revocation_endpoint\": \"%2/revoke\", "
                          "\"scopes_supported\": [\"openid\", \"email\"]}")
        .arg(issuer, origin)
        .toUtf8();
}

QByteArray openIdDescription(const QUrl &discoveryUrl)
{
    return QStringLiteral("{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"OIDC\", \"version\": \"1\"}, "
                          "\"servers\": [{\"url\": \"https://api.oidc.example\"}], \"paths\": {}, "
                          "\"components\": {\"securitySchemes\": {\"oidc\": {\"type\": \"openIdConnect\", "
                          "\"openIdConnectUrl\": \"%1\"}}}}")
        .arg(discoveryUrl.toString())
        .toUtf8();
}

const QString WellKnown = QStringLiteral("/.well-known/openid-configuration");

/// A fetcher with a generous deadline: a busy machine must not turn a good answer into a timeout. The
/// deadline tests set their own short one.
class GenerousFetcher : public DiscoveryFetcher
{
public:
    GenerousFetcher() { setTimeout(15000); }
};

struct Outcome
{
    QJsonObject document;
    QString error;
    bool finished = false;
};

/// Fetches url and waits (bounded) for the one finished signal.
Outcome fetchWith(DiscoveryFetcher &fetcher, const QUrl &url, int waitMs = 30000)
{
    QSignalSpy spy(&fetcher, &DiscoveryFetcher::finished);
    fetcher.fetch(url);
    Outcome o;
    if (!QTest::qWaitFor([&spy] { return spy.count() > 0; }, waitMs))
        return o;
    o.finished = true;
    o.document = spy.first().at(0).toJsonObject();
    o.error = spy.first().at(1).toString();
    return o;
}

} // namespace

class TstExchangeDiscovery : public QObject
{
    Q_OBJECT

private slots:
    void realProviderFillsEndpointsAndIssuer();
    void importingAloneReadsNothing();
    void issuerWithTrailingSlashMatches();
    void issuerMismatchIsRefused();
    void missingIssuerIsRefused();
    void plainHttpEndpointIsRefused();
    void sameOriginRedirectIsFollowed();
    void crossOriginRedirectIsRefusedUnseen();
    void tooManyRedirectsAreRefused();
    void drippingServerIsCutOffAtTheDeadline();
    void tooLargeAnswerIsRefused();
    void insecureUrlIsRefusedWithoutNetwork_data();
    void insecureUrlIsRefusedWithoutNetwork();
    void unreachableServerLeavesUrlsEmpty();
    void applyDiscoveryUpdatesTheIssuerAndRoundTrips();
    void anIssuerFindsTheRealProvidersMetadata();
    void authorizationServerMetadataIsTriedFirst();
    void authorizationServerIssuerMustMatchItsAddress();
    void noDocumentAtEitherAddressNamesBoth();
    void metadataUrlsOfAnIssuer();
    void planChangesOnlyWhatTheTypeHas();
};

void TstExchangeDiscovery::realProviderFillsEndpointsAndIssuer()
{
    test::OidcProvider idp;
    if (!idp.start())
        QFAIL(qPrintable(idp.errorString()));
    // What the provider publishes (tests/fixtures/oidc/README.md): its issuer is its origin.
    const QString issuer = idp.issuer().toString();
    QVERIFY2(issuer.startsWith(QLatin1String("http://127.0.0.1:")), qPrintable(issuer));
    const QUrl discoveryUrl(issuer + QStringLiteral("/.well-known/openid-configuration"));

    Result<ImportResult> imported = Importer::importData(openIdDescription(discoveryUrl), {});
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
    QCOMPARE(imported->discoveryUrl, discoveryUrl);
    QCOMPARE(imported->definition.valueOf(PropertyNames::TokenUrl), QString()); // nothing read yet

    GenerousFetcher fetcher;
    const Outcome o = fetchWith(fetcher, imported->discoveryUrl);
    QVERIFY2(o.finished, "no answer from the provider's discovery document");
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QCOMPARE(o.document.value(QLatin1String("issuer")).toString(), issuer);

    ImportResult result = imported.value();
    Importer::applyDiscovery(result, o.document);
    const ConnectorDefinition &d = result.definition;
    QCOMPARE(authTypeId(d.authType), QStringLiteral("oauth2_authorization_code"));
    QCOMPARE(d.valueOf(PropertyNames::AuthorizationUrl), issuer + QStringLiteral("/auth"));
    QCOMPARE(d.valueOf(PropertyNames::TokenUrl), issuer + QStringLiteral("/token"));
    QCOMPARE(d.valueOf(PropertyNames::TokenRevokeUrl), issuer + QStringLiteral("/token/revocation"));
    QCOMPARE(d.valueOf(PropertyNames::Scope), QStringLiteral("openid"));
    QCOMPARE(d.property(PropertyNames::Scope)->inputKind, InputKind::MultiChoice);
    QCOMPARE(d.property(PropertyNames::Scope)->choices,
             QStringList({QStringLiteral("openid"), QStringLiteral("offline_access"), QStringLiteral("profile"),
                          QStringLiteral("email"), QStringLiteral("api:read"), QStringLiteral("api:write")}));

    const Property *issuerProperty = d.property(PropertyNames::Issuer);
    QVERIFY(issuerProperty);
    QCOMPARE(issuerProperty->name, QStringLiteral("issuer"));
    QCOMPARE(issuerProperty->value, issuer);
    QCOMPARE(issuerProperty->displayName, QStringLiteral("Issuer"));
    QVERIFY(issuerProperty->hint.contains(QLatin1String("RFC 9207")));
    QVERIFY(issuerProperty->hint.contains(QLatin1String("\"iss\"")));
    QCOMPARE(issuerProperty->builtIn, false);
    QCOMPARE(issuerProperty->askUser, false);
    QCOMPARE(issuerProperty->required, false);
    QCOMPARE(issuerProperty->secret, false);
    QCOMPARE(issuerProperty->inputKind, InputKind::Text);
    QCOMPARE(issuerProperty->sendAs.location, Location::NotSent);
    QCOMPARE(result.notes.last(), QStringLiteral("Read the endpoints from the OpenID Connect discovery document %1.")
                                      .arg(discoveryUrl.toString()));

    // With the client ID the author enters anyway, the definition is complete: the issuer adds no diagnostic.
    ConnectorDefinition complete = d;
    complete.property(PropertyNames::ClientId)->value = QStringLiteral("code-basic");
    const Diagnostics diagnostics = Validator::validate(complete);
    QVERIFY2(diagnostics.isEmpty(), qPrintable(diagnostics.isEmpty() ? QString() : diagnostics.first().toString()));
}

void TstExchangeDiscovery::importingAloneReadsNothing()
{
    // The hand-written server counts requests (the real provider cannot report them): an import names the
    // discovery URL but never reads it; only the fetcher does, once.
    DiscoveryServer server;
    QVERIFY(server.start());
    server.serve(discoveryDocument(server.origin(), server.origin()));
    Result<ImportResult> imported = Importer::importData(openIdDescription(server.url(WellKnown)), {});
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
    QCOMPARE(imported->discoveryUrl, server.url(WellKnown));
    QVERIFY(server.requests().isEmpty());

    GenerousFetcher fetcher;
    const Outcome o = fetchWith(fetcher, imported->discoveryUrl);
    QVERIFY(o.finished);
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QCOMPARE(server.requests(), QList<QByteArray>{"/.well-known/openid-configuration"});
}

void TstExchangeDiscovery::issuerWithTrailingSlashMatches()
{
    DiscoveryServer server;
    QVERIFY(server.start());
    server.serve(discoveryDocument(server.origin() + QLatin1Char('/'), server.origin()));
    GenerousFetcher fetcher;
    const Outcome o = fetchWith(fetcher, server.url(WellKnown));
    QVERIFY(o.finished);
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QCOMPARE(o.document.value(QLatin1String("issuer")).toString(), server.origin() + QLatin1Char('/'));
}

void TstExchangeDiscovery::issuerMismatchIsRefused()
{
    DiscoveryServer server;
    QVERIFY(server.start());
    server.serve(discoveryDocument(QStringLiteral("https://other-provider.example"), server.origin()));
    GenerousFetcher fetcher;
    const Outcome o = fetchWith(fetcher, server.url(WellKnown));
    QVERIFY(o.finished);
    QVERIFY(o.document.isEmpty());
    QCOMPARE(o.error, QStringLiteral("the document names the issuer \"https://other-provider.example\", which does "
                                     "not match the address it was read from, %1 (the issuer followed by "
                                     "/.well-known/openid-configuration must be that address)")
                          .arg(server.url(WellKnown).toString()));

    // The issuer must match the URL that was asked for, not merely the server's origin.
    server.serve(discoveryDocument(server.origin(), server.origin()));
    const Outcome other = fetchWith(fetcher, server.url(QStringLiteral("/tenant/.well-known/openid-configuration")));
    QVERIFY(other.finished);
    QVERIFY(other.error.contains(QLatin1String("\"") + server.origin() + QLatin1String("\"")));
    QVERIFY(other.error.contains(server.url(QStringLiteral("/tenant/.well-known/openid-configuration")).toString()));
}

void TstExchangeDiscovery::missingIssuerIsRefused()
{
    DiscoveryServer server;
    QVERIFY(server.start());
    server.serve(QStringLiteral(R"({"issuer": 7, "token_endpoint": "%1/token"})").arg(server.origin()).toUtf8());
    GenerousFetcher fetcher;
    const Outcome o = fetchWith(fetcher, server.url(WellKnown));
    QVERIFY(o.finished);
    QCOMPARE(o.error, QStringLiteral("the document names no \"issuer\", which OpenID Connect discovery requires"));
}

void TstExchangeDiscovery::plainHttpEndpointIsRefused()
{
    DiscoveryServer server;
    QVERIFY(server.start());
    QByteArray body = discoveryDocument(server.origin(), server.origin());
    body.replace(QByteArray(server.origin().toUtf8() + "/token"), QByteArray("http://login.example/token"));
    server.serve(body);
    GenerousFetcher fetcher;
    const Outcome o = fetchWith(fetcher, server.url(WellKnown));
    QVERIFY(o.finished);
    QVERIFY(o.document.isEmpty());
    QCOMPARE(o.error, QStringLiteral("its token_endpoint, \"http://login.example/token\", is not an https URL (plain "
                                     "http is accepted only for this computer, a loopback address)"));
}

void TstExchangeDiscovery::sameOriginRedirectIsFollowed()
{
    DiscoveryServer server;
    QVERIFY(server.start());
    const QByteArray document = discoveryDocument(server.origin(), server.origin());
    server.setHandler([document](const QByteArray &path) {
        if (path == "/.well-known/openid-configuration")
            return DiscoveryServer::Response{302, "/config/oidc.json", QByteArray(), false};
        return DiscoveryServer::Response{200, QByteArray(), document, false};
    });
    GenerousFetcher fetcher;
    const Outcome o = fetchWith(fetcher, server.url(WellKnown));
    QVERIFY(o.finished);
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QCOMPARE(o.document.value(QLatin1String("token_endpoint")).toString(), server.origin() + QStringLiteral("/token"));
    QCOMPARE(server.requests(), (QList<QByteArray>{"/.well-known/openid-configuration", "/config/oidc.json"}));
}

void TstExchangeDiscovery::crossOriginRedirectIsRefusedUnseen()
{
    DiscoveryServer other; // another port on 127.0.0.1: another origin
    QVERIFY(other.start());
    other.serve(discoveryDocument(other.origin(), other.origin()));
    DiscoveryServer server;
    QVERIFY(server.start());
    const QByteArray target = other.url(WellKnown).toString().toUtf8();
    server.setHandler([target](const QByteArray &) {
        return DiscoveryServer::Response{302, target, QByteArray(), false};
    });
    GenerousFetcher fetcher;
    const Outcome o = fetchWith(fetcher, server.url(WellKnown));
    QVERIFY(o.finished);
    QVERIFY(o.document.isEmpty());
    QCOMPARE(o.error, QStringLiteral("the server redirected to another origin, %1; the document is read only from %2")
                          .arg(other.origin(), server.origin()));
    QCOMPARE(server.requests().size(), 1);
    QVERIFY(other.requests().isEmpty());
}

void TstExchangeDiscovery::tooManyRedirectsAreRefused()
{
    DiscoveryServer server;
    QVERIFY(server.start());
    server.setHandler([](const QByteArray &path) {
        return DiscoveryServer::Response{307, path + "x", QByteArray(), false};
    });
    GenerousFetcher fetcher;
    const Outcome o = fetchWith(fetcher, server.url(WellKnown));
    QVERIFY(o.finished);
    QCOMPARE(o.error, QStringLiteral("the server redirected more than 3 times"));
    QCOMPARE(server.requests().size(), 4); // the request and three redirects followed
}

void TstExchangeDiscovery::drippingServerIsCutOffAtTheDeadline()
{
    DiscoveryServer server;
    QVERIFY(server.start());
    server.setHandler([](const QByteArray &) {
        return DiscoveryServer::Response{200, QByteArray(), QByteArray(), true};
    });
    GenerousFetcher fetcher;
    fetcher.setTimeout(1000); // the deadline under test
    QElapsedTimer clock;
    clock.start();
    const Outcome o = fetchWith(fetcher, server.url(WellKnown), 8000);
    QVERIFY2(o.finished, "the fetch did not end although the server drips forever");
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(clock.elapsed() >= 900);
    QVERIFY(o.document.isEmpty());
    QCOMPARE(o.error, QStringLiteral("the server did not send the complete document within the time limit (1 s)"));
}

void TstExchangeDiscovery::tooLargeAnswerIsRefused()
{
    DiscoveryServer server;
    QVERIFY(server.start());
    server.serve("{\"issuer\": \"" + server.origin().toUtf8() + "\", \"x\": \"" + QByteArray(1536 * 1024, 'a') + "\"}");
    GenerousFetcher fetcher;
    const Outcome o = fetchWith(fetcher, server.url(WellKnown));
    QVERIFY(o.finished);
    QCOMPARE(o.error, QStringLiteral("the answer is larger than 1 MiB"));
}

void TstExchangeDiscovery::insecureUrlIsRefusedWithoutNetwork_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain http, not loopback")
        << QUrl(QStringLiteral("http://example.invalid/.well-known/openid-configuration"))
        << QStringLiteral("http://example.invalid/.well-known/openid-configuration does not use https; discovery "
                          "documents are read only over https (plain http only from this computer, a loopback "
                          "address)");
    QTest::newRow("looks like loopback") << QUrl(QStringLiteral(
                                                "http://127.evil.example/.well-known/openid-configuration"))
                                         << QStringLiteral("http://127.evil.example/.well-known/openid-configuration "
                                                           "does not use https; discovery documents are read only "
                                                           "over https (plain http only from this computer, a "
                                                           "loopback address)");
    QTest::newRow("relative") << QUrl(QStringLiteral("/.well-known/openid-configuration"))
                              << QStringLiteral("\"/.well-known/openid-configuration\" is not a full https URL");
}

void TstExchangeDiscovery::insecureUrlIsRefusedWithoutNetwork()
{
    QFETCH(QUrl, url);
    QFETCH(QString, expected);
    CountingNetwork network;
    DiscoveryFetcher fetcher(&network);
    QSignalSpy spy(&fetcher, &DiscoveryFetcher::finished);
    fetcher.fetch(url);
    QCOMPARE(spy.count(), 0); // never from inside fetch(): callers connect, fetch, then wait
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5000);
    QVERIFY(spy.first().at(0).toJsonObject().isEmpty());
    QCOMPARE(spy.first().at(1).toString(), expected);
    QCOMPARE(network.requests, 0);
}

void TstExchangeDiscovery::unreachableServerLeavesUrlsEmpty()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/.well-known/openid-configuration").arg(closed.serverPort()));
    closed.close();
    Result<ImportResult> r = Importer::importData(openIdDescription(url), {});
    QVERIFY(r.ok());
    GenerousFetcher fetcher; // connection refused: answered at once
    const Outcome o = fetchWith(fetcher, r->discoveryUrl);
    QVERIFY(o.finished);
    QVERIFY(!o.error.isEmpty());
    ImportResult result = r.value();
    Importer::discoveryFailed(result, o.error);
    QVERIFY(result.notes.last().contains(QLatin1String("Fill in the authorization and token URLs")));
    QVERIFY(result.definition.valueOf(PropertyNames::TokenUrl).isEmpty());
    QVERIFY(!result.definition.property(PropertyNames::Issuer));
    QVERIFY(hasErrors(Validator::validate(result.definition)));
}

void TstExchangeDiscovery::applyDiscoveryUpdatesTheIssuerAndRoundTrips()
{
    const QUrl url(QStringLiteral("https://login.example.com/.well-known/openid-configuration"));
    Result<ImportResult> r = Importer::importData(openIdDescription(url), {});
    QVERIFY(r.ok());
    ImportResult result = r.value();
    const QJsonObject first = QJsonDocument::fromJson(discoveryDocument(QStringLiteral("https://login.example.com"),
                                                                        QStringLiteral("https://login.example.com")))
                                  .object();
    QCOMPARE(DiscoveryFetcher::problemWith(first, url), QString());
    Importer::applyDiscovery(result, first);
    const qsizetype count = result.definition.properties.size();
    QCOMPARE(result.definition.valueOf(PropertyNames::Issuer), QStringLiteral("https://login.example.com"));

    // A second discovery updates the one issuer property.
    QJsonObject second = first;
    second.insert(QStringLiteral("issuer"), QStringLiteral("https://login.example.com/"));
    Importer::applyDiscovery(result, second);
    QCOMPARE(result.definition.properties.size(), count);
    QCOMPARE(result.definition.valueOf(PropertyNames::Issuer), QStringLiteral("https://login.example.com/"));

    // An endpoint over plain http to another host is never taken, even if a caller skips the fetcher's checks.
    QJsonObject insecure = first;
    insecure.insert(QStringLiteral("token_endpoint"), QStringLiteral("http://login.example.com/token"));
    QVERIFY(!DiscoveryFetcher::problemWith(insecure, url).isEmpty());
    ImportResult other = r.value();
    Importer::applyDiscovery(other, insecure);
    QCOMPARE(other.definition.valueOf(PropertyNames::TokenUrl), QString());

    // Exports keep it (in the exchange extension) and imports restore it.
    for (ExportFormat format : {ExportFormat::OpenApi, ExportFormat::Postman}) {
        const Result<ImportResult> again = Importer::importData(exportDefinition(result.definition, format), {});
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().toString()));
        QVERIFY(again->lossless);
        QVERIFY(again->definition == result.definition);
        QCOMPARE(again->definition.valueOf(PropertyNames::Issuer), QStringLiteral("https://login.example.com/"));
    }
}

void TstExchangeDiscovery::anIssuerFindsTheRealProvidersMetadata()
{
    test::OidcProvider idp;
    if (!idp.start())
        QFAIL(qPrintable(idp.errorString()));
    const QString issuer = idp.issuer().toString();
    GenerousFetcher fetcher;
    // oidc-provider publishes its metadata at the RFC 8414 address too, which is tried first.
    const Outcome o = fetchWith(fetcher, idp.issuer());
    QVERIFY2(o.finished, "no answer from the provider");
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QCOMPARE(fetcher.documentUrl(), QUrl(issuer + QStringLiteral("/.well-known/oauth-authorization-server")));

    // What the suite's provider offers (tests/fixtures/oidc/server.js): the code grant, PKCE with S256,
    // client_secret_basic among the client authentication methods.
    QCOMPARE(Discovery::suggestedType(o.document), AuthType::OAuth2AuthorizationCodePkce);
    ConnectorDefinition d = ConnectorDefinition::create(AuthType::OAuth2AuthorizationCodePkce, QStringLiteral("Mine"));
    d.property(PropertyNames::BasicHeader)->value = QStringLiteral("false");
    d.property(PropertyNames::PkceMethod)->value = QStringLiteral("plain");
    const Discovery::Plan plan = Discovery::plan(d, o.document);
    QStringList changed;
    for (const Discovery::Change &c : plan.changes)
        changed << c.label + QStringLiteral(": ") + c.before + QStringLiteral(" -> ") + c.after;
    QCOMPARE(changed,
             (QStringList{
                 QStringLiteral("Authorization URL:  -> ") + issuer + QStringLiteral("/auth"),
                 QStringLiteral("Token URL:  -> ") + issuer + QStringLiteral("/token"),
                 QStringLiteral("Scope:  -> openid"),
                 QStringLiteral("Scope choices:  -> openid, offline_access, profile, email, api:read, "
                                "api:write"),
                 QStringLiteral("Token revoke URL:  -> ") + issuer + QStringLiteral("/token/revocation"),
                 QStringLiteral("Basic header: false -> true"),
                 QStringLiteral("OAuth2 PKCE Code Challenge Method: plain -> S256"),
                 QStringLiteral("Issuer:  -> ") + issuer,
                 QStringLiteral("Token introspection URL:  -> ") + issuer + QStringLiteral("/token/introspection"),
             }));
    QCOMPARE(plan.definition.valueOf(PropertyNames::PkceMethod), QStringLiteral("S256"));
    QCOMPARE(plan.definition.valueOf(PropertyNames::BasicHeader), QStringLiteral("true"));
    // Applied once, nothing is left to change.
    QVERIFY(Discovery::plan(plan.definition, o.document).changes.isEmpty());

    const ConnectorDefinition created = Discovery::create(o.document, AuthType::OAuth2AuthorizationCodePkce);
    QCOMPARE(created.displayName, QStringLiteral("127.0.0.1"));
    QCOMPARE(created.valueOf(PropertyNames::TokenUrl), issuer + QStringLiteral("/token"));
    QCOMPARE(created.valueOf(PropertyNames::Issuer), issuer);
}

void TstExchangeDiscovery::authorizationServerMetadataIsTriedFirst()
{
    DiscoveryServer server;
    QVERIFY(server.start());
    const QString issuer = server.origin() + QStringLiteral("/tenant");
    server.setHandler([&](const QByteArray &path) {
        if (path == "/.well-known/oauth-authorization-server/tenant")
            return DiscoveryServer::Response{
                200,
                {},
                QStringLiteral("{\"issuer\": \"%1\", \"authorization_endpoint\": \"%1/authorize\", "
                               "\"token_endpoint\": \"%1/token\", \"token_endpoint_auth_methods_supported\": "
                               "[\"client_secret_post\"], \"grant_types_supported\": [\"client_credentials\"]}")
                    .arg(issuer)
                    .toUtf8(),
                false};
        return DiscoveryServer::Response{404, {}, "{}", false};
    });
    GenerousFetcher fetcher;
    const Outcome o = fetchWith(fetcher, QUrl(issuer + QLatin1Char('/')));
    QVERIFY(o.finished);
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QCOMPARE(server.requests(), QList<QByteArray>{"/.well-known/oauth-authorization-server/tenant"});
    QCOMPARE(fetcher.documentUrl(), server.url(QStringLiteral("/.well-known/oauth-authorization-server/tenant")));
    QCOMPARE(Discovery::suggestedType(o.document), AuthType::OAuth2ClientCredentials);
    const ConnectorDefinition d = Discovery::create(o.document, AuthType::OAuth2ClientCredentials);
    QCOMPARE(d.valueOf(PropertyNames::TokenUrl), issuer + QStringLiteral("/token"));
    QCOMPARE(d.valueOf(PropertyNames::BasicHeader), QStringLiteral("false")); // client_secret_post only
    QCOMPARE(d.valueOf(PropertyNames::Scope), QString());                     // no openid for a service
}

void TstExchangeDiscovery::authorizationServerIssuerMustMatchItsAddress()
{
    DiscoveryServer server;
    QVERIFY(server.start());
    // The document of the tenant names the server's root as its issuer: another authorization server's.
    server.serve(discoveryDocument(server.origin(), server.origin()));
    GenerousFetcher fetcher;
    const QUrl url = server.url(QStringLiteral("/.well-known/oauth-authorization-server/tenant"));
    const Outcome o = fetchWith(fetcher, url);
    QVERIFY(o.finished);
    QVERIFY(o.document.isEmpty());
    QCOMPARE(o.error, QStringLiteral("the document names the issuer \"%1\", which does not match the address it was "
                                     "read from, %2 (the issuer's host followed by "
                                     "/.well-known/oauth-authorization-server and the issuer's path must be that "
                                     "address)")
                          .arg(server.origin(), url.toString()));
    server.serve(QByteArrayLiteral("{\"token_endpoint\": \"https://login.example/token\"}"));
    QCOMPARE(fetchWith(fetcher, url).error,
             QStringLiteral("the document names no \"issuer\", which RFC 8414 authorization server metadata requires"));
}

void TstExchangeDiscovery::noDocumentAtEitherAddressNamesBoth()
{
    DiscoveryServer server;
    QVERIFY(server.start());
    server.setHandler([](const QByteArray &) { return DiscoveryServer::Response{404, {}, "{}", false}; });
    GenerousFetcher fetcher;
    const Outcome o = fetchWith(fetcher, QUrl(server.origin()));
    QVERIFY(o.finished);
    QCOMPARE(server.requests(),
             (QList<QByteArray>{"/.well-known/oauth-authorization-server", "/.well-known/openid-configuration"}));
    QCOMPARE(o.error,
             QStringLiteral("the server has no discovery document at %1/.well-known/oauth-authorization-server "
                            "or %1/.well-known/openid-configuration (HTTP 404); check the issuer, or give the "
                            "metadata URL itself")
                 .arg(server.origin()));
    QVERIFY(!fetcher.documentUrl().isValid());
}

void TstExchangeDiscovery::metadataUrlsOfAnIssuer()
{
    using L = QList<QUrl>;
    QCOMPARE(DiscoveryFetcher::metadataUrls(QUrl(QStringLiteral("https://login.example.com"))),
             (L{QUrl(QStringLiteral("https://login.example.com/.well-known/oauth-authorization-server")),
                QUrl(QStringLiteral("https://login.example.com/.well-known/openid-configuration"))}));
    QCOMPARE(
        DiscoveryFetcher::metadataUrls(QUrl(QStringLiteral("https://login.example.com:8443/realms/acme/"))),
        (L{QUrl(QStringLiteral("https://login.example.com:8443/.well-known/oauth-authorization-server/realms/acme")),
           QUrl(QStringLiteral("https://login.example.com:8443/realms/acme/.well-known/openid-configuration"))}));
    const QUrl metadata(QStringLiteral("https://login.example.com/tenant/.well-known/openid-configuration"));
    QCOMPARE(DiscoveryFetcher::metadataUrls(metadata), L{metadata});
}

void TstExchangeDiscovery::planChangesOnlyWhatTheTypeHas()
{
    const QJsonObject metadata =
        QJsonDocument::fromJson(
            QByteArrayLiteral("{\"issuer\": \"https://login.example.com\", \"authorization_endpoint\": "
                              "\"https://login.example.com/authorize\", \"token_endpoint\": "
                              "\"https://login.example.com/token\", \"code_challenge_methods_supported\": "
                              "[\"S256\"], \"scopes_supported\": [\"read\", \"write\", \"bad scope\"]}"))
            .object();
    // Basic authentication has none of these fields: only the issuer would come, and None gets nothing.
    const ConnectorDefinition basic = ConnectorDefinition::create(AuthType::Basic);
    QStringList names;
    for (const Discovery::Change &c : Discovery::plan(basic, metadata).changes)
        names << c.property;
    QCOMPARE(names, QStringList{QStringLiteral("issuer")});
    QVERIFY(Discovery::plan(ConnectorDefinition::create(AuthType::None), metadata).changes.isEmpty());

    // Authorization code without PKCE: no PKCE method to set; the list is missing, so Basic (RFC 8414's default).
    ConnectorDefinition code = ConnectorDefinition::create(AuthType::OAuth2AuthorizationCode);
    code.property(PropertyNames::Scope)->value = QStringLiteral("admin");
    const Discovery::Plan plan = Discovery::plan(code, metadata);
    QCOMPARE(plan.definition.valueOf(PropertyNames::Scope), QStringLiteral("admin")); // what it asks for stays
    QCOMPARE(plan.definition.property(PropertyNames::Scope)->choices,
             (QStringList{QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("admin")}));
    QCOMPARE(plan.definition.valueOf(PropertyNames::BasicHeader), QStringLiteral("true"));
    QCOMPARE(plan.definition.property(PropertyNames::PkceMethod), nullptr);
}

QTEST_GUILESS_MAIN(TstExchangeDiscovery)
#include "tst_exchangediscovery.moc"
