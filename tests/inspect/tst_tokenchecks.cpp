// TokenChecks: each claim rule at a fixed "now", the scope comparison of RFC 6749 3.3 and the
// expiry countdown.
#include "inspect/TokenChecks.h"

#include <QJsonArray>
#include <QLocale>
#include <QTest>

#include <optional>

using namespace cad;
using Level = ClaimFinding::Level;
using Expectations = TokenChecks::Expectations;

Q_DECLARE_METATYPE(cad::ClaimFinding::Level)

namespace {

const QDateTime Now(QDate(2024, 5, 1), QTime(12, 0, 0), Qt::UTC);
const QString Issuer = QStringLiteral("https://idp.example/tenant");
const QString ClientId = QStringLiteral("app-1");

qint64 at(qint64 secondsFromNow)
{
    return Now.toSecsSinceEpoch() + secondsFromNow;
}

/// How the inspector shows a time: local time, the locale's short format.
QString shownTime(qint64 secondsFromNow)
{
    return QLocale().toString(Now.addSecs(secondsFromNow).toLocalTime(), QLocale::ShortFormat);
}

/// An ID token's claims that pass every check; tests change one claim at a time.
QJsonObject goodClaims()
{
    return QJsonObject{{QStringLiteral("iss"), Issuer},   {QStringLiteral("sub"), QStringLiteral("alice")},
                       {QStringLiteral("aud"), ClientId}, {QStringLiteral("exp"), at(3500)},
                       {QStringLiteral("iat"), at(-100)}, {QStringLiteral("nonce"), QStringLiteral("n-0S6_WzA2Mj")}};
}

Expectations expected()
{
    Expectations e;
    e.issuer = Issuer;
    e.tokenUrl = QUrl(QStringLiteral("https://idp.example/tenant/oauth2/token"));
    e.clientId = ClientId;
    e.nonce = QStringLiteral("n-0S6_WzA2Mj");
    return e;
}

QList<ClaimFinding> check(const QJsonObject &claims, const Expectations &e = expected())
{
    Jwt jwt;
    jwt.header = QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")}};
    jwt.claims = claims;
    return TokenChecks::checkClaims(jwt, e, Now);
}

std::optional<ClaimFinding> findingFor(const QList<ClaimFinding> &findings, const QString &claim)
{
    for (const ClaimFinding &f : findings) {
        if (f.claim == claim)
            return f;
    }
    return std::nullopt;
}

} // namespace

class TestTokenChecks : public QObject
{
    Q_OBJECT

private slots:
    void aGoodIdTokenPassesEveryCheck()
    {
        const QList<ClaimFinding> findings = check(goodClaims());
        QStringList claims;
        for (const ClaimFinding &f : findings) {
            claims << f.claim;
            QVERIFY2(f.level == Level::Ok || f.level == Level::Info,
                     qPrintable(f.claim + QLatin1String(": ") + f.text));
            QVERIFY2(f.text.at(0).isUpper() && f.text.endsWith(QLatin1Char('.')), qPrintable(f.text));
        }
        QCOMPARE(claims, (QStringList{QStringLiteral("exp"), QStringLiteral("iat"), QStringLiteral("iss"),
                                      QStringLiteral("aud"), QStringLiteral("nonce")}));
        const ClaimFinding exp = *findingFor(findings, QStringLiteral("exp"));
        QCOMPARE(exp.level, Level::Ok);
        QCOMPARE(exp.text, QStringLiteral("The token expires at %1 (expires in 58 min).").arg(shownTime(3500)));
        QCOMPARE(findingFor(findings, QStringLiteral("iat"))->text,
                 QStringLiteral("The token was issued at %1 (1 min ago).").arg(shownTime(-100)));
    }

    void expiry_data()
    {
        QTest::addColumn<QJsonValue>("exp");
        QTest::addColumn<Level>("level");
        QTest::addColumn<QString>("text");
        QTest::newRow("in 2 h 5 min")
            << QJsonValue(at(7500)) << Level::Ok
            << QStringLiteral("The token expires at %1 (expires in 2 h 5 min).").arg(shownTime(7500));
        QTest::newRow("expired 3 min ago") << QJsonValue(at(-180)) << Level::Error
                                           << QStringLiteral("The token expired at %1 (expired 3 min ago). Obtain a "
                                                             "new token.")
                                                  .arg(shownTime(-180));
        QTest::newRow("expires now")
            << QJsonValue(at(0)) << Level::Error
            << QStringLiteral("The token expired at %1 (expired 0 s ago). Obtain a new token.").arg(shownTime(0));
        QTest::newRow("a string") << QJsonValue(QStringLiteral("1714564800")) << Level::Error
                                  << QStringLiteral("The claim exp is not a number of seconds since 1970");
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << Level::Warning
                                 << QStringLiteral("The token has no expiry (exp)");
    }

