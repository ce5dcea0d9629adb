// The designer must start without Qt WebEngine: it is loaded (as the authdesigner_browser plugin)
// only when a sign-in dialog opens. This test executable does not link WebEngine itself.
#include "LoopbackGuard.h"
#include "SignInDefinitions.h"
#include "browser/BrowserLoader.h"
#include "browser/SignInController.h"
#include "connection/DesignTimeConnection.h"
#include "secrets/SecretStore.h"
#include "support/OidcProvider.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

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
    void initTestCase()
    {
        // This executable is not installed next to the plugin: point the loader at the build's plugin.
        BrowserLoader::setSearchPathsForTesting({QStringLiteral(CAD_BROWSER_PLUGIN_DIR)});
    }

    void theInstalledSearchIsRelativeToTheExecutable()
    {
        BrowserLoader::setSearchPathsForTesting({});
        const QStringList candidates = BrowserLoader::candidatePaths();
        BrowserLoader::setSearchPathsForTesting({QStringLiteral(CAD_BROWSER_PLUGIN_DIR)});
        const QString appDir = QCoreApplication::applicationDirPath();
        QCOMPARE(candidates, QStringList({appDir + QStringLiteral("/plugins/libauthdesigner_browser.so"),
                                          QDir::cleanPath(appDir + QStringLiteral("/../lib/auth-designer/plugins/"
                                                                                  "libauthdesigner_browser.so"))}));
    }

    void designerInTheBuildTreeFindsThePluginLikeAnInstalledOne_data()
    {
        QTest::addColumn<QByteArray>("override");
        QTest::newRow("plain") << QByteArray();
        // The old environment override is gone: it can neither hide the plugin nor load another file.
        QTest::newRow("CAD_BROWSER_PLUGIN_PATH ignored") << QByteArray("/nonexistent/plugins");
    }

    void designerInTheBuildTreeFindsThePluginLikeAnInstalledOne()
    {
        QFETCH(QByteArray, override);
#ifdef CAD_DESIGNER_EXECUTABLE
        // The probe stands in for the designer: same folder, same loader, no test seam.
        QCOMPARE(QFileInfo(QStringLiteral(CAD_BROWSER_PROBE)).absolutePath(),
                 QFileInfo(QStringLiteral(CAD_DESIGNER_EXECUTABLE)).absolutePath());
#endif
        QCOMPARE(QFileInfo(QStringLiteral(CAD_BROWSER_PROBE)).absolutePath(),
                 QDir::cleanPath(QStringLiteral(CAD_BINARY_DIR "/bin")));
        QProcess probe;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("CAD_BROWSER_PLUGIN_PATH"));
        if (!override.isEmpty())
            env.insert(QStringLiteral("CAD_BROWSER_PLUGIN_PATH"), QString::fromLatin1(override));
        probe.setProcessEnvironment(env);
        probe.start(QStringLiteral(CAD_BROWSER_PROBE), {});
        QVERIFY2(probe.waitForFinished(60000), "the probe did not finish");
        const QByteArray err = probe.readAllStandardError();
        QVERIFY2(probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0, err.constData());
        const QString loaded = QString::fromUtf8(probe.readAllStandardOutput()).trimmed();
        // <build>/bin/../lib/auth-designer/plugins/, as <prefix>/bin/../lib/auth-designer/plugins/ when installed
        QVERIFY2(loaded.endsWith(QLatin1String("/bin/../lib/auth-designer/plugins/libauthdesigner_browser.so")) ||
                     loaded.endsWith(QLatin1String("/lib/auth-designer/plugins/libauthdesigner_browser.so")),
                 qPrintable(loaded));
        QCOMPARE(QFileInfo(loaded).canonicalFilePath(),
                 QFileInfo(QStringLiteral(CAD_BINARY_DIR "/lib/auth-designer/plugins/libauthdesigner_browser.so"))
                     .canonicalFilePath());
    }

    void missingPluginFallsBackToTheSystemBrowser()
    {
        BrowserLoader::setSearchPathsForTesting({QStringLiteral("/nonexistent/plugins")});
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
        BrowserLoader::setSearchPathsForTesting({QStringLiteral(CAD_BROWSER_PLUGIN_DIR)});

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
        cad::test::LoopbackGuard guard; // the oidc page must not reach the internet (needs no loaded plugin)

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

        // The login page has loaded (its title) before the check that it asked for nothing outside.
        QTRY_VERIFY_WITH_TIMEOUT(controller.dialog()->windowTitle().contains(QLatin1String("Sign-in")), 15000);
        connection.cancelAuthorization();
        QCOMPARE(connection.state(), ConnectionState::NotConnected);
        QTRY_VERIFY_WITH_TIMEOUT(controller.dialog() == nullptr, 5000);
        QVERIFY2(guard.blocked().isEmpty(), qPrintable(guard.describe()));
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
