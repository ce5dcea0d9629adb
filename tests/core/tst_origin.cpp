// Origins (RFC 6454) decide where credentials may go: scheme, host and effective port, nothing else.
#include "core/Origin.h"

#include <QTest>

using namespace cad;

class tst_Origin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void originOfAUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("origin");
        QTest::newRow("path and query dropped") << "https://api.example.com/v1/me?x=1"
                                                << "https://api.example.com";
        QTest::newRow("default https port") << "https://api.example.com:443/"
                                            << "https://api.example.com";
        QTest::newRow("default http port") << "http://127.0.0.1:80/x"
                                           << "http://127.0.0.1";
        QTest::newRow("other port kept") << "http://127.0.0.1:8080/callback"
                                         << "http://127.0.0.1:8080";
        QTest::newRow("case folded") << "HTTPS://API.Example.COM/x"
                                     << "https://api.example.com";
        QTest::newRow("user info dropped") << "https://user:pw@a.example/"
                                           << "https://a.example";
        QTest::newRow("ipv6 loopback") << "http://[::1]:9000/x"
                                       << "http://[::1]:9000";
        QTest::newRow("not http") << "ftp://a.example/"
                                  << "";
        QTest::newRow("relative") << "/token"
                                  << "";
        QTest::newRow("no host") << "https:///path"
                                 << "";
    }
    void originOfAUrl()
    {
        QFETCH(QString, url);
        QFETCH(QString, origin);
        const Origin o = Origin::of(QUrl(url));
        QCOMPARE(o.toString(), origin);
        QCOMPARE(o.isValid(), !origin.isEmpty());
        if (o.isValid())
            QCOMPARE(Origin::fromString(o.toString()), o);
    }

    void portAndSchemeMakeADifferentOrigin()
    {
        const Origin a = Origin::of(QUrl(QStringLiteral("https://a.example/token")));
        QCOMPARE(a, Origin::of(QUrl(QStringLiteral("https://a.example:443/revoke"))));
        QVERIFY(a != Origin::of(QUrl(QStringLiteral("https://a.example:8443/token"))));
        QVERIFY(a != Origin::of(QUrl(QStringLiteral("http://a.example/token"))));
        QVERIFY(a != Origin::of(QUrl(QStringLiteral("https://b.example/token"))));
        QVERIFY(a != Origin::of(QUrl(QStringLiteral("https://a.example.evil.example/token"))));
    }

    void loopbackIsDecidedByTheAddressNotAPrefix_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
        QTest::newRow("127.1.2.3") << "127.1.2.3" << true;
        QTest::newRow("::1") << "::1" << true;
        QTest::newRow("localhost") << "localhost" << true;
        QTest::newRow("LOCALHOST") << "LOCALHOST" << true;
        QTest::newRow("127.evil.example") << "127.evil.example" << false;
        QTest::newRow("localhost.evil.example") << "localhost.evil.example" << false;
        QTest::newRow("128.0.0.1") << "128.0.0.1" << false;
        QTest::newRow("10.0.0.1") << "10.0.0.1" << false;
        QTest::newRow("0.0.0.0") << "0.0.0.0" << false;
        QTest::newRow("empty") << "" << false;
    }
    void loopbackIsDecidedByTheAddressNotAPrefix()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(isLoopbackHost(host), loopback);
    }

    void secureOrLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://a.example/token" << true;
        QTest::newRow("http loopback") << "http://127.0.0.1:4000/token" << true;
        QTest::newRow("http ipv6 loopback") << "http://[::1]:4000/token" << true;
        QTest::newRow("http localhost") << "http://localhost:4000/token" << true;
        QTest::newRow("http remote") << "http://a.example/token" << false;
        QTest::newRow("http 127.evil") << "http://127.evil.example/token" << false;
        QTest::newRow("file") << "file:///etc/passwd" << false;
    }
    void secureOrLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(isSecureOrLoopback(QUrl(url)), allowed);
    }
};

QTEST_GUILESS_MAIN(tst_Origin)
#include "tst_origin.moc"
