// The designer window's design-time connection, wired end to end: the connection panel's buttons
// drive the real DesignTimeConnection against a loopback resource (API key) and the real
// oidc-provider (client credentials); the exchange log shows every exchange, redacted.
#include "browser/SignInController.h"
#include "common/ModalSeam.h"
#include "connection/DesignTimeConnection.h"
#include "connectionpanel/ConnectionPanel.h"
#include "connectionpanel/RehearsalDialog.h"
#include "exchangelog/ExchangeLogModel.h"
#include "exchangelog/ExchangeLogView.h"
#include "files/AutosaveManager.h"
#include "io/DefinitionFile.h"
#include "mainwindow/ConnectorSettingsForm.h"
#include "mainwindow/ExpectationDialog.h"
#include "mainwindow/MainWindow.h"
#include "model/BuiltinSchemas.h"
#include "model/ConnectorDocument.h"
#include "properties/PropertiesPanel.h"
#include "properties/PropertiesTableModel.h"
#include "secrets/SecretStore.h"
#include "support/OidcProvider.h"

#include "WindowTestSupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace cad;
using cad::test::OidcProvider;

namespace {

/// A protected resource on 127.0.0.1 that answers every request with 200 and a small JSON body and
/// keeps the raw request heads it received.
class LoopbackResource : public QObject
{
public:
    LoopbackResource()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket]() {
                    QByteArray &buffer = m_buffers[socket];
                    buffer += socket->readAll();
                    if (!buffer.contains("\r\n\r\n"))
                        return;
                    m_requests.append(buffer.left(buffer.indexOf("\r\n\r\n")));
                    const QByteArray body = "{\"id\":\"u-1\",\"name\":\"Alice\"}";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                                  "Content-Length: " +
                                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    [[nodiscard]] QUrl baseUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    [[nodiscard]] const QList<QByteArray> &requests() const { return m_requests; }

private:
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QByteArray> m_requests;
};

using test::child;

QList<OAuthStage> stagesOf(const ExchangeLogModel *model)
{
    QList<OAuthStage> stages;
    for (const ExchangeRecord &r : model->records())
        stages << r.stage;
    return stages;
}

void setTableValue(MainWindow &window, QStringView name, const QString &value)
{
    const int row = window.document()->definition().indexOf(name);
    QVERIFY2(row >= 0, qPrintable(name.toString()));
    auto *model = window.propertiesPanel()->model();
    QVERIFY(model->setData(model->index(row, PropertiesTableModel::ValueColumn), value));
}

} // namespace

