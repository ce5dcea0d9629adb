#include "oauth/LoopbackReceiver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

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

    /// One raw HTTP/1.1 GET over a plain QTcpSocket; the whole answer, read until the receiver closes.
    static QByteArray rawGet(quint16 port, const QByteArray &target)
    {
        QByteArray answer; // outlives the socket and its connections
        QTcpSocket socket;
        connect(&socket, &QTcpSocket::readyRead, &socket, [&socket, &answer] { answer += socket.readAll(); });
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        if (!QTest::qWaitFor([&socket] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
            return {};
        socket.write("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        if (!QTest::qWaitFor([&socket] { return socket.state() == QAbstractSocket::UnconnectedState; }, 5000))
            return {};
        return answer + socket.readAll();
    }

    static QByteArray statusLine(const QByteArray &answer) { return answer.left(answer.indexOf("\r\n")); }

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

    void callbacksWithAnotherStateDoNotEndTheSignIn_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::newRow("error without state") << QByteArray("/callback?error=x");
        QTest::newRow("error with a wrong state") << QByteArray("/callback?error=access_denied&state=guess");
        QTest::newRow("code with a wrong state") << QByteArray("/callback?code=c&state=guess");
        QTest::newRow("code with an empty state") << QByteArray("/callback?code=c&state=");
        QTest::newRow("code without state") << QByteArray("/callback?code=c");
        QTest::newRow("code with a longer state") << QByteArray("/callback?code=c&state=s3cr3t-state-x");
        QTest::newRow("code with the state twice") << QByteArray("/callback?code=c&state=s3cr3t-state&state=other");
        QTest::newRow("state in another case") << QByteArray("/callback?code=c&state=S3CR3T-STATE");
    }

    void callbacksWithAnotherStateDoNotEndTheSignIn()
    {
        QFETCH(QByteArray, target);
        LoopbackReceiver receiver;
        receiver.setExpectedState(QStringLiteral("s3cr3t-state"));
        QVERIFY(receiver.listen());
        QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);

        const QByteArray refused = rawGet(receiver.port(), target);
        QCOMPARE(statusLine(refused), QByteArray("HTTP/1.1 400 Bad Request"));
        QVERIFY2(refused.contains("does not belong to the sign-in in progress"), refused.constData());
        QCOMPARE(received.size(), 0);
        QVERIFY(receiver.isListening());

        // The browser's real redirect still ends the sign-in.
        const quint16 port = receiver.port();
        const QByteArray accepted = rawGet(port, "/callback?code=the-code&state=s3cr3t-state");
        QCOMPARE(statusLine(accepted), QByteArray("HTTP/1.1 200 OK"));
        QVERIFY(accepted.contains("You can close this window"));
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().first().toUrl(),
                 QUrl(QStringLiteral("http://127.0.0.1:%1/callback?code=the-code&state=s3cr3t-state").arg(port)));
        QVERIFY(!receiver.isListening());
    }

    void errorWithTheExpectedStateEndsTheSignIn()
    {
        LoopbackReceiver receiver;
        receiver.setExpectedState(QStringLiteral("a b+c")); // compared decoded
        QVERIFY(receiver.listen());
        QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);
        const QByteArray answer = rawGet(receiver.port(), "/callback?error=access_denied&state=a%20b%2Bc");
        QCOMPARE(statusLine(answer), QByteArray("HTTP/1.1 200 OK"));
        QVERIFY(answer.contains("access_denied"));
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().first().toUrl().query(QUrl::FullyEncoded),
                 QStringLiteral("error=access_denied&state=a%20b%2Bc"));
        QVERIFY(!receiver.isListening());
    }

    void aFloodOfConnectionsIsCappedAndTheRedirectStillArrives()
    {
        LoopbackReceiver receiver;
        receiver.setExpectedState(QStringLiteral("st"));
        receiver.setConnectionDeadline(2000);
        QVERIFY(receiver.listen());
        QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);

        // 20 local clients connect at once; those the receiver keeps send half a request and stop.
        constexpr int Clients = 20;
        int connected = 0; // outlive the sockets and their connections
        int closedByReceiver = 0;
        std::vector<std::unique_ptr<QTcpSocket>> flood;
        for (int i = 0; i < Clients; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            QTcpSocket *s = socket.get();
            connect(s, &QTcpSocket::connected, this, [s, &connected] {
                ++connected;
                s->write("GET /callback?code=c&st");
            });
            connect(s, &QTcpSocket::disconnected, this, [&closedByReceiver] { ++closedByReceiver; });
            s->connectToHost(QHostAddress(QHostAddress::LocalHost), receiver.port());
            flood.push_back(std::move(socket));
        }
        QTRY_COMPARE_WITH_TIMEOUT(connected, Clients, 5000);
        // Beyond the cap, connections are closed at once (long before the 2 s deadline).
        QTRY_COMPARE_WITH_TIMEOUT(closedByReceiver, Clients - LoopbackReceiver::MaxConnections, 1500);
        QCOMPARE(receiver.openConnectionCount(), LoopbackReceiver::MaxConnections);
        QVERIFY(receiver.isListening());
        QCOMPARE(received.size(), 0);

        // The held connections reach their deadline; then the browser's redirect is answered.
        QTRY_COMPARE_WITH_TIMEOUT(closedByReceiver, Clients, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.openConnectionCount(), 0, 2000);
        const QByteArray accepted = rawGet(receiver.port(), "/callback?code=c&state=st");
        QCOMPARE(statusLine(accepted), QByteArray("HTTP/1.1 200 OK"));
        QCOMPARE(received.size(), 1);
    }

    void connectionsThatAnswerFreeTheirSlot()
    {
        // Many clients, one after another, each asking for something else: none holds a slot afterwards.
        LoopbackReceiver receiver;
        receiver.setExpectedState(QStringLiteral("st"));
        QVERIFY(receiver.listen());
        QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);
        for (int i = 0; i < 3 * LoopbackReceiver::MaxConnections; ++i)
            QCOMPARE(statusLine(rawGet(receiver.port(), "/favicon.ico")), QByteArray("HTTP/1.1 404 Not Found"));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.openConnectionCount(), 0, 5000);
        QCOMPARE(statusLine(rawGet(receiver.port(), "/callback?code=c&state=st")), QByteArray("HTTP/1.1 200 OK"));
        QCOMPARE(received.size(), 1);
    }

    void anIdleConnectionIsClosedAtItsDeadline()
    {
        LoopbackReceiver receiver;
        receiver.setConnectionDeadline(300);
        QVERIFY(receiver.listen());
        QTcpSocket idle;
        QSignalSpy disconnected(&idle, &QTcpSocket::disconnected);
        QElapsedTimer elapsed;
        elapsed.start();
        idle.connectToHost(QHostAddress(QHostAddress::LocalHost), receiver.port());
        QTRY_COMPARE_WITH_TIMEOUT(idle.state(), QAbstractSocket::ConnectedState, 5000);
        idle.write("GET /callback?code=c&state=s HTTP/1.1\r\nHost: 127.0.0.1\r\n"); // never ends the header
        QTRY_COMPARE_WITH_TIMEOUT(receiver.openConnectionCount(), 1, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, 5000);
        QVERIFY2(elapsed.elapsed() >= 250, qPrintable(QString::number(elapsed.elapsed())));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.openConnectionCount(), 0, 2000);
        QVERIFY(receiver.isListening()); // the sign-in still waits
    }

    void oversizedHeaderIsRefused()
    {
        LoopbackReceiver receiver;
        QVERIFY(receiver.listen());
        QByteArray answer;
        QTcpSocket socket;
        QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), receiver.port());
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 5000);
        connect(&socket, &QTcpSocket::readyRead, &socket, [&socket, &answer] { answer += socket.readAll(); });
        socket.write("GET /callback?code=c&state=s HTTP/1.1\r\nX-Filler: " + QByteArray(17 * 1024, 'a'));
        QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, 5000);
        answer += socket.readAll();
        QCOMPARE(statusLine(answer), QByteArray("HTTP/1.1 431 Request Header Fields Too Large"));
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

    void anOversizedHeaderSentAtOnceIsRefused()
    {
        // The 16 KiB limit holds even when the whole header, blank line included, arrives in one read.
        LoopbackReceiver receiver;
        receiver.setExpectedState(QStringLiteral("st"));
        QVERIFY(receiver.listen());
        QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);
        QByteArray answer;
        QTcpSocket socket;
        QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), receiver.port());
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 5000);
        connect(&socket, &QTcpSocket::readyRead, &socket, [&socket, &answer] { answer += socket.readAll(); });
        socket.write("GET /callback?code=c&state=st HTTP/1.1\r\nX-Filler: " + QByteArray(17 * 1024, 'a') + "\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, 5000);
        answer += socket.readAll();
        QCOMPARE(statusLine(answer), QByteArray("HTTP/1.1 431 Request Header Fields Too Large"));
        QCOMPARE(received.size(), 0);
        QVERIFY(receiver.isListening());
    }
};

QTEST_GUILESS_MAIN(TestLoopbackReceiver)
#include "tst_loopbackreceiver.moc"
