// OAuthClient against a scripted local server that misbehaves in the ways real servers do.
#include "FaultServer.h"
#include "oauth/OAuthClient.h"
#include "oauth/Pkce.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace cad;
using cad::test::FaultServer;

namespace {
QByteArray tokenJson(const QByteArray &access, const QByteArray &refresh = {}, int expiresIn = 3600)
{
    QByteArray json = "{\"access_token\":\"" + access +
                      "\",\"token_type\":\"Bearer\",\"expires_in\":" + QByteArray::number(expiresIn);
    if (!refresh.isEmpty())
        json += ",\"refresh_token\":\"" + refresh + "\"";
    return json + '}';
}

TokenSet expiredTokens()
{
    TokenSet t;
    t.accessToken = QStringLiteral("old-access");
    t.refreshToken = QStringLiteral("old-refresh");
    t.tokenType = QStringLiteral("Bearer");
    t.obtainedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    t.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-1);
    return t;
}
} // namespace

class TestOAuthFaults : public QObject
{
    Q_OBJECT

private:
    static constexpr int GenerousTimeoutMs = 15000;
    /// How long a test waits for a signal: longer than any exchange may take.
    static constexpr int WaitMs = 2 * GenerousTimeoutMs;

    std::unique_ptr<FaultServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<OAuthClient> m_client;

    OAuthConfig config() const
    {
        OAuthConfig c;
        c.clientId = QStringLiteral("client:1");
        c.clientSecret = QStringLiteral("s3cr%t:pw");
        c.authorizationUrl = m_server->url(QStringLiteral("/authorize"));
        c.tokenUrl = m_server->url(QStringLiteral("/token"));
        c.revokeUrl = m_server->url(QStringLiteral("/revoke"));
        c.redirectUri = QUrl(QStringLiteral("http://127.0.0.1:9/callback"));
        c.scope = QStringLiteral("read write");
        // Generous: a busy 2-core machine must never turn a normal answer into a timeout. The tests of
        // the timeout and the deadline themselves set their own short value.
        c.timeoutMs = GenerousTimeoutMs;
        c.maxRetries = 0;
        c.retryBaseDelayMs = 10;
        return c;
    }

    // Runs a full authorization to the redirect with the state the client created.
    QUrl redirectFor(const QUrl &authorizeUrl, const QString &extraQuery)
    {
        const QString state = QUrlQuery(authorizeUrl).queryItemValue(QStringLiteral("state"));
        return QUrl(QStringLiteral("http://127.0.0.1:9/callback?state=%1&%2").arg(state, extraQuery));
    }

    /// Waits until the client's network stack has handled everything the server wrote before now: a marker
    /// request through the same network access manager completes after the earlier socket's data.
    void drainNetwork()
    {
        std::unique_ptr<QNetworkReply> marker(m_nam->get(QNetworkRequest(m_server->url(QStringLiteral("/marker")))));
        QTRY_VERIFY_WITH_TIMEOUT(marker->isFinished(), WaitMs);
    }

    OAuthError waitForFailure(QSignalSpy &spy)
    {
        if (spy.isEmpty() && !spy.wait(WaitMs))
            return {};
        return spy.first().first().value<OAuthError>();
    }

private slots:
    void init()
    {
        m_server = std::make_unique<FaultServer>();
        QVERIFY(m_server->start());
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<OAuthClient>(m_nam.get());
        m_client->setConfig(config());
    }

    void cleanup()
    {
        m_client.reset();
        m_nam.reset();
        m_server.reset();
    }

    void authorizationCodeRequestAndExchange()
    {
        OAuthConfig c = config();
        c.extraAuthorizationParams = {{QStringLiteral("audience"), QStringLiteral("https://api.test")}};
        c.extraTokenParams = {{QStringLiteral("audience"), QStringLiteral("https://api.test")}};
        m_client->setConfig(c);
        m_server->setHandler([](const FaultServer::Request &) {
            return FaultServer::Response{200, "application/json", tokenJson("at-1", "rt-1")};
        });
        const QUrl authorize = m_client->startAuthorization();
        const QUrlQuery q(authorize);
        QCOMPARE(q.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(q.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded), QStringLiteral("client:1"));
        QCOMPARE(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
                 QStringLiteral("http://127.0.0.1:9/callback"));
        QCOMPARE(
            q.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded).replace(QLatin1Char('+'), QLatin1Char(' ')),
            QStringLiteral("read write"));
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(q.queryItemValue(QStringLiteral("audience"), QUrl::FullyDecoded), QStringLiteral("https://api.test"));
        const QString state = q.queryItemValue(QStringLiteral("state"));
        QVERIFY(QByteArray::fromBase64(state.toLatin1(), QByteArray::Base64UrlEncoding).size() >= 16);
        const QString challenge = q.queryItemValue(QStringLiteral("code_challenge"));
        QVERIFY(m_client->isAwaitingRedirect());

        QSignalSpy changed(m_client.get(), &OAuthClient::tokensChanged);
        m_client->handleRedirect(redirectFor(authorize, QStringLiteral("code=the%2Bcode")));
        QVERIFY(changed.wait(WaitMs));
        QCOMPARE(m_client->tokens().accessToken, QStringLiteral("at-1"));
        QCOMPARE(m_client->tokens().refreshToken, QStringLiteral("rt-1"));

