// The sandbox provider's behaviour, request in and response out (no sockets): what openid-client
// cannot ask for (plain PKCE, replayed codes, denial, wrong passwords, the switches, expiry on a
// test clock, the resource API of every authentication type, the request log's masking).
#include "oauth/FormBody.h"
#include "oauth/Pkce.h"
#include "sandbox/SandboxProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace cad;

namespace {

const QString Redirect = QStringLiteral("http://127.0.0.1:61000/callback");
const QString Verifier = QStringLiteral("dBjftJeZ4CVP-mJ92K9mwKc8fCh5ILp7-MdkLSvsNR8Rd2uG1xP7mQ"); // 54 unreserved

QJsonObject json(const SandboxResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

QByteArray basic(const QByteArray &id, const QByteArray &secret)
{
    return "Basic " + QByteArray(id + ':' + secret).toBase64();
}

class Driver
{
public:
    SandboxProvider provider;
    qint64 clock = 1'800'000'000;

    Driver()
    {
        provider.setIssuer(QUrl(QStringLiteral("http://127.0.0.1:47913")));
        provider.setClock([this]() { return clock; });
    }

    SandboxResponse get(const QString &pathAndQuery, const SandboxHeaders &headers = {})
    {
        return provider.handle({"GET", QUrl(pathAndQuery), headers, {}});
    }

    SandboxResponse post(const QString &path, const QList<QPair<QString, QString>> &fields, SandboxHeaders headers = {})
    {
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
        return provider.handle({"POST", QUrl(path), headers, FormBody().add(fields).toByteArray()});
    }

    static QString authorizePath(const QString &clientId, const QString &challenge, const QString &method,
                                 const QString &scope = QStringLiteral("api.read"))
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(QStringLiteral("client_id"), clientId);
        q.addQueryItem(QStringLiteral("redirect_uri"), Redirect);
        q.addQueryItem(QStringLiteral("state"), QStringLiteral("st4te"));
        q.addQueryItem(QStringLiteral("scope"), scope);
        if (!challenge.isEmpty())
            q.addQueryItem(QStringLiteral("code_challenge"), challenge);
        if (!method.isEmpty())
            q.addQueryItem(QStringLiteral("code_challenge_method"), method);
        return QStringLiteral("/authorize?") + q.toString(QUrl::FullyEncoded);
    }

    /// The query of the redirect a 302 points to, decoded as a form ('+' is a space).
    static QUrlQuery redirectQuery(const SandboxResponse &r)
    {
        const QUrl location(QString::fromUtf8(r.header("Location")));
        QUrlQuery query;
        for (const auto &[name, value] : FormBody::parse(location.query(QUrl::FullyEncoded).toLatin1()))
            query.addQueryItem(name, value);
        return query;
    }

    /// The transaction id on a sign-in page.
    static QString transactionOf(const SandboxResponse &page)
    {
        const QByteArray marker = "name=\"transaction\" value=\"";
        const qsizetype start = page.body.indexOf(marker) + marker.size();
        return QString::fromUtf8(page.body.mid(start, page.body.indexOf('"', start) - start));
    }

    /// Authorizes with the sign-in page and returns the code.
    QString code(const QString &clientId, const QString &challenge = Pkce::challenge(Verifier, PkceMethod::S256),
                 const QString &method = QStringLiteral("S256"))
    {
        const SandboxResponse page = get(authorizePath(clientId, challenge, method));
        const SandboxResponse redirect = post(QStringLiteral("/authorize/decision"),
                                              {{QStringLiteral("transaction"), transactionOf(page)},
                                               {QStringLiteral("username"), QStringLiteral("ada")},
                                               {QStringLiteral("password"), QStringLiteral("sandbox-pässword")},
                                               {QStringLiteral("decision"), QStringLiteral("allow")}});
        return redirectQuery(redirect).queryItemValue(QStringLiteral("code"));
    }

    SandboxResponse exchange(const QString &code, const QString &verifier = Verifier)
    {
        return post(QStringLiteral("/token"),
                    {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                     {QStringLiteral("code"), code},
                     {QStringLiteral("redirect_uri"), Redirect},
                     {QStringLiteral("code_verifier"), verifier}},
                    {{"Authorization", basic("sandbox-app", "sandbox-app-secret")}});
    }

    SandboxResponse refresh(const QString &refreshToken)
    {
        return post(QStringLiteral("/token"),
                    {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                     {QStringLiteral("refresh_token"), refreshToken}},
                    {{"Authorization", basic("sandbox-app", "sandbox-app-secret")}});
    }

    SandboxResponse me(const QString &accessToken)
    {
        return get(QStringLiteral("/api/me"), {{"Authorization", "Bearer " + accessToken.toLatin1()}});
    }
};

} // namespace

class TestSandboxProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSignInPageAsksAndAllowGivesACodeWithStateAndIss()
    {
        Driver d;
        const SandboxResponse page = d.get(Driver::authorizePath(
            QStringLiteral("sandbox-app"), Pkce::challenge(Verifier, PkceMethod::S256), QStringLiteral("S256")));
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        QVERIFY(page.body.contains("Sandbox App"));
        QVERIFY(page.body.contains("<code>api.read</code>"));
        const SandboxResponse redirect = d.post(QStringLiteral("/authorize/decision"),
                                                {{QStringLiteral("transaction"), Driver::transactionOf(page)},
                                                 {QStringLiteral("username"), QStringLiteral("ada")},
                                                 {QStringLiteral("password"), QStringLiteral("sandbox-pässword")},
                                                 {QStringLiteral("decision"), QStringLiteral("allow")}});
        QCOMPARE(redirect.status, 302);
        QVERIFY(redirect.header("Location").startsWith("http://127.0.0.1:61000/callback?code=sbx_code_"));
        const QUrlQuery query = Driver::redirectQuery(redirect);
        QCOMPARE(query.queryItemValue(QStringLiteral("state")), QStringLiteral("st4te"));
        QCOMPARE(query.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded),
                 QStringLiteral("http://127.0.0.1:47913"));
    }

    void denyGivesAccessDenied()
    {
        Driver d;
        const SandboxResponse page = d.get(Driver::authorizePath(QStringLiteral("sandbox-app"), QString(), QString()));
        const SandboxResponse redirect =
            d.post(QStringLiteral("/authorize/decision"), {{QStringLiteral("transaction"), Driver::transactionOf(page)},
                                                           {QStringLiteral("decision"), QStringLiteral("deny")}});
        QCOMPARE(redirect.status, 302);
        QCOMPARE(Driver::redirectQuery(redirect).queryItemValue(QStringLiteral("error")),
                 QStringLiteral("access_denied"));
        QCOMPARE(Driver::redirectQuery(redirect).queryItemValue(QStringLiteral("state")), QStringLiteral("st4te"));
    }

    void aWrongPasswordShowsThePageAgain()
    {
        Driver d;
        const SandboxResponse page = d.get(Driver::authorizePath(QStringLiteral("sandbox-app"), QString(), QString()));
        const SandboxResponse again = d.post(QStringLiteral("/authorize/decision"),
                                             {{QStringLiteral("transaction"), Driver::transactionOf(page)},
                                              {QStringLiteral("username"), QStringLiteral("ada")},
                                              {QStringLiteral("password"), QStringLiteral("sandbox-password")},
                                              {QStringLiteral("decision"), QStringLiteral("allow")}});
        QCOMPARE(again.status, 200);
        QVERIFY(again.body.contains("Wrong user name or password."));
        QCOMPARE(Driver::transactionOf(again), Driver::transactionOf(page));
    }

    void redirectUrisMatchExactlyButOnAnyLoopbackPort_data()
    {
        QTest::addColumn<QString>("redirectUri");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("127.0.0.1, any port") << QStringLiteral("http://127.0.0.1:1234/callback") << true;
        QTest::newRow("[::1]") << QStringLiteral("http://[::1]:50000/callback") << true;
        QTest::newRow("localhost") << QStringLiteral("http://localhost:8080/callback") << true;
        QTest::newRow("other path") << QStringLiteral("http://127.0.0.1:1234/callback/x") << false;
        QTest::newRow("https") << QStringLiteral("https://127.0.0.1:1234/callback") << false;
        QTest::newRow("other host") << QStringLiteral("http://attacker.example/callback") << false;
        QTest::newRow("query added") << QStringLiteral("http://127.0.0.1:1234/callback?x=1") << false;
        QTest::newRow("user info") << QStringLiteral("http://a@127.0.0.1:1234/callback") << false;
    }
    void redirectUrisMatchExactlyButOnAnyLoopbackPort()
    {
        QFETCH(QString, redirectUri);
        QFETCH(bool, accepted);
        Driver d;
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(QStringLiteral("client_id"), QStringLiteral("sandbox-app"));
        q.addQueryItem(QStringLiteral("redirect_uri"), QString::fromLatin1(QUrl::toPercentEncoding(redirectUri)));
        const SandboxResponse r = d.get(QStringLiteral("/authorize?") + q.toString(QUrl::FullyEncoded));
        // A registered URI gets the sign-in page; any other never a redirect, only an explanation.
        QCOMPARE(r.status, accepted ? 200 : 400);
        QVERIFY(r.header("Location").isEmpty());
        QCOMPARE(r.body.contains("is not registered"), !accepted);
    }

    void plainAndS256PkceAreVerified_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("challenge");
        QTest::newRow("S256") << QStringLiteral("S256") << Pkce::challenge(Verifier, PkceMethod::S256);
        QTest::newRow("plain") << QStringLiteral("plain") << Verifier;
        QTest::newRow("plain by default") << QString() << Verifier;
    }
    void plainAndS256PkceAreVerified()
    {
        QFETCH(QString, method);
        QFETCH(QString, challenge);
        Driver d;
        const QString wrong = d.code(QStringLiteral("sandbox-app"), challenge, method);
        const SandboxResponse refused = d.exchange(wrong, Verifier + QStringLiteral("x"));
        QCOMPARE(refused.status, 400);
        QCOMPARE(json(refused).value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
        const QString right = d.code(QStringLiteral("sandbox-app"), challenge, method);
        const SandboxResponse tokens = d.exchange(right);
        QCOMPARE(tokens.status, 200);
        QVERIFY(json(tokens).value(QLatin1String("access_token")).toString().startsWith(QLatin1String("sbx_at_")));
    }

    void aVerifierWithoutAChallengeIsRefused()
    {
        Driver d;
        const QString code = d.code(QStringLiteral("sandbox-app"), QString(), QString());
        QCOMPARE(json(d.exchange(code)).value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
    }

    void pkceRequiredAndPublicClientsNeedAChallenge()
    {
        Driver d;
        const SandboxResponse publicWithout =
            d.get(Driver::authorizePath(QStringLiteral("sandbox-public"), QString(), QString()));
        QCOMPARE(publicWithout.status, 302);
        QCOMPARE(Driver::redirectQuery(publicWithout).queryItemValue(QStringLiteral("error")),
                 QStringLiteral("invalid_request"));
        QCOMPARE(d.get(Driver::authorizePath(QStringLiteral("sandbox-app"), QString(), QString())).status, 200);
        SandboxSettings s;
        s.pkceRequired = true;
        d.provider.setSettings(s);
        const SandboxResponse required =
            d.get(Driver::authorizePath(QStringLiteral("sandbox-app"), QString(), QString()));
        QCOMPARE(required.status, 302);
        QVERIFY(Driver::redirectQuery(required)
                    .queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)
                    .contains(QLatin1String("requires PKCE")));
    }

    void aReplayedCodeIsRefusedAndRevokesItsTokens()
    {
        Driver d;
        const QString code = d.code(QStringLiteral("sandbox-app"));
        const QJsonObject first = json(d.exchange(code));
        const QString access = first.value(QLatin1String("access_token")).toString();
        QCOMPARE(d.me(access).status, 200);
        const SandboxResponse replay = d.exchange(code);
        QCOMPARE(replay.status, 400);
        QCOMPARE(json(replay).value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
        QCOMPARE(d.me(access).status, 401);
        QCOMPARE(d.refresh(first.value(QLatin1String("refresh_token")).toString()).status, 400);
    }

    void codesExpireAfterAMinute()
    {
        Driver d;
        const QString code = d.code(QStringLiteral("sandbox-app"));
        d.clock += 61;
        QCOMPARE(json(d.exchange(code)).value(QLatin1String("error_description")).toString(),
                 QStringLiteral("The authorization code expired."));
    }

    void tokenResponsesAreNotCachedAndHonourTheLifetimeSwitches()
    {
        Driver d;
        SandboxSettings s;
        s.tokenLifetimeSeconds = 30;
        d.provider.setSettings(s);
        const SandboxResponse tokens = d.exchange(d.code(QStringLiteral("sandbox-app")));
        QCOMPARE(tokens.header("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(tokens.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(json(tokens).value(QLatin1String("expires_in")).toInt(), 30);
        QCOMPARE(json(tokens).value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
        const QString access = json(tokens).value(QLatin1String("access_token")).toString();
        d.clock += 29;
        QCOMPARE(d.me(access).status, 200);
        d.clock += 1;
        const SandboxResponse expired = d.me(access);
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.header("WWW-Authenticate"),
                 QByteArray("Bearer realm=\"sandbox\", error=\"invalid_token\", error_description=\"The access token "
                            "expired.\""));

        s.omitExpiresIn = true;
        d.provider.setSettings(s);
        QVERIFY(!json(d.exchange(d.code(QStringLiteral("sandbox-app")))).contains(QLatin1String("expires_in")));
    }

    void withoutRotationTheRefreshTokenStaysAndNoNewOneIsSent()
    {
        Driver d;
        SandboxSettings s;
        s.rotateRefreshTokens = false;
        d.provider.setSettings(s);
        const QString refreshToken =
            json(d.exchange(d.code(QStringLiteral("sandbox-app")))).value(QLatin1String("refresh_token")).toString();
        for (int i = 0; i < 2; ++i) {
            const QJsonObject again = json(d.refresh(refreshToken));
            QVERIFY(again.contains(QLatin1String("access_token")));
            QVERIFY(!again.contains(QLatin1String("refresh_token")));
        }
    }

    void clientAuthenticationRequirementRefusesTheOtherMethod()
    {
        Driver d;
        const QList<QPair<QString, QString>> post{
            {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
            {QStringLiteral("client_id"), QStringLiteral("sandbox-app")},
            {QStringLiteral("client_secret"), QStringLiteral("sandbox-app-secret")}};
        const QList<QPair<QString, QString>> bare{{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}};
        const SandboxHeaders basicHeader{{"Authorization", basic("sandbox-app", "sandbox-app-secret")}};
        QCOMPARE(d.post(QStringLiteral("/token"), post).status, 200);
        QCOMPARE(d.post(QStringLiteral("/token"), bare, basicHeader).status, 200);

        SandboxSettings s;
        s.clientAuth = SandboxClientAuth::Basic;
        d.provider.setSettings(s);
        const SandboxResponse postRefused = d.post(QStringLiteral("/token"), post);
        QCOMPARE(postRefused.status, 401);
        QCOMPARE(json(postRefused).value(QLatin1String("error")).toString(), QStringLiteral("invalid_client"));
        QVERIFY(json(postRefused)
                    .value(QLatin1String("error_description"))
                    .toString()
                    .contains(QLatin1String("client_secret_basic")));
        QCOMPARE(d.post(QStringLiteral("/token"), bare, basicHeader).status, 200);

        s.clientAuth = SandboxClientAuth::Post;
        d.provider.setSettings(s);
        const SandboxResponse basicRefused = d.post(QStringLiteral("/token"), bare, basicHeader);
        QCOMPARE(basicRefused.status, 401);
        QCOMPARE(basicRefused.header("WWW-Authenticate"), QByteArray("Basic realm=\"sandbox\", charset=\"UTF-8\""));
        QCOMPARE(d.post(QStringLiteral("/token"), post).status, 200);

        // Both at once is never allowed (RFC 6749 2.3).
        s.clientAuth = SandboxClientAuth::Any;
        d.provider.setSettings(s);
        QCOMPARE(json(d.post(QStringLiteral("/token"), post, basicHeader)).value(QLatin1String("error")).toString(),
                 QStringLiteral("invalid_request"));
    }

    void failNextFailsOnceWithTheChosenError_data()
    {
        QTest::addColumn<int>("failure");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("delayMs");
        QTest::newRow("invalid_grant") << int(SandboxFailure::InvalidGrant) << 400 << QStringLiteral("invalid_grant")
                                       << 0;
        QTest::newRow("server_error") << int(SandboxFailure::ServerError) << 400 << QStringLiteral("server_error") << 0;
        QTest::newRow("500") << int(SandboxFailure::Http500) << 500 << QString() << 0;
        QTest::newRow("delay") << int(SandboxFailure::Delay) << 200 << QString() << 5000;
    }
    void failNextFailsOnceWithTheChosenError()
    {
        QFETCH(int, failure);
        QFETCH(int, status);
        QFETCH(QString, error);
        QFETCH(int, delayMs);
        Driver d;
        const QString refreshToken =
            json(d.exchange(d.code(QStringLiteral("sandbox-app")))).value(QLatin1String("refresh_token")).toString();
        SandboxSettings s;
        s.rotateRefreshTokens = false;
        s.failNext = SandboxFailure(failure);
        d.provider.setSettings(s);
        const SandboxResponse failed = d.refresh(refreshToken);
        QCOMPARE(failed.status, status);
        QCOMPARE(json(failed).value(QLatin1String("error")).toString(), error);
        QCOMPARE(failed.delayMs, delayMs);
        QCOMPARE(d.provider.settings().failNext, SandboxFailure::None);
        const SandboxResponse next = d.refresh(refreshToken);
        QCOMPARE(next.status, 200);
        QCOMPARE(next.delayMs, 0);
    }

    void theResourceApiChecksEveryAuthenticationType_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("via");
        // RFC 7617: Basic is UTF-8; "ada:sandbox-pässword" has the ä as two bytes.
        const QByteArray utf8 = "Basic " + QByteArray("ada:sandbox-p\xc3\xa4ssword").toBase64();
        const QByteArray latin1 = "Basic " + QByteArray("ada:sandbox-p\xe4ssword").toBase64();
        QTest::newRow("basic utf-8") << QStringLiteral("/api/basic/me") << QByteArray("Authorization") << utf8 << 200
                                     << QStringLiteral("basic");
        QTest::newRow("basic latin-1") << QStringLiteral("/api/basic/me") << QByteArray("Authorization") << latin1
                                       << 401 << QString();
        QTest::newRow("api key header") << QStringLiteral("/api/key/me") << QByteArray("X-Access-Token")
                                        << QByteArray("sandbox-api-key") << 200 << QStringLiteral("api_key_header");
        QTest::newRow("api key query") << QStringLiteral("/api/key/me?api_key=sandbox-api-key") << QByteArray("X-Other")
                                       << QByteArray("x") << 200 << QStringLiteral("api_key_query");
        QTest::newRow("wrong api key") << QStringLiteral("/api/key/me") << QByteArray("X-API-Key") << QByteArray("nope")
                                       << 401 << QString();
        QTest::newRow("pat") << QStringLiteral("/api/pat/me") << QByteArray("Authorization")
                             << QByteArray("Bearer sandbox-personal-access-token") << 200
                             << QStringLiteral("personal_access_token");
        QTest::newRow("pat as token") << QStringLiteral("/api/pat/me") << QByteArray("Authorization")
                                      << QByteArray("token sandbox-personal-access-token") << 200
                                      << QStringLiteral("personal_access_token");
        QTest::newRow("none") << QStringLiteral("/api/none/me") << QByteArray("X-Other") << QByteArray("x") << 200
                              << QStringLiteral("none");
        QTest::newRow("no bearer") << QStringLiteral("/api/me") << QByteArray("X-Other") << QByteArray("x") << 401
                                   << QString();
    }
    void theResourceApiChecksEveryAuthenticationType()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QFETCH(int, status);
        QFETCH(QString, via);
        Driver d;
        const SandboxResponse r = d.get(path, {{name, value}});
        QCOMPARE(r.status, status);
        if (status == 200) {
            QCOMPARE(json(r).value(QLatin1String("authenticated_with")).toString(), via);
            QCOMPARE(json(r).value(QLatin1String("email")).toString(), QStringLiteral("ada@sandbox.example"));
        } else {
            QVERIFY(!r.header("WWW-Authenticate").isEmpty());
        }
    }

    void theCustomHeaderPairNeedsBothHeaders()
    {
        Driver d;
        QCOMPARE(d.get(QStringLiteral("/api/custom/me"),
                       {{"X-Sandbox-Key", "sandbox-custom-key"}, {"X-Sandbox-Secret", "sandbox-custom-secret"}})
                     .status,
                 200);
        QCOMPARE(d.get(QStringLiteral("/api/custom/me"), {{"X-Sandbox-Key", "sandbox-custom-key"}}).status, 401);
    }

    void theIdTokenIsSignedWithThePublishedKey()
    {
        Driver d;
        const SandboxResponse page = d.get(
            Driver::authorizePath(QStringLiteral("sandbox-app"), QString(), QString(), QStringLiteral("openid email")) +
            QStringLiteral("&nonce=n0nce"));
        const SandboxResponse redirect = d.post(QStringLiteral("/authorize/decision"),
                                                {{QStringLiteral("transaction"), Driver::transactionOf(page)},
                                                 {QStringLiteral("username"), QStringLiteral("ada")},
                                                 {QStringLiteral("password"), QStringLiteral("sandbox-pässword")},
                                                 {QStringLiteral("decision"), QStringLiteral("allow")}});
        const QString code = Driver::redirectQuery(redirect).queryItemValue(QStringLiteral("code"));
        const QString idToken = json(d.exchange(code, QString())).value(QLatin1String("id_token")).toString();
        const QStringList parts = idToken.split(QLatin1Char('.'));
        QCOMPARE(parts.size(), 3);
        const auto decode = [](const QString &part) {
            return QJsonDocument::fromJson(QByteArray::fromBase64(part.toLatin1(), QByteArray::Base64UrlEncoding))
                .object();
        };
        QCOMPARE(decode(parts[0]).value(QLatin1String("alg")).toString(), QStringLiteral("RS256"));
        const QJsonObject claims = decode(parts[1]);
        QCOMPARE(claims.value(QLatin1String("iss")).toString(), QStringLiteral("http://127.0.0.1:47913"));
        QCOMPARE(claims.value(QLatin1String("aud")).toString(), QStringLiteral("sandbox-app"));
        QCOMPARE(claims.value(QLatin1String("nonce")).toString(), QStringLiteral("n0nce"));
        QCOMPARE(claims.value(QLatin1String("exp")).toInteger() - claims.value(QLatin1String("iat")).toInteger(), 3600);
        const QByteArray signature = QByteArray::fromBase64(parts[2].toLatin1(), QByteArray::Base64UrlEncoding);
        QVERIFY(d.provider.signer().verifyRs256((parts[0] + QLatin1Char('.') + parts[1]).toLatin1(), signature));
        QVERIFY(!d.provider.signer().verifyRs256((parts[0] + QLatin1Char('.') + parts[0]).toLatin1(), signature));
        const QJsonArray keys = json(d.get(QStringLiteral("/jwks"))).value(QLatin1String("keys")).toArray();
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys[0].toObject().value(QLatin1String("kid")).toString(),
                 decode(parts[0]).value(QLatin1String("kid")).toString());
        QCOMPARE(keys[0].toObject().value(QLatin1String("e")).toString(), QStringLiteral("AQAB"));
    }

    void theRequestLogMasksEverySecret()
    {
        Driver d;
        const QString code = d.code(QStringLiteral("sandbox-app"));
        const QJsonObject tokens = json(d.exchange(code));
        d.get(QStringLiteral("/api/key/me?api_key=sandbox-api-key"));
        d.get(QStringLiteral("/api/custom/me"),
              {{"X-Sandbox-Key", "sandbox-custom-key"}, {"X-Sandbox-Secret", "sandbox-custom-secret"}});
        const QStringList secrets{code,
                                  Verifier,
                                  tokens.value(QLatin1String("access_token")).toString(),
                                  tokens.value(QLatin1String("refresh_token")).toString(),
                                  QStringLiteral("sandbox-app-secret"),
                                  QString::fromLatin1(QByteArray("sandbox-app:sandbox-app-secret").toBase64()),
                                  QStringLiteral("sandbox-pässword"),
                                  QStringLiteral("sandbox-api-key"),
                                  QStringLiteral("sandbox-custom-key"),
                                  QStringLiteral("sandbox-custom-secret")};
        QString everything;
        for (const SandboxLogEntry &e : d.provider.log()) {
            everything += e.method + QLatin1Char(' ') + e.path;
            for (const auto &list : {e.query, e.headers, e.fields}) {
                for (const auto &[name, value] : list)
                    everything += QLatin1Char(' ') + name + QLatin1Char('=') + value;
            }
            everything += QLatin1Char('\n');
        }
        for (const QString &secret : secrets)
            QVERIFY2(!everything.contains(secret), qPrintable(QStringLiteral("the log shows %1").arg(secret)));
        QVERIFY(everything.contains(QLatin1String("POST /token")));
        QVERIFY(everything.contains(QLatin1String("grant_type=authorization_code")));
        QVERIFY(everything.contains(QString::fromUtf8("Authorization=Basic ••••••")));
        QCOMPARE(d.provider.log().last().status, 200);
    }

    void unfinishedSignInsAreBoundedAndForgotten()
    {
        Driver d;
        const QString path = Driver::authorizePath(QStringLiteral("sandbox-app"), QString(), QString());
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(d.get(path).status, 200);
        const SandboxResponse refused = d.get(path);
        QCOMPARE(refused.status, 503);
        QVERIFY(refused.body.contains("Too many sign-ins are waiting"));
        d.clock += 601; // ten minutes later the unfinished ones are gone
        QCOMPARE(d.get(path).status, 200);
    }

    void unknownScopesAndGrantTypesAreRfcErrors()
    {
        Driver d;
        const SandboxResponse scope = d.get(Driver::authorizePath(QStringLiteral("sandbox-app"), QString(), QString(),
                                                                  QStringLiteral("api.read admin")));
        QCOMPARE(Driver::redirectQuery(scope).queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_scope"));
        const SandboxResponse grant =
            d.post(QStringLiteral("/token"), {{QStringLiteral("grant_type"), QStringLiteral("password")}},
                   {{"Authorization", basic("sandbox-app", "sandbox-app-secret")}});
        QCOMPARE(json(grant).value(QLatin1String("error")).toString(), QStringLiteral("unsupported_grant_type"));
        const SandboxResponse repeated = d.post(QStringLiteral("/token"),
                                                {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                                 {QStringLiteral("grant_type"), QStringLiteral("client_credentials")}},
                                                {{"Authorization", basic("sandbox-app", "sandbox-app-secret")}});
        QCOMPARE(json(repeated).value(QLatin1String("error")).toString(), QStringLiteral("invalid_request"));
        QCOMPARE(d.get(QStringLiteral("/token")).status, 405);
    }
};

QTEST_GUILESS_MAIN(TestSandboxProvider)
#include "tst_sandboxprovider.moc"
