// Error text for people: a message and what to do, as two sentences.
#include "core/Result.h"

#include <QTest>

using namespace cad;

class TestResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messageAndHintReadAsTwoSentences()
    {
        // Servers' error_description values often have no full stop.
        QCOMPARE((Error{QStringLiteral("refused (access_denied): End-User aborted interaction"),
                        QStringLiteral("Sign in again.")})
                     .toString(),
                 QStringLiteral("refused (access_denied): End-User aborted interaction. Sign in again."));
        QCOMPARE((Error{QStringLiteral("The file is empty."), QStringLiteral("Choose another.")}).toString(),
                 QStringLiteral("The file is empty. Choose another."));
        QCOMPARE((Error{QStringLiteral("Is it on?"), QStringLiteral("Check.")}).toString(),
                 QStringLiteral("Is it on? Check."));
        QCOMPARE((Error{QStringLiteral("no hint"), QString()}).toString(), QStringLiteral("no hint"));
    }

    void resultHoldsValueOrError()
    {
        const Result<int> good = 42;
        QVERIFY(good.ok());
        QCOMPARE(*good, 42);
        const Result<int> bad = Error{QStringLiteral("broken"), QStringLiteral("fix it")};
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().message, QStringLiteral("broken"));
        QVERIFY(Status::success().ok());
        QVERIFY(!Status(Error{QStringLiteral("x"), {}}).ok());
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
