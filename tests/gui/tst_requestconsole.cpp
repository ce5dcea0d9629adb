// The request console with a real connection: an author signed in at the oidc-provider fixture
// sends requests from the Requests tab, reads the answers, re-sends one from the history, copies
// one as curl, and promotes one to the test request; a request to another origin is refused.

#include "SystemBrowserSignIn.h"
#include "WindowTestSupport.h"

#include "browser/SignInController.h"
#include "common/ModalSeam.h"
#include "connection/DesignTimeConnection.h"
#include "connectionpanel/ConnectionPanel.h"
#include "console/RequestConsole.h"
#include "exchangelog/ExchangeLogModel.h"
#include "exchangelog/ExchangeLogView.h"
#include "io/DefinitionFile.h"
#include "mainwindow/ConsoleController.h"
#include "mainwindow/MainWindow.h"
#include "model/ConnectorDocument.h"
#include "oauth/OAuthClient.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace cad;
using cad::test::child;
using cad::test::OidcProvider;

namespace {

int requestRecords(const MainWindow &window)
{
    int n = 0;
    for (const ExchangeRecord &r : window.exchangeLog()->model()->records())
        n += r.stage == OAuthStage::Request ? 1 : 0;
    return n;
}

/// The top-level keys of the JSON tree the console shows.
QStringList treeKeys(RequestConsole *console)
{
    QStringList keys;
    auto *tree = child<QTreeWidget>(console, "consoleResponseTree");
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        keys << tree->topLevelItem(i)->text(0);
    return keys;
}

} // namespace

class TestRequestConsole : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    OidcProvider m_idp;

