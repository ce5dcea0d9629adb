// The loopback listener's request parser: bytes received so far -> what to answer.
#include "oauth/LoopbackRequest.h"

#include <QTest>

Q_DECLARE_METATYPE(cad::LoopbackRequest::Decision)

using namespace cad;
using Decision = LoopbackRequest::Decision;

namespace {
QByteArray get(const QByteArray &target)
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
}
} // namespace

class TestLoopbackRequest : public QObject
{
    Q_OBJECT

private slots:
    void decisions_data()
    {
        QTest::addColumn<QByteArray>("received");
        QTest::addColumn<Decision>("decision");
        QTest::addColumn<int>("status");

        QTest::newRow("nothing yet") << QByteArray() << Decision::Incomplete << 0;
        QTest::newRow("header not ended")
            << QByteArray("GET /callback?code=c&state=st HTTP/1.1\r\nHost: x\r\n") << Decision::Incomplete << 0;
        QTest::newRow("only LF line ends")
            << QByteArray("GET /callback?code=c&state=st HTTP/1.1\n\n") << Decision::Incomplete << 0;
        QTest::newRow("no HTTP version") << QByteArray("GET /callback?code=c&state=st\r\n\r\n") << Decision::Malformed
                                         << 400;
        QTest::newRow("two spaces") << QByteArray("GET  /callback HTTP/1.1\r\n\r\n") << Decision::Malformed << 400;
        QTest::newRow("empty request line") << QByteArray("\r\n\r\n") << Decision::Malformed << 400;
        QTest::newRow("favicon") << get("/favicon.ico") << Decision::NotFound << 404;
        QTest::newRow("callback below") << get("/callback/x?code=c&state=st") << Decision::NotFound << 404;
        QTest::newRow("invalid target") << get("/callback?code=%zz") << Decision::NotFound << 404;
        QTest::newRow("post") << QByteArray("POST /callback?code=c&state=st HTTP/1.1\r\n\r\n")
                              << Decision::MethodNotAllowed << 405;
        QTest::newRow("lower-case get") << QByteArray("get /callback?code=c&state=st HTTP/1.1\r\n\r\n")
                                        << Decision::MethodNotAllowed << 405;
        QTest::newRow("no parameters") << get("/callback") << Decision::MissingParameters << 400;
        QTest::newRow("code without state") << get("/callback?code=c") << Decision::WrongState << 400;
        QTest::newRow("wrong state") << get("/callback?code=c&state=other") << Decision::WrongState << 400;
        QTest::newRow("state twice") << get("/callback?code=c&state=st&state=st") << Decision::WrongState << 400;
        QTest::newRow("code") << get("/callback?code=c&state=st") << Decision::Callback << 200;
        QTest::newRow("error") << get("/callback?error=access_denied&state=st") << Decision::Callback << 200;
        QTest::newRow("absolute form") << get("http://127.0.0.1:1234/callback?code=c&state=st") << Decision::Callback
                                       << 200;
    }

    void decisions()
    {
        QFETCH(QByteArray, received);
        QFETCH(Decision, decision);
        QFETCH(int, status);
        const LoopbackRequest r = LoopbackRequest::parse(received, QStringLiteral("st"));
        QCOMPARE(r.decision(), decision);
        QCOMPARE(r.status(), status);
        QCOMPARE(r.reason().isEmpty(), status == 0);
    }

    void withoutAnExpectedStateAnyStateIsAccepted()
    {
        QCOMPARE(LoopbackRequest::parse(get("/callback?code=c&state=any"), QString()).decision(), Decision::Callback);
        // a code still needs a state; an error does not
        QCOMPARE(LoopbackRequest::parse(get("/callback?code=c"), QString()).decision(), Decision::MissingParameters);
        QCOMPARE(LoopbackRequest::parse(get("/callback?error=x"), QString()).decision(), Decision::Callback);
    }

    void theCallbackKeepsItsQueryAsReceived()
    {
        const LoopbackRequest r =
            LoopbackRequest::parse(get("/callback?code=abc%2B1&state=a%20b%2Bc"), QStringLiteral("a b+c"));
        QCOMPARE(r.decision(), Decision::Callback);
        QCOMPARE(r.query(), QStringLiteral("code=abc%2B1&state=a%20b%2Bc"));
        QVERIFY(!r.hasError());

        const LoopbackRequest e =
            LoopbackRequest::parse(get("/callback?error=access%5Fdenied&state=st"), QStringLiteral("st"));
        QVERIFY(e.hasError());
        QCOMPARE(e.errorCode(), QStringLiteral("access_denied"));
    }

    void anEmptyErrorIsStillAnError()
    {
        const LoopbackRequest r = LoopbackRequest::parse(get("/callback?error=&state=st"), QStringLiteral("st"));
        QCOMPARE(r.decision(), Decision::Callback);
        QVERIFY(r.hasError());
        QVERIFY(r.errorCode().isEmpty());
    }

    void theHeaderLimitHoldsHoweverTheBytesArrive()
    {
        const QByteArray filler = "X-Filler: " + QByteArray(LoopbackRequest::MaxHeaderBytes, 'a') + "\r\n";
        // Still open and already too long.
        QCOMPARE(LoopbackRequest::parse("GET /callback?code=c&state=st HTTP/1.1\r\n" + filler, QStringLiteral("st"))
                     .decision(),
                 Decision::HeaderTooLarge);
        // Complete in one read, but too long: refused as well, not answered as a callback.
        const LoopbackRequest whole = LoopbackRequest::parse(
            "GET /callback?code=c&state=st HTTP/1.1\r\n" + filler + "\r\n", QStringLiteral("st"));
        QCOMPARE(whole.decision(), Decision::HeaderTooLarge);
        QCOMPARE(whole.status(), 431);
        // Exactly at the limit is fine.
        QByteArray exact = get("/callback?code=c&state=st");
        exact.insert(exact.size() - 4,
                     "\r\nX-Pad: " + QByteArray(LoopbackRequest::MaxHeaderBytes - exact.size() - 9, 'p'));
        QCOMPARE(exact.size(), LoopbackRequest::MaxHeaderBytes);
        QCOMPARE(LoopbackRequest::parse(exact, QStringLiteral("st")).decision(), Decision::Callback);
    }

    void bytesAfterTheHeaderDoNotMatter()
    {
        const LoopbackRequest r =
            LoopbackRequest::parse(get("/callback?code=c&state=st") + QByteArray(64 * 1024, 'b'), QStringLiteral("st"));
        QCOMPARE(r.decision(), Decision::Callback);
    }
};

QTEST_GUILESS_MAIN(TestLoopbackRequest)
#include "tst_loopbackrequest.moc"