    void expiry()
    {
        QFETCH(QJsonValue, exp);
        QFETCH(Level, level);
        QFETCH(QString, text);
        QJsonObject claims = goodClaims();
        if (exp.isUndefined())
            claims.remove(QStringLiteral("exp"));
        else
            claims.insert(QStringLiteral("exp"), exp);
        const auto f = findingFor(check(claims), QStringLiteral("exp"));
        QVERIFY(f);
        QCOMPARE(f->level, level);
        QVERIFY2(f->text.startsWith(text), qPrintable(f->text));
    }

    void issuedAt()
    {
        QJsonObject claims = goodClaims();
        claims.insert(QStringLiteral("iat"), at(7200));
        auto f = findingFor(check(claims), QStringLiteral("iat"));
        QCOMPARE(f->level, Level::Warning);
        QVERIFY2(f->text.contains(QLatin1String("2 h in the future")), qPrintable(f->text));
        // Within a minute of clock skew: fine.
        claims.insert(QStringLiteral("iat"), at(30));
        QCOMPARE(findingFor(check(claims), QStringLiteral("iat"))->level, Level::Info);
        // Missing: an ID token must have it, an access token need not.
        claims.remove(QStringLiteral("iat"));
        QCOMPARE(findingFor(check(claims), QStringLiteral("iat"))->level, Level::Warning);
        Expectations access = expected();
        access.kind = TokenChecks::TokenKind::AccessToken;
        QCOMPARE(findingFor(check(claims, access), QStringLiteral("iat"))->level, Level::Info);
    }

    void notBefore()
    {
        QJsonObject claims = goodClaims();
        QVERIFY(!findingFor(check(claims), QStringLiteral("nbf"))); // absent: nothing to say
        claims.insert(QStringLiteral("nbf"), at(600));
        auto f = findingFor(check(claims), QStringLiteral("nbf"));
        QCOMPARE(f->level, Level::Error);
        QVERIFY2(f->text.startsWith(
                     QStringLiteral("The token is not valid before %1 (valid in 10 min).").arg(shownTime(600))),
                 qPrintable(f->text));
        claims.insert(QStringLiteral("nbf"), at(-60));
        f = findingFor(check(claims), QStringLiteral("nbf"));
        QCOMPARE(f->level, Level::Ok);
        QCOMPARE(f->text, QStringLiteral("The token is valid since %1.").arg(shownTime(-60)));
    }

    void issuer_data()
    {
        QTest::addColumn<QJsonValue>("iss");
        QTest::addColumn<QString>("designIssuer");
        QTest::addColumn<Level>("level");
        QTest::addColumn<QString>("text");
        QTest::newRow("as expected") << QJsonValue(Issuer) << Issuer << Level::Ok
                                     << QStringLiteral(
                                            "The issuer is https://idp.example/tenant, as the design expects.");
        QTest::newRow("other issuer") << QJsonValue(QStringLiteral("https://evil.example")) << Issuer << Level::Error
                                      << QStringLiteral("The issuer is https://evil.example, but the design expects "
                                                        "https://idp.example/tenant.");
        // Exact comparison (OpenID Connect Core 3.1.3.7): a trailing slash is another issuer.
        QTest::newRow("trailing slash") << QJsonValue(Issuer + QLatin1Char('/')) << Issuer << Level::Error
                                        << QStringLiteral("The issuer is https://idp.example/tenant/, but");
        QTest::newRow("no design issuer, token URL's origin")
            << QJsonValue(Issuer) << QString() << Level::Info
            << QStringLiteral("The issuer is https://idp.example/tenant, at the token URL's origin. The design names "
                              "no issuer");
        QTest::newRow("no design issuer, other origin")
            << QJsonValue(QStringLiteral("https://login.other.example")) << QString() << Level::Warning
            << QStringLiteral("The issuer is https://login.other.example, which is not at the token URL's origin "
                              "https://idp.example.");
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << Issuer << Level::Error
                                 << QStringLiteral("The token names no issuer (iss)");
    }

    void issuer()
    {
        QFETCH(QJsonValue, iss);
        QFETCH(QString, designIssuer);
        QFETCH(Level, level);
        QFETCH(QString, text);
        QJsonObject claims = goodClaims();
        if (iss.isUndefined())
            claims.remove(QStringLiteral("iss"));
        else
            claims.insert(QStringLiteral("iss"), iss);
        Expectations e = expected();
        e.issuer = designIssuer;
        const auto f = findingFor(check(claims, e), QStringLiteral("iss"));
        QVERIFY(f);
        QCOMPARE(f->level, level);
        QVERIFY2(f->text.startsWith(text), qPrintable(f->text));
    }

