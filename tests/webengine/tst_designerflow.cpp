// The designer's whole flow for authorization code + PKCE through the REAL embedded browser:
// the main window with a definition opened, Connect in the connection panel, the oidc-provider
// login and consent pages in the sign-in dialog (filled in by JavaScript), Connected in the panel,
// Test answered 200 by /me in the exchange log, Disconnect revoking the tokens.
#include "IdpPages.h"
#include "LoopbackGuard.h"
#include "SignInDefinitions.h"
#include "browser/BrowserLoader.h"
#include "browser/SignInController.h"
#include "common/ModalSeam.h"
#include "connection/DesignTimeConnection.h"
#include "connectionpanel/ConnectionPanel.h"
#include "exchangelog/ExchangeLogModel.h"
#include "exchangelog/ExchangeLogView.h"
#include "io/DefinitionFile.h"
#include "mainwindow/MainWindow.h"
#include "support/OidcProvider.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <algorithm>
#include <memory>

using namespace cad;
using cad::test::OidcProvider;
using namespace cad::test;

namespace {} // namespace

class TestDesignerFlow : public QObject
{
    Q_OBJECT

private:
    OidcProvider m_idp;
    QTemporaryDir m_dir;
    std::unique_ptr<LoopbackGuard> m_guard; // every sign-in window stays on 127.0.0.1; cleanup() checks it did
    QList<QPointer<QDialog>> m_dialogs;     // every dialog opened, to wait for their deletion
    QString m_path;

    /// The window's sign-in controller never opens a real browser (the page stays on 127.0.0.1 through
    /// the guard that init() installs).
    void prepare(MainWindow &window)
    {
        SignInController *controller = window.signInController();
        QVERIFY(controller);
        controller->setSystemBrowserOpener([](const QUrl &) { return false; });
        connect(controller, &SignInController::dialogOpened, this, [this](QDialog *dialog) { m_dialogs << dialog; });
    }

