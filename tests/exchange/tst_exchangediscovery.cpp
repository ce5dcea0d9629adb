// DiscoveryFetcher against loopback servers: a good document, the issuer rule of OpenID Connect
// Discovery 1.0 section 4.3, redirects (same origin followed, another origin refused unseen), the
// overall deadline against a server that drips its answer, the size cap, and URLs refused
// without any network access. Then Importer::applyDiscovery with the fetched document.

#include "DiscoveryServer.h"
#include "exchange/DiscoveryFetcher.h"
#include "exchange/ExportFormat.h"
#include "exchange/Importer.h"
#include "model/BuiltinSchemas.h"
#include "model/Validator.h"

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

struct Outcome
{
    QJsonObject document;
    QString error;
    bool finished = false;
};

/// Fetches url and waits (bounded) for the one finished signal.
Outcome fetchWith(DiscoveryFetcher &fetcher, const QUrl &url, int waitMs = 10000)
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
    void goodDocumentFillsEndpointsAndIssuer();
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
};

void TstExchangeDiscovery::goodDocumentFillsEndpointsAndIssuer()
{
    DiscoveryServer server;
    QVERIFY(server.start());
    server.serve(discoveryDocument(server.origin(), server.origin()));
    Result<ImportResult> imported = Importer::importData(openIdDescription(server.url(WellKnown)), {});
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
    QCOMPARE(imported->discoveryUrl, server.url(WellKnown));
    QVERIFY(server.requests().isEmpty()); // importing alone reads nothing

    DiscoveryFetcher fetcher;
    const Outcome o = fetchWith(fetcher, imported->discoveryUrl);
    QVERIFY(o.finished);
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QCOMPARE(server.requests(), QList<QByteArray>{"/.well-known/openid-configuration"});

    ImportResult result = imported.value();
    Importer::applyDiscovery(result, o.document);
    const ConnectorDefinition &d = result.definition;
    const QString origin = server.origin();
    QCOMPARE(d.valueOf(PropertyNames::AuthorizationUrl), origin + QStringLiteral("/authorize"));
    QCOMPARE(d.valueOf(PropertyNames::TokenUrl), origin + QStringLiteral("/token"));
    QCOMPARE(d.valueOf(PropertyNames::TokenRevokeUrl), origin + QStringLiteral("/revoke"));
    QCOMPARE(d.valueOf(PropertyNames::Scope), QStringLiteral("openid"));

    const Property *issuer = d.property(PropertyNames::Issuer);
    QVERIFY(issuer);
    QCOMPARE(issuer->name, QStringLiteral("issuer"));
    QCOMPARE(issuer->value, origin);
    QCOMPARE(issuer->displayName, QStringLiteral("Issuer"));
    QVERIFY(issuer->hint.contains(QLatin1String("RFC 9207")));
    QVERIFY(issuer->hint.contains(QLatin1String("\"iss\"")));
    QCOMPARE(issuer->builtIn, false);
    QCOMPARE(issuer->askUser, false);
    QCOMPARE(issuer->required, false);
    QCOMPARE(issuer->secret, false);
    QCOMPARE(issuer->inputKind, InputKind::Text);
    QCOMPARE(issuer->sendAs.location, Location::NotSent);
    QVERIFY(result.notes.last().contains(QLatin1String("Read the endpoints")));

    // With the client ID the author enters anyway, the definition is complete: the issuer adds no diagnostic.
    ConnectorDefinition complete = d;
    complete.property(PropertyNames::ClientId)->value = QStringLiteral("my-client");
    const Diagnostics diagnostics = Validator::validate(complete);
    QVERIFY2(diagnostics.isEmpty(), qPrintable(diagnostics.isEmpty() ? QString() : diagnostics.first().toString()));
}

void TstExchangeDiscovery::issuerWithTrailingSlashMatches()
{
    DiscoveryServer server;
    QVERIFY(server.start());
    server.serve(discoveryDocument(server.origin() + QLatin1Char('/'), server.origin()));
    DiscoveryFetcher fetcher;
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
    DiscoveryFetcher fetcher;
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
    DiscoveryFetcher fetcher;
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
    DiscoveryFetcher fetcher;
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
    DiscoveryFetcher fetcher;
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
    DiscoveryFetcher fetcher;
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
    DiscoveryFetcher fetcher;
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
    DiscoveryFetcher fetcher;
    fetcher.setTimeout(1000);
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
    DiscoveryFetcher fetcher;
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
    DiscoveryFetcher fetcher;
    fetcher.setTimeout(3000);
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

QTEST_GUILESS_MAIN(TstExchangeDiscovery)
#include "tst_exchangediscovery.moc"