    void audience_data()
    {
        QTest::addColumn<QJsonValue>("aud");
        QTest::addColumn<bool>("accessToken");
        QTest::addColumn<Level>("level");
        QTest::addColumn<QString>("text");
        QTest::newRow("the client") << QJsonValue(ClientId) << false << Level::Ok
                                    << QStringLiteral("The audience is this design's client ID, app-1.");
        QTest::newRow("a list with the client")
            << QJsonValue(QJsonArray{QStringLiteral("https://api.example"), ClientId}) << false << Level::Ok
            << QStringLiteral("The audiences https://api.example, app-1 include this design's client ID.");
        QTest::newRow("another client") << QJsonValue(QStringLiteral("app-2")) << false << Level::Error
                                        << QStringLiteral("The audience app-2 does not include this design's client "
                                                          "ID, app-1");
        QTest::newRow("access token for an API")
            << QJsonValue(QStringLiteral("https://api.example")) << true << Level::Info
            << QStringLiteral("The audience is https://api.example: the API");
        QTest::newRow("not strings") << QJsonValue(QJsonArray{1, 2}) << false << Level::Error
                                     << QStringLiteral("The audience (aud) is neither a string nor a list of strings.");
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << false << Level::Error
                                 << QStringLiteral("The token names no audience (aud)");
    }

    void audience()
    {
        QFETCH(QJsonValue, aud);
        QFETCH(bool, accessToken);
        QFETCH(Level, level);
        QFETCH(QString, text);
        QJsonObject claims = goodClaims();
        if (aud.isUndefined())
            claims.remove(QStringLiteral("aud"));
        else
            claims.insert(QStringLiteral("aud"), aud);
        Expectations e = expected();
        if (accessToken)
            e.kind = TokenChecks::TokenKind::AccessToken;
        const auto f = findingFor(check(claims, e), QStringLiteral("aud"));
        QVERIFY(f);
        QCOMPARE(f->level, level);
        QVERIFY2(f->text.startsWith(text), qPrintable(f->text));
    }

    void authorizedParty()
    {
        QJsonObject claims = goodClaims();
        QVERIFY(!findingFor(check(claims), QStringLiteral("azp"))); // one audience, no azp: fine
        claims.insert(QStringLiteral("aud"), QJsonArray{ClientId, QStringLiteral("https://api.example")});
        auto f = findingFor(check(claims), QStringLiteral("azp"));
        QCOMPARE(f->level, Level::Warning);
        QVERIFY2(f->text.startsWith(QLatin1String("The token names several audiences but no authorized party")),
                 qPrintable(f->text));
        claims.insert(QStringLiteral("azp"), ClientId);
        f = findingFor(check(claims), QStringLiteral("azp"));
        QCOMPARE(f->level, Level::Ok);
        claims.insert(QStringLiteral("azp"), QStringLiteral("app-2"));
        f = findingFor(check(claims), QStringLiteral("azp"));
        QCOMPARE(f->level, Level::Error);
        QCOMPARE(f->text, QStringLiteral("The authorized party (azp) is app-2, not this design's client ID, app-1: the "
                                         "token was issued to another client."));
    }

    void nonce_data()
    {
        QTest::addColumn<QString>("sent");
        QTest::addColumn<QJsonValue>("inToken");
        QTest::addColumn<Level>("level");
        QTest::addColumn<QString>("text");
        const QString nonce = QStringLiteral("n-0S6_WzA2Mj");
        QTest::newRow("sent and returned") << nonce << QJsonValue(nonce) << Level::Ok
                                           << QStringLiteral("The token's nonce is the one sent with this sign-in.");
        QTest::newRow("another nonce") << nonce << QJsonValue(QStringLiteral("n-other-sign-in")) << Level::Error
                                       << QStringLiteral("The token's nonce differs from the one sent");
        QTest::newRow("sent, not returned") << nonce << QJsonValue(QJsonValue::Undefined) << Level::Error
                                            << QStringLiteral("A nonce was sent with the sign-in, but the token "
                                                              "carries none.");
        QTest::newRow("not sent, but in the token") << QString() << QJsonValue(nonce) << Level::Warning
                                                    << QStringLiteral("The token carries a nonce, but none was sent");
        QTest::newRow("neither") << QString() << QJsonValue(QJsonValue::Undefined) << Level::Info
                                 << QStringLiteral("No nonce was sent, and the token carries none.");
    }

