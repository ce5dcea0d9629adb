// OAuthClient against a real authorization server (oidc-provider, tests/fixtures/oidc).
#include "oauth/LoopbackReceiver.h"
#include "oauth/OAuthClient.h"
#include "support/OidcProvider.h"

#include "oauth/Pkce.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace cad;
using cad::test::OidcProvider;

Q_DECLARE_METATYPE(cad::ClientAuthMethod)

class TestOAuthOidc : public QObject
{
    Q_OBJECT

private:
    OidcProvider m_idp;
    QNetworkAccessManager m_nam;

    OAuthConfig configFor(const QString &clientId, ClientAuthMethod auth) const
    {
        const auto reg = m_idp.client(clientId);
        OAuthConfig c;
        c.grant = reg.grantTypes.contains(QLatin1String("client_credentials")) ? OAuthGrant::ClientCredentials
                                                                               : OAuthGrant::AuthorizationCode;
        c.clientId = reg.clientId;
        c.clientSecret = reg.clientSecret;
        c.clientAuth = auth;
        c.authorizationUrl = m_idp.authorizationUrl();
        c.tokenUrl = m_idp.tokenUrl();
        c.revokeUrl = m_idp.revocationUrl();
        c.redirectUri = OidcProvider::loopbackRedirectUri(47123);
        c.scope = c.grant == OAuthGrant::ClientCredentials ? QStringLiteral("api:read")
                                                           : QStringLiteral("openid profile api:read");
        c.pkce = PkceMethod::S256;
        c.timeoutMs = 15000; // generous: a busy machine must not turn an answer into a timeout
        return c;
    }

    // Runs the authorization code flow headlessly; returns the failure if any.
    OAuthError signIn(OAuthClient &client)
    {
        QSignalSpy changed(&client, &OAuthClient::tokensChanged);
        QSignalSpy failed(&client, &OAuthClient::failed);
        const QUrl authorize = client.startAuthorization();
        const QUrl redirect = m_idp.authorizeHeadlessly(authorize);
        if (redirect.isEmpty()) {
            OAuthError e;
            e.kind = OAuthErrorKind::Network;
            e.detail = m_idp.errorString();
            return e;
        }
        client.handleRedirect(redirect);
        if (!QTest::qWaitFor([&] { return !changed.isEmpty() || !failed.isEmpty(); }, 30000)) {
            OAuthError e;
            e.kind = OAuthErrorKind::Timeout;
            return e;
        }
        return failed.isEmpty() ? OAuthError{} : failed.first().first().value<OAuthError>();
    }

    /// An authorization request of public-pkce, built by hand (not by OAuthClient), with the given
    /// code_challenge (none when empty).
    QUrl publicPkceAuthorizeUrl(const QString &challenge) const
    {
        QUrl url = m_idp.authorizationUrl();
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(QStringLiteral("client_id"), QStringLiteral("public-pkce"));
        q.addQueryItem(QStringLiteral("redirect_uri"), OidcProvider::loopbackRedirectUri(47123).toString());
        q.addQueryItem(QStringLiteral("scope"), QStringLiteral("openid"));
        q.addQueryItem(QStringLiteral("state"), QStringLiteral("pkce-state-1"));
        if (!challenge.isEmpty()) {
            q.addQueryItem(QStringLiteral("code_challenge"), challenge);
            q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        }
        url.setQuery(q);
        return url;
    }

    struct TokenAnswer
    {
        int status = 0;
        QJsonObject body;
    };

    /// POSTs an authorization_code token request for public-pkce (a public client: no client secret).
    TokenAnswer redeem(const QString &code, const QString &verifier)
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
        form.addQueryItem(QStringLiteral("code"), code);
        form.addQueryItem(QStringLiteral("redirect_uri"), OidcProvider::loopbackRedirectUri(47123).toString());
        form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("public-pkce"));
        if (!verifier.isEmpty())
            form.addQueryItem(QStringLiteral("code_verifier"), verifier);
        QNetworkRequest request(m_idp.tokenUrl());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        std::unique_ptr<QNetworkReply> reply(m_nam.post(request, form.query(QUrl::FullyEncoded).toUtf8()));
        TokenAnswer answer;
        if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 30000))
            return answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = QJsonDocument::fromJson(reply->readAll()).object();
        return answer;
    }

    /// The code of a real sign-in (login and consent pages) for an authorization request.
    QString signInForCode(const QUrl &authorizeUrl)
    {
        const QUrl redirect = m_idp.authorizeHeadlessly(authorizeUrl);
        if (redirect.isEmpty())
            qWarning("%s", qPrintable(m_idp.errorString()));
        return QUrlQuery(redirect).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    }

