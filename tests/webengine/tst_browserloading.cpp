// The designer must start without Qt WebEngine: it is loaded (as the authdesigner_browser plugin)
// only when a sign-in dialog opens. This test executable does not link WebEngine itself.
#include "SignInDefinitions.h"
#include "browser/BrowserLoader.h"
#include "browser/SignInController.h"
#include "connection/DesignTimeConnection.h"
#include "secrets/SecretStore.h"
#include "support/OidcProvider.h"

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace cad;
using cad::test::OidcProvider;

namespace {
bool webEngineMapped()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return false;
    return maps.readAll().contains("libQt6WebEngineCore");
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
} // namespace

class TestBrowserLoading : public QObject
{
    Q_OBJECT

private slots:
    void pluginIsFoundWithoutTheOverride()
    {
        // A developer running the designer from the build tree gets the embedded browser.
        const QByteArray saved = qgetenv("CAD_BROWSER_PLUGIN_PATH");
        qunsetenv("CAD_BROWSER_PLUGIN_PATH");
        const QStringList candidates = BrowserLoader::candidatePaths();
        qputenv("CAD_BROWSER_PLUGIN_PATH", saved);
        QVERIFY2(std::any_of(candidates.cbegin(), candidates.cend(),
                             [](const QString &path) { return QFileInfo::exists(path); }),
                 qPrintable(candidates.join(QLatin1Char(' '))));
    }

    void missingPluginFallsBackToTheSystemBrowser()
    {
        const QByteArray saved = qgetenv("CAD_BROWSER_PLUGIN_PATH");
        qputenv("CAD_BROWSER_PLUGIN_PATH", "/nonexistent/plugins");
        OidcProvider idp;
        if (!idp.start())
            QFAIL(qPrintable(idp.errorString()));
        QNetworkAccessManager nam;
        SecretStore secrets(SecretStore::Mode::MemoryOnly);
        QWidget window;
        DesignTimeConnection connection(&nam, &secrets);
        connection.setDefinition(
            cad::test::oidcDefinition(idp, QStringLiteral("public-pkce"), AuthType::OAuth2AuthorizationCodePkce));
        SignInController controller(&connection, &window);
        QUrl opened;
        controller.setSystemBrowserOpener([&opened](const QUrl &url) {
            opened = url;
            return true;
        });
        QSignalSpy unavailable(&controller, &SignInController::embeddedBrowserUnavailable);
        connection.connectToService();
        qputenv("CAD_BROWSER_PLUGIN_PATH", saved);

        QCOMPARE(unavailable.size(), 1);
        const QString message = unavailable.first().first().toString();
        QVERIFY2(message.contains(QLatin1String("not installed")) && message.contains(QLatin1String("system browser")),
                 qPrintable(message));
        QVERIFY(controller.dialog() == nullptr);
        QVERIFY(opened.isValid());
        QCOMPARE(connection.state(), ConnectionState::Authorizing); // waiting on the loopback listener
        QVERIFY(!webEngineMapped());

        // The system browser signs in and lands on the loopback listener.
        const QUrl redirect = idp.authorizeHeadlessly(opened);
        QVERIFY2(!redirect.isEmpty(), qPrintable(idp.errorString()));
        std::unique_ptr<QNetworkReply> browser(nam.get(QNetworkRequest(redirect)));
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::Connected, 20000);
    }

    void webEngineLoadsOnlyWhenTheSignInDialogOpens()
    {
        OidcProvider idp;
        if (!idp.start())
            QFAIL(qPrintable(idp.errorString()));
        QNetworkAccessManager nam;
        SecretStore secrets(SecretStore::Mode::MemoryOnly);
        QWidget window;
        window.show();
        DesignTimeConnection connection(&nam, &secrets);
        connection.setDefinition(
            cad::test::oidcDefinition(idp, QStringLiteral("public-pkce"), AuthType::OAuth2AuthorizationCodePkce));
        SignInController controller(&connection, &window);

        // Start-up: the window, the connection and the controller exist; WebEngine does not.
        QVERIFY(!webEngineMapped());
        QVERIFY(!BrowserLoader::isLoaded());
        const qint64 before = residentKiB();

        QElapsedTimer timer;
        timer.start();
        connection.connectToService();
        QTRY_VERIFY_WITH_TIMEOUT(controller.dialog() != nullptr, 10000);
        QVERIFY(controller.dialog()->isVisible());
        QVERIFY(BrowserLoader::isLoaded());
        QVERIFY(webEngineMapped());
        // Information only (no timing assertions): what the first sign-in window costs.
        qInfo("first sign-in dialog after %lld ms; resident memory %lld KiB before, %lld KiB after", timer.elapsed(),
              before, residentKiB());

        connection.cancelAuthorization();
        QCOMPARE(connection.state(), ConnectionState::NotConnected);
        QTRY_VERIFY_WITH_TIMEOUT(controller.dialog() == nullptr, 5000);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestBrowserLoading test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_browserloading.moc"
