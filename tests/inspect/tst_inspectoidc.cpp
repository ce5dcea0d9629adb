// The token inspector against a real authorization server (oidc-provider, tests/fixtures/oidc):
// RFC 7662 introspection with the design's client authentication, the trust boundary of the
// introspection URL, the provider's keys through its metadata, and a real ID token verified.
#include "inspect/Introspection.h"
#include "inspect/JwksFetcher.h"
#include "inspect/JwsVerifier.h"
#include "inspect/Jwt.h"
#include "inspect/TokenChecks.h"
#include "oauth/ClientAuthentication.h"
#include "oauth/FormBody.h"
#include "oauth/OAuthClient.h"
#include "support/OidcProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace cad;
using cad::test::OidcProvider;

namespace {

/// Counts the requests that reach the network: a refused introspection must make none.
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

/// Every text of @p record, to look for secrets in.
QByteArray everything(const ExchangeRecord &record)
{
    QByteArray all =
        record.url.toEncoded() + '\n' + record.requestBody + '\n' + record.responseBody + '\n' + record.error.toUtf8();
    for (const auto &h : record.requestHeaders + record.responseHeaders)
        all += '\n' + h.first + ": " + h.second;
    return all;
}

} // namespace

class TestInspectOidc : public QObject
{
    Q_OBJECT

private:
    OidcProvider m_idp;
    CountingNetwork m_nam;

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
        c.redirectUri = OidcProvider::loopbackRedirectUri(47123);
        c.scope = c.grant == OAuthGrant::ClientCredentials ? QStringLiteral("api:read") : QStringLiteral("openid");
        c.timeoutMs = 15000;
        return c;
    }

    /// An access token of cc-basic (client credentials), or an empty string.
    QString clientCredentialsToken()
    {
        OAuthClient client(&m_nam);
        client.setConfig(configFor(QStringLiteral("cc-basic"), ClientAuthMethod::BasicHeader));
        QSignalSpy changed(&client, &OAuthClient::tokensChanged);
        QSignalSpy failed(&client, &OAuthClient::failed);
        client.requestClientCredentialsToken();
        if (!QTest::qWaitFor([&] { return !changed.isEmpty() || !failed.isEmpty(); }, 30000) || !failed.isEmpty())
            return {};
        return client.tokens().accessToken;
    }

    QJsonObject fetchKeys()
    {
        JwksFetcher fetcher(&m_nam);
        QSignalSpy finished(&fetcher, &JwksFetcher::finished);
        QSignalSpy failed(&fetcher, &JwksFetcher::failed);
        fetcher.fetch(m_idp.issuer());
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 30000))
            return {};
        if (!failed.isEmpty())
            qWarning("%s", qPrintable(failed.first().first().toString()));
        return finished.isEmpty() ? QJsonObject() : finished.first().first().toJsonObject();
    }

