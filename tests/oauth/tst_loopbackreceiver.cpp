#include "oauth/LoopbackReceiver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace cad;

class TestLoopbackReceiver : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

    std::unique_ptr<QNetworkReply> get(const QUrl &url)
    {
        std::unique_ptr<QNetworkReply> reply(m_nam.get(QNetworkRequest(url)));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(5000);
        return reply;
    }

    static int status(QNetworkReply *reply)
    {
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

private slots:
    void bindsLoopbackOnlyOnAnEphemeralPort()
    {
        LoopbackReceiver receiver;
        QVERIFY2(receiver.listen(), qPrintable(receiver.errorString()));
        QCOMPARE(receiver.serverAddress(), QHostAddress(QHostAddress::LocalHost));
        QVERIFY(receiver.port() > 0);
        QCOMPARE(receiver.redirectUri(), QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(receiver.port())));
    }

    void acceptsOneRedirectAndAnswersHtml()
    {
        LoopbackReceiver receiver;
        QVERIFY(receiver.listen());
        QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);
        QUrl url = receiver.redirectUri();
        url.setQuery(QStringLiteral("code=abc%2B1&state=xyz"));

        auto favicon = get(QUrl(QStringLiteral("http://127.0.0.1:%1/favicon.ico").arg(receiver.port())));
        QCOMPARE(status(favicon.get()), 404);
        QCOMPARE(received.size(), 0);

        auto reply = get(url);
        QCOMPARE(status(reply.get()), 200);
        QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(QLatin1String("text/html")));
        QVERIFY(reply->readAll().contains("You can close this window"));
        QCOMPARE(received.size(), 1);
        const QUrl got = received.first().first().toUrl();
        QCOMPARE(got.path(), QStringLiteral("/callback"));
        QCOMPARE(got.query(QUrl::FullyEncoded), QStringLiteral("code=abc%2B1&state=xyz"));
        QVERIFY(!receiver.isListening()); // exactly one request
    }

    void errorRedirectGetsAnErrorPage()
    {
        LoopbackReceiver receiver;
        QVERIFY(receiver.listen());
        QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);
        QUrl url = receiver.redirectUri();
        url.setQuery(QStringLiteral("error=access_denied&state=xyz"));
        auto reply = get(url);
        QCOMPARE(status(reply.get()), 200);
        const QByteArray html = reply->readAll();
        QVERIFY(html.contains("access_denied"));
        QVERIFY(!html.contains("You can close this window"));
        QCOMPARE(received.size(), 1);
    }

    void callbackWithoutParametersIsNotAccepted()
    {
        LoopbackReceiver receiver;
        QVERIFY(receiver.listen());
        QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);
        auto reply = get(receiver.redirectUri());
        QCOMPARE(status(reply.get()), 400);
        QCOMPARE(received.size(), 0);
        QVERIFY(receiver.isListening());
    }

    void timesOut()
    {
        LoopbackReceiver receiver;
        receiver.setTimeout(200);
        QVERIFY(receiver.listen());
        QSignalSpy timedOut(&receiver, &LoopbackReceiver::timedOut);
        QVERIFY(timedOut.wait(5000));
        QVERIFY(!receiver.isListening());
    }
};

QTEST_GUILESS_MAIN(TestLoopbackReceiver)
#include "tst_loopbackreceiver.moc"
