#include "oauth/ClientAuthentication.h"
#include "oauth/FormBody.h"

#include <QNetworkRequest>
#include <QTest>

Q_DECLARE_METATYPE(cad::ClientAuthMethod)

using namespace cad;

class TestClientAuthentication : public QObject
{
    Q_OBJECT

private slots:
    void basicHeaderFormEncodesBeforeBase64_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QByteArray>("decodedPair");
        QTest::newRow("plain") << QStringLiteral("client") << QStringLiteral("secret") << QByteArray("client:secret");
        QTest::newRow("colon in id and secret")
            << QStringLiteral("my:client") << QStringLiteral("a:b") << QByteArray("my%3Aclient:a%3Ab");
        QTest::newRow("percent and plus")
            << QStringLiteral("id%1") << QStringLiteral("s+%20") << QByteArray("id%251:s%2B%2520");
        QTest::newRow("space becomes plus") << QStringLiteral("id") << QStringLiteral("a b") << QByteArray("id:a+b");
        QTest::newRow("non-ASCII is UTF-8 percent-encoded")
            << QStringLiteral("clé") << QStringLiteral("пароль")
            << QByteArray("cl%C3%A9:%D0%BF%D0%B0%D1%80%D0%BE%D0%BB%D1%8C");
        QTest::newRow("unreserved stay") << QStringLiteral("a-b.c_d~e") << QStringLiteral("Z9")
                                         << QByteArray("a-b.c_d~e:Z9");
    }

    void basicHeaderFormEncodesBeforeBase64()
    {
        QFETCH(QString, id);
        QFETCH(QString, secret);
        QFETCH(QByteArray, decodedPair);
        const QByteArray header = ClientAuthentication::basicHeaderValue(id, secret);
        QVERIFY(header.startsWith("Basic "));
        QCOMPARE(QByteArray::fromBase64(header.mid(6)), decodedPair);
    }

    void basicHeaderPlacement()
    {
        OAuthConfig config;
        config.clientId = QStringLiteral("id");
        config.clientSecret = QStringLiteral("se:cret");
        config.clientAuth = ClientAuthMethod::BasicHeader;
        QNetworkRequest request;
        FormBody body;
        body.add(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        ClientAuthentication::apply(config, request, body);
        QCOMPARE(request.rawHeader("Authorization"),
                 ClientAuthentication::basicHeaderValue(config.clientId, config.clientSecret));
        QCOMPARE(body.toByteArray(), QByteArray("grant_type=client_credentials"));
    }

    void requestBodyPlacement()
    {
        OAuthConfig config;
        config.clientId = QStringLiteral("id");
        config.clientSecret = QStringLiteral("se:cret&x=1");
        config.clientAuth = ClientAuthMethod::RequestBody;
        QNetworkRequest request;
        FormBody body;
        ClientAuthentication::apply(config, request, body);
        QVERIFY(!request.hasRawHeader("Authorization"));
        QCOMPARE(body.toByteArray(), QByteArray("client_id=id&client_secret=se%3Acret%26x%3D1"));
    }

    void publicClientSendsNoAuthorizationHeader_data()
    {
        QTest::addColumn<ClientAuthMethod>("method");
        QTest::newRow("configured for Basic") << ClientAuthMethod::BasicHeader;
        QTest::newRow("configured for body") << ClientAuthMethod::RequestBody;
    }

    void publicClientSendsNoAuthorizationHeader()
    {
        QFETCH(ClientAuthMethod, method);
        OAuthConfig config;
        config.clientId = QStringLiteral("public app");
        config.clientAuth = method;
        QNetworkRequest request;
        FormBody body;
        ClientAuthentication::apply(config, request, body);
        QVERIFY(!request.hasRawHeader("Authorization"));
        QCOMPARE(body.toByteArray(), QByteArray("client_id=public+app"));
    }

    void formBodyRoundTrips()
    {
        FormBody body;
        body.add(QStringLiteral("a b"), QStringLiteral("x+y&z=é%"));
        const QByteArray encoded = body.toByteArray();
        QCOMPARE(encoded, QByteArray("a+b=x%2By%26z%3D%C3%A9%25"));
        const OAuthParams parsed = FormBody::parse(encoded);
        QCOMPARE(parsed.size(), 1);
        QCOMPARE(parsed.first().first, QStringLiteral("a b"));
        QCOMPARE(parsed.first().second, QStringLiteral("x+y&z=é%"));
    }
};

QTEST_GUILESS_MAIN(TestClientAuthentication)
#include "tst_clientauthentication.moc"