    static bool runUntilSubmitted(SignInController *controller, const QString &script, int timeoutMs = 20000)
    {
        return cad::test::runUntilSubmitted(
            [controller]() -> QWebEngineView * {
                QDialog *dialog = controller->dialog();
                return dialog ? dialog->findChild<QWebEngineView *>() : nullptr;
            },
            script, timeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ModalSeam::setTestMode(true);
        BrowserLoader::setSearchPathsForTesting({QStringLiteral(CAD_BROWSER_PLUGIN_DIR)});
        QCoreApplication::setOrganizationName(QStringLiteral("ConnectorAuthDesignerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_designerflow"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        if (!m_idp.start())
            QFAIL(qPrintable(m_idp.errorString()));
        ConnectorDefinition d =
            cad::test::oidcDefinition(m_idp, QStringLiteral("public-pkce"), AuthType::OAuth2AuthorizationCodePkce);
        m_path = m_dir.filePath(QStringLiteral("pkce.connector.json"));
        QVERIFY(DefinitionFile::write(m_path, d).ok());
    }

    void init() { m_guard = std::make_unique<LoopbackGuard>(); }

    void cleanup()
    {
        QCOMPARE(ModalSeam::unansweredCount(), 0);
        ModalSeam::reset();
        // Closed dialogs are deleted later: wait for exactly that.
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(m_dialogs.cbegin(), m_dialogs.cend(), [](const QPointer<QDialog> &d) { return d.isNull(); }),
            10000);
        m_dialogs.clear();
        // The page of a test never reaches the internet; trying to is a failure of that test.
        const QList<QUrl> blocked = m_guard->blocked();
        const QString description = m_guard->describe();
        m_guard.reset();
        QVERIFY2(blocked.isEmpty(), qPrintable(description));
    }

    void pkceConnectTestDisconnectInTheWindow()
    {
        QElapsedTimer timer;
        timer.start();
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openFile(m_path));
        prepare(window);
        ConnectionPanel *panel = window.connectionPanel();
        auto *redirect = panel->findChild<QLabel *>(QStringLiteral("connectionRedirectLabel"));
        QVERIFY(redirect && redirect->isVisible());

        QTest::mouseClick(panel->findChild<QAbstractButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
        SignInController *controller = window.signInController();
        QTRY_VERIFY_WITH_TIMEOUT(controller->dialog() != nullptr, 15000);
        QCOMPARE(panel->state(), ConnectionState::Authorizing);
        QVERIFY2(runUntilSubmitted(controller, LoginScript), "the login form never appeared");
        QVERIFY2(runUntilSubmitted(controller, ConsentScript), "the consent form never appeared");
        QTRY_COMPARE_WITH_TIMEOUT(panel->state(), ConnectionState::Connected, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(controller->dialog() == nullptr, 5000);
        QVERIFY(panel->expiry().isValid());
        QVERIFY2(panel->scopes().contains(QLatin1String("openid")), qPrintable(panel->scopes()));
        ExchangeLogView *log = window.exchangeLog();
        QCOMPARE(log->model()->countOf(OAuthStage::Token), 1);
        qInfo("connected through the embedded browser in %lld ms", timer.elapsed());

        QTest::mouseClick(panel->findChild<QAbstractButton *>(QStringLiteral("testButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(log->model()->countOf(OAuthStage::Test), 1, 15000);
        const ExchangeRecord &test = log->model()->records().constLast();
        QCOMPARE(test.stage, OAuthStage::Test);
        QCOMPARE(test.status, 200);
        QCOMPARE(test.url.path(), m_idp.userinfoUrl().path());
        QVERIFY2(log->testSummary().contains(QLatin1String("200")), qPrintable(log->testSummary()));
        const QString accessToken = window.designTimeConnection()->tokens().accessToken;
        for (const ExchangeRecord &r : log->model()->records())
            QVERIFY(!ExchangeLogModel::describe(r).contains(accessToken));

        QTest::mouseClick(panel->findChild<QAbstractButton *>(QStringLiteral("disconnectButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->state(), ConnectionState::NotConnected, 15000);
        QVERIFY(log->model()->countOf(OAuthStage::Revoke) >= 1);
        for (const ExchangeRecord &r : log->model()->records()) {
            if (r.stage == OAuthStage::Revoke)
                QVERIFY2(r.status == 200, qPrintable(ExchangeLogModel::describe(r)));
        }
        const QString status = panel->findChild<QLabel *>(QStringLiteral("connectionStatusLabel"))->text();
        QVERIFY2(status.contains(QLatin1String("revoked")) && !status.contains(QLatin1String("not revoked")),
                 qPrintable(status));
        qInfo("whole designer flow took %lld ms", timer.elapsed());
    }

    // The embedded default: the sandbox sample that scripts/run opens connects with nothing else
    // installed or typed. The designer starts its sandbox provider for it; its own sign-in page
    // (filled in with the sandbox account) is allowed; the test request to /api/me passes its checks.
    void theSandboxSampleConnectsAndPassesItsTest()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(
            window.openFile(QStringLiteral(CAD_TEST_DATA_DIR "/../../resources/samples/sandbox-pkce.connector.json")));
        prepare(window);
        ConnectionPanel *panel = window.connectionPanel();
        QTest::mouseClick(panel->findChild<QAbstractButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
        SignInController *controller = window.signInController();
        QTRY_VERIFY_WITH_TIMEOUT(controller->dialog() != nullptr, 15000);
        // The page as the author sees it (README's "Try it"): rendered once the Allow button is there.
        const QString ready =
            QStringLiteral("(function(){return document.getElementById('allow') ? 'submitted' : 'absent';})()");
        QVERIFY2(runUntilSubmitted(controller, ready), "the sandbox sign-in page never appeared");
        QDir().mkpath(QStringLiteral("/tmp/walkthrough-shots"));
        QVERIFY(controller->dialog()->grab().save(QStringLiteral("/tmp/walkthrough-shots/sandbox-sign-in.png")));
        const QString allow = QStringLiteral(
            "(function(){var b=document.getElementById('allow'); if(!b) return 'absent';"
            " if(document.getElementById('client').textContent!=='Sandbox Desktop App') return 'wrong client';"
            " b.click(); return 'submitted';})()");
        QVERIFY2(runUntilSubmitted(controller, allow), "the sandbox sign-in page never appeared");
        QTRY_COMPARE_WITH_TIMEOUT(panel->state(), ConnectionState::Connected, 30000);
        QVERIFY2(panel->scopes().contains(QLatin1String("api.read")), qPrintable(panel->scopes()));

        QTest::mouseClick(panel->findChild<QAbstractButton *>(QStringLiteral("testButton")), Qt::LeftButton);
        ExchangeLogView *log = window.exchangeLog();
        QTRY_COMPARE_WITH_TIMEOUT(log->model()->countOf(OAuthStage::Test), 1, 15000);
        const ExchangeRecord &test = log->model()->records().constLast();
        QCOMPARE(test.status, 200);
        QCOMPARE(test.url.toString(), QStringLiteral("http://127.0.0.1:47913/api/me"));
        QVERIFY2(log->checksText().contains(QLatin1String("/email matches")), qPrintable(log->checksText()));
        QVERIFY2(!log->checksText().contains(QLatin1String("failed")), qPrintable(log->checksText()));
        auto *name = panel->findChild<QLabel *>(QStringLiteral("connectionNameLabel"));
        QVERIFY(name);
        QVERIFY2(name->text().contains(QLatin1String("ada@sandbox.example (sandbox)")), qPrintable(name->text()));
    }

    void closingTheWindowCancelsTheSignIn()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(m_path));
        prepare(window);
        QTest::mouseClick(window.connectionPanel()->findChild<QAbstractButton *>(QStringLiteral("connectButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.signInController()->dialog() != nullptr, 15000);
        QPointer<QDialog> dialog = window.signInController()->dialog();
        QCOMPARE(window.designTimeConnection()->state(), ConnectionState::Authorizing);
        QVERIFY(window.close());
        QCOMPARE(window.designTimeConnection()->state(), ConnectionState::NotConnected);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 5000); // closed with WA_DeleteOnClose: deleted
    }
};

int main(int argc, char *argv[])
{
    // Qt WebEngine needs shared OpenGL contexts before the application exists (the designer does the same).
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestDesignerFlow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_designerflow.moc"
