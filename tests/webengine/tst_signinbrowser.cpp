// The embedded sign-in browser end to end: the designer's SignInController loads the plugin, the
// dialog shows the real oidc-provider login and consent pages (filled in by JavaScript), the
// redirect is captured without being loaded, and the connection gets working tokens.
#include "IdpPages.h"
#include "LoopbackGuard.h"
#include "SignInDefinitions.h"
#include "browser/BrowserLoader.h"
#include "browser/SignInController.h"
#include "connection/DesignTimeConnection.h"
#include "secrets/SecretStore.h"
#include "support/OidcProvider.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <QWebEngineLoadingInfo>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <algorithm>
#include <memory>

using namespace cad;
using cad::test::OidcProvider;
using namespace cad::test;

namespace {

const QString AbortScript = QStringLiteral(
    "(function(){if(!document.querySelector('input[name=\"prompt\"][value=\"consent\"]')) return 'absent';"
    " var a=Array.prototype.find.call(document.querySelectorAll('a'), function(x){return "
    "x.href.indexOf('/abort')>=0;});"
    " if(!a) return 'no-link'; a.click(); return 'submitted';})()");

} // namespace

class TestSignInBrowser : public QObject
{
    Q_OBJECT

private:
    OidcProvider m_idp;
    QNetworkAccessManager m_nam;
    std::unique_ptr<LoopbackGuard> m_guard; // every sign-in window stays on 127.0.0.1; cleanup() checks it did
    QList<QPointer<QDialog>> m_dialogs;     // every dialog opened, to wait for their deletion
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<DesignTimeConnection> m_connection;
    std::unique_ptr<SignInController> m_controller;
    QList<QUrl> m_visited; // every URL the page showed or started loading

    void makeConnection(const QString &clientId, AuthType type,
                        const QString &scope = QStringLiteral("openid profile api:read"))
    {
        m_controller.reset();
        m_connection.reset();
        m_connection = std::make_unique<DesignTimeConnection>(&m_nam, m_secrets.get());
        m_connection->setDefinition(cad::test::oidcDefinition(m_idp, clientId, type, scope));
        m_connection->setValues(cad::test::oidcValues(m_idp, clientId));
        m_connection->setTimeoutMs(15000);
        m_controller = std::make_unique<SignInController>(m_connection.get(), m_window.get());
        m_controller->setSystemBrowserOpener([](const QUrl &) { return false; }); // never a real browser
        connect(m_controller.get(), &SignInController::dialogOpened, this, [this](QDialog *dialog) {
            auto *view = dialog->findChild<QWebEngineView *>();
            QVERIFY(view);
            m_dialogs << dialog;
            connect(view, &QWebEngineView::urlChanged, this, [this](const QUrl &url) { m_visited << url; });
            connect(view->page(), &QWebEnginePage::loadingChanged, this, [this](const QWebEngineLoadingInfo &info) {
                if (info.status() == QWebEngineLoadingInfo::LoadSucceededStatus)
                    m_visited << info.url();
            });
        });
        m_visited.clear();
    }

    [[nodiscard]] QWebEngineView *view() const
    {
        QDialog *dialog = m_controller ? m_controller->dialog() : nullptr;
        return dialog ? dialog->findChild<QWebEngineView *>() : nullptr;
    }

    /// Runs @p script in the sign-in page until it answers "submitted" (bounded).
    bool runUntilSubmitted(const QString &script, int timeoutMs = 20000)
    {
        return cad::test::runUntilSubmitted([this] { return view(); }, script, timeoutMs);
    }

    [[nodiscard]] bool redirectWasLoaded() const
    {
        for (const QUrl &url : m_visited) {
            if (url.host() == QLatin1String("127.0.0.1") && url.path() == QLatin1String("/callback")) {
                qWarning() << "loaded:" << url.toString(QUrl::RemoveQuery);
                return true;
            }
        }
        return false;
    }

    /// Connect, sign in through the dialog, wait for Connected.
    void signInThroughDialog()
    {
        m_connection->connectToService();
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->dialog() != nullptr, 10000);
        QVERIFY2(runUntilSubmitted(LoginScript), "the login form never appeared");
        QVERIFY2(runUntilSubmitted(ConsentScript), "the consent form never appeared");
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), ConnectionState::Connected, 30000);
    }

