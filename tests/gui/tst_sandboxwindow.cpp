// The sandbox inside the designer window: File > New from Sample, the sandbox's secret values
// filled in for sandbox designs (and only for them), Connect and Test against the sandbox the
// window starts on its default port, and Connection > Sandbox Provider…. Holds the ctest resource
// lock "sandbox_default_port" (tests/gui/sandbox.cmake), as the embedded-browser flow does.

#include "connectionpanel/ConnectionPanel.h"
#include "connectionpanel/RehearsalDialog.h"
#include "io/DefinitionFile.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/SandboxController.h"
#include "model/BuiltinSchemas.h"
#include "model/ConnectorDocument.h"
#include "sandbox/SandboxServer.h"
#include "sandboxwindow/SandboxDialog.h"
#include "support/SecretScan.h"

#include "WindowTestSupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QHostAddress>
#include <QLabel>
#include <QMenu>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cad;

namespace {

using test::child;

QMenu *samplesMenu(MainWindow &window)
{
    auto *menu = child<QMenu>(&window, "samplesMenu");
    if (menu)
        Q_EMIT menu->aboutToShow(); // the menu reads the samples when it opens
    return menu;
}

} // namespace

class TestSandboxWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::setUpWindowTests(QStringLiteral("tst_sandboxwindow")); }
    void init() { test::resetWindowTest(); }

    void newFromSampleListsEveryTypeOnce()
    {
        MainWindow window;
        QMenu *menu = samplesMenu(window);
        QVERIFY(menu);
        QStringList names;
        for (QAction *a : menu->actions())
            names << a->text();
        // In the order of the authentication types, as the type list shows them.
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Sandbox (Authorization code)"), QStringLiteral("Acme CRM"),
                              QStringLiteral("Sandbox (PKCE)"), QStringLiteral("Sandbox (Client credentials)"),
                              QStringLiteral("Sandbox (Basic)"), QStringLiteral("Sandbox (API key)"),
                              QStringLiteral("Sandbox (Personal access token)"), QStringLiteral("Sandbox (Custom)"),
                              QStringLiteral("Sandbox (No authentication)")}));
        Q_EMIT menu->aboutToShow(); // opening it again does not add them twice
        QCOMPARE(menu->actions().size(), 9);
    }

    void aSandboxSampleConnectsAndPassesWithNothingTyped_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("secretName");
        QTest::addColumn<QString>("secretValue");
        QTest::newRow("API key") << QStringLiteral("sample_sandbox-api-key") << QStringLiteral("api_key")
                                 << QStringLiteral("sandbox-api-key");
        QTest::newRow("client credentials")
            << QStringLiteral("sample_sandbox-client-credentials") << QStringLiteral("client_secret")
            << QStringLiteral("sandbox-service-secret");
        QTest::newRow("Basic") << QStringLiteral("sample_sandbox-basic") << QStringLiteral("password")
                               << QStringLiteral("sandbox-pässword");
    }

    void aSandboxSampleConnectsAndPassesWithNothingTyped()
    {
        QFETCH(QString, action);
        QFETCH(QString, secretName);
        QFETCH(QString, secretValue);
        MainWindow window;
        window.resize(1024, 700);
        window.show();
        QMenu *menu = samplesMenu(window);
        auto *sample = menu->findChild<QAction *>(action);
        QVERIFY2(sample, qPrintable(action));
        sample->trigger();

        // A new, untitled and unmodified document, the sandbox's secret in the table (no undo step).
        QVERIFY(window.filePath().isEmpty());
        QVERIFY(!window.document()->isModified());
        QCOMPARE(window.undoStack()->count(), 0);
        const Property *secret = window.document()->definition().property(secretName);
        QVERIFY(secret && secret->secret);
        QCOMPARE(secret->value, secretValue);
        QVERIFY(window.sandbox()->server()->isRunning());
        QCOMPARE(window.sandbox()->server()->port(), quint16(47913));

        ConnectionPanel *panel = window.connectionPanel();
        QTest::mouseClick(child<QAbstractButton>(panel, "connectButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->state(), ConnectionState::Connected, 10000);
        QTest::mouseClick(child<QAbstractButton>(panel, "testButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->connectionName().isEmpty(), 10000); // set after a passing test
        QVERIFY2(panel->connectionName().endsWith(QLatin1String("(sandbox)")), qPrintable(panel->connectionName()));

        // Saved, the secret stays out of the file.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sample.connector.json"));
        QVERIFY(window.saveFile(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(test::textContaining(file.readAll(), {secretValue}), QStringList());
    }

    void aRunningRehearsalCanBeStopped()
    {
        MainWindow window;
        window.show();
        samplesMenu(window)->findChild<QAction *>(QStringLiteral("sample_sandbox-client-credentials"))->trigger();
        ConnectionPanel *panel = window.connectionPanel();
        QTest::mouseClick(child<QAbstractButton>(panel, "connectButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->state(), ConnectionState::Connected, 10000);
        // The sandbox answers the rehearsal's token request 5 s late: it is still running below.
        SandboxSettings settings = window.sandbox()->server()->provider()->settings();
        settings.failNext = SandboxFailure::Delay;
        window.sandbox()->server()->provider()->setSettings(settings);
        QTest::mouseClick(child<QAbstractButton>(panel, "rehearseButton"), Qt::LeftButton);
        auto *dialog = window.findChild<RehearsalDialog *>(QStringLiteral("rehearsalDialog"));
        QVERIFY(dialog && dialog->isRunning());
        auto *stop = child<QAbstractButton>(dialog, "cancelRehearsalButton");
        QVERIFY(stop->isVisible());
        QVERIFY(!child<QAbstractButton>(dialog, "rehearseAgainButton")->isVisible());
        QVERIFY(!child<QAbstractButton>(panel, "testButton")->isEnabled()); // the connection is busy
        QTest::mouseClick(stop, Qt::LeftButton);
        QVERIFY(!dialog->isRunning());
        QCOMPARE(child<QLabel>(dialog, "rehearsalSummary")->text().left(28),
                 QStringLiteral("The rehearsal was cancelled."));
        QVERIFY(child<QAbstractButton>(dialog, "rehearseAgainButton")->isVisible());
        QCOMPARE(panel->state(), ConnectionState::Connected);
        QVERIFY(child<QAbstractButton>(panel, "testButton")->isEnabled());
    }

    void aDesignElsewhereGetsNoSandboxSecret()
    {
        MainWindow window;
        samplesMenu(window)->findChild<QAction *>(QStringLiteral("sample_sandbox-client-credentials"))->trigger();
        // The author points the token URL at a real provider: the sandbox's secret does not follow it
        // into a new design with the same client id.
        ConnectorDefinition d = window.document()->definition();
        d.property(PropertyNames::TokenUrl)->value = QStringLiteral("https://login.example.com/oauth/token");
        d.property(PropertyNames::ClientSecret)->value.clear();
        QVERIFY(window.sandbox()->secretsFor(d).isEmpty());
    }

    void theSandboxWindowShowsWhereItRuns()
    {
        MainWindow window;
        window.show();
        samplesMenu(window)->findChild<QAction *>(QStringLiteral("sample_sandbox-pkce"))->trigger();
        QVERIFY(window.sandbox()->server()->isRunning());
        child<QAction>(&window, "sandboxAction")->trigger();
        SandboxDialog *dialog = window.sandbox()->dialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(child<QLabel>(dialog, "sandboxState")->text(), QStringLiteral("Running at http://127.0.0.1:47913"));
        QCOMPARE(dialog->port(), quint16(47913));
        // Stop from the window; the state line follows.
        QTest::mouseClick(child<QAbstractButton>(dialog, "sandboxStopButton"), Qt::LeftButton);
        QVERIFY(!window.sandbox()->server()->isRunning());
        QCOMPARE(child<QLabel>(dialog, "sandboxState")->text(), QStringLiteral("Stopped"));
    }

    void aTakenPortIsNamedAndAnotherOffered()
    {
        // Something else listens on the port the author chose.
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        MainWindow window;
        window.show();
        child<QAction>(&window, "sandboxAction")->trigger();
        SandboxDialog *dialog = window.sandbox()->dialog();
        QVERIFY(dialog);
        QVERIFY(!window.sandbox()->start(squatter.serverPort()));
        auto *error = child<QLabel>(dialog, "sandboxStartError");
        QVERIFY(error->isVisibleTo(dialog));
        QCOMPARE(error->text(), QStringLiteral("The port %1 on 127.0.0.1 is in use.").arg(squatter.serverPort()));
        auto *usePort = child<QAbstractButton>(dialog, "sandboxUsePortButton");
        QVERIFY(usePort->isVisibleTo(dialog));
        const quint16 offered = SandboxController::freePortNear(squatter.serverPort());
        QVERIFY(offered != 0);
        QCOMPARE(usePort->text().remove(QLatin1Char('&')), QStringLiteral("Use Port %1").arg(offered));
        QTest::mouseClick(usePort, Qt::LeftButton);
        QTRY_VERIFY(window.sandbox()->server()->isRunning());
        QCOMPARE(window.sandbox()->server()->port(), offered);
        QCOMPARE(window.sandbox()->port(), offered); // remembered
        window.sandbox()->stop();
    }
};

QTEST_MAIN(TestSandboxWindow)
#include "tst_sandboxwindow.moc"