private slots:
    void initTestCase()
    {
        if (!m_idp.start())
            QFAIL(qPrintable(m_idp.errorString()));
    }

    void introspectsAClientCredentialsToken()
    {
        const QString token = clientCredentialsToken();
        QVERIFY(!token.isEmpty());
        const OAuthConfig config = configFor(QStringLiteral("cc-basic"), ClientAuthMethod::BasicHeader);

        Introspection introspection(&m_nam);
        QSignalSpy finished(&introspection, &Introspection::finished);
        QSignalSpy failed(&introspection, &Introspection::failed);
        QSignalSpy exchanges(&introspection, &Introspection::exchange);
        introspection.introspect(config, m_idp.introspectionUrl(), token, QStringLiteral("access_token"));
        QVERIFY(finished.isEmpty() && failed.isEmpty()); // never from inside introspect()
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 30000));
        QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
        const QJsonObject answer = finished.first().first().toJsonObject();
        QCOMPARE(answer.value(QLatin1String("active")), QJsonValue(true));
        QCOMPARE(answer.value(QLatin1String("client_id")).toString(), QStringLiteral("cc-basic"));
        QCOMPARE(answer.value(QLatin1String("scope")).toString(), QStringLiteral("api:read"));

        // One exchange, redacted: the Basic header's scheme is left, the token and the secret are not.
        QCOMPARE(exchanges.size(), 1);
        const ExchangeRecord record = exchanges.first().first().value<ExchangeRecord>();
        QCOMPARE(record.stage, OAuthStage::Introspect);
        QCOMPARE(record.method, QByteArray("POST"));
        QCOMPARE(record.status, 200);
        QVERIFY(!record.url.isEmpty());
        bool basic = false;
        for (const auto &h : record.requestHeaders) {
            if (h.first.compare("Authorization", Qt::CaseInsensitive) == 0)
                basic = h.second.startsWith("Basic ");
        }
        QVERIFY(basic);
        const QByteArray all = everything(record);
        QVERIFY(!all.contains(token.toUtf8()));
        QVERIFY(!all.contains(config.clientSecret.toUtf8()));
        QVERIFY(!all.contains(QUrl::toPercentEncoding(config.clientSecret)));
        QVERIFY(!all.contains(ClientAuthentication::basicHeaderValue(config.clientId, config.clientSecret)));
        QVERIFY(record.requestBody.contains("token_type_hint=access_token"));
    }

    void anUnknownTokenIsInactive()
    {
        Introspection introspection(&m_nam);
        QSignalSpy finished(&introspection, &Introspection::finished);
        QSignalSpy failed(&introspection, &Introspection::failed);
        introspection.introspect(configFor(QStringLiteral("cc-basic"), ClientAuthMethod::BasicHeader),
                                 m_idp.introspectionUrl(), QStringLiteral("not-a-token-this-provider-issued"),
                                 QString());
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 30000));
        QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
        QCOMPARE(finished.first().first().toJsonObject().value(QLatin1String("active")), QJsonValue(false));
    }

    void theWrongClientAuthenticationFailsWithTheServersError()
    {
        // cc-basic is registered for client_secret_basic: the fixture refuses the secret in the body.
        const QString token = clientCredentialsToken();
        QVERIFY(!token.isEmpty());
        const OAuthConfig config = configFor(QStringLiteral("cc-basic"), ClientAuthMethod::RequestBody);
        Introspection introspection(&m_nam);
        QSignalSpy finished(&introspection, &Introspection::finished);
        QSignalSpy failed(&introspection, &Introspection::failed);
        QSignalSpy exchanges(&introspection, &Introspection::exchange);
        introspection.introspect(config, m_idp.introspectionUrl(), token, QStringLiteral("access_token"));
        QVERIFY(failed.wait(30000));
        QVERIFY(finished.isEmpty());
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QLatin1String("HTTP 401")) && message.contains(QLatin1String("invalid_client")),
                 qPrintable(message));
        QVERIFY(!message.contains(token));
        QVERIFY(!message.contains(config.clientSecret));
        QCOMPARE(exchanges.size(), 1);
        const QByteArray all = everything(exchanges.first().first().value<ExchangeRecord>());
        QVERIFY(!all.contains(token.toUtf8()));
        QVERIFY(!all.contains(config.clientSecret.toUtf8()));
        QVERIFY(!all.contains(QUrl::toPercentEncoding(config.clientSecret)));
        QVERIFY(!all.contains(FormBody::encode(config.clientSecret)));
    }

    void refusesAnotherOriginWithoutSending_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<QString>("expected");
        QUrl otherPort = m_idp.introspectionUrl();
        otherPort.setPort(m_idp.introspectionUrl().port() == 1 ? 2 : 1);
        QUrl otherHost = m_idp.introspectionUrl();
        otherHost.setHost(QStringLiteral("localhost")); // the same machine, but another origin
        QTest::newRow("another port") << otherPort << QStringLiteral("not at the token URL's origin");
        QTest::newRow("another host name") << otherHost << QStringLiteral("not at the token URL's origin");
        QTest::newRow("another site") << QUrl(QStringLiteral("https://introspect.example/introspect"))
                                      << QStringLiteral("not at the token URL's origin");
        QTest::newRow("plain http elsewhere")
            << QUrl(QStringLiteral("http://introspect.example/introspect")) << QStringLiteral("is not https");
        QTest::newRow("not a URL") << QUrl(QStringLiteral("introspect")) << QStringLiteral("not a full https URL");
    }

    void refusesAnotherOriginWithoutSending()
    {
        QFETCH(QUrl, url);
        QFETCH(QString, expected);
        const OAuthConfig config = configFor(QStringLiteral("cc-basic"), ClientAuthMethod::BasicHeader);
        const QString token = QStringLiteral("a-token-that-must-stay-here");
        Introspection introspection(&m_nam);
        QSignalSpy finished(&introspection, &Introspection::finished);
        QSignalSpy failed(&introspection, &Introspection::failed);
        QSignalSpy exchanges(&introspection, &Introspection::exchange);
        const int before = m_nam.requests;
        introspection.introspect(config, url, token, QStringLiteral("access_token"));
        QVERIFY(failed.wait(5000));
        QCOMPARE(m_nam.requests, before); // nothing sent
        QVERIFY(exchanges.isEmpty());
        QVERIFY(finished.isEmpty());
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("nothing was sent")) || expected.startsWith(QLatin1String("not a")),
                 qPrintable(message));
        QVERIFY(!message.contains(token));
        QVERIFY(!message.contains(config.clientSecret));
    }

    void fetchesTheProvidersKeys_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<JwksFetcher::UrlKind>("kind");
        QTest::newRow("issuer") << m_idp.issuer() << JwksFetcher::UrlKind::Issuer;
        QTest::newRow("token URL") << m_idp.tokenUrl() << JwksFetcher::UrlKind::TokenUrl;
    }

    void fetchesTheProvidersKeys()
    {
        QFETCH(QUrl, url);
        QFETCH(JwksFetcher::UrlKind, kind);
        JwksFetcher fetcher(&m_nam);
        QSignalSpy finished(&fetcher, &JwksFetcher::finished);
        QSignalSpy failed(&fetcher, &JwksFetcher::failed);
        fetcher.fetch(url, kind);
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 30000));
        QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
        const QJsonArray keys = finished.first().at(0).toJsonObject().value(QLatin1String("keys")).toArray();
        QVERIFY(!keys.isEmpty());
        for (const QJsonValue &key : keys) {
            // Public keys only: no private members.
            QVERIFY(!key.toObject().contains(QLatin1String("d")));
            QVERIFY(!key.toObject().value(QLatin1String("kty")).toString().isEmpty());
        }
        const QUrl jwksUri = finished.first().at(1).toUrl();
        QCOMPARE(jwksUri.host(), m_idp.issuer().host());
        QCOMPARE(jwksUri.port(), m_idp.issuer().port());
    }

    void keysOfAServerWithoutMetadataFail()
    {
        // The authorization server's token endpoint taken as an issuer: no metadata there.
        JwksFetcher fetcher(&m_nam);
        QSignalSpy finished(&fetcher, &JwksFetcher::finished);
        QSignalSpy failed(&fetcher, &JwksFetcher::failed);
        fetcher.fetch(m_idp.tokenUrl(), JwksFetcher::UrlKind::Issuer);
        QVERIFY(failed.wait(30000));
        QVERIFY(finished.isEmpty());
        const QString message = failed.first().first().toString();
        QVERIFY2(message.startsWith(QLatin1String("The provider's metadata could not be read from")),
                 qPrintable(message));
    }

    void verifiesARealIdToken()
    {
        const QJsonObject jwks = fetchKeys();
        QVERIFY(!jwks.value(QLatin1String("keys")).toArray().isEmpty());

        OAuthConfig config = configFor(QStringLiteral("code-basic"), ClientAuthMethod::BasicHeader);
        const QString nonce = QStringLiteral("inspector-nonce-1");
        config.extraAuthorizationParams = {{QStringLiteral("nonce"), nonce}};
        OAuthClient client(&m_nam);
        client.setConfig(config);
        QSignalSpy changed(&client, &OAuthClient::tokensChanged);
        QSignalSpy failed(&client, &OAuthClient::failed);
        const QUrl redirect = m_idp.authorizeHeadlessly(client.startAuthorization());
        QVERIFY2(!redirect.isEmpty(), qPrintable(m_idp.errorString()));
        client.handleRedirect(redirect);
        QVERIFY(QTest::qWaitFor([&] { return !changed.isEmpty() || !failed.isEmpty(); }, 30000));
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.isEmpty() ? QString() : failed.first().first().value<OAuthError>().message()));
        const QString idToken = client.tokens().idToken;
        QVERIFY(!idToken.isEmpty());

        QString why;
        const auto jwt = Jwt::decode(idToken, &why);
        QVERIFY2(jwt, qPrintable(why));
        const SignatureCheck signature = JwsVerifier::verify(*jwt, jwks, config.clientSecret.toUtf8());
        QVERIFY2(signature.status == SignatureStatus::Verified, qPrintable(signature.explanation));
        QCOMPARE(signature.algorithm, jwt->algorithm());
        QVERIFY(!signature.keyId.isEmpty());

        TokenChecks::Expectations expectations;
        expectations.issuer = m_idp.issuer().toString();
        expectations.tokenUrl = config.tokenUrl;
        expectations.clientId = config.clientId;
        expectations.nonce = nonce;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<ClaimFinding> findings = TokenChecks::checkClaims(*jwt, expectations, now);
        QStringList seen;
        for (const ClaimFinding &f : findings) {
            seen << f.claim;
            QVERIFY2(f.level == ClaimFinding::Level::Ok || f.level == ClaimFinding::Level::Info,
                     qPrintable(f.claim + QLatin1String(": ") + f.text));
        }
        for (const char *claim : {"exp", "iat", "iss", "aud", "nonce"})
            QVERIFY2(seen.contains(QLatin1String(claim)), claim);
        for (const ClaimFinding &f : findings) {
            if (f.claim == QLatin1String("iss") || f.claim == QLatin1String("aud") || f.claim == QLatin1String("exp") ||
                f.claim == QLatin1String("nonce"))
                QCOMPARE(f.level, ClaimFinding::Level::Ok);
        }

        // The same token checked as if another client had received it: its audience is wrong.
        expectations.clientId = QStringLiteral("code-post");
        bool audienceRefused = false;
        for (const ClaimFinding &f : TokenChecks::checkClaims(*jwt, expectations, now))
            audienceRefused |= f.claim == QLatin1String("aud") && f.level == ClaimFinding::Level::Error;
        QVERIFY(audienceRefused);

        // A claim changed after signing: the provider's key no longer verifies it.
        QStringList parts = idToken.split(QLatin1Char('.'));
        QJsonObject forged = jwt->claims;
        forged.insert(QStringLiteral("sub"), QStringLiteral("mallory"));
        parts[1] = QString::fromLatin1(QJsonDocument(forged)
                                           .toJson(QJsonDocument::Compact)
                                           .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        const auto tampered = Jwt::decode(parts.join(QLatin1Char('.')));
        QVERIFY(tampered);
        QCOMPARE(JwsVerifier::verify(*tampered, jwks, {}).status, SignatureStatus::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestInspectOidc)
#include "tst_inspectoidc.moc"