private Q_SLOTS:
    void initTestCase()
    {
        cad::test::setUpWindowTests(QStringLiteral("tst_requestconsole"));
        QVERIFY(m_dir.isValid());
        if (!m_idp.start())
            QFAIL(qPrintable(m_idp.errorString()));
    }

    void init() { cad::test::resetWindowTest(); }

    void cleanup() { QCOMPARE(ModalSeam::unansweredCount(), 0); }

    void consoleIsMadeOnFirstUse()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(!window.consoleController()->hasConsole());
        auto *tabs = child<QTabWidget>(&window, "requestTabs");
        QCOMPARE(tabs->tabText(tabs->indexOf(window.consoleController()->page())), QStringLiteral("Requests"));
        window.findChild<QAction *>(QStringLiteral("goToRequestsAction"))->trigger();
        QVERIFY(window.consoleController()->hasConsole());
        QCOMPARE(tabs->currentWidget(), window.consoleController()->page());
        // A fresh console starts from the design's test request.
        RequestConsole *console = window.consoleController()->console();
        QCOMPARE(child<QLineEdit>(console, "consoleTarget")->text(), window.document()->definition().testRequest.path);
        QTRY_VERIFY(child<QLineEdit>(console, "consoleTarget")->hasFocus());
    }

    void sendsWithTheConnectionAndPromotes()
    {
        const ConnectorDefinition d = cad::test::oidcPublicPkce(m_idp, QStringLiteral("console-pkce"));
        const QString path = m_dir.filePath(QStringLiteral("console.connector.json"));
        QVERIFY(DefinitionFile::write(path, d).ok());
        MainWindow window;
        window.resize(1400, 950);
        window.show();
        QVERIFY(window.openFile(path));

        // Before a connection exists nothing is sent, and the console says why.
        window.findChild<QAction *>(QStringLiteral("goToRequestsAction"))->trigger();
        RequestConsole *console = window.consoleController()->console();
        auto *target = child<QLineEdit>(console, "consoleTarget");
        auto *status = child<QLabel>(console, "consoleStatus");
        auto *note = child<QLabel>(console, "consoleNote");
        auto *history = child<QListWidget>(console, "consoleHistory");
        QTest::mouseClick(child<QPushButton>(console, "consoleSend"), Qt::LeftButton);
        QTRY_COMPARE(history->count(), 1);
        QVERIFY2(note->text().contains(QLatin1String("Connect first")), qPrintable(note->text()));
        QCOMPARE(requestRecords(window), 0);

        QVERIFY(cad::test::signInWithSystemBrowser(window, m_idp));
        const QString accessToken = window.designTimeConnection()->tokens().accessToken;
        QVERIFY(!accessToken.isEmpty());

        // 1. The userinfo endpoint, with the keyboard: Enter in the path field sends.
        target->setFocus();
        target->setText(QStringLiteral("/me"));
        QTest::keyClick(target, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(history->count(), 2, 15000);
        QVERIFY2(status->text().startsWith(QLatin1String("200")), qPrintable(status->text()));
        // The fixture maps scope "profile" to the claim "name"; "openid" gives "sub".
        QStringList keys = treeKeys(console);
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("name"), QStringLiteral("sub")}));

        // 2. The discovery document, a full URL on the base URL's origin, with a query parameter.
        target->setText(m_idp.discoveryUrl().toString());
        auto *query = child<QTableWidget>(console, "consoleQuery");
        query->setItem(0, 0, new QTableWidgetItem(QStringLiteral("probe")));
        query->setItem(0, 1, new QTableWidgetItem(QStringLiteral("a b")));
        QTest::mouseClick(child<QPushButton>(console, "consoleSend"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(history->count(), 3, 15000);
        QVERIFY2(status->text().startsWith(QLatin1String("200")), qPrintable(status->text()));
        QVERIFY(treeKeys(console).contains(QLatin1String("issuer")));
        QVERIFY(treeKeys(console).contains(QLatin1String("jwks_uri")));
        // What the README shows (rendered on every run).
        QDir().mkpath(QStringLiteral("/tmp/walkthrough-shots"));
        QVERIFY(window.grab().save(QStringLiteral("/tmp/walkthrough-shots/request-console.png")));
        const ExchangeRecord &sent = window.exchangeLog()->model()->records().constLast();
        QCOMPARE(sent.stage, OAuthStage::Request);
        QCOMPARE(sent.url.toString(QUrl::FullyEncoded),
                 m_idp.discoveryUrl().toString(QUrl::FullyEncoded) + QStringLiteral("?probe=a%20b"));

        // 3. A path the provider does not have: its 404 is shown as it came.
        query->setRowCount(1);
        query->setItem(0, 0, new QTableWidgetItem(QString()));
        target->setText(QStringLiteral("/no-such-endpoint"));
        QTest::mouseClick(child<QPushButton>(console, "consoleSend"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(history->count(), 4, 15000);
        QVERIFY2(status->text().startsWith(QLatin1String("404")), qPrintable(status->text()));
        QCOMPARE(requestRecords(window), 3);
        // Every request carried the connection's token, and the log shows it masked.
        for (const ExchangeRecord &r : window.exchangeLog()->model()->records()) {
            if (r.stage != OAuthStage::Request)
                continue;
            QString authorization;
            for (const auto &h : r.requestHeaders)
                if (h.first.compare("Authorization", Qt::CaseInsensitive) == 0)
                    authorization = QString::fromUtf8(h.second);
            QCOMPARE(authorization, QStringLiteral("Bearer ••••••"));
        }

        // Another origin is refused before anything is sent.
        target->setText(QStringLiteral("https://elsewhere.example/me"));
        QTest::mouseClick(child<QPushButton>(console, "consoleSend"), Qt::LeftButton);
        QTRY_COMPARE(history->count(), 5);
        QVERIFY2(note->text().contains(QLatin1String("https://elsewhere.example is not on")), qPrintable(note->text()));
        QCOMPARE(requestRecords(window), 3);

        // The history: the discovery request again, with Re-send.
        history->setCurrentRow(2); // newest first: [refused, 404, discovery, /me, before connecting]
        QCOMPARE(target->text(), m_idp.discoveryUrl().toString());
        QVERIFY(treeKeys(console).contains(QLatin1String("issuer"))); // its answer shown again
        QTest::mouseClick(child<QPushButton>(console, "consoleResend"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(history->count(), 6, 15000);
        QCOMPARE(requestRecords(window), 4);

        // Copy as curl: the token masked, unless asked for with its secrets.
        target->setText(QStringLiteral("/me"));
        QTest::mouseClick(child<QAbstractButton>(console, "consoleCopyCurl"), Qt::LeftButton);
        const QString masked = QGuiApplication::clipboard()->text();
        QVERIFY2(masked.contains(QStringLiteral("'Authorization: Bearer ••••••'")), qPrintable(masked));
        QVERIFY(!masked.contains(accessToken));
        QVERIFY(masked.contains(m_idp.userinfoUrl().toString()));
        child<QAction>(console, "consoleCopyWithSecrets")->trigger();
        QVERIFY(QGuiApplication::clipboard()->text().contains(accessToken));
        QGuiApplication::clipboard()->clear();

        // Promote "/me?schema=openid" to the test request: one undoable edit.
        target->setText(QStringLiteral("/me"));
        query->setItem(0, 0, new QTableWidgetItem(QStringLiteral("schema")));
        query->setItem(0, 1, new QTableWidgetItem(QStringLiteral("openid")));
        const int undoBefore = window.undoStack()->count();
        QTest::mouseClick(child<QPushButton>(console, "consoleUseAsTest"), Qt::LeftButton);
        QCOMPARE(window.document()->definition().testRequest.path, QStringLiteral("/me?schema=openid"));
        QCOMPARE(window.document()->definition().testRequest.method, QStringLiteral("GET"));
        QCOMPARE(window.undoStack()->count(), undoBefore + 1);
        QVERIFY(note->text().contains(QLatin1String("/me?schema=openid")));
        window.undoStack()->undo();
        QCOMPARE(window.document()->definition().testRequest.path, QStringLiteral("/me"));
        window.undoStack()->redo();
        QCOMPARE(window.document()->definition().testRequest.path, QStringLiteral("/me?schema=openid"));

        // Nothing of the answers is kept past the design: another document starts an empty history.
        ModalSeam::setNextAnswer(QMessageBox::Discard); // the promoted test request is not saved
        QVERIFY(window.openFile(path));
        QTRY_COMPARE(history->count(), 0);
        QCOMPARE(target->text(), QStringLiteral("/me"));
    }
};

QTEST_MAIN(TestRequestConsole)
#include "tst_requestconsole.moc"
