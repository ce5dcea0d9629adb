#include "oauth/TokenResponse.h"

#include <QTest>

Q_DECLARE_METATYPE(cad::OAuthErrorKind)

using namespace cad;

namespace {
const QDateTime Now = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
const QByteArray Json = "application/json";
} // namespace

class TestTokenResponse : public QObject
{
    Q_OBJECT

private slots:
    void shapedResponsesAsProvidersSendThem()
    {
        // Slack: the user token under /authed_user, type "user"; the design sends it itself.
        TokenResponseShape slack;
        slack.accessTokenPointer = QStringLiteral("/authed_user/access_token");
        slack.anyTokenType = true;
        const auto s = TokenResponse::parse(OAuthStage::Token, 200, Json,
                                            "{\"ok\":true,\"access_token\":\"xoxb-bot\",\"token_type\":\"bot\","
                                            "\"authed_user\":{\"access_token\":\"xoxp-user\",\"token_type\":\"user\"}}",
                                            3600, {}, Now, slack);
        QVERIFY2(s.ok(), qPrintable(s.error().message()));
        QCOMPARE(s.tokens().accessToken, QStringLiteral("xoxp-user"));
        QCOMPARE(s.tokens().tokenType, QStringLiteral("bot"));
        // Without anyTokenType, "bot" is refused as before.
        slack.anyTokenType = false;
        QVERIFY(!TokenResponse::parse(OAuthStage::Token, 200, Json, "{\"access_token\":\"x\",\"token_type\":\"bot\"}",
                                      3600, {}, Now, slack)
                     .ok());

        // A nested token with its lifetime in milliseconds.
        TokenResponseShape nested;
        nested.accessTokenPointer = QStringLiteral("/data/token");
        nested.refreshTokenPointer = QStringLiteral("/data/refresh");
        nested.expiresInPointer = QStringLiteral("/data/ttl");
        nested.expiresInMilliseconds = true;
        const auto n = TokenResponse::parse(OAuthStage::Token, 200, Json,
                                            "{\"data\":{\"token\":\"AT\",\"refresh\":\"RT\",\"ttl\":5400000}}", 3600,
                                            {}, Now, nested);
        QVERIFY(n.ok());
        QCOMPARE(n.tokens().accessToken, QStringLiteral("AT"));
        QCOMPARE(n.tokens().refreshToken, QStringLiteral("RT"));
        QCOMPARE(n.tokens().expiresAt, Now.addSecs(5400)); // 5,400,000 ms = 90 min
        QVERIFY(n.expiresInGiven());
        const auto missing =
            TokenResponse::parse(OAuthStage::Token, 200, Json, "{\"access_token\":\"AT\"}", 3600, {}, Now, nested);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().detail,
                 QStringLiteral("The response has no access token at /data/token (the access token field)."));
    }

    void absoluteExpiryWhenNoLifetime_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("RFC 3339") << QByteArray("\"2026-01-01T13:30:00Z\"") << qint64(5400);
        QTest::newRow("RFC 3339 with offset") << QByteArray("\"2026-01-01T14:00:00+01:00\"") << qint64(3600);
        QTest::newRow("epoch seconds") << QByteArray("1767272400") << qint64(3600); // 2026-01-01T13:00:00Z
        QTest::newRow("epoch as text") << QByteArray("\"1767272400\"") << qint64(3600);
        QTest::newRow("in the past") << QByteArray("\"2025-12-31T00:00:00Z\"") << qint64(0);
        QTest::newRow("milliseconds are not seconds") << QByteArray("1767272400000") << qint64(777);
        QTest::newRow("words") << QByteArray("\"tomorrow\"") << qint64(777);
    }

    void absoluteExpiryWhenNoLifetime()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, seconds);
        TokenResponseShape shape;
        shape.expiresAtPointer = QStringLiteral("/expires_at");
        const auto r =
            TokenResponse::parse(OAuthStage::Token, 200, Json, "{\"access_token\":\"AT\",\"expires_at\":" + value + "}",
                                 777, {}, Now, shape);
        QVERIFY(r.ok());
        QCOMPARE(r.tokens().expiresAt, Now.addSecs(seconds));
        // A lifetime, when given, wins.
        const auto both = TokenResponse::parse(
            OAuthStage::Token, 200, Json, "{\"access_token\":\"AT\",\"expires_in\":60,\"expires_at\":" + value + "}",
            777, {}, Now, shape);
        QCOMPARE(both.tokens().expiresAt, Now.addSecs(60));
    }

    void capturedValuesAndRefresh()
    {
        // Salesforce: the API host in instance_url; a refresh that omits it keeps the earlier one.
        TokenResponseShape shape;
        shape.captures = {{QStringLiteral("instance_url"), QStringLiteral("/instance_url")},
                          {QStringLiteral("org"), QStringLiteral("/org/id")}};
        const auto first = TokenResponse::parse(
            OAuthStage::Token, 200, Json,
            "{\"access_token\":\"AT\",\"instance_url\":\"https://na1.example.com\",\"org\":{\"id\":42}}", 3600, {}, Now,
            shape);
        QVERIFY(first.ok());
        QCOMPARE(first.tokens().captured,
                 (QHash<QString, QString>{{QStringLiteral("instance_url"), QStringLiteral("https://na1.example.com")},
                                          {QStringLiteral("org"), QStringLiteral("42")}}));
        const auto refreshed =
            TokenResponse::parse(OAuthStage::Refresh, 200, Json, "{\"access_token\":\"AT2\",\"org\":{\"id\":43}}", 3600,
                                 first.tokens(), Now, shape);
        QCOMPARE(refreshed.tokens().captured.value(QStringLiteral("instance_url")),
                 QStringLiteral("https://na1.example.com"));
        QCOMPARE(refreshed.tokens().captured.value(QStringLiteral("org")), QStringLiteral("43"));
    }

    void fullResponse()
    {
        const auto r = TokenResponse::parse(OAuthStage::Token, 200, Json,
                                            "{\"access_token\":\"AT\",\"token_type\":\"bearer\",\"expires_in\":120,"
                                            "\"refresh_token\":\"RT\",\"scope\":\"a b\",\"id_token\":\"ID\"}",
                                            3600, {}, Now);
        QVERIFY(r.ok());
        QCOMPARE(r.tokens().accessToken, QStringLiteral("AT"));
        QCOMPARE(r.tokens().tokenType, QStringLiteral("Bearer")); // RFC 6749 7.1: case-insensitive, normalised
        QCOMPARE(r.tokens().refreshToken, QStringLiteral("RT"));
        QCOMPARE(r.tokens().idToken, QStringLiteral("ID"));
        QCOMPARE(r.tokens().scope, QStringLiteral("a b"));
        QCOMPARE(r.tokens().obtainedAt, Now);
        QCOMPARE(r.tokens().expiresAt, Now.addSecs(120));
        QVERIFY(r.expiresInGiven());
    }

    void expiresInVariants_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("number") << QByteArray("{\"access_token\":\"x\",\"expires_in\":300}") << qint64(300);
        QTest::newRow("numeric string") << QByteArray("{\"access_token\":\"x\",\"expires_in\":\"300\"}") << qint64(300);
        QTest::newRow("missing: default") << QByteArray("{\"access_token\":\"x\"}") << qint64(777);
        QTest::newRow("null: default") << QByteArray("{\"access_token\":\"x\",\"expires_in\":null}") << qint64(777);
        QTest::newRow("garbage: default")
            << QByteArray("{\"access_token\":\"x\",\"expires_in\":\"soon\"}") << qint64(777);
    }

    void expiresInVariants()
    {
        QFETCH(QByteArray, body);
        QFETCH(qint64, seconds);
        const auto r = TokenResponse::parse(OAuthStage::Token, 200, Json, body, 777, {}, Now);
        QVERIFY(r.ok());
        QCOMPARE(r.tokens().expiresAt, Now.addSecs(seconds));
        QCOMPARE(r.tokens().tokenType, QStringLiteral("Bearer")); // missing token_type: Bearer
    }

    // expires_in counts only as a finite number of seconds from 0 to 10 years (315576000 s); anything else
    // gives the default lifetime (here 777 s, so 12:12:57).
    void expiresInBounds_data()
    {
        QTest::addColumn<QByteArray>("expiresIn"); // the JSON text of the value
        QTest::addColumn<QDateTime>("expiresAt");
        QTest::addColumn<bool>("given");
        const QDateTime byDefault(QDate(2026, 1, 1), QTime(12, 12, 57), Qt::UTC);
        QTest::newRow("0") << QByteArray("0") << QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC) << true;
        QTest::newRow("1") << QByteArray("1") << QDateTime(QDate(2026, 1, 1), QTime(12, 0, 1), Qt::UTC) << true;
        QTest::newRow("3600") << QByteArray("3600") << QDateTime(QDate(2026, 1, 1), QTime(13, 0), Qt::UTC) << true;
        QTest::newRow("\"3600\"") << QByteArray("\"3600\"") << QDateTime(QDate(2026, 1, 1), QTime(13, 0), Qt::UTC)
                                  << true;
        QTest::newRow("\" 60 \"") << QByteArray("\" 60 \"") << QDateTime(QDate(2026, 1, 1), QTime(12, 1), Qt::UTC)
                                  << true;
        QTest::newRow("3600.9 truncated")
            << QByteArray("3600.9") << QDateTime(QDate(2026, 1, 1), QTime(13, 0), Qt::UTC) << true;
        QTest::newRow("\"3600.9\" truncated")
            << QByteArray("\"3600.9\"") << QDateTime(QDate(2026, 1, 1), QTime(13, 0), Qt::UTC) << true;
        QTest::newRow("0.5 truncated") << QByteArray("0.5") << QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC)
                                       << true;
        // 3652.5 days after 2026-01-01 12:00 (2028 and 2032 are leap years)
        QTest::newRow("10 years") << QByteArray("315576000") << QDateTime(QDate(2036, 1, 2), QTime(0, 0), Qt::UTC)
                                  << true;
        QTest::newRow("10 years + 1 s") << QByteArray("315576001") << byDefault << false;
        QTest::newRow("1e300") << QByteArray("1e300") << byDefault << false;
        QTest::newRow("\"1e300\"") << QByteArray("\"1e300\"") << byDefault << false;
        QTest::newRow("huge integer") << QByteArray("99999999999999999999999") << byDefault << false;
        QTest::newRow("int64 max") << QByteArray("9223372036854775807") << byDefault << false;
        QTest::newRow("-5") << QByteArray("-5") << byDefault << false;
        QTest::newRow("\"-5\"") << QByteArray("\"-5\"") << byDefault << false;
        QTest::newRow("-1e300") << QByteArray("-1e300") << byDefault << false;
        QTest::newRow("\"abc\"") << QByteArray("\"abc\"") << byDefault << false;
        QTest::newRow("\"\"") << QByteArray("\"\"") << byDefault << false;
        QTest::newRow("\"3600s\"") << QByteArray("\"3600s\"") << byDefault << false;
        QTest::newRow("\"nan\"") << QByteArray("\"nan\"") << byDefault << false;
        QTest::newRow("\"NaN\"") << QByteArray("\"NaN\"") << byDefault << false;
        QTest::newRow("\"inf\"") << QByteArray("\"inf\"") << byDefault << false;
        QTest::newRow("\"+inf\"") << QByteArray("\"+inf\"") << byDefault << false;
        QTest::newRow("\"-inf\"") << QByteArray("\"-inf\"") << byDefault << false;
        QTest::newRow("\"infinity\"") << QByteArray("\"infinity\"") << byDefault << false;
        QTest::newRow("true") << QByteArray("true") << byDefault << false;
        QTest::newRow("false") << QByteArray("false") << byDefault << false;
        QTest::newRow("{}") << QByteArray("{}") << byDefault << false;
        QTest::newRow("[3600]") << QByteArray("[3600]") << byDefault << false;
        QTest::newRow("null") << QByteArray("null") << byDefault << false;
    }

    void expiresInBounds()
    {
        QFETCH(QByteArray, expiresIn);
        QFETCH(QDateTime, expiresAt);
        QFETCH(bool, given);
        const QByteArray body = "{\"access_token\":\"x\",\"expires_in\":" + expiresIn + "}";
        const auto r = TokenResponse::parse(OAuthStage::Token, 200, Json, body, 777, {}, Now);
        QVERIFY2(r.ok(), qPrintable(r.error().message()));
        QCOMPARE(r.tokens().expiresAt, expiresAt);
        QCOMPARE(r.expiresInGiven(), given);
    }

    void expiresInFormEncoded()
    {
        const QByteArray form = "application/x-www-form-urlencoded";
        const auto hour =
            TokenResponse::parse(OAuthStage::Token, 200, form, "access_token=x&expires_in=3600", 777, {}, Now);
        QCOMPARE(hour.tokens().expiresAt, QDateTime(QDate(2026, 1, 1), QTime(13, 0), Qt::UTC));
        QVERIFY(hour.expiresInGiven());
        const auto nan =
            TokenResponse::parse(OAuthStage::Token, 200, form, "access_token=x&expires_in=nan", 777, {}, Now);
        QCOMPARE(nan.tokens().expiresAt, QDateTime(QDate(2026, 1, 1), QTime(12, 12, 57), Qt::UTC));
        QVERIFY(!nan.expiresInGiven());
        const auto missing = TokenResponse::parse(OAuthStage::Token, 200, form, "access_token=x", 777, {}, Now);
        QVERIFY(!missing.expiresInGiven());
    }

    void bearerTokenTypeInAnyCase_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("bearer") << QByteArray("{\"access_token\":\"x\",\"token_type\":\"bearer\"}");
        QTest::newRow("BEARER") << QByteArray("{\"access_token\":\"x\",\"token_type\":\"BEARER\"}");
        QTest::newRow("Bearer") << QByteArray("{\"access_token\":\"x\",\"token_type\":\"Bearer\"}");
        QTest::newRow("bEaReR") << QByteArray("{\"access_token\":\"x\",\"token_type\":\"bEaReR\"}");
        QTest::newRow("missing") << QByteArray("{\"access_token\":\"x\"}");
    }

    void bearerTokenTypeInAnyCase()
    {
        QFETCH(QByteArray, body);
        const auto r = TokenResponse::parse(OAuthStage::Token, 200, Json, body, 3600, {}, Now);
        QVERIFY2(r.ok(), qPrintable(r.error().message()));
        QCOMPARE(r.tokens().accessToken, QStringLiteral("x"));
        QCOMPARE(r.tokens().tokenType, QStringLiteral("Bearer"));
    }

    void otherTokenTypesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("tokenType"); // the JSON text of the value
        QTest::addColumn<QString>("shown");
        QTest::newRow("DPoP") << QByteArray("\"DPoP\"") << QStringLiteral("DPoP");
        QTest::newRow("mac") << QByteArray("\"mac\"") << QStringLiteral("mac");
        QTest::newRow("N_A") << QByteArray("\"N_A\"") << QStringLiteral("N_A");
        QTest::newRow("bearer with a suffix") << QByteArray("\"bearer2\"") << QStringLiteral("bearer2");
        QTest::newRow("a number") << QByteArray("42") << QStringLiteral("42");
    }

    void otherTokenTypesAreRefused()
    {
        QFETCH(QByteArray, tokenType);
        QFETCH(QString, shown);
        const QByteArray body = "{\"access_token\":\"AT\",\"refresh_token\":\"RT\",\"id_token\":\"ID\","
                                "\"expires_in\":60,\"token_type\":" +
                                tokenType + "}";
        TokenSet previous;
        previous.refreshToken = QStringLiteral("old-rt");
        const auto r = TokenResponse::parse(OAuthStage::Refresh, 200, Json, body, 3600, previous, Now);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, OAuthErrorKind::InvalidResponse);
        QCOMPARE(r.error().stage, OAuthStage::Refresh);
        const QString expected = QLatin1String("The provider issued a \"") + shown +
                                 QLatin1String("\" token, which Connector Auth Designer cannot send: it sends bearer "
                                               "tokens only. Ask the provider for bearer tokens.");
        QCOMPARE(r.error().detail, expected);
        QVERIFY2(r.error().message().contains(expected), qPrintable(r.error().message()));
        QVERIFY(r.tokens().accessToken.isEmpty());
        QVERIFY(r.tokens().refreshToken.isEmpty());
        QVERIFY(r.tokens().idToken.isEmpty());
        QVERIFY(r.tokens().tokenType.isEmpty());
    }

    void formEncodedResponse()
    {
        // GitHub's classic answer when Accept is ignored
        const auto r = TokenResponse::parse(OAuthStage::Token, 200, "application/x-www-form-urlencoded; charset=utf-8",
                                            "access_token=gho_x&scope=repo%2Cuser&token_type=bearer", 3600, {}, Now);
        QVERIFY(r.ok());
        QCOMPARE(r.tokens().accessToken, QStringLiteral("gho_x"));
        QCOMPARE(r.tokens().scope, QStringLiteral("repo,user"));
    }

    void rfc6749ErrorBody()
    {
        const auto r = TokenResponse::parse(
            OAuthStage::Token, 400, Json,
            "{\"error\":\"invalid_client\",\"error_description\":\"bad secret\",\"error_uri\":\"https://e.test/doc\"}",
            3600);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, OAuthErrorKind::ServerError);
        QCOMPARE(r.error().code, QStringLiteral("invalid_client"));
        QCOMPARE(r.error().description, QStringLiteral("bad secret"));
        QCOMPARE(r.error().uri, QStringLiteral("https://e.test/doc"));
        QCOMPARE(r.error().httpStatus, 400);
        QVERIFY(r.error().message().contains(QLatin1String("invalid_client")));
        QVERIFY(r.error().message().contains(QLatin1String("bad secret")));
        QVERIFY(!r.error().hint().isEmpty());
    }

    void invalidGrantOnRefreshNeedsReauthorization()
    {
        const QByteArray body = "{\"error\":\"invalid_grant\"}";
        QCOMPARE(TokenResponse::parse(OAuthStage::Refresh, 400, Json, body, 3600).error().kind,
                 OAuthErrorKind::NeedsReauthorization);
        QCOMPARE(TokenResponse::parse(OAuthStage::Token, 400, Json, body, 3600).error().kind,
                 OAuthErrorKind::ServerError);
    }

    void errorsWithoutTokens_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<OAuthErrorKind>("kind");
        QTest::newRow("html 200") << 200 << QByteArray("text/html") << QByteArray("<html>login</html>")
                                  << OAuthErrorKind::InvalidResponse;
        QTest::newRow("empty 200") << 200 << Json << QByteArray() << OAuthErrorKind::InvalidResponse;
        QTest::newRow("no access_token") << 200 << Json << QByteArray("{\"token_type\":\"Bearer\"}")
                                         << OAuthErrorKind::InvalidResponse;
        QTest::newRow("access_token not a string")
            << 200 << Json << QByteArray("{\"access_token\":42}") << OAuthErrorKind::InvalidResponse;
        QTest::newRow("json array") << 200 << Json << QByteArray("[1]") << OAuthErrorKind::InvalidResponse;
        QTest::newRow("500 text") << 500 << QByteArray("text/plain") << QByteArray("oops") << OAuthErrorKind::HttpError;
        QTest::newRow("404 json without error") << 404 << Json << QByteArray("{}") << OAuthErrorKind::HttpError;
        QTest::newRow("200 with error body")
            << 200 << Json << QByteArray("{\"error\":\"slow_down\"}") << OAuthErrorKind::ServerError;
    }

    void errorsWithoutTokens()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(OAuthErrorKind, kind);
        const auto r = TokenResponse::parse(OAuthStage::Token, status, contentType, body, 3600);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, kind);
        QVERIFY(r.tokens().accessToken.isEmpty());
        QVERIFY(!r.error().message().isEmpty());
    }

    void refreshKeepsOldRefreshTokenScopeAndIdToken()
    {
        TokenSet previous;
        previous.refreshToken = QStringLiteral("old-rt");
        previous.scope = QStringLiteral("a b");
        previous.idToken = QStringLiteral("old-id");
        const auto kept =
            TokenResponse::parse(OAuthStage::Refresh, 200, Json, "{\"access_token\":\"new\"}", 60, previous, Now);
        QVERIFY(kept.ok());
        QCOMPARE(kept.tokens().refreshToken, QStringLiteral("old-rt"));
        QCOMPARE(kept.tokens().scope, QStringLiteral("a b"));
        QCOMPARE(kept.tokens().idToken, QStringLiteral("old-id"));
        QVERIFY(!kept.refreshTokenRotated());

        const auto rotated =
            TokenResponse::parse(OAuthStage::Refresh, 200, Json,
                                 "{\"access_token\":\"new\",\"refresh_token\":\"new-rt\"}", 60, previous, Now);
        QCOMPARE(rotated.tokens().refreshToken, QStringLiteral("new-rt"));
        QVERIFY(rotated.refreshTokenRotated());
    }

    void tokenSetExpiry()
    {
        TokenSet t;
        QVERIFY(t.isExpired());
        t.accessToken = QStringLiteral("x");
        QVERIFY(!t.isExpired()); // unknown expiry: not expired
        t.expiresAt = QDateTime::currentDateTimeUtc().addSecs(100);
        QVERIFY(!t.isExpired(10));
        QVERIFY(t.isExpired(200));
    }
};

QTEST_GUILESS_MAIN(TestTokenResponse)
#include "tst_tokenresponse.moc"
