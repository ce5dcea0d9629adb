// OAuthClient against a real authorization server (oidc-provider, tests/fixtures/oidc).
#include "oauth/LoopbackReceiver.h"
#include "oauth/OAuthClient.h"
#include "support/OidcProvider.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

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
        c.timeoutMs = 10000;
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
        if (!QTest::qWaitFor([&] { return !changed.isEmpty() || !failed.isEmpty(); }, 10000)) {
            OAuthError e;
            e.kind = OAuthErrorKind::Timeout;
            return e;
        }
        return failed.isEmpty() ? OAuthError{} : failed.first().first().value<OAuthError>();
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
        QVERIFY(changed.wait(10000));
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
        QVERIFY(QTest::qWaitFor([&] { return !changed.isEmpty() || !failed.isEmpty(); }, 10000));
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
        QVERIFY(changed.wait(10000));
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
        QVERIFY(reauth.wait(10000));
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
        QVERIFY(revoked.wait(10000));
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