class TestConnectionWiring : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    OidcProvider m_idp;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ModalSeam::setTestMode(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ConnectorAuthDesignerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_connectionwiring"));
        QVERIFY(m_dir.isValid());
        QSettings().clear();
    }

    void cleanup()
    {
        QCOMPARE(ModalSeam::unansweredCount(), 0);
        ModalSeam::reset();
        QFile::remove(AutosaveManager::recoveryFilePath());
    }

    void apiKeyConnectTestInvalidateDisconnect()
    {
        LoopbackResource resource;
        QVERIFY(resource.listen());
        ConnectorDefinition d = ConnectorDefinition::create(AuthType::ApiKey, QStringLiteral("Loopback API"));
        d.baseUrl = resource.baseUrl().toString();
        d.testRequest.method = QStringLiteral("GET");
        d.testRequest.path = QStringLiteral("/me");
        const QString path = m_dir.filePath(QStringLiteral("apikey.connector.json"));
        QVERIFY(DefinitionFile::write(path, d).ok());

        MainWindow window;
        window.show();
        QVERIFY(window.openFile(path));
        ConnectionPanel *panel = window.connectionPanel();
        auto *connect = child<QAbstractButton>(panel, "connectButton");
        auto *test = child<QAbstractButton>(panel, "testButton");
        auto *refresh = child<QAbstractButton>(panel, "refreshButton");
        auto *disconnect = child<QAbstractButton>(panel, "disconnectButton");
        auto *banner = child<QWidget>(&window, "invalidationBanner");
        QVERIFY(connect && test && refresh && disconnect && banner);
        QVERIFY(!test->isEnabled());
        QVERIFY(!disconnect->isEnabled());
        // No browser sign-in for an API key: no redirect URI to register.
        QVERIFY(!child<QWidget>(panel, "copyRedirectUriButton")->isVisible());

        const QString key = QStringLiteral("key-7f3a9c1e55");
        auto *field = child<QLineEdit>(&window, "preview_api_key");
        QVERIFY(field);
        QTest::keyClicks(field, key);
        QCOMPARE(window.designTimeConnection()->values().value(QStringLiteral("api_key")), key);

        QTest::mouseClick(connect, Qt::LeftButton);
        QTRY_COMPARE(panel->state(), ConnectionState::Connected);
        QCOMPARE(child<QLabel>(panel, "connectionStateLabel")->text(), QStringLiteral("Connected"));
        QVERIFY(!child<QLabel>(panel, "connectionStatusLabel")->text().isEmpty());
        QVERIFY(test->isEnabled());
        QVERIFY(disconnect->isEnabled());
        QVERIFY(!refresh->isEnabled()); // refresh is for OAuth only

        QTest::mouseClick(test, Qt::LeftButton);
        ExchangeLogView *log = window.exchangeLog();
        QTRY_COMPARE_WITH_TIMEOUT(log->model()->rowCount(), 1, 10000);
        QCOMPARE(resource.requests().size(), 1);
        QVERIFY2(resource.requests().constFirst().contains(QByteArray(QByteArray("X-Access-Token: ") + key.toUtf8())),
                 resource.requests().constFirst().constData());
        QCOMPARE(log->model()->record(0).stage, OAuthStage::Test);
        QCOMPARE(log->model()->index(0, ExchangeLogModel::StatusColumn).data().toString(), QStringLiteral("200"));
        QVERIFY2(log->testSummary().contains(QLatin1String("200")), qPrintable(log->testSummary()));
        QCOMPARE(child<QTabWidget>(&window, "requestTabs")->currentWidget(), log); // the result is shown
        const QString detail = child<QPlainTextEdit>(log, "exchangeDetail")->toPlainText();
        QVERIFY2(detail.contains(QLatin1String("X-Access-Token")), qPrintable(detail));
        QVERIFY2(!detail.contains(key), qPrintable(detail));                                 // masked
        QVERIFY2(detail.contains(QLatin1String("\"name\": \"Alice\"")), qPrintable(detail)); // pretty-printed

        // Any change of the authentication invalidates the connection.
        QVERIFY(!banner->isVisible());
        setTableValue(window, PropertyNames::ConnectionName, QStringLiteral("Work account"));
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(window.designTimeConnection()->state(), ConnectionState::Invalidated);
        QCOMPARE(panel->state(), ConnectionState::Invalidated);
        QVERIFY(!test->isEnabled());

        QTest::mouseClick(disconnect, Qt::LeftButton);
        QTRY_COMPARE(panel->state(), ConnectionState::NotConnected);
        QCOMPARE(child<QLabel>(panel, "connectionStateLabel")->text(), QStringLiteral("Not connected"));
        QVERIFY(!banner->isVisible());
        QVERIFY(!disconnect->isEnabled());
    }

    // One engine: the designer's Test and `auth-designer-cli test` send the same request for one design.
    void theDesignerAndTheCliSendTheSameRequest()
    {
        LoopbackResource resource;
        QVERIFY(resource.listen());
        ConnectorDefinition d = ConnectorDefinition::create(AuthType::ApiKey, QStringLiteral("Same request"));
        d.baseUrl = resource.baseUrl().toString() + QStringLiteral("/v2");
        d.testRequest.path = QStringLiteral("/me");
        Property region;
        region.name = QStringLiteral("region");
        region.displayName = QStringLiteral("Region");
        region.value = QStringLiteral("eu west");
        region.sendAs = {Location::Query, QStringLiteral("region"), QString()};
        d.properties.append(region);
        Property version;
        version.name = QStringLiteral("api_version");
        version.displayName = QStringLiteral("API version");
        version.value = QStringLiteral("2024-01");
        version.sendAs = {Location::Header, QStringLiteral("Acme-Version"), QString()};
        d.properties.append(version);
        const QString path = m_dir.filePath(QStringLiteral("same.connector.json"));
        QVERIFY(DefinitionFile::write(path, d).ok());
        const QString key = QStringLiteral("key-same-4c1d");

        {
            MainWindow window;
            window.show();
            QVERIFY(window.openFile(path));
            ConnectionPanel *panel = window.connectionPanel();
            QTest::keyClicks(child<QLineEdit>(&window, "preview_api_key"), key);
            QTest::mouseClick(child<QAbstractButton>(panel, "connectButton"), Qt::LeftButton);
            QTRY_COMPARE(panel->state(), ConnectionState::Connected);
            QTest::mouseClick(child<QAbstractButton>(panel, "testButton"), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(resource.requests().size(), 1, 10000);
        }

        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CAD_SAME_KEY"), key);
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(CAD_BINARY_DIR "/bin/auth-designer-cli"),
                  {QStringLiteral("test"), path, QStringLiteral("--set-env"), QStringLiteral("api_key=CAD_SAME_KEY")});
        QVERIFY(cli.waitForStarted(10000));
        QVERIFY(QTest::qWaitFor([&cli] { return cli.state() == QProcess::NotRunning; }, 60000));
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(resource.requests().size(), 2);

        // Method, URL and every header, byte for byte (the order of the headers aside).
        const auto normalized = [](const QByteArray &head) {
            QList<QByteArray> lines = head.split('\n');
            for (QByteArray &line : lines)
                line = line.trimmed();
            const QByteArray requestLine = lines.takeFirst();
            std::sort(lines.begin(), lines.end());
            return QList<QByteArray>{requestLine} + lines;
        };
        const QList<QByteArray> designer = normalized(resource.requests().at(0));
        const QList<QByteArray> commandLine = normalized(resource.requests().at(1));
        QCOMPARE(designer.first(), QByteArray("GET /v2/me?region=eu%20west HTTP/1.1"));
        QVERIFY(designer.contains(QByteArray("X-Access-Token: ") + key.toUtf8()));
        QVERIFY(designer.contains(QByteArray("Acme-Version: 2024-01")));
        QCOMPARE(commandLine, designer);
    }

    // The expected answer and the connection label, edited in the designer and held to by Test.
    void testShowsEachCheckAndNamesTheConnection()
    {
        LoopbackResource resource;
        QVERIFY(resource.listen());
        ConnectorDefinition d = ConnectorDefinition::create(AuthType::ApiKey, QStringLiteral("Loopback API"));
        d.baseUrl = resource.baseUrl().toString();
        d.testRequest.path = QStringLiteral("/me");
        d.testRequest.expect.json = {{QStringLiteral("/name"), ResponseCheck::Kind::Equals, QStringLiteral("Alice")},
                                     {QStringLiteral("/id"), ResponseCheck::Kind::Matches, QStringLiteral("^u-")}};
        const QString path = m_dir.filePath(QStringLiteral("checks.connector.json"));
        QVERIFY(DefinitionFile::write(path, d).ok());

        MainWindow window;
        window.show();
        QVERIFY(window.openFile(path));
        auto *label = child<QLineEdit>(&window, "connectionLabelEdit");
        QVERIFY(label);
        label->setFocus();
        QTest::keyClicks(label, QStringLiteral("{/name} ({/id})"));
        QCOMPARE(window.document()->definition().connectionLabel, QStringLiteral("{/name} ({/id})"));

        ConnectionPanel *panel = window.connectionPanel();
        QTest::keyClicks(child<QLineEdit>(&window, "preview_api_key"), QStringLiteral("key-checks-1"));
        QTest::mouseClick(child<QAbstractButton>(panel, "connectButton"), Qt::LeftButton);
        QTRY_COMPARE(panel->state(), ConnectionState::Connected);
        auto *nameLabel = child<QLabel>(panel, "connectionNameLabel");
        QCOMPARE(nameLabel->text(), QStringLiteral("—"));

        QTest::mouseClick(child<QAbstractButton>(panel, "testButton"), Qt::LeftButton);
        ExchangeLogView *log = window.exchangeLog();
        QTRY_VERIFY_WITH_TIMEOUT(log->testSummary().startsWith(QStringLiteral("✔")), 10000);
        QCOMPARE(log->checksText(), QStringLiteral("✔ /name equals \"Alice\": passed\n✔ /id matches ^u-: passed"));
        QVERIFY(child<QLabel>(log, "testChecks")->isVisible());
        QCOMPARE(nameLabel->text(), QStringLiteral("Alice (u-1)"));

        // Expect another name, in the dialog next to the test request: no new connection is needed.
        auto *expectButton = child<QPushButton>(&window, "expectButton");
        QCOMPARE(expectButton->text(), QStringLiteral("Expect 200-299 · 2 checks…"));
        QTest::mouseClick(expectButton, Qt::LeftButton);
        auto *dialog = window.findChild<ExpectationDialog *>(QStringLiteral("expectationDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *table = child<QTableWidget>(dialog, "expectChecksTable");
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, ExpectationDialog::ValueColumn)->text(), QStringLiteral("Alice"));
        table->item(0, ExpectationDialog::ValueColumn)->setText(QStringLiteral("Bob"));
        child<QLineEdit>(dialog, "expectStatusEdit")->setText(QStringLiteral("200, 204"));
        QVERIFY(!child<QLabel>(dialog, "expectProblems")->isVisible());
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(window.document()->definition().testRequest.expect.status,
                 (QStringList{QStringLiteral("200"), QStringLiteral("204")}));
        QCOMPARE(window.document()->definition().testRequest.expect.json.at(0).value,
                 QJsonValue(QStringLiteral("Bob")));
        QCOMPARE(expectButton->text(), QStringLiteral("Expect 200, 204 · 2 checks…"));
        QCOMPARE(panel->state(), ConnectionState::Connected);

        QTest::mouseClick(child<QAbstractButton>(panel, "testButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(log->testSummary().startsWith(QStringLiteral("✘")), 10000);
        QCOMPARE(log->checksText(),
                 QStringLiteral("✘ /name equals \"Bob\": failed, the answer has \"Alice\"\n✔ /id matches ^u-: passed"));
        QCOMPARE(nameLabel->text(), QStringLiteral("—"));

        // One undo step gives the expectation back.
        window.undoStack()->undo();
        QCOMPARE(window.document()->definition().testRequest.expect, d.testRequest.expect);
        QCOMPARE(expectButton->text(), QStringLiteral("Expect 200-299 · 2 checks…"));
    }

    void anExpectationWithMistakesIsKeptAndExplained()
    {
        MainWindow window;
        window.show();
        auto *form = window.findChild<ConnectorSettingsForm *>();
        QVERIFY(form);
        form->editExpectation();
        auto *dialog = window.findChild<ExpectationDialog *>(QStringLiteral("expectationDialog"));
        QVERIFY(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, "addCheckButton"), Qt::LeftButton);
        auto *table = child<QTableWidget>(dialog, "expectChecksTable");
        QCOMPARE(table->rowCount(), 1);
        table->item(0, ExpectationDialog::PointerColumn)->setText(QStringLiteral("email"));
        child<QLineEdit>(dialog, "expectStatusEdit")->setText(QStringLiteral("2xx"));
        auto *problems = child<QLabel>(dialog, "expectProblems");
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(QLatin1String("\"2xx\" is not a status code or a range")),
                 qPrintable(problems->text()));
        QVERIFY2(problems->text().contains(QLatin1String("\"email\" is not a JSON Pointer")),
                 qPrintable(problems->text()));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        // Nothing typed is lost: the design keeps it, and the Problems list says what to fix.
        QCOMPARE(window.document()->definition().testRequest.expect.status, QStringList{QStringLiteral("2xx")});
        QCOMPARE(window.document()->definition().testRequest.expect.json.at(0).pointer, QStringLiteral("email"));
        QStringList locations;
        for (const Diagnostic &diagnostic : window.document()->diagnostics())
            if (diagnostic.path.startsWith(QLatin1String("connector.testRequest.expect")))
                locations << diagnostic.field;
        QCOMPARE(locations, (QStringList{QStringLiteral("testRequest.expect"), QStringLiteral("testRequest.expect")}));
        QCOMPARE(window.findChild<ConnectorSettingsForm *>()->editorForField(locations.first()),
                 static_cast<QWidget *>(child<QPushButton>(&window, "expectButton")));
    }

    void clientCredentialsRefreshAndRevoke()
    {
        if (!m_idp.isRunning() && !m_idp.start())
            QFAIL(qPrintable(m_idp.errorString()));
        const cad::test::OidcClientRegistration reg = m_idp.client(QStringLiteral("cc-basic"));
        const ConnectorDefinition d = cad::test::oidcClientCredentials(m_idp, QStringLiteral("cc-basic"),
                                                                       QStringLiteral("wiring-cc"), true, true);
        const QString path = m_dir.filePath(QStringLiteral("cc.connector.json"));
        QVERIFY(DefinitionFile::write(path, d).ok());

        MainWindow window;
        window.show();
        QVERIFY(window.openFile(path));
        // The client secret typed in the properties table reaches the connection.
        setTableValue(window, PropertyNames::ClientSecret, reg.clientSecret);
        ConnectionPanel *panel = window.connectionPanel();
        QTest::mouseClick(child<QAbstractButton>(panel, "connectButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->state(), ConnectionState::Connected, 15000);
        QVERIFY(panel->expiry().isValid());
        const QString expiry = child<QLabel>(panel, "connectionExpiryLabel")->text();
        QVERIFY2(expiry.startsWith(QLatin1String("in ")), qPrintable(expiry));
        QCOMPARE(panel->scopes(), QStringLiteral("api:read"));
        ExchangeLogView *log = window.exchangeLog();
        QCOMPARE(stagesOf(log->model()), QList<OAuthStage>{OAuthStage::Token});
        QCOMPARE(log->model()->index(0, ExchangeLogModel::StageColumn).data().toString(), QStringLiteral("Token"));
        const QString firstToken = window.designTimeConnection()->tokens().accessToken;

        auto *refresh = child<QAbstractButton>(panel, "refreshButton");
        QVERIFY(refresh->isEnabled());
        QTest::mouseClick(refresh, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(log->model()->rowCount(), 2, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(panel->state(), ConnectionState::Connected, 15000);
        // Client credentials has no refresh token (the fixture's cc clients may not use the refresh_token
        // grant): Refresh asks the token endpoint for a new token, a second Token exchange.
        QCOMPARE(stagesOf(log->model()), (QList<OAuthStage>{OAuthStage::Token, OAuthStage::Token}));
        QVERIFY(window.designTimeConnection()->tokens().accessToken != firstToken);
        // No token in the log, in the panel or in the status text.
        for (const ExchangeRecord &r : log->model()->records())
            QVERIFY(!ExchangeLogModel::describe(r).contains(window.designTimeConnection()->tokens().accessToken));
        QVERIFY(!ExchangeLogModel::describe(log->model()->record(0)).contains(reg.clientSecret));

        QTest::mouseClick(child<QAbstractButton>(panel, "disconnectButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->state(), ConnectionState::NotConnected, 15000);
        QVERIFY(stagesOf(log->model()).contains(OAuthStage::Revoke));
        const QString status = child<QLabel>(panel, "connectionStatusLabel")->text();
        QVERIFY2(status.contains(QLatin1String("revoked")) && !status.contains(QLatin1String("not revoked")),
                 qPrintable(status));
        // Disconnect forgets the tokens: no expiry, and the label says so.
        QVERIFY(!panel->expiry().isValid());
        QCOMPARE(child<QLabel>(panel, "connectionExpiryLabel")->text(), QStringLiteral("—"));
    }

    void rehearseShowsTheChecklistAndKeepsTheConnection()
    {
        // Client credentials at oidc-provider with a revoke URL; the API is a loopback resource that
        // accepts any token, so after revocation the old token still works there: a finding.
        if (!m_idp.isRunning() && !m_idp.start())
            QFAIL(qPrintable(m_idp.errorString()));
        LoopbackResource api;
        QVERIFY(api.listen());
        const cad::test::OidcClientRegistration reg = m_idp.client(QStringLiteral("cc-basic"));
        ConnectorDefinition d = cad::test::oidcClientCredentials(m_idp, QStringLiteral("cc-basic"),
                                                                 QStringLiteral("wiring-rehearse"), true, true);
        d.baseUrl = api.baseUrl().toString();
        d.testRequest.path = QStringLiteral("/me");
        const QString path = m_dir.filePath(QStringLiteral("rehearse.connector.json"));
        QVERIFY(DefinitionFile::write(path, d).ok());

        MainWindow window;
        window.resize(1024, 700);
        window.show();
        QVERIFY(window.openFile(path));
        setTableValue(window, PropertyNames::ClientSecret, reg.clientSecret);
        ConnectionPanel *panel = window.connectionPanel();
        auto *rehearse = child<QAbstractButton>(panel, "rehearseButton");
        QVERIFY(rehearse->isVisibleTo(panel));
        QVERIFY(!rehearse->isEnabled()); // not connected yet
        // The menu's action says why it cannot start, in the panel.
        child<QAction>(&window, "rehearseAction")->trigger();
        QCOMPARE(panel->statusMessage(),
                 QStringLiteral("Connect first: the rehearsal works with the design-time connection's tokens."));
        QVERIFY(!window.findChild<RehearsalDialog *>(QStringLiteral("rehearsalDialog")));

        QTest::mouseClick(child<QAbstractButton>(panel, "connectButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->state(), ConnectionState::Connected, 15000);
        const TokenSet first = window.designTimeConnection()->tokens();
        QVERIFY(rehearse->isEnabled());
        QTest::mouseClick(rehearse, Qt::LeftButton);

        auto *dialog = window.findChild<RehearsalDialog *>(QStringLiteral("rehearsalDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal()); // the exchange log stays usable
        auto *summary = child<QLabel>(dialog, "rehearsalSummary");
        QTRY_VERIFY_WITH_TIMEOUT(summary->isVisibleTo(dialog), 20000);
        QCOMPARE(summary->text(), QStringLiteral("Rehearsal finished: passed 5, findings 1, failed 0, skipped 3."));

        // One row a check, in the checklist's order, each with its outcome.
        const QList<QPair<QString, QString>> expected{
            {QStringLiteral("expires_in"), QStringLiteral("passed")},
            {QStringLiteral("token_type"), QStringLiteral("passed")},
            {QStringLiteral("refresh_token"), QStringLiteral("skipped")},
            {QStringLiteral("scope"), QStringLiteral("passed")},
            {QStringLiteral("refresh"), QStringLiteral("passed")},
            {QStringLiteral("rotation"), QStringLiteral("skipped")},
            {QStringLiteral("refreshed_token_works"), QStringLiteral("passed")},
            {QStringLiteral("reuse"), QStringLiteral("skipped")},
            {QStringLiteral("revoke"), QStringLiteral("finding")}};
        auto *checklist = child<QScrollArea>(dialog, "rehearsalChecklist");
        QLayout *rows = checklist->widget()->layout();
        QCOMPARE(rows->count(), int(expected.size()) + 1); // and the stretch below them
        for (int i = 0; i < int(expected.size()); ++i) {
            const auto &[id, outcome] = expected.at(i);
            QWidget *row = rows->itemAt(i)->widget();
            QVERIFY(row);
            QCOMPARE(row->objectName(), QStringLiteral("rehearsalCheck_") + id);
            QCOMPARE(child<QLabel>(row, "outcome")->text(), outcome);
        }
        auto *revoke = dialog->findChild<QWidget *>(QStringLiteral("rehearsalCheck_revoke"));
        QVERIFY2(child<QLabel>(revoke, "observation")->text().contains(QLatin1String("still accepted (HTTP 200)")),
                 qPrintable(child<QLabel>(revoke, "observation")->text()));
        QVERIFY(child<QLabel>(revoke, "advice")->text().contains(QLatin1String("stay valid until they expire")));

        // The rehearsal revoked the connection's tokens at the provider, so the connection is
        // disconnected, and the dialog says so.
        auto *connectionNote = child<QLabel>(dialog, "rehearsalConnection");
        QVERIFY(connectionNote->isVisibleTo(dialog));
        QCOMPARE(connectionNote->text(), QStringLiteral("The rehearsal revoked the connection's tokens, so the "
                                                        "connection is disconnected. Connect again to go on."));
        QCOMPARE(panel->state(), ConnectionState::NotConnected);
        QVERIFY(!child<QAbstractButton>(panel, "testButton")->isEnabled());
        QVERIFY(window.designTimeConnection()->tokens().isEmpty());
        // Every exchange of the rehearsal is in the log: token, token again, revocation.
        QVERIFY(stagesOf(window.exchangeLog()->model()).contains(OAuthStage::Revoke));

        // Copy Report: the checklist as text, without a token or the secret.
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(child<QAbstractButton>(dialog, "copyRehearsalButton"), Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(QLatin1String("Rehearsal: passed 5, findings 1, failed 0, skipped 3\n")),
                 qPrintable(copied));
        QVERIFY(!first.accessToken.isEmpty() && !reg.clientSecret.isEmpty());
        for (const QString &secret : {first.accessToken, reg.clientSecret})
            QVERIFY2(!copied.contains(secret), qPrintable(copied));
        // Not connected any more: Rehearse Again waits for Connect.
        QVERIFY(!child<QAbstractButton>(dialog, "rehearseAgainButton")->isEnabled());
        QTest::mouseClick(child<QAbstractButton>(panel, "connectButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->state(), ConnectionState::Connected, 15000);
        QVERIFY(child<QAbstractButton>(dialog, "rehearseAgainButton")->isEnabled());

        // Escape closes it, as any dialog.
        QPointer<RehearsalDialog> guard(dialog);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(guard.isNull());
    }

    void authorizationCodeShowsRedirectUriAndRemembersBrowserChoice()
    {
        {
            MainWindow window; // the default type is authorization code
            window.show();
            auto *copy = child<QAbstractButton>(window.connectionPanel(), "copyRedirectUriButton");
            QVERIFY(copy && copy->isVisible());
            const QString text = child<QLabel>(window.connectionPanel(), "connectionRedirectLabel")->text();
            QVERIFY2(text.contains(QLatin1String("http://127.0.0.1/callback")) &&
                         text.contains(QLatin1String("any port")),
                     qPrintable(text));
            auto *check = child<QCheckBox>(window.connectionPanel(), "systemBrowserCheck");
            QVERIFY(!check->isChecked());
            check->setChecked(true);
            QVERIFY(window.signInController()->prefersSystemBrowser());
        }
        MainWindow window;
        QVERIFY(child<QCheckBox>(window.connectionPanel(), "systemBrowserCheck")->isChecked());
        QVERIFY(window.signInController()->prefersSystemBrowser());
        child<QCheckBox>(window.connectionPanel(), "systemBrowserCheck")->setChecked(false);
    }

    void systemBrowserSignInFromTheWindow()
    {
        if (!m_idp.isRunning() && !m_idp.start())
            QFAIL(qPrintable(m_idp.errorString()));
        const ConnectorDefinition d = cad::test::oidcPublicPkce(m_idp, QStringLiteral("wiring-pkce"));
        const QString path = m_dir.filePath(QStringLiteral("pkce.connector.json"));
        QVERIFY(DefinitionFile::write(path, d).ok());

        MainWindow window;
        window.show();
        QVERIFY(window.openFile(path));
        child<QCheckBox>(window.connectionPanel(), "systemBrowserCheck")->setChecked(true);
        QUrl opened;
        window.signInController()->setSystemBrowserOpener([&opened](const QUrl &url) {
            opened = url;
            return true;
        });
        ConnectionPanel *panel = window.connectionPanel();
        QTest::mouseClick(child<QAbstractButton>(panel, "connectButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(opened.isValid(), 10000);
        QCOMPARE(panel->state(), ConnectionState::Authorizing);
        QVERIFY(!window.signInController()->dialog()); // no embedded browser
        // What the browser does: sign in, then follow the redirect to the connection's loopback listener.
        const QUrl redirect = m_idp.authorizeHeadlessly(opened);
        QVERIFY2(!redirect.isEmpty(), qPrintable(m_idp.errorString()));
        std::unique_ptr<QNetworkReply> browser(window.network()->get(QNetworkRequest(redirect)));
        QTRY_COMPARE_WITH_TIMEOUT(panel->state(), ConnectionState::Connected, 15000);
        QVERIFY(panel->scopes().contains(QLatin1String("openid")));
        QTest::mouseClick(child<QAbstractButton>(panel, "testButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.exchangeLog()->testSummary().contains(QLatin1String("200")), 15000);
        QTest::mouseClick(child<QAbstractButton>(panel, "disconnectButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->state(), ConnectionState::NotConnected, 15000);
        child<QCheckBox>(window.connectionPanel(), "systemBrowserCheck")->setChecked(false);
    }

    void keychainNoticeFollowsTheBackend()
    {
        MainWindow window;
        window.show();
        QCoreApplication::processEvents(); // the window asks the keychain after the first paint
        bool answered = false;
        window.secretStore()->detectBackend(this, [&answered](bool) { answered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
        auto *notice = child<QLabel>(window.connectionPanel(), "keychainNotice");
        QVERIFY(notice);
        const bool persistent = window.secretStore()->isPersistent();
        QTRY_COMPARE(notice->isVisible(), !persistent);
        if (!persistent) {
            QVERIFY(!window.secretStore()->backendMessage().isEmpty());
            QCOMPARE(notice->text(), window.secretStore()->backendMessage());
        }
        qInfo("keychain persistent: %s", persistent ? "yes" : "no (notice shown)");
    }

    void importAndExportUseTheExchangeCode()
    {
        MainWindow window;
        activate(window, AuthType::OAuth2ClientCredentials);
        const QString exported = m_dir.filePath(QStringLiteral("roundtrip.openapi.json"));
        ModalSeam::setNextFileName(exported);
        window.findChild<QAction *>(QStringLiteral("exportOpenApiAction"))->trigger();
        QVERIFY(QFile::exists(exported));
        const QString postman = m_dir.filePath(QStringLiteral("roundtrip.postman.json"));
        ModalSeam::setNextFileName(postman);
        window.findChild<QAction *>(QStringLiteral("exportPostmanAction"))->trigger();
        QVERIFY(QFile::exists(postman));

        MainWindow other; // unmodified: no unsaved-changes question
        ModalSeam::setNextFileName(exported);
        QSignalSpy imported(&other, &MainWindow::importFinished);
        const int messages = ModalSeam::messageCount();
        other.findChild<QAction *>(QStringLiteral("importAction"))->trigger();
        QTRY_COMPARE(imported.count(), 1);
        QCOMPARE(other.document()->definition(), window.document()->definition()); // lossless (the extension)
        QVERIFY(other.filePath().isEmpty());
        QVERIFY(other.isWindowModified()); // new and unsaved
        // A lossless import has no notes and no warnings: no message box.
        QCOMPARE(ModalSeam::messageCount(), messages);
        QCOMPARE(ModalSeam::unansweredCount(), 0);
    }

    void importAsksWhichSchemeWhenThereAreSeveral()
    {
        const QString path = m_dir.filePath(QStringLiteral("two-schemes.openapi.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // (moc cannot read multi-line raw strings: plain literals)
        f.write("{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"Two Schemes\", \"version\": \"1\"},"
                " \"servers\": [{\"url\": \"https://api.example.com\"}], \"paths\": {},"
                " \"components\": {\"securitySchemes\": {"
                " \"Key\": {\"type\": \"apiKey\", \"in\": \"header\", \"name\": \"X-Key\"},"
                " \"Login\": {\"type\": \"http\", \"scheme\": \"basic\"}}}}");
        f.close();

        MainWindow window;
        ModalSeam::setNextItem(QStringLiteral("Login"));
        ModalSeam::setNextAnswer(QMessageBox::Ok); // the note naming the other scheme
        QVERIFY(window.importFile(path));
        QCOMPARE(window.document()->definition().authType, AuthType::Basic);
        QVERIFY(ModalSeam::lastMessage().contains(QLatin1String("Key"))); // the importer's note is shown

        // Cancelling the choice leaves the document as it was.
        ModalSeam::reset();
        ModalSeam::setNextAnswer(QMessageBox::Discard); // the imported document is unsaved
        ModalSeam::setNextItem(QString());
        QVERIFY(!window.importFile(path));
        QCOMPARE(window.document()->definition().authType, AuthType::Basic);

        ModalSeam::reset();
        ModalSeam::setNextAnswer(QMessageBox::Discard);
        ModalSeam::setNextItem(QStringLiteral("Key"));
        ModalSeam::setNextAnswer(QMessageBox::Ok);
        QVERIFY(window.importFile(path));
        QCOMPARE(window.document()->definition().authType, AuthType::ApiKey);
        QCOMPARE(window.document()->definition().property(PropertyNames::ApiKey)->sendAs.key, QStringLiteral("X-Key"));
        ModalSeam::reset();
    }

    void importReadsDiscoveryOnlyWhenTheAuthorSaysSo()
    {
        if (!m_idp.isRunning() && !m_idp.start())
            QFAIL(qPrintable(m_idp.errorString()));
        const QString path = m_dir.filePath(QStringLiteral("oidc.openapi.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"OIDC API\", \"version\": \"1\"},"
                               " \"servers\": [{\"url\": \"https://api.example.com\"}], \"paths\": {},"
                               " \"components\": {\"securitySchemes\": {\"oidc\": {\"type\": \"openIdConnect\","
                               " \"openIdConnectUrl\": \"%1\"}}}}")
                    .arg(m_idp.discoveryUrl().toString())
                    .toUtf8());
        f.close();

        // No: nothing is fetched, the endpoints stay empty and the note says why.
        MainWindow window;
        ModalSeam::reset();
        ModalSeam::setNextAnswer(QMessageBox::No);
        ModalSeam::setNextAnswer(QMessageBox::Ok); // the import notes
        QSignalSpy imported(&window, &MainWindow::importFinished);
        QVERIFY(window.importFile(path));
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 10000);
        QVERIFY(window.document()->definition().valueOf(PropertyNames::TokenUrl).isEmpty());
        QVERIFY(!window.document()->definition().property(PropertyNames::Issuer));
        QVERIFY2(ModalSeam::lastMessage().contains(QLatin1String("was not read")),
                 qPrintable(ModalSeam::lastMessage()));

        // Yes: the document is read (its issuer checked) and fills the endpoints and the issuer.
        ModalSeam::reset();
        ModalSeam::setNextAnswer(QMessageBox::Discard); // the unsaved import
        ModalSeam::setNextAnswer(QMessageBox::Yes);
        ModalSeam::setNextAnswer(QMessageBox::Ok);
        QVERIFY(window.importFile(path));
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 2, 10000);
        const ConnectorDefinition &d = window.document()->definition();
        QCOMPARE(d.valueOf(PropertyNames::TokenUrl), m_idp.tokenUrl().toString());
        QCOMPARE(d.valueOf(PropertyNames::AuthorizationUrl), m_idp.authorizationUrl().toString());
        QVERIFY(d.property(PropertyNames::Issuer));
        QCOMPARE(d.valueOf(PropertyNames::Issuer), m_idp.issuer().toString(QUrl::StripTrailingSlash));
        ModalSeam::reset();
    }

private:
    static void activate(MainWindow &window, AuthType type) { window.changeAuthType(type); }
};

QTEST_MAIN(TestConnectionWiring)
#include "tst_connectionwiring.moc"
