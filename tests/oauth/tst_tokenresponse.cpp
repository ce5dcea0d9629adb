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
    void fullResponse()
    {
        const auto r = TokenResponse::parse(OAuthStage::Token, 200, Json,
                                            "{\"access_token\":\"AT\",\"token_type\":\"bearer\",\"expires_in\":120,"
                                            "\"refresh_token\":\"RT\",\"scope\":\"a b\",\"id_token\":\"ID\"}",
                                            3600, {}, Now);
        QVERIFY(r.ok());
        QCOMPARE(r.tokens().accessToken, QStringLiteral("AT"));
        QCOMPARE(r.tokens().tokenType, QStringLiteral("bearer"));
        QCOMPARE(r.tokens().refreshToken, QStringLiteral("RT"));
        QCOMPARE(r.tokens().idToken, QStringLiteral("ID"));
        QCOMPARE(r.tokens().scope, QStringLiteral("a b"));
        QCOMPARE(r.tokens().obtainedAt, Now);
        QCOMPARE(r.tokens().expiresAt, Now.addSecs(120));
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