        QCOMPARE(m_server->requests().size(), 1);
        const auto &req = m_server->requests().first();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.headers.value("authorization"),
                 QByteArray("Basic ") + QByteArray("client%3A1:s3cr%25t%3Apw").toBase64());
        const auto form = FaultServer::form(req);
        QCOMPARE(form.value(QStringLiteral("grant_type")), QStringLiteral("authorization_code"));
        QCOMPARE(form.value(QStringLiteral("code")), QStringLiteral("the+code"));
        QCOMPARE(form.value(QStringLiteral("redirect_uri")), QStringLiteral("http://127.0.0.1:9/callback"));
        QCOMPARE(form.value(QStringLiteral("audience")), QStringLiteral("https://api.test"));
        QVERIFY(!form.contains(QStringLiteral("client_secret")));
        const QString verifier = form.value(QStringLiteral("code_verifier"));
        QVERIFY(Pkce::isValidVerifier(verifier));
        QCOMPARE(Pkce::challenge(verifier, PkceMethod::S256), challenge);

        // refresh: same client auth and extra params
        m_server->clearRequests();
        m_client->refresh();
        QVERIFY(changed.wait(WaitMs));
        const auto refreshForm = FaultServer::form(m_server->requests().first());
        QCOMPARE(refreshForm.value(QStringLiteral("grant_type")), QStringLiteral("refresh_token"));
        QCOMPARE(refreshForm.value(QStringLiteral("refresh_token")), QStringLiteral("rt-1"));
        QCOMPARE(refreshForm.value(QStringLiteral("audience")), QStringLiteral("https://api.test"));
        QVERIFY(m_server->requests().first().headers.value("authorization").startsWith("Basic "));
    }

    void refreshUsesRefreshUrlAndBodyPlacement()
    {
        OAuthConfig c = config();
        c.clientAuth = ClientAuthMethod::RequestBody;
        c.refreshUrl = m_server->url(QStringLiteral("/refresh"));
        m_client->setConfig(c);
        m_client->setTokens(expiredTokens());
        m_server->setHandler([](const FaultServer::Request &) {
            return FaultServer::Response{200, "application/json", tokenJson("at-2")};
        });
        QSignalSpy changed(m_client.get(), &OAuthClient::tokensChanged);
        m_client->refresh();
        QVERIFY(changed.wait(WaitMs));
        QCOMPARE(m_server->count("/refresh"), 1);
        QCOMPARE(m_server->count("/token"), 0);
        const auto &req = m_server->requests().first();
        QVERIFY(!req.headers.contains("authorization"));
        const auto form = FaultServer::form(req);
        QCOMPARE(form.value(QStringLiteral("client_id")), QStringLiteral("client:1"));
        QCOMPARE(form.value(QStringLiteral("client_secret")), QStringLiteral("s3cr%t:pw"));
    }

    void publicClientSendsNoAuthorizationHeader()
    {
        OAuthConfig c = config();
        c.clientSecret.clear();
        m_client->setConfig(c);
        m_server->setHandler([](const FaultServer::Request &) {
            return FaultServer::Response{200, "application/json", tokenJson("at")};
        });
        QSignalSpy changed(m_client.get(), &OAuthClient::tokensChanged);
        const QUrl authorize = m_client->startAuthorization();
        m_client->handleRedirect(redirectFor(authorize, QStringLiteral("code=c")));
        QVERIFY(changed.wait(WaitMs));
        const auto &req = m_server->requests().first();
        QVERIFY(!req.headers.contains("authorization"));
        QCOMPARE(FaultServer::form(req).value(QStringLiteral("client_id")), QStringLiteral("client:1"));
        QVERIFY(!FaultServer::form(req).contains(QStringLiteral("client_secret")));
    }

    void http500IsRetriedThenReported()
    {
        OAuthConfig c = config();
        c.grant = OAuthGrant::ClientCredentials;
        c.maxRetries = 2;
        m_client->setConfig(c);
        m_server->setHandler([](const FaultServer::Request &) {
            return FaultServer::Response{500, "text/html", "<h1>Internal Server Error</h1>"};
        });
        QSignalSpy failed(m_client.get(), &OAuthClient::failed);
        m_client->requestClientCredentialsToken();
        const OAuthError e = waitForFailure(failed);
        QCOMPARE(e.kind, OAuthErrorKind::HttpError);
        QCOMPARE(e.httpStatus, 500);
        QCOMPARE(m_server->count("/token"), 3); // 1 + 2 retries, then stop
        QVERIFY(e.message().contains(QLatin1String("500")));
        QVERIFY(m_client->tokens().isEmpty());
    }

    void hangPastTimeoutIsReported()
    {
        OAuthConfig c = config();
        c.timeoutMs = 300; // the timeout under test: a server that never answers
        m_client->setConfig(c);
        m_client->setTokens(expiredTokens());
        m_server->setHandler([](const FaultServer::Request &) {
            FaultServer::Response r;
            r.hang = true;
            return r;
        });
        QSignalSpy failed(m_client.get(), &OAuthClient::failed);
        m_client->refresh();
        const OAuthError e = waitForFailure(failed);
        QCOMPARE(e.kind, OAuthErrorKind::Timeout);
        QCOMPARE(e.stage, OAuthStage::Refresh);
        QVERIFY(!m_client->isBusy());
    }

    void connectionRefusedIsANetworkError()
    {
        OAuthConfig c = config();
        c.grant = OAuthGrant::ClientCredentials;
        c.tokenUrl = QUrl(QStringLiteral("http://127.0.0.1:1/token"));
        m_client->setConfig(c);
        QSignalSpy failed(m_client.get(), &OAuthClient::failed);
        m_client->requestClientCredentialsToken();
        QCOMPARE(waitForFailure(failed).kind, OAuthErrorKind::Network);
    }

    void nonJsonBodyIsReported()
    {
        m_client->setTokens(expiredTokens());
        m_server->setHandler([](const FaultServer::Request &) {
            return FaultServer::Response{200, "text/html", "<html>Please sign in</html>"};
        });
        QSignalSpy failed(m_client.get(), &OAuthClient::failed);
        m_client->refresh();
        const OAuthError e = waitForFailure(failed);
        QCOMPARE(e.kind, OAuthErrorKind::InvalidResponse);
        QVERIFY(e.message().contains(QLatin1String("text/html")));
        QCOMPARE(m_client->tokens().accessToken, QStringLiteral("old-access")); // nothing overwritten
    }

    void missingAccessTokenIsReported()
    {
        m_client->setTokens(expiredTokens());
        m_server->setHandler([](const FaultServer::Request &) {
            return FaultServer::Response{200, "application/json", R"({"token_type":"Bearer","expires_in":60})"};
        });
        QSignalSpy failed(m_client.get(), &OAuthClient::failed);
        m_client->refresh();
        const OAuthError e = waitForFailure(failed);
        QCOMPARE(e.kind, OAuthErrorKind::InvalidResponse);
        QVERIFY(e.message().contains(QLatin1String("access_token")));
    }

    void invalidGrantOnRefreshNeedsReauthorization()
    {
        m_client->setTokens(expiredTokens());
        m_server->setHandler([](const FaultServer::Request &) {
            return FaultServer::Response{400, "application/json",
                                         R"({"error":"invalid_grant","error_description":"grant revoked"})"};
        });
        QSignalSpy reauth(m_client.get(), &OAuthClient::needsReauthorization);
        QSignalSpy failed(m_client.get(), &OAuthClient::failed);
        OAuthError seen;
        m_client->requestValidToken(this, [&seen](const TokenSet &, const OAuthError &e) { seen = e; });
        QVERIFY(reauth.wait(WaitMs));
        const OAuthError e = reauth.first().first().value<OAuthError>();
        QCOMPARE(e.kind, OAuthErrorKind::NeedsReauthorization);
        QCOMPARE(e.code, QStringLiteral("invalid_grant"));
        QCOMPARE(e.description, QStringLiteral("grant revoked"));
        QCOMPARE(seen.kind, OAuthErrorKind::NeedsReauthorization);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(m_server->count("/token"), 1); // not retried: not transient
    }

    void wrongOrMissingStateAbortsWithoutTokenRequest_data()
    {
        QTest::addColumn<QString>("redirect");
        QTest::newRow("wrong state") << QStringLiteral("http://127.0.0.1:9/callback?code=c&state=forged");
        QTest::newRow("missing state") << QStringLiteral("http://127.0.0.1:9/callback?code=c");
        QTest::newRow("error with wrong state")
            << QStringLiteral("http://127.0.0.1:9/callback?error=access_denied&state=forged");
    }

    void wrongOrMissingStateAbortsWithoutTokenRequest()
    {
        QFETCH(QString, redirect);
        m_server->setHandler([](const FaultServer::Request &) {
            return FaultServer::Response{200, "application/json", tokenJson("at")};
        });
        QSignalSpy failed(m_client.get(), &OAuthClient::failed);
        QSignalSpy changed(m_client.get(), &OAuthClient::tokensChanged);
        (void)m_client->startAuthorization();
        m_client->handleRedirect(QUrl(redirect));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<OAuthError>().kind, OAuthErrorKind::InvalidState);
        // Nothing may be sent afterwards either: once queued events have run and a marker request through the
        // same network has made its way to the server and back, a token request would have arrived before it.
        QCoreApplication::sendPostedEvents();
        drainNetwork();
        QCOMPARE(m_server->count("/token"), 0);
        QCOMPARE(m_server->requests().size(), 1); // the marker only
        QCOMPARE(changed.size(), 0);
        QVERIFY(!m_client->isAwaitingRedirect());
    }

    void redirectWithoutAuthorizationIsRefused()
    {
        QSignalSpy failed(m_client.get(), &OAuthClient::failed);
        m_client->handleRedirect(QUrl(QStringLiteral("http://127.0.0.1:9/callback?code=c&state=s")));
        QCOMPARE(failed.first().first().value<OAuthError>().kind, OAuthErrorKind::InvalidState);
        QCOMPARE(m_server->requests().size(), 0);
    }

    void accessDeniedIsReportedAsSuch()
    {
        QSignalSpy failed(m_client.get(), &OAuthClient::failed);
        const QUrl authorize = m_client->startAuthorization();
        m_client->handleRedirect(
            redirectFor(authorize, QStringLiteral("error=access_denied&error_description=The+user+said+no")));
        QCOMPARE(failed.size(), 1);
        const OAuthError e = failed.first().first().value<OAuthError>();
        QCOMPARE(e.kind, OAuthErrorKind::AuthorizationDenied);
        QCOMPARE(e.stage, OAuthStage::Authorize);
        QCOMPARE(e.code, QStringLiteral("access_denied"));
        QCOMPARE(e.description, QStringLiteral("The user said no"));
        QVERIFY(e.message().contains(QLatin1String("access_denied")));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void refreshWithoutNewRefreshTokenKeepsTheOldOne()
    {
        m_client->setTokens(expiredTokens());
        m_server->setHandler([](const FaultServer::Request &) {
            return FaultServer::Response{200, "application/json", tokenJson("new-access")};
        });
        QSignalSpy changed(m_client.get(), &OAuthClient::tokensChanged);
        m_client->refresh();
        QVERIFY(changed.wait(WaitMs));
        QCOMPARE(m_client->tokens().accessToken, QStringLiteral("new-access"));
        QCOMPARE(m_client->tokens().refreshToken, QStringLiteral("old-refresh"));
    }

    void missingExpiresInUsesTheDefault()
    {
        OAuthConfig c = config();
        c.grant = OAuthGrant::ClientCredentials;
        c.defaultExpiresInSeconds = 1234;
        m_client->setConfig(c);
        m_server->setHandler([](const FaultServer::Request &) {
            return FaultServer::Response{200, "application/json", R"({"access_token":"x","token_type":"Bearer"})"};
        });
        QSignalSpy changed(m_client.get(), &OAuthClient::tokensChanged);
        m_client->requestClientCredentialsToken();
        QVERIFY(changed.wait(WaitMs));
        const TokenSet t = m_client->tokens();
        QCOMPARE(t.obtainedAt.secsTo(t.expiresAt), 1234);
    }

    void thousandConcurrentCallersCauseOneRefresh()
    {
        m_client->setTokens(expiredTokens());
        m_server->setHandler([](const FaultServer::Request &) {
            return FaultServer::Response{200, "application/json", tokenJson("fresh", "rotated")};
        });
        int delivered = 0;
        int wrong = 0;
        auto callback = [&](const TokenSet &t, const OAuthError &e) {
            ++delivered;
            if (e.isError() || t.accessToken != QLatin1String("fresh"))
                ++wrong;
        };
        for (int i = 0; i < 1000; ++i)
            m_client->requestValidToken(this, callback);
        QVERIFY(m_client->isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(delivered, 1000, WaitMs);
        QCOMPARE(wrong, 0);
        QCOMPARE(m_server->count("/token"), 1);
        // now valid: served at once, no request
        m_client->requestValidToken(this, callback);
        QCOMPARE(delivered, 1001);
        QCoreApplication::sendPostedEvents();
        drainNetwork(); // a request made meanwhile would reach the server before the marker
        QCOMPARE(m_server->count("/token"), 1);
    }

    void callbacksOfDestroyedContextsAreSkipped()
    {
        m_client->setTokens(expiredTokens());
        m_server->setHandler([](const FaultServer::Request &) {
            return FaultServer::Response{200, "application/json", tokenJson("fresh")};
        });
        bool called = false;
        {
            QObject context;
            m_client->requestValidToken(&context, [&called](const TokenSet &, const OAuthError &) { called = true; });
        }
        QSignalSpy changed(m_client.get(), &OAuthClient::tokensChanged);
        QVERIFY(changed.wait(WaitMs));
        QVERIFY(!called);
    }

    void clientCredentialsTokenIsRenewedWhenExpired()
    {
        OAuthConfig c = config();
        c.grant = OAuthGrant::ClientCredentials;
        m_client->setConfig(c);
        TokenSet t = expiredTokens();
        t.refreshToken.clear();
        m_client->setTokens(t);
        m_server->setHandler([](const FaultServer::Request &) {
            return FaultServer::Response{200, "application/json", tokenJson("cc-new")};
        });
        TokenSet got;
        m_client->requestValidToken(this, [&got](const TokenSet &tokens, const OAuthError &) { got = tokens; });
        QTRY_COMPARE_WITH_TIMEOUT(got.accessToken, QStringLiteral("cc-new"), WaitMs);
        const auto form = FaultServer::form(m_server->requests().first());
        QCOMPARE(form.value(QStringLiteral("grant_type")), QStringLiteral("client_credentials"));
        QCOMPARE(form.value(QStringLiteral("scope")), QStringLiteral("read write"));
    }

    void authorizationCodeWithoutRefreshTokenNeedsReauthorization()
    {
        TokenSet t = expiredTokens();
        t.refreshToken.clear();
        m_client->setTokens(t);
        QSignalSpy reauth(m_client.get(), &OAuthClient::needsReauthorization);
        OAuthError seen;
        m_client->requestValidToken(this, [&seen](const TokenSet &, const OAuthError &e) { seen = e; });
        QCOMPARE(reauth.size(), 1);
        QCOMPARE(seen.kind, OAuthErrorKind::NeedsReauthorization);
        QCOMPARE(m_server->requests().size(), 0);
    }

    void autoRefreshHappensBeforeExpiry()
    {
        OAuthConfig c = m_client->config();
        c.minAutoRefreshDelayMs = 200;
        m_client->setConfig(c);
        TokenSet t = expiredTokens();
        t.obtainedAt = QDateTime::currentDateTimeUtc().addSecs(-3539);
        t.expiresAt = QDateTime::currentDateTimeUtc().addSecs(61); // an hour's token, a minute left
        m_client->setTokens(t);
        m_server->setHandler([](const FaultServer::Request &) {
            return FaultServer::Response{200, "application/json", tokenJson("auto")};
        });
        QSignalSpy changed(m_client.get(), &OAuthClient::tokensChanged);
        m_client->setAutoRefresh(true, 60); // due in about one second
        QVERIFY(changed.wait(WaitMs));
        QCOMPARE(m_client->tokens().accessToken, QStringLiteral("auto"));
    }

    void revokeSendsRefreshThenAccessAndForgetsTokensWhateverTheServerSays()
    {
        TokenSet t = expiredTokens();
        m_client->setTokens(t);
        m_server->setHandler([](const FaultServer::Request &r) {
            const auto form = FaultServer::form(r);
            if (form.value(QStringLiteral("token_type_hint")) == QLatin1String("access_token"))
                return FaultServer::Response{503, "text/plain", "down"};
            return FaultServer::Response{200, "application/json", ""};
        });
        QSignalSpy revoked(m_client.get(), &OAuthClient::revoked);
        m_client->revoke();
        QVERIFY(m_client->tokens().isEmpty()); // deleted locally at once
        QVERIFY(revoked.wait(WaitMs));
        const RevocationResult result = revoked.first().first().value<RevocationResult>();
        QCOMPARE(result.tokens.size(), 2);
        QCOMPARE(result.tokens.at(0).tokenTypeHint, QStringLiteral("refresh_token"));
        QVERIFY(result.tokens.at(0).ok);
        QCOMPARE(result.tokens.at(1).tokenTypeHint, QStringLiteral("access_token"));
        QVERIFY(!result.tokens.at(1).ok);
        QCOMPARE(result.tokens.at(1).error.httpStatus, 503);
        QVERIFY(!result.allRevoked());
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(FaultServer::form(m_server->requests().at(0)).value(QStringLiteral("token")),
                 QStringLiteral("old-refresh"));
        QCOMPARE(FaultServer::form(m_server->requests().at(1)).value(QStringLiteral("token")),
                 QStringLiteral("old-access"));
        QVERIFY(m_server->requests().at(0).headers.value("authorization").startsWith("Basic "));
    }

    void exchangeRecordsAreRedacted()
    {
        m_server->setHandler([](const FaultServer::Request &) {
            return FaultServer::Response{200, "application/json",
                                         tokenJson("secret-access-token", "secret-refresh-token")};
        });
        QList<ExchangeRecord> records;
        connect(m_client.get(), &OAuthClient::exchange, this,
                [&records](const ExchangeRecord &r) { records.append(r); });
        QSignalSpy changed(m_client.get(), &OAuthClient::tokensChanged);
        const QUrl authorize = m_client->startAuthorization();
        m_client->handleRedirect(redirectFor(authorize, QStringLiteral("code=secret-code-value")));
        QVERIFY(changed.wait(WaitMs));
        QCOMPARE(records.size(), 3); // authorize, redirect, token
        QCOMPARE(records.at(2).stage, OAuthStage::Token);
        QCOMPARE(records.at(2).status, 200);
        QCOMPARE(records.at(2).method, QByteArray("POST"));
        QVERIFY(!records.at(2).responseHeaders.isEmpty());
        QString all;
        for (const ExchangeRecord &r : std::as_const(records)) {
            all += r.url.toString() + QString::fromUtf8(r.requestBody) + QString::fromUtf8(r.responseBody);
            for (const auto &h : r.requestHeaders + r.responseHeaders)
                all += QString::fromUtf8(h.first + ": " + h.second);
        }
        for (const char *secret :
             {"secret-access-token", "secret-refresh-token", "secret-code-value", "s3cr%t:pw", "s3cr%25t%3Apw"}) {
            QVERIFY2(!all.contains(QLatin1String(secret)), secret);
        }
        QVERIFY(all.contains(QLatin1String("Basic ")));
        QVERIFY(!all.contains(QString::fromLatin1(QByteArray("client%3A1:s3cr%25t%3Apw").toBase64())));
        QVERIFY(all.contains(QLatin1String("grant_type=authorization_code"))); // the rest stays readable
    }

    void plainPkceSendsTheVerifierAsChallenge()
    {
        OAuthConfig c = config();
        c.pkce = PkceMethod::Plain;
        m_client->setConfig(c);
        m_server->setHandler([](const FaultServer::Request &) {
            return FaultServer::Response{200, "application/json", tokenJson("at")};
        });
        const QUrl authorize = m_client->startAuthorization();
        QCOMPARE(QUrlQuery(authorize).queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("plain"));
        QSignalSpy changed(m_client.get(), &OAuthClient::tokensChanged);
        m_client->handleRedirect(redirectFor(authorize, QStringLiteral("code=c")));
        QVERIFY(changed.wait(WaitMs));
        QCOMPARE(FaultServer::form(m_server->requests().first()).value(QStringLiteral("code_verifier")),
                 QUrlQuery(authorize).queryItemValue(QStringLiteral("code_challenge")));
    }

    void noPkceSendsNoVerifier()
    {
        OAuthConfig c = config();
        c.pkce = PkceMethod::None;
        m_client->setConfig(c);
        m_server->setHandler([](const FaultServer::Request &) {
            return FaultServer::Response{200, "application/json", tokenJson("at")};
        });
        const QUrl authorize = m_client->startAuthorization();
        QVERIFY(!QUrlQuery(authorize).hasQueryItem(QStringLiteral("code_challenge")));
        QSignalSpy changed(m_client.get(), &OAuthClient::tokensChanged);
        m_client->handleRedirect(redirectFor(authorize, QStringLiteral("code=c")));
        QVERIFY(changed.wait(WaitMs));
        QVERIFY(!FaultServer::form(m_server->requests().first()).contains(QStringLiteral("code_verifier")));
    }

    void untrustedCertificateIsNeverIgnored()
    {
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend");
        QTemporaryDir dir;
        QProcess openssl;
        openssl.setWorkingDirectory(dir.path());
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                       QStringLiteral("key.pem"), QStringLiteral("-out"), QStringLiteral("cert.pem"),
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0,
                 "openssl is needed to create a self-signed test certificate");
        QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
        QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
        tls.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
        QSslServer tlsServer;
        tlsServer.setSslConfiguration(tls);
        QVERIFY(tlsServer.listen(QHostAddress(QHostAddress::LocalHost), 0));

        OAuthConfig c = config();
        c.grant = OAuthGrant::ClientCredentials;
        c.maxRetries = 2; // a TLS failure is not transient: never retried
        c.tokenUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/token").arg(tlsServer.serverPort()));
        m_client->setConfig(c);
        QSignalSpy failed(m_client.get(), &OAuthClient::failed);
        m_client->requestClientCredentialsToken();
        const OAuthError e = waitForFailure(failed);
        QCOMPARE(e.kind, OAuthErrorKind::Tls);
        QVERIFY2(e.detail.contains(QLatin1String("self"), Qt::CaseInsensitive), qPrintable(e.detail));
        QVERIFY(m_client->tokens().isEmpty());
        QCOMPARE(failed.size(), 1);
    }

    void incompleteConfigurationIsReported()
    {
        m_client->setConfig(OAuthConfig{});
        QSignalSpy failed(m_client.get(), &OAuthClient::failed);
        QVERIFY(m_client->startAuthorization().isEmpty());
        QCOMPARE(failed.first().first().value<OAuthError>().kind, OAuthErrorKind::Configuration);
    }

    // --- Races: an answer that arrives after the author moved on installs nothing ---

    void aRefreshAnsweredAfterTheTokensWereClearedInstallsNothing_data()
    {
        QTest::addColumn<QString>("action");
        QTest::newRow("disconnect (clear)") << "clear";
        QTest::newRow("disconnect (revoke)") << "revoke";
        QTest::newRow("reconnect (new config)") << "config";
        QTest::newRow("cancel") << "cancel";
    }
    void aRefreshAnsweredAfterTheTokensWereClearedInstallsNothing()
    {
        QFETCH(QString, action);
        OAuthConfig c = config();
        m_client->setConfig(c);
        m_client->setTokens(expiredTokens());
        m_server->setHandler([](const FaultServer::Request &r) {
            if (r.path.startsWith("/token"))
                return FaultServer::Response{200, "application/json", tokenJson("late-access", "late-refresh"), false,
                                             400};
            return FaultServer::Response{200, "application/json", "{}"};
        });
        QSignalSpy changed(m_client.get(), &OAuthClient::tokensChanged);
        OAuthError seen;
        bool called = false;
        m_client->requestValidToken(this, [&](const TokenSet &, const OAuthError &e) {
            called = true;
            seen = e;
        });
        QTRY_COMPARE_WITH_TIMEOUT(m_server->count("/token"), 1, WaitMs); // the refresh is on its way
        if (action == QLatin1String("clear"))
            m_client->clearTokens();
        else if (action == QLatin1String("revoke"))
            m_client->revoke();
        else if (action == QLatin1String("config"))
            m_client->setConfig(c);
        else
            m_client->cancel();
        QVERIFY(called);
        QCOMPARE(seen.kind, OAuthErrorKind::Cancelled);
        // The server's answer is due 400 ms after the request (the client hung up meanwhile, or not): once its
        // time has come and gone, its tokens must not have appeared.
        QTRY_VERIFY_WITH_TIMEOUT(m_server->settled() >= 1, WaitMs);
        drainNetwork();
        for (const QList<QVariant> &signal : std::as_const(changed))
            QVERIFY(signal.first().value<TokenSet>().accessToken != QLatin1String("late-access"));
        QVERIFY(m_client->tokens().accessToken != QLatin1String("late-access"));
        QVERIFY(!m_client->isBusy() || action == QLatin1String("revoke"));
    }

    // --- Storms: short lifetimes and failures never turn into a stream of requests ---

    void shortLifetimesDoNotCauseARefreshLoop_data()
    {
        QTest::addColumn<int>("expiresIn");
        QTest::addColumn<int>("windowMs");
        QTest::addColumn<int>("maxRefreshes");
        // One refresh at most every 10 s (the minimum delay): over 10 s one, perhaps two at the edge.
        QTest::newRow("1 s tokens over 10 s") << 1 << 10000 << 2;
        QTest::newRow("0 s tokens over 3 s") << 0 << 3000 << 0;
        QTest::newRow("60 s tokens over 3 s") << 60 << 3000 << 0;
    }
    void shortLifetimesDoNotCauseARefreshLoop()
    {
        QFETCH(int, expiresIn);
        QFETCH(int, windowMs);
        QFETCH(int, maxRefreshes);
        OAuthConfig c = config();
        m_client->setConfig(c); // the default minimum delay between automatic refreshes
        m_server->setHandler([expiresIn](const FaultServer::Request &) {
            return FaultServer::Response{200, "application/json", tokenJson("short", "rt", expiresIn)};
        });
        TokenSet t = expiredTokens();
        t.obtainedAt = QDateTime::currentDateTimeUtc();
        t.expiresAt = t.obtainedAt.addSecs(expiresIn);
        m_client->setTokens(t);
        m_client->setAutoRefresh(true); // margin 60 s: more than these tokens live
        // A token just received counts as valid for callers: no refresh for each of them.
        int answered = 0;
        if (expiresIn > 0) {
            for (int i = 0; i < 20; ++i)
                m_client->requestValidToken(
                    this, [&](const TokenSet &tokens, const OAuthError &) { answered += tokens.isEmpty() ? 0 : 1; });
            QCOMPARE(answered, 20);
        }
        QElapsedTimer window;
        window.start();
        // Waits for the loop that must not happen; the check below decides.
        (void)QTest::qWaitFor([&] { return m_server->count("/token") > maxRefreshes; }, windowMs);
        QVERIFY2(
            m_server->count("/token") <= maxRefreshes,
            qPrintable(QStringLiteral("%1 refreshes in %2 ms").arg(m_server->count("/token")).arg(window.elapsed())));
    }

    void failedAutomaticRefreshesBackOff()
    {
        OAuthConfig c = config();
        c.minAutoRefreshDelayMs = 100;
        c.firstBackoffMs = 300;
        m_client->setConfig(c);
        QList<qint64> at;
        QElapsedTimer clock;
        clock.start();
        m_server->setHandler([&](const FaultServer::Request &) {
            at.append(clock.elapsed());
            return FaultServer::Response{503, "text/plain", "down"};
        });
        m_client->setTokens(expiredTokens());
        m_client->setAutoRefresh(true);
        // First try after 100 ms, then 300, 600, 1200 ms apart.
        QTRY_VERIFY_WITH_TIMEOUT(at.size() >= 4, 8000);
        const qint64 gap1 = at[1] - at[0];
        const qint64 gap2 = at[2] - at[1];
        const qint64 gap3 = at[3] - at[2];
        QVERIFY2(gap1 >= 250 && gap2 >= 1.5 * gap1 && gap3 >= 1.5 * gap2,
                 qPrintable(QStringLiteral("gaps %1, %2, %3 ms").arg(gap1).arg(gap2).arg(gap3)));
        // A refresh the provider refuses for good (invalid_grant) is not tried again.
        m_server->setHandler([&](const FaultServer::Request &) {
            at.append(clock.elapsed());
            return FaultServer::Response{400, "application/json", "{\"error\":\"invalid_grant\"}"};
        });
        QSignalSpy reauth(m_client.get(), &OAuthClient::needsReauthorization);
        QVERIFY(reauth.wait(WaitMs));
        const qsizetype count = at.size();
        m_client->setTokens(m_client->tokens()); // would reschedule if anything were still due
        // A negative assertion needs a window; no event marks "no retry is scheduled" (the refresh timer is
        // private). A retry would be due minAutoRefreshDelayMs (100 ms) after setTokens: 1.5 s is fifteen times
        // that, so a scheduled retry cannot hide in it even on a busy machine.
        QVERIFY(!QTest::qWaitFor([&] { return at.size() > count; }, 1500));
    }

    // --- Limits: a response that never ends or never stops growing is cut off ---

    void aServerThatDripsIsCutOffAtTheDeadline()
    {
        OAuthConfig c = config();
        c.timeoutMs = 800; // a byte arrives every 100 ms: never idle, so only a deadline stops it
        m_client->setConfig(c);
        m_server->setHandler([](const FaultServer::Request &) {
            FaultServer::Response r;
            r.dripMs = 100;
            return r;
        });
        QSignalSpy failed(m_client.get(), &OAuthClient::failed);
        QElapsedTimer clock;
        clock.start();
        m_client->requestClientCredentialsToken();
        QVERIFY(failed.wait(WaitMs));
        const OAuthError e = failed.first().first().value<OAuthError>();
        QCOMPARE(e.kind, OAuthErrorKind::Timeout);
        QVERIFY2(e.message().contains(QLatin1String("0.8 seconds")), qPrintable(e.message()));
        QVERIFY(m_client->tokens().isEmpty());
    }

    void anOversizedTokenResponseIsRefused()
    {
        m_server->setHandler([](const FaultServer::Request &) {
            return FaultServer::Response{200, "application/json",
                                         "{\"access_token\":\"" + QByteArray(2 * 1024 * 1024, 'a') + "\"}"};
        });
        QSignalSpy failed(m_client.get(), &OAuthClient::failed);
        m_client->requestClientCredentialsToken();
        QVERIFY(failed.wait(WaitMs));
        const OAuthError e = failed.first().first().value<OAuthError>();
        QCOMPARE(e.kind, OAuthErrorKind::InvalidResponse);
        QVERIFY2(e.message().contains(QLatin1String("larger than 1024 KiB")), qPrintable(e.message()));
        QVERIFY(m_client->tokens().isEmpty());
    }

    // --- RFC 9207: the answer must come from the authorization server it was sent to ---

    void issuerOfTheAnswerIsChecked_data()
    {
        QTest::addColumn<QString>("expectedIssuer");
        QTest::addColumn<QString>("iss");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("configured, equal") << "https://idp.example"
                                           << "https://idp.example" << true;
        QTest::newRow("configured, other") << "https://idp.example"
                                           << "https://evil.example" << false;
        QTest::newRow("configured, trailing slash") << "https://idp.example"
                                                    << "https://idp.example/" << false;
        QTest::newRow("unset, same origin") << ""
                                            << "SERVER" << true;
        QTest::newRow("unset, other origin") << ""
                                             << "https://evil.example" << false;
        QTest::newRow("no iss at all") << "https://idp.example"
                                       << "" << true;
    }
    void issuerOfTheAnswerIsChecked()
    {
        QFETCH(QString, expectedIssuer);
        QFETCH(QString, iss);
        QFETCH(bool, accepted);
        OAuthConfig c = config();
        c.issuer = expectedIssuer;
        m_client->setConfig(c);
        if (iss == QLatin1String("SERVER"))
            iss = m_server->url(QStringLiteral("/")).toString();
        m_server->setHandler([](const FaultServer::Request &) {
            return FaultServer::Response{200, "application/json", tokenJson("at-iss")};
        });
        const QUrl authorize = m_client->startAuthorization();
        QString extra = QStringLiteral("code=abc");
        if (!iss.isEmpty())
            extra += QStringLiteral("&iss=") + QString::fromLatin1(QUrl::toPercentEncoding(iss));
        QSignalSpy failed(m_client.get(), &OAuthClient::failed);
        QSignalSpy changed(m_client.get(), &OAuthClient::tokensChanged);
        m_client->handleRedirect(redirectFor(authorize, extra));
        if (accepted) {
            QVERIFY(changed.wait(WaitMs));
            QCOMPARE(m_client->tokens().accessToken, QStringLiteral("at-iss"));
        } else {
            QCOMPARE(failed.size(), 1);
            const OAuthError e = failed.first().first().value<OAuthError>();
            QVERIFY2(e.message().contains(iss), qPrintable(e.message()));
            QCOMPARE(m_server->count("/token"), 0); // the code never reached the token endpoint
        }
    }

    // --- Where credentials may go ---

    void plainHttpToARemoteHostIsRefusedWithoutSendingAnything()
    {
        OAuthConfig c = config();
        c.tokenUrl = QUrl(QStringLiteral("http://token.example/oauth/token"));
        m_client->setConfig(c);
        QSignalSpy failed(m_client.get(), &OAuthClient::failed);
        m_client->requestClientCredentialsToken();
        QCOMPARE(failed.size(), 1);
        const OAuthError e = failed.first().first().value<OAuthError>();
        QCOMPARE(e.kind, OAuthErrorKind::Configuration);
        QVERIFY2(e.message().contains(QLatin1String("http://token.example is not https")), qPrintable(e.message()));
        QVERIFY(!m_client->isBusy());
        c.tokenUrl = QUrl(QStringLiteral("http://127.evil.example/token"));
        m_client->setConfig(c);
        m_client->requestClientCredentialsToken();
        QCOMPARE(failed.size(), 2);
    }

    void secretExtraParametersAreMaskedInTheExchangeLog()
    {
        OAuthConfig c = config();
        c.extraTokenParams = {{QStringLiteral("tenant_key"), QStringLiteral("tk-9f8e7d6c")}};
        c.secretValues = {QStringLiteral("tk-9f8e7d6c")};
        m_client->setConfig(c);
        m_server->setHandler([](const FaultServer::Request &) {
            return FaultServer::Response{200, "application/json", tokenJson("at-x")};
        });
        QSignalSpy exchanges(m_client.get(), &OAuthClient::exchange);
        QSignalSpy changed(m_client.get(), &OAuthClient::tokensChanged);
        m_client->requestClientCredentialsToken();
        QVERIFY(changed.wait(WaitMs));
        QCOMPARE(FaultServer::form(m_server->requests().first()).value(QStringLiteral("tenant_key")),
                 QStringLiteral("tk-9f8e7d6c")); // sent as designed
        QVERIFY(!exchanges.isEmpty());
        const ExchangeRecord r = exchanges.last().first().value<ExchangeRecord>();
        QVERIFY(!r.requestBody.contains("tk-9f8e7d6c"));
        QVERIFY2(r.requestBody.contains("tenant_key="), r.requestBody.constData());
    }
};

QTEST_GUILESS_MAIN(TestOAuthFaults)
#include "tst_oauthfaults.moc"
