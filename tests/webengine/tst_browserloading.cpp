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
#include <QFile>
#include <QNetworkAccessManager>
#include <QTest>

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
} // namespace

class TestBrowserLoading : public QObject
{
    Q_OBJECT

private slots:
    void pluginIsFoundInTheBuildTree()
    {
        const QStringList candidates = BrowserLoader::candidatePaths();
        QVERIFY(!candidates.isEmpty());
        QVERIFY2(candidates.constFirst().endsWith(BrowserLoader::pluginFileName()), qPrintable(candidates.join(u' ')));
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

        connection.connectToService();
        QTRY_VERIFY_WITH_TIMEOUT(controller.dialog() != nullptr, 10000);
        QVERIFY(controller.dialog()->isVisible());
        QVERIFY(BrowserLoader::isLoaded());
        QVERIFY(webEngineMapped());

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