    void nonce()
    {
        QFETCH(QString, sent);
        QFETCH(QJsonValue, inToken);
        QFETCH(Level, level);
        QFETCH(QString, text);
        QJsonObject claims = goodClaims();
        if (inToken.isUndefined())
            claims.remove(QStringLiteral("nonce"));
        else
            claims.insert(QStringLiteral("nonce"), inToken);
        Expectations e = expected();
        e.nonce = sent;
        const QList<ClaimFinding> findings = check(claims, e);
        const auto f = findingFor(findings, QStringLiteral("nonce"));
        QVERIFY(f);
        QCOMPARE(f->level, level);
        QVERIFY2(f->text.startsWith(text), qPrintable(f->text));
        // Nonces tie a token to one sign-in: never shown.
        for (const ClaimFinding &each : findings) {
            QVERIFY(!each.text.contains(QLatin1String("n-0S6_WzA2Mj")));
            QVERIFY(!each.text.contains(QLatin1String("n-other-sign-in")));
        }
        // An access token has no nonce to check.
        e.kind = TokenChecks::TokenKind::AccessToken;
        QVERIFY(!findingFor(check(claims, e), QStringLiteral("nonce")));
    }

    void scopes_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("granted");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QStringList>("requestedList");
        QTest::addColumn<QStringList>("grantedList");
        QTest::addColumn<QStringList>("missing");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<bool>("reported");
        const auto list = [](const char *text) {
            return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        };
        QTest::newRow("all granted") << QStringLiteral("openid profile") << QStringLiteral("profile openid")
                                     << QStringLiteral(" ") << list("openid profile") << list("profile openid")
                                     << QStringList() << QStringList() << true;
        QTest::newRow("one missing") << QStringLiteral("openid api:read api:write") << QStringLiteral("openid api:read")
                                     << QStringLiteral(" ") << list("openid api:read api:write")
                                     << list("openid api:read") << list("api:write") << QStringList() << true;
        QTest::newRow("one extra") << QStringLiteral("api:read") << QStringLiteral("api:read offline_access")
                                   << QStringLiteral(" ") << list("api:read") << list("api:read offline_access")
                                   << QStringList() << list("offline_access") << true;
        // RFC 6749 3.3: no scope in the response means the requested scope was granted.
        QTest::newRow("not reported") << QStringLiteral("openid profile") << QString() << QStringLiteral(" ")
                                      << list("openid profile") << list("openid profile") << QStringList()
                                      << QStringList() << false;
        QTest::newRow("white space only")
            << QStringLiteral("openid") << QStringLiteral("  ") << QStringLiteral(" ") << list("openid")
            << list("openid") << QStringList() << QStringList() << false;
        QTest::newRow("comma separator") << QStringLiteral("channels:read,chat:write")
                                         << QStringLiteral("chat:write, users:read") << QStringLiteral(",")
                                         << list("channels:read chat:write") << list("chat:write users:read")
                                         << list("channels:read") << list("users:read") << true;
        QTest::newRow("duplicates, order kept")
            << QStringLiteral("b a b  c") << QStringLiteral("c c b") << QStringLiteral(" ") << list("b a c")
            << list("c b") << list("a") << QStringList() << true;
    }

    void scopes()
    {
        QFETCH(QString, requested);
        QFETCH(QString, granted);
        QFETCH(QString, separator);
        QFETCH(QStringList, requestedList);
        QFETCH(QStringList, grantedList);
        QFETCH(QStringList, missing);
        QFETCH(QStringList, extra);
        QFETCH(bool, reported);
        const ScopeComparison c = TokenChecks::compareScopes(requested, granted, separator);
        QCOMPARE(c.requested, requestedList);
        QCOMPARE(c.granted, grantedList);
        QCOMPARE(c.missing, missing);
        QCOMPARE(c.extra, extra);
        QCOMPARE(c.grantedReported, reported);
    }

    void lifetime_data()
    {
        QTest::addColumn<qint64>("secondsLeft");
        QTest::addColumn<QString>("text");
        QTest::newRow("4 min 12 s") << qint64(252) << QStringLiteral("expires in 4 min 12 s");
        QTest::newRow("exactly 4 min") << qint64(240) << QStringLiteral("expires in 4 min");
        QTest::newRow("45 s") << qint64(45) << QStringLiteral("expires in 45 s");
        QTest::newRow("2 h 5 min") << qint64(7530) << QStringLiteral("expires in 2 h 5 min");
        QTest::newRow("3 d") << qint64(3 * 86400 + 59) << QStringLiteral("expires in 3 d");
        QTest::newRow("now") << qint64(0) << QStringLiteral("expired");
        QTest::newRow("past") << qint64(-30) << QStringLiteral("expired");
    }

    void lifetime()
    {
        QFETCH(qint64, secondsLeft);
        QFETCH(QString, text);
        QCOMPARE(TokenChecks::describeLifetime(Now.addSecs(secondsLeft), Now), text);
    }

    void lifetimeUnknown()
    {
        QCOMPARE(TokenChecks::describeLifetime(QDateTime(), Now), QStringLiteral("no expiry known"));
    }
};

QTEST_GUILESS_MAIN(TestTokenChecks)
#include "tst_tokenchecks.moc"
