// The Sandbox window against a real sandbox server on 127.0.0.1: its state line and buttons follow
// the server, its switches and the provider's settings follow each other, and its request log shows
// what real HTTP requests sent, secrets masked.
#include "WindowTestSupport.h"
#include "sandbox/SandboxServer.h"
#include "sandboxwindow/SandboxDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace cad;

namespace {

using test::child;

constexpr int TimeoutMs = 10000;

const QByteArray ServiceCredentials =
    "grant_type=client_credentials&client_id=sandbox-service&client_secret=sandbox-service-secret";

/// POSTs @p body as a form to /token of the sandbox at @p port; the HTTP status, or -1 without an answer.
int postToken(QNetworkAccessManager &nam, quint16 port, const QByteArray &body)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    std::unique_ptr<QNetworkReply> reply(nam.post(request, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(TimeoutMs))
        return -1;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

int get(QNetworkAccessManager &nam, quint16 port, const QString &path)
{
    std::unique_ptr<QNetworkReply> reply(
        nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port) + path))));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(TimeoutMs))
        return -1;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->data(model->index(row, column)).toString();
}

QStringList clientRow(const QTableWidget *table, int row)
{
    QStringList texts;
    for (int column = 0; column < table->columnCount(); ++column)
        texts << (table->item(row, column) ? table->item(row, column)->text() : QString());
    return texts;
}

void selectText(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->setCurrentIndex(index);
}

} // namespace