private slots:
    void initTestCase()
    {
        if (!m_idp.start())
            QFAIL(qPrintable(m_idp.errorString()));
    }

    void authorizationCodeWithPkcePublicClient()
    {
        OAuthClient client(&m_nam);
        client.setConfig(configFor(QStringLiteral("public-pkce"), ClientAuthMethod::BasicHeader));
        const OAuthError e = signIn(client);
        QVERIFY2(!e.isError(), qPrintable(e.message()));
        const TokenSet t = client.tokens();
        QVERIFY(!t.accessToken.isEmpty());
        QVERIFY(t.hasRefreshToken());
        QVERIFY(!t.idToken.isEmpty());
        QVERIFY(!t.isExpired(10));
        QCOMPARE(m_idp.userinfoStatus(t.accessToken), 200);
    }

    void publicClientWithoutPkceIsRefused()
    {
        // The fixture's public-pkce client requires PKCE S256 (README): the provider must enforce it, or
        // every PKCE test here could pass with the verifier left out.
        const QString verifier = Pkce::generateVerifier();
        const QString challenge = Pkce::challenge(verifier, PkceMethod::S256);

        // A code obtained with a challenge, redeemed without code_verifier: refused, no token.
        const QString code = signInForCode(publicPkceAuthorizeUrl(challenge));
        QVERIFY2(!code.isEmpty(), qPrintable(m_idp.errorString()));
        const TokenAnswer withoutVerifier = redeem(code, QString());
        QCOMPARE(withoutVerifier.status, 400);
        QCOMPARE(withoutVerifier.body.value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
        QVERIFY(!withoutVerifier.body.contains(QLatin1String("access_token")));

        // With a verifier that does not match the challenge: refused as well.
        const QString other = signInForCode(publicPkceAuthorizeUrl(challenge));
        QVERIFY2(!other.isEmpty(), qPrintable(m_idp.errorString()));
        const TokenAnswer wrongVerifier = redeem(other, Pkce::generateVerifier());
        QCOMPARE(wrongVerifier.status, 400);
        QCOMPARE(wrongVerifier.body.value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));

        // The same request with the right verifier works: the refusals above are about PKCE, nothing else.
        const QString good = signInForCode(publicPkceAuthorizeUrl(challenge));
        QVERIFY2(!good.isEmpty(), qPrintable(m_idp.errorString()));
        const TokenAnswer withVerifier = redeem(good, verifier);
        QCOMPARE(withVerifier.status, 200);
        QVERIFY(!withVerifier.body.value(QLatin1String("access_token")).toString().isEmpty());

        // An authorization request without a challenge is refused before any login page.
        const QUrl refused = m_idp.authorizeHeadlessly(publicPkceAuthorizeUrl(QString()));
        QVERIFY2(!refused.isEmpty(), qPrintable(m_idp.errorString()));
        const QUrlQuery answer(refused);
        QCOMPARE(answer.queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
        QVERIFY(!answer.hasQueryItem(QStringLiteral("code")));
    }

    void systemBrowserPathThroughTheLoopbackReceiver()
    {
        // What the system browser does: the IdP redirects to 127.0.0.1:PORT/callback, the
        // receiver answers the browser and hands the URL to the client.
        LoopbackReceiver receiver;
        QVERIFY(receiver.listen());
        OAuthClient client(&m_nam);
        OAuthConfig config = configFor(QStringLiteral("public-pkce"), ClientAuthMethod::RequestBody);
        config.redirectUri = receiver.redirectUri();
        client.setConfig(config);
        connect(&receiver, &LoopbackReceiver::redirectReceived, &client, &OAuthClient::handleRedirect);
        QSignalSpy changed(&client, &OAuthClient::tokensChanged);

        const QUrl redirect = m_idp.authorizeHeadlessly(client.startAuthorization());
        QVERIFY2(!redirect.isEmpty(), qPrintable(m_idp.errorString()));
        QCOMPARE(redirect.port(), int(receiver.port()));
        std::unique_ptr<QNetworkReply> browser(m_nam.get(QNetworkRequest(redirect)));
        QVERIFY(changed.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(browser->isFinished(), 5000);
        QVERIFY(browser->readAll().contains("You can close this window"));
        QCOMPARE(m_idp.userinfoStatus(client.tokens().accessToken), 200);
    }

    void authorizationCodeConfidential_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<ClientAuthMethod>("method");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("basic client, Basic header")
            << QStringLiteral("code-basic") << ClientAuthMethod::BasicHeader << true;
        QTest::newRow("basic client, body refused")
            << QStringLiteral("code-basic") << ClientAuthMethod::RequestBody << false;
        QTest::newRow("post client, body") << QStringLiteral("code-post") << ClientAuthMethod::RequestBody << true;
        QTest::newRow("post client, Basic refused")
            << QStringLiteral("code-post") << ClientAuthMethod::BasicHeader << false;
    }

    void authorizationCodeConfidential()
    {
        QFETCH(QString, clientId);
        QFETCH(ClientAuthMethod, method);
        QFETCH(bool, accepted);
        OAuthClient client(&m_nam);
        client.setConfig(configFor(clientId, method));
        const OAuthError e = signIn(client);
        if (accepted) {
            QVERIFY2(!e.isError(), qPrintable(e.message()));
            QVERIFY(client.tokens().hasRefreshToken());
            QCOMPARE(m_idp.userinfoStatus(client.tokens().accessToken), 200);
        } else {
            QCOMPARE(e.kind, OAuthErrorKind::ServerError);
            QCOMPARE(e.code, QStringLiteral("invalid_client"));
            QCOMPARE(e.httpStatus, 401);
            QVERIFY(client.tokens().isEmpty());
        }
    }

    void clientCredentials_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<ClientAuthMethod>("method");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("Basic header") << QStringLiteral("cc-basic") << ClientAuthMethod::BasicHeader << true;
        QTest::newRow("Basic client refuses body")
            << QStringLiteral("cc-basic") << ClientAuthMethod::RequestBody << false;
        QTest::newRow("body") << QStringLiteral("cc-post") << ClientAuthMethod::RequestBody << true;
        QTest::newRow("post client refuses Basic")
            << QStringLiteral("cc-post") << ClientAuthMethod::BasicHeader << false;
    }

    void clientCredentials()
    {
        QFETCH(QString, clientId);
        QFETCH(ClientAuthMethod, method);
        QFETCH(bool, accepted);
        OAuthClient client(&m_nam);
        client.setConfig(configFor(clientId, method));
        QSignalSpy changed(&client, &OAuthClient::tokensChanged);
        QSignalSpy failed(&client, &OAuthClient::failed);
        client.requestClientCredentialsToken();
        QVERIFY(QTest::qWaitFor([&] { return !changed.isEmpty() || !failed.isEmpty(); }, 30000));
        if (accepted) {
            QVERIFY2(failed.isEmpty(),
                     qPrintable(failed.isEmpty() ? QString() : failed.first().first().value<OAuthError>().message()));
            QVERIFY(!client.tokens().accessToken.isEmpty());
            QCOMPARE(client.tokens().scope, QStringLiteral("api:read"));
            QVERIFY(!client.tokens().hasRefreshToken());
        } else {
            const OAuthError e = failed.first().first().value<OAuthError>();
            QCOMPARE(e.code, QStringLiteral("invalid_client"));
            QVERIFY(e.hint().contains(QLatin1String("Basic")));
        }
    }

    void refreshRotatesAndTheOldRefreshTokenIsRejected()
    {
        OAuthClient client(&m_nam);
        const OAuthConfig config = configFor(QStringLiteral("code-basic"), ClientAuthMethod::BasicHeader);
        client.setConfig(config);
        const OAuthError e = signIn(client);
        QVERIFY2(!e.isError(), qPrintable(e.message()));
        const TokenSet first = client.tokens();

        QSignalSpy changed(&client, &OAuthClient::tokensChanged);
        client.refresh();
        QVERIFY(changed.wait(30000));
        const TokenSet second = client.tokens();
        QVERIFY(second.hasRefreshToken());
        QVERIFY(second.refreshToken != first.refreshToken); // rotated and stored
        QVERIFY(second.accessToken != first.accessToken);
        QCOMPARE(m_idp.userinfoStatus(second.accessToken), 200);

        // the old refresh token is refused by the server now
        OAuthClient stale(&m_nam);
        stale.setConfig(config);
        stale.setTokens(first);
        QSignalSpy reauth(&stale, &OAuthClient::needsReauthorization);
        stale.refresh();
        QVERIFY(reauth.wait(30000));
        QCOMPARE(reauth.first().first().value<OAuthError>().code, QStringLiteral("invalid_grant"));
    }

    void revocationEndsAccess()
    {
        OAuthClient client(&m_nam);
        client.setConfig(configFor(QStringLiteral("code-post"), ClientAuthMethod::RequestBody));
        const OAuthError e = signIn(client);
        QVERIFY2(!e.isError(), qPrintable(e.message()));
        const TokenSet tokens = client.tokens();
        QCOMPARE(m_idp.userinfoStatus(tokens.accessToken), 200);

        QSignalSpy revoked(&client, &OAuthClient::revoked);
        client.revoke();
        QVERIFY(revoked.wait(30000));
        const RevocationResult result = revoked.first().first().value<RevocationResult>();
        QCOMPARE(result.tokens.size(), 2);
        QVERIFY2(result.allRevoked(),
                 qPrintable(result.tokens.at(0).error.message() + result.tokens.at(1).error.message()));
        QVERIFY(client.tokens().isEmpty());
        QCOMPARE(m_idp.userinfoStatus(tokens.accessToken), 401);
    }
};

QTEST_GUILESS_MAIN(TestOAuthOidc)
#include "tst_oauthoidc.moc"
