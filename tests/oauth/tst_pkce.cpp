#include "oauth/Pkce.h"

#include <QSet>
#include <QTest>

using namespace cad;

class TestPkce : public QObject
{
    Q_OBJECT

private slots:
    void s256MatchesRfc7636AppendixB()
    {
        const QString verifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        QCOMPARE(Pkce::challenge(verifier, PkceMethod::S256),
                 QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        QCOMPARE(Pkce::methodName(PkceMethod::S256), QStringLiteral("S256"));
    }

    void plainChallengeIsTheVerifier()
    {
        const QString verifier = Pkce::generateVerifier();
        QCOMPARE(Pkce::challenge(verifier, PkceMethod::Plain), verifier);
        QCOMPARE(Pkce::methodName(PkceMethod::Plain), QStringLiteral("plain"));
        QVERIFY(Pkce::challenge(verifier, PkceMethod::None).isEmpty());
    }

    void verifierHasValidLengthAndCharset_data()
    {
        QTest::addColumn<int>("requested");
        QTest::addColumn<int>("expected");
        QTest::newRow("too short is clamped") << 10 << 43;
        QTest::newRow("minimum") << 43 << 43;
        QTest::newRow("default") << Pkce::DefaultVerifierLength << Pkce::DefaultVerifierLength;
        QTest::newRow("maximum") << 128 << 128;
        QTest::newRow("too long is clamped") << 500 << 128;
    }

    void verifierHasValidLengthAndCharset()
    {
        QFETCH(int, requested);
        QFETCH(int, expected);
        for (int i = 0; i < 50; ++i) {
            const QString v = Pkce::generateVerifier(requested);
            QCOMPARE(v.size(), expected);
            QVERIFY2(Pkce::isValidVerifier(v), qPrintable(v));
        }
    }

    void verifiersAreUnpredictable()
    {
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i)
            seen.insert(Pkce::generateVerifier());
        QCOMPARE(seen.size(), 200);
        // all 66 unreserved characters show up over many verifiers (not e.g. hex only)
        QSet<QChar> chars;
        for (const QString &v : std::as_const(seen))
            for (QChar c : v)
                chars.insert(c);
        QVERIFY2(chars.size() > 60, qPrintable(QString::number(chars.size())));
    }

    void validatorRejectsBadVerifiers()
    {
        QVERIFY(!Pkce::isValidVerifier(QString(42, QLatin1Char('a'))));
        QVERIFY(!Pkce::isValidVerifier(QString(129, QLatin1Char('a'))));
        QVERIFY(!Pkce::isValidVerifier(QString(50, QLatin1Char('a')) + QStringLiteral("+")));
        QVERIFY(!Pkce::isValidVerifier(QString(50, QLatin1Char('a')) + QStringLiteral("é")));
    }

    void stateTokenHasAtLeast128Bits()
    {
        const QString state = Pkce::randomToken(32);
        QCOMPARE(QByteArray::fromBase64(state.toLatin1(), QByteArray::Base64UrlEncoding).size(), 32);
        QVERIFY(Pkce::randomToken(16) != Pkce::randomToken(16));
    }
};

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