class TestSandboxDialog : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_nam.setProxy(QNetworkProxy::NoProxy); // 127.0.0.1 only, whatever the environment says
    }

    void stateLineAndButtonsFollowTheServer()
    {
        SandboxServer server;
        SandboxDialog dialog(&server);
        QCOMPARE(dialog.objectName(), QStringLiteral("sandboxDialog"));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Sandbox Provider"));
        QVERIFY(!dialog.isModal());
        auto *state = child<QLabel>(&dialog, "sandboxState");
        auto *start = child<QPushButton>(&dialog, "sandboxStartButton");
        auto *stop = child<QPushButton>(&dialog, "sandboxStopButton");
        auto *port = child<QSpinBox>(&dialog, "sandboxPort");
        QVERIFY(state && start && stop && port);
        QCOMPARE(state->textFormat(), Qt::PlainText);
        QCOMPARE(state->text(), QStringLiteral("Stopped"));
        QVERIFY(start->isEnabled());
        QVERIFY(!stop->isEnabled());
        QVERIFY(port->isEnabled());
        QCOMPARE(port->minimum(), 1024);
        QCOMPARE(port->maximum(), 65535);
        QCOMPARE(dialog.port(), quint16(47913));

        QSignalSpy portChanged(&dialog, &SandboxDialog::portChanged);
        QString error;
        QVERIFY2(server.start(0, &error), qPrintable(error));
        const quint16 first = server.port();
        QCOMPARE(state->text(), QStringLiteral("Running at http://127.0.0.1:%1").arg(first));
        QVERIFY(!start->isEnabled());
        QVERIFY(stop->isEnabled());
        QVERIFY(!port->isEnabled());
        QCOMPARE(dialog.port(), first); // the box shows the port it runs on, without a portChanged
        QCOMPARE(portChanged.size(), 0);
        QCOMPARE(child<QLabel>(&dialog, "sandboxIssuer")->text(), QStringLiteral("http://127.0.0.1:%1").arg(first));
        QCOMPARE(child<QLabel>(&dialog, "sandboxAuthorizeUrl")->text(),
                 QStringLiteral("http://127.0.0.1:%1/authorize").arg(first));
        QCOMPARE(child<QLabel>(&dialog, "sandboxTokenUrl")->text(),
                 QStringLiteral("http://127.0.0.1:%1/token").arg(first));
        QCOMPARE(child<QLabel>(&dialog, "sandboxRevokeUrl")->text(),
                 QStringLiteral("http://127.0.0.1:%1/revoke").arg(first));
        QCOMPARE(child<QLabel>(&dialog, "sandboxApiUrl")->text(), QStringLiteral("http://127.0.0.1:%1/api").arg(first));

        server.stop();
        QCOMPARE(state->text(), QStringLiteral("Stopped"));
        QVERIFY(start->isEnabled());
        QVERIFY(!stop->isEnabled());
        QVERIFY(port->isEnabled());

        // Started again (on whatever port is free now): the endpoints follow.
        QVERIFY2(server.start(0, &error), qPrintable(error));
        const quint16 second = server.port();
        QCOMPARE(state->text(), QStringLiteral("Running at http://127.0.0.1:%1").arg(second));
        QCOMPARE(child<QLabel>(&dialog, "sandboxTokenUrl")->text(),
                 QStringLiteral("http://127.0.0.1:%1/token").arg(second));

        // A dialog opened while the server runs shows it running.
        SandboxDialog later(&server);
        QCOMPARE(child<QLabel>(&later, "sandboxState")->text(),
                 QStringLiteral("Running at http://127.0.0.1:%1").arg(second));
        QVERIFY(!child<QPushButton>(&later, "sandboxStartButton")->isEnabled());
    }

    void buttonsAndPortEmitRequests()
    {
        SandboxServer server;
        SandboxDialog dialog(&server);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *start = child<QPushButton>(&dialog, "sandboxStartButton");
        auto *stop = child<QPushButton>(&dialog, "sandboxStopButton");
        auto *port = child<QSpinBox>(&dialog, "sandboxPort");
        QSignalSpy startSpy(&dialog, &SandboxDialog::startRequested);
        QSignalSpy stopSpy(&dialog, &SandboxDialog::stopRequested);
        QSignalSpy portSpy(&dialog, &SandboxDialog::portChanged);

        dialog.setPort(47950);
        QCOMPARE(dialog.port(), quint16(47950));
        QCOMPARE(port->value(), 47950);
        QCOMPARE(portSpy.count(), 0); // set from code: nothing to remember

        QTest::mouseClick(start, Qt::LeftButton);
        QCOMPARE(startSpy.count(), 1);
        QCOMPARE(startSpy.takeFirst().at(0).value<quint16>(), quint16(47950));
        QVERIFY(!server.isRunning()); // the dialog only asks

        // The author types a port and confirms it with Enter: one portChanged, and Enter starts nothing.
        port->setFocus();
        port->selectAll();
        QTest::keyClicks(port, QStringLiteral("48123"));
        QCOMPARE(portSpy.count(), 0);
        QTest::keyClick(port, Qt::Key_Return);
        QCOMPARE(portSpy.count(), 1);
        QCOMPARE(portSpy.takeFirst().at(0).value<quint16>(), quint16(48123));
        QCOMPARE(startSpy.count(), 0);
        QTest::keyClick(port, Qt::Key_Up);
        QCOMPARE(portSpy.count(), 1);
        QCOMPARE(portSpy.takeFirst().at(0).value<quint16>(), quint16(48124));

        QString error;
        QVERIFY2(server.start(0, &error), qPrintable(error));
        QTest::mouseClick(stop, Qt::LeftButton);
        QCOMPARE(stopSpy.count(), 1);
        QVERIFY(server.isRunning()); // the dialog only asks
    }

    void startErrorOffersTheFreePort()
    {
        SandboxServer server;
        SandboxDialog dialog(&server);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *errorLabel = child<QLabel>(&dialog, "sandboxStartError");
        auto *usePort = child<QPushButton>(&dialog, "sandboxUsePortButton");
        QVERIFY(errorLabel && usePort);
        QVERIFY(!errorLabel->isVisible());
        QVERIFY(!usePort->isVisible());
        QCOMPARE(errorLabel->textFormat(), Qt::PlainText);
        QSignalSpy startSpy(&dialog, &SandboxDialog::startRequested);
        QSignalSpy portSpy(&dialog, &SandboxDialog::portChanged);

        dialog.showStartError(QStringLiteral("The port 47913 on 127.0.0.1 is in use."), 47914);
        QVERIFY(errorLabel->isVisible());
        QCOMPARE(errorLabel->text(), QStringLiteral("The port 47913 on 127.0.0.1 is in use."));
        QVERIFY(usePort->isVisible());
        QCOMPARE(usePort->text(), QStringLiteral("&Use Port 47914"));

        QTest::mouseClick(usePort, Qt::LeftButton);
        QCOMPARE(dialog.port(), quint16(47914));
        QCOMPARE(startSpy.count(), 1);
        QCOMPARE(startSpy.takeFirst().at(0).value<quint16>(), quint16(47914));
        QCOMPARE(portSpy.count(), 1); // the author chose it
        QCOMPARE(portSpy.takeFirst().at(0).value<quint16>(), quint16(47914));

        dialog.showStartError(QStringLiteral("Cannot listen on 127.0.0.1:47914: Permission denied"), 0);
        QVERIFY(errorLabel->isVisible());
        QCOMPARE(errorLabel->text(), QStringLiteral("Cannot listen on 127.0.0.1:47914: Permission denied"));
        QVERIFY(!usePort->isVisible());

        // The server starts: the error is gone.
        QString error;
        QVERIFY2(server.start(0, &error), qPrintable(error));
        QVERIFY(!errorLabel->isVisible());
        QVERIFY(errorLabel->text().isEmpty());
    }

    void clientsAndCredentialsAreListed()
    {
        SandboxServer server;
        SandboxDialog dialog(&server);
        auto *clients = child<QTableWidget>(&dialog, "sandboxClients");
        QVERIFY(clients);
        QCOMPARE(clients->rowCount(), 3);
        QCOMPARE(clients->columnCount(), 4);
        QCOMPARE(clients->horizontalHeaderItem(0)->text(), QStringLiteral("Client ID"));
        QCOMPARE(clients->horizontalHeaderItem(1)->text(), QStringLiteral("Client secret"));
        QCOMPARE(clients->horizontalHeaderItem(2)->text(), QStringLiteral("Authentication"));
        QCOMPARE(clients->horizontalHeaderItem(3)->text(), QStringLiteral("Grant types"));
        QCOMPARE(clientRow(clients, 0),
                 (QStringList{QStringLiteral("sandbox-app"), QStringLiteral("sandbox-app-secret"),
                              QStringLiteral("client_secret_basic"),
                              QStringLiteral("authorization_code, refresh_token, client_credentials")}));
        QCOMPARE(clientRow(clients, 1),
                 (QStringList{QStringLiteral("sandbox-public"), QStringLiteral("none (public client)"),
                              QStringLiteral("none"), QStringLiteral("authorization_code, refresh_token")}));
        QCOMPARE(clientRow(clients, 2),
                 (QStringList{QStringLiteral("sandbox-service"), QStringLiteral("sandbox-service-secret"),
                              QStringLiteral("client_secret_post"), QStringLiteral("client_credentials")}));
        QCOMPARE(clients->editTriggers(), QAbstractItemView::NoEditTriggers);
        QVERIFY(!(clients->item(0, 1)->flags() & Qt::ItemIsEditable));

        // The authentication column says what the token endpoint accepts now.
        selectText(child<QComboBox>(&dialog, "sandboxClientAuth"), QStringLiteral("Basic header only"));
        QCOMPARE(clients->item(2, 2)->text(), QStringLiteral("client_secret_basic"));
        QCOMPARE(clients->item(1, 2)->text(), QStringLiteral("none"));

        QVERIFY(child<QWidget>(&dialog, "sandboxCredentials"));
        QCOMPARE(child<QLabel>(&dialog, "sandboxUserName")->text(), QStringLiteral("ada"));
        QCOMPARE(child<QLabel>(&dialog, "sandboxPassword")->text(), QStringLiteral("sandbox-pässword"));
        QCOMPARE(child<QLabel>(&dialog, "sandboxApiKey")->text(), QStringLiteral("sandbox-api-key"));
        QCOMPARE(child<QLabel>(&dialog, "sandboxPersonalAccessToken")->text(),
                 QStringLiteral("sandbox-personal-access-token"));
        QCOMPARE(child<QLabel>(&dialog, "sandboxCustomHeaders")->text(),
                 QStringLiteral("X-Sandbox-Key: sandbox-custom-key\nX-Sandbox-Secret: sandbox-custom-secret"));
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->text()));
    }

    void switchesChangeTheProviderSettings()
    {
        SandboxServer server;
        SandboxDialog dialog(&server);
        SandboxProvider *provider = server.provider();
        auto *lifetime = child<QSpinBox>(&dialog, "sandboxTokenLifetime");
        auto *rotate = child<QCheckBox>(&dialog, "sandboxRotate");
        auto *clientAuth = child<QComboBox>(&dialog, "sandboxClientAuth");
        auto *pkce = child<QCheckBox>(&dialog, "sandboxPkceRequired");
        auto *omit = child<QCheckBox>(&dialog, "sandboxOmitExpiresIn");
        auto *autoApprove = child<QCheckBox>(&dialog, "sandboxAutoApprove");
        auto *failNext = child<QComboBox>(&dialog, "sandboxFailNext");
        QVERIFY(lifetime && rotate && clientAuth && pkce && omit && autoApprove && failNext);

        // The defaults.
        QCOMPARE(lifetime->value(), 3600);
        QCOMPARE(lifetime->minimum(), 1);
        QCOMPARE(lifetime->maximum(), 86400);
        QVERIFY(rotate->isChecked());
        QCOMPARE(clientAuth->currentText(), QStringLiteral("Any"));
        QVERIFY(!pkce->isChecked());
        QVERIFY(!omit->isChecked());
        QVERIFY(!autoApprove->isChecked());
        QCOMPARE(failNext->currentText(), QStringLiteral("None"));
        QCOMPARE(failNext->count(), 5);
        QCOMPARE(failNext->itemText(1), QStringLiteral("invalid_grant"));
        QCOMPARE(failNext->itemText(2), QStringLiteral("server_error"));
        QCOMPARE(failNext->itemText(3), QStringLiteral("HTTP 500"));
        QCOMPARE(failNext->itemText(4), QStringLiteral("5 s delay"));

        rotate->click();
        QCOMPARE(provider->settings().rotateRefreshTokens, false);
        selectText(clientAuth, QStringLiteral("Body only"));
        QCOMPARE(provider->settings().clientAuth, SandboxClientAuth::Post);
        selectText(clientAuth, QStringLiteral("Basic header only"));
        QCOMPARE(provider->settings().clientAuth, SandboxClientAuth::Basic);
        lifetime->setValue(120);
        QCOMPARE(provider->settings().tokenLifetimeSeconds, 120);
        pkce->click();
        QCOMPARE(provider->settings().pkceRequired, true);
        omit->click();
        QCOMPARE(provider->settings().omitExpiresIn, true);
        autoApprove->click();
        QCOMPARE(provider->settings().autoApprove, true);
        selectText(failNext, QStringLiteral("HTTP 500"));
        QCOMPARE(provider->settings().failNext, SandboxFailure::Http500);
        selectText(failNext, QStringLiteral("5 s delay"));
        QCOMPARE(provider->settings().failNext, SandboxFailure::Delay);
        // Every widget changed its own switch only.
        QCOMPARE(provider->settings().tokenLifetimeSeconds, 120);
        QCOMPARE(provider->settings().rotateRefreshTokens, false);
        QCOMPARE(provider->settings().clientAuth, SandboxClientAuth::Basic);

        // From code: the widgets follow, without writing the settings back.
        QSignalSpy changed(provider, &SandboxProvider::settingsChanged);
        SandboxSettings settings;
        settings.tokenLifetimeSeconds = 600;
        settings.rotateRefreshTokens = true;
        settings.clientAuth = SandboxClientAuth::Post;
        settings.pkceRequired = false;
        settings.omitExpiresIn = false;
        settings.autoApprove = false;
        settings.failNext = SandboxFailure::ServerError;
        provider->setSettings(settings);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(lifetime->value(), 600);
        QVERIFY(rotate->isChecked());
        QCOMPARE(clientAuth->currentText(), QStringLiteral("Body only"));
        QVERIFY(!pkce->isChecked());
        QVERIFY(!omit->isChecked());
        QVERIFY(!autoApprove->isChecked());
        QCOMPARE(failNext->currentText(), QStringLiteral("server_error"));

        // A dialog opened later shows the settings as they are.
        SandboxDialog later(&server);
        QCOMPARE(child<QSpinBox>(&later, "sandboxTokenLifetime")->value(), 600);
        QCOMPARE(child<QComboBox>(&later, "sandboxClientAuth")->currentText(), QStringLiteral("Body only"));
    }

    void failNextGoesBackToNoneOnceUsed()
    {
        SandboxServer server;
        QString error;
        QVERIFY2(server.start(0, &error), qPrintable(error));
        SandboxDialog dialog(&server);
        auto *failNext = child<QComboBox>(&dialog, "sandboxFailNext");
        selectText(failNext, QStringLiteral("invalid_grant"));
        QCOMPARE(server.provider()->settings().failNext, SandboxFailure::InvalidGrant);

        QCOMPARE(postToken(m_nam, server.port(), ServiceCredentials), 400);
        QTRY_COMPARE_WITH_TIMEOUT(failNext->currentText(), QStringLiteral("None"), TimeoutMs);
        QCOMPARE(server.provider()->settings().failNext, SandboxFailure::None);
        QCOMPARE(postToken(m_nam, server.port(), ServiceCredentials), 200);
        QCOMPARE(failNext->currentText(), QStringLiteral("None"));
    }

    void requestLogShowsRequestsMasked()
    {
        SandboxServer server;
        QString error;
        QVERIFY2(server.start(0, &error), qPrintable(error));
        // Logged before the dialog opened: shown too.
        QCOMPARE(get(m_nam, server.port(), QStringLiteral("/api/none/me")), 200);

        SandboxDialog dialog(&server);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QTabWidget>(&dialog, "sandboxTabs")->setCurrentIndex(2);
        auto *log = child<QTableView>(&dialog, "sandboxLog");
        auto *detail = child<QPlainTextEdit>(&dialog, "sandboxLogDetail");
        QVERIFY(log && detail);
        QVERIFY(detail->isReadOnly());
        const QAbstractItemModel *model = log->model();
        QCOMPARE(model->columnCount(), 4);
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Time"));
        QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Method"));
        QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Path"));
        QCOMPARE(model->headerData(3, Qt::Horizontal).toString(), QStringLiteral("Status"));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(cell(model, 0, 1), QStringLiteral("GET"));
        QCOMPARE(cell(model, 0, 2), QStringLiteral("/api/none/me"));
        QCOMPARE(cell(model, 0, 3), QStringLiteral("200"));

        QCOMPARE(postToken(m_nam, server.port(), ServiceCredentials), 200);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, TimeoutMs);
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d$")).match(cell(model, 1, 0)).hasMatch(),
                 qPrintable(cell(model, 1, 0)));
        QCOMPARE(cell(model, 1, 1), QStringLiteral("POST"));
        QCOMPARE(cell(model, 1, 2), QStringLiteral("/token"));
        QCOMPARE(cell(model, 1, 3), QStringLiteral("200"));

        QVERIFY(detail->toPlainText().isEmpty());
        log->selectRow(1);
        const QString text = detail->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("grant_type=client_credentials")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("client_id=sandbox-service")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("client_secret=")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("sandbox-service-secret")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Content-Type: application/x-www-form-urlencoded")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("POST /token")), qPrintable(text));
        log->selectRow(0);
        QVERIFY2(detail->toPlainText().contains(QStringLiteral("GET /api/none/me")), qPrintable(detail->toPlainText()));

        QTest::mouseClick(child<QPushButton>(&dialog, "sandboxClearLog"), Qt::LeftButton);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(server.provider()->log().isEmpty());
        QVERIFY(detail->toPlainText().isEmpty());

        // Logging goes on after Clear.
        QCOMPARE(get(m_nam, server.port(), QStringLiteral("/api/none/me")), 200);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, TimeoutMs);
    }

    void requestLogKeepsTheNewestAndScrollsOnlyAtTheBottom()
    {
        SandboxServer server;
        SandboxDialog dialog(&server);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QTabWidget>(&dialog, "sandboxTabs")->setCurrentIndex(2);
        auto *log = child<QTableView>(&dialog, "sandboxLog");
        const QAbstractItemModel *model = log->model();
        const auto request = [&server](int n) {
            SandboxRequest r;
            r.method = "GET";
            r.url = QUrl(QStringLiteral("/nowhere/%1").arg(n));
            (void)server.provider()->handle(r);
        };
        // Without the network, for speed: the provider logs what it handles, whoever asked.
        for (int n = 1; n <= 1005; ++n)
            request(n);
        QCOMPARE(model->rowCount(), 1000);
        QCOMPARE(cell(model, 0, 2), QStringLiteral("/nowhere/6"));
        QCOMPARE(cell(model, 999, 2), QStringLiteral("/nowhere/1005"));
        QCOMPARE(cell(model, 999, 3), QStringLiteral("404"));

        QScrollBar *bar = log->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), bar->maximum());

        // Scrolled up to read: a new row does not move the view.
        bar->setValue(0);
        request(1006);
        QCOMPARE(cell(model, 999, 2), QStringLiteral("/nowhere/1006"));
        QCOMPARE(bar->value(), 0);

        // Back at the bottom: new rows scroll into view.
        bar->setValue(bar->maximum());
        request(1007);
        QCOMPARE(cell(model, 999, 2), QStringLiteral("/nowhere/1007"));
        QCOMPARE(bar->value(), bar->maximum());
    }

    void rendersAt900x640And640x480()
    {
        SandboxServer server;
        QString error;
        QVERIFY2(server.start(0, &error), qPrintable(error));
        QCOMPARE(postToken(m_nam, server.port(), ServiceCredentials), 200);
        QCOMPARE(get(m_nam, server.port(), QStringLiteral("/api/none/me")), 200);

        SandboxDialog dialog(&server);
        QVERIFY2(
            dialog.minimumSizeHint().width() <= 640 && dialog.minimumSizeHint().height() <= 480,
            qPrintable(
                QStringLiteral("%1x%2").arg(dialog.minimumSizeHint().width()).arg(dialog.minimumSizeHint().height())));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *tabs = child<QTabWidget>(&dialog, "sandboxTabs");
        auto *log = child<QTableView>(&dialog, "sandboxLog");
        log->selectRow(0);

        // Running, each tab at both sizes (the Server tab's files are the ones to look at first); then
        // stopped with a start error.
        const QStringList tabNames{QStringLiteral("server"), QStringLiteral("switches"), QStringLiteral("log")};
        const auto grabAt = [&dialog](const QSize &size, const QString &file) {
            dialog.resize(size);
            QTRY_COMPARE_WITH_TIMEOUT(dialog.size(), size, TimeoutMs);
            QCoreApplication::processEvents();
            QVERIFY2(dialog.grab().save(file), qPrintable(file));
        };
        for (const QSize size : {QSize(900, 640), QSize(640, 480)}) {
            const QString base = QStringLiteral("/tmp/sandbox-dialog-%1x%2").arg(size.width()).arg(size.height());
            for (int tab = tabs->count() - 1; tab >= 0; --tab) {
                tabs->setCurrentIndex(tab);
                grabAt(size, tab == 0 ? QString(base + QStringLiteral(".png"))
                                      : QString(base + QLatin1Char('-') + tabNames.at(tab) + QStringLiteral(".png")));
            }
        }
        server.stop();
        dialog.showStartError(QStringLiteral("The port 47913 on 127.0.0.1 is in use."), 47914);
        grabAt(QSize(640, 480), QStringLiteral("/tmp/sandbox-dialog-640x480-error.png"));
    }
};

QTEST_MAIN(TestSandboxDialog)
#include "tst_sandboxdialog.moc"