private slots:
    void initTestCase()
    {
        BrowserLoader::setSearchPathsForTesting({QStringLiteral(CAD_BROWSER_PLUGIN_DIR)});
        if (!m_idp.start())
            QFAIL(qPrintable(m_idp.errorString()));
        m_window = std::make_unique<QWidget>();
        m_window->resize(900, 700);
        m_window->show();
        m_secrets = std::make_unique<SecretStore>(SecretStore::Mode::MemoryOnly);
    }

    void init() { m_guard = std::make_unique<LoopbackGuard>(); }

    void cleanup()
    {
        m_controller.reset();
        m_connection.reset();
        // Closed dialogs are deleted later: wait for exactly that (their pages must not outlive the test).
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

    void requestsOutsideThisComputerAreBlockedAndReported()
    {
        // The guard itself: a page that asks for outside resources gets none of them, and the test learns
        // of each attempt (so the empty lists the other tests check mean something).
        makeConnection(QStringLiteral("public-pkce"), AuthType::OAuth2AuthorizationCodePkce);
        m_connection->connectToService();
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->dialog() != nullptr, 10000);
        QWebEngineView *v = view();
        QVERIFY(v);
        QSignalSpy loaded(v->page(), &QWebEnginePage::loadFinished);
        const QUrl font(QStringLiteral("https://fonts.googleapis.com/css?family=Roboto:400,100"));
        const QUrl image(QStringLiteral("http://203.0.113.7/pixel.png")); // TEST-NET-3: never routed
        v->page()->setHtml(QStringLiteral("<html><head><style>@import url(%1);</style></head>"
                                          "<body><img src=\"%2\"><img src=\"%3\"></body></html>")
                               .arg(font.toString(), image.toString(),
                                    m_idp.issuer().toString() + QStringLiteral("/.well-known/openid-configuration")),
                           m_idp.issuer());
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 15000); // every resource of the page was asked for
        QList<QUrl> blocked = m_guard->blocked();
        std::sort(blocked.begin(), blocked.end(),
                  [](const QUrl &a, const QUrl &b) { return a.toString() < b.toString(); });
        QCOMPARE(blocked, (QList<QUrl>{image, font})); // the loopback image was not blocked
        m_guard->clear();                              // these were the point of this test
    }

    void pkceSignInEndToEnd()
    {
        QElapsedTimer timer;
        timer.start();
        makeConnection(QStringLiteral("public-pkce"), AuthType::OAuth2AuthorizationCodePkce);
        m_connection->connectToService();
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->dialog() != nullptr, 10000);
        QDialog *dialog = m_controller->dialog();
        QVERIFY(dialog->isVisible());
        QVERIFY(BrowserLoader::isLoaded());

        // The dialog tells the author what to register and shows where the page comes from.
        auto *redirectLabel = dialog->findChild<QLabel *>(QStringLiteral("redirectUriLabel"));
        QVERIFY(redirectLabel);
        QVERIFY(redirectLabel->text().contains(QLatin1String("http://127.0.0.1/callback")));
        QVERIFY(redirectLabel->text().contains(QLatin1String("any port")));
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("copyRedirectUri")));
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("openSystemBrowser")));

        QVERIFY2(runUntilSubmitted(LoginScript), "the login form never appeared");
        auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("addressField"));
        QVERIFY(address && address->isReadOnly());
        QTRY_VERIFY_WITH_TIMEOUT(address->text().contains(QLatin1String("/interaction/")), 10000);
        auto *security = dialog->findChild<QLabel *>(QStringLiteral("securityText"));
        QVERIFY(security->text().contains(QLatin1String("Not secure"))); // the fixture serves plain http
        // The page's title, then the connector's name (once "Sign in – Sign-in").
        QTRY_COMPARE_WITH_TIMEOUT(dialog->windowTitle(), QStringLiteral("Sign-in – OIDC fixture"), 10000);
        dialog->grab().save(QStringLiteral("/tmp/cad-signin-dialog.png")); // for people; nothing depends on it

        QVERIFY2(runUntilSubmitted(ConsentScript), "the consent form never appeared");
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), ConnectionState::Connected, 30000);
        qInfo("sign-in through the embedded browser took %lld ms", timer.elapsed());
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->dialog() == nullptr, 5000); // closes itself
        QVERIFY2(!redirectWasLoaded(), "the page loaded the redirect URI");
        QVERIFY(!m_visited.isEmpty());

        QSignalSpy tested(m_connection.get(), &DesignTimeConnection::testFinished);
        m_connection->test();
        QVERIFY(tested.wait(15000));
        const TestResult result = tested.first().first().value<TestResult>();
        QCOMPARE(result.status, 200);
        QVERIFY(result.body.contains("\"sub\""));

        const QString oldAccessToken = m_connection->tokens().accessToken;
        QVERIFY(!oldAccessToken.isEmpty());
        QSignalSpy disconnected(m_connection.get(), &DesignTimeConnection::disconnected);
        m_connection->disconnectFromService();
        QVERIFY(disconnected.wait(15000));
        const QString summary = disconnected.first().first().toString();
        QVERIFY2(summary.contains(QLatin1String("revoked")) && !summary.contains(QLatin1String("not revoked")),
                 qPrintable(summary));
        QCOMPARE(m_connection->state(), ConnectionState::NotConnected);
        QCOMPARE(m_idp.userinfoStatus(oldAccessToken), 401);
        qInfo("whole scenario took %lld ms", timer.elapsed());
    }

    void confidentialClientWithBasicHeader()
    {
        makeConnection(QStringLiteral("code-basic"), AuthType::OAuth2AuthorizationCode);
        signInThroughDialog();
        QVERIFY(!redirectWasLoaded());
        QSignalSpy tested(m_connection.get(), &DesignTimeConnection::testFinished);
        m_connection->test();
        QVERIFY(tested.wait(15000));
        QCOMPARE(tested.first().first().value<TestResult>().status, 200);
    }

    void everyAttemptShowsTheLoginPage()
    {
        // A fresh off-the-record profile per dialog: no IdP session survives, so the second
        // attempt must show the login form again (signInThroughDialog fails otherwise).
        makeConnection(QStringLiteral("public-pkce"), AuthType::OAuth2AuthorizationCodePkce);
        signInThroughDialog();
        const QString first = m_connection->tokens().accessToken;
        signInThroughDialog();
        QVERIFY(m_connection->tokens().accessToken != first);
    }

    void cancelLeavesTheConnectionNotConnected()
    {
        makeConnection(QStringLiteral("public-pkce"), AuthType::OAuth2AuthorizationCodePkce);
        m_connection->connectToService();
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->dialog() != nullptr, 10000);
        QCOMPARE(m_connection->state(), ConnectionState::Authorizing);
        QPointer<QDialog> dialog = m_controller->dialog();
        auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("cancelSignIn"));
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(m_connection->state(), ConnectionState::NotConnected);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 5000); // closed with WA_DeleteOnClose: deleted
        QVERIFY(m_connection->tokens().accessToken.isEmpty());
    }

    void denialAtConsentIsShown()
    {
        makeConnection(QStringLiteral("public-pkce"), AuthType::OAuth2AuthorizationCodePkce);
        m_connection->connectToService();
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->dialog() != nullptr, 10000);
        QPointer<QDialog> dialog = m_controller->dialog();
        QVERIFY(runUntilSubmitted(LoginScript));
        QVERIFY2(runUntilSubmitted(AbortScript), "no consent page with a cancel link");
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), ConnectionState::Failed, 20000);
        // The provider's abort link redirects with error=access_denied, which the message names.
        QVERIFY2(m_connection->statusMessage().contains(QLatin1String("access_denied")),
                 qPrintable(m_connection->statusMessage()));
        // The window stays open with the reason and a Close button.
        QVERIFY(dialog && dialog->isVisible());
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("signInMessage"));
        QVERIFY(message && message->isVisible());
        QVERIFY2(!message->text().isEmpty(), "no failure text");
        auto *close = dialog->findChild<QPushButton *>(QStringLiteral("cancelSignIn"));
        QCOMPARE(close->text(), QStringLiteral("Close"));
        QVERIFY(!redirectWasLoaded());
        dialog->grab().save(QStringLiteral("/tmp/cad-signin-denied.png"));
        QTest::mouseClick(close, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 5000); // closed with WA_DeleteOnClose: deleted
        QCOMPARE(m_connection->state(), ConnectionState::Failed);
    }

    void errorRedirectIsReported()
    {
        // prompt=none without a session at the IdP: the provider redirects at once with
        // error=login_required, which the dialog captures and the connection reports.
        makeConnection(QStringLiteral("public-pkce"), AuthType::OAuth2AuthorizationCodePkce);
        ConnectorDefinition d = m_connection->definition();
        Property prompt;
        prompt.name = QStringLiteral("prompt");
        prompt.value = QStringLiteral("none");
        prompt.sendAs.location = Location::Query;
        d.properties.append(prompt);
        m_connection->setDefinition(d);
        m_connection->connectToService();
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->dialog() != nullptr, 10000);
        QPointer<QDialog> dialog = m_controller->dialog();
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), ConnectionState::Failed, 20000);
        QVERIFY2(m_connection->statusMessage().contains(QLatin1String("login_required")),
                 qPrintable(m_connection->statusMessage()));
        QVERIFY(dialog && dialog->isVisible());
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("signInMessage"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QLatin1String("login_required")), qPrintable(message->text()));
        QVERIFY(!redirectWasLoaded());
    }

    void systemBrowserInsteadUsesTheLoopbackListener()
    {
        makeConnection(QStringLiteral("public-pkce"), AuthType::OAuth2AuthorizationCodePkce);
        QUrl opened;
        m_controller->setSystemBrowserOpener([&opened](const QUrl &url) {
            opened = url;
            return true;
        });
        m_connection->connectToService();
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->dialog() != nullptr, 10000);
        QPointer<QDialog> dialog = m_controller->dialog();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("openSystemBrowser")), Qt::LeftButton);
        QVERIFY(opened.isValid());
        QCOMPARE(opened.path(), m_idp.authorizationUrl().path());
        QCOMPARE(QUrlQuery(opened).queryItemValue(QStringLiteral("client_id")), QStringLiteral("public-pkce"));

        // What the system browser does: sign in, then follow the redirect to the loopback listener.
        const QUrl redirect = m_idp.authorizeHeadlessly(opened);
        QVERIFY2(!redirect.isEmpty(), qPrintable(m_idp.errorString()));
        QCOMPARE(redirect.port(), m_connection->redirectUri().port());
        std::unique_ptr<QNetworkReply> browser(m_nam.get(QNetworkRequest(redirect)));
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), ConnectionState::Connected, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 5000); // closed with WA_DeleteOnClose: deleted
    }
};

int main(int argc, char *argv[])
{
    // Qt WebEngine needs shared OpenGL contexts before the application exists (the designer does the same).
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestSignInBrowser test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_signinbrowser.moc"
