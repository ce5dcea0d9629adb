// Secrets stay in the keychain: after typing secret values, saving, an autosave, a real connection
// (client credentials against oidc-provider) and closing the window, no secret value and no token is
// in any file under HOME / XDG / the test-mode folders, the saved file or the settings; reopening the
// file brings the secret values back from the keychain and Connect works again.
// Needs a real, unlocked keyring: run under scripts/with-keyring (scripts/test does).
#include "common/ModalSeam.h"
#include "connection/ConnectionRecord.h"
#include "connection/DesignTimeConnection.h"
#include "connectionpanel/ConnectionPanel.h"
#include "exchangelog/ExchangeLogModel.h"
#include "exchangelog/ExchangeLogView.h"
#include "files/AutosaveManager.h"
#include "io/DefinitionFile.h"
#include "mainwindow/MainWindow.h"
#include "model/BuiltinSchemas.h"
#include "model/ConnectorDocument.h"
#include "oauth/FaultServer.h"
#include "properties/PropertiesPanel.h"
#include "properties/PropertiesTableModel.h"
#include "secrets/KeychainNames.h"
#include "secrets/SecretStore.h"
#include "support/OidcProvider.h"
#include "support/SecretScan.h"

#include "WindowTestSupport.h"

#include <QAbstractButton>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cad;
using cad::test::OidcProvider;

namespace {

const QString ApiKeyName = QStringLiteral("partner_key");

void setTableValue(MainWindow &window, QStringView name, const QString &value)
{
    const int row = window.document()->definition().indexOf(name);
    QVERIFY2(row >= 0, qPrintable(name.toString()));
    auto *model = window.propertiesPanel()->model();
    QVERIFY(model->setData(model->index(row, PropertiesTableModel::ValueColumn), value));
}

/// Polls the keychain (a SecretStore of its own, as another session would read it) for the design-time
/// connection of @p connectorKey: the access token it holds, or an empty string. One read at a time;
/// call it from QTRY_* until the expected token shows up.
class ConnectionEntryPoll
{
public:
    explicit ConnectionEntryPoll(const QString &connectorKey)
        : m_key(connectorKey)
    {}

    [[nodiscard]] QString accessToken()
    {
        if (!m_reading) {
            m_reading = true;
            m_store.read(m_key, KeychainNames::connectionEntry(), &m_store, [this](const SecretStore::ReadResult &r) {
                m_reading = false;
                if (r.ok() && r.value().has_value()) {
                    if (const auto record = ConnectionRecord::parse(*r.value()))
                        m_token = record->tokens.accessToken;
                }
            });
        }
        return m_token;
    }

private:
    SecretStore m_store{SecretStore::Mode::Keychain};
    QString m_key;
    QString m_token;
    bool m_reading = false;
};

QString tableText(MainWindow &window, QStringView name)
{
    const int row = window.document()->definition().indexOf(name);
    auto *model = window.propertiesPanel()->model();
    return model->index(row, PropertiesTableModel::ValueColumn).data().toString();
}

} // namespace

class TestConnectionSecrets : public QObject
{
    Q_OBJECT

private:
    OidcProvider m_idp;
    QString m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ModalSeam::setTestMode(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ConnectorAuthDesignerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_connectionsecrets"));
        m_home = qEnvironmentVariable("CAD_KEYRING_HOME");
        QVERIFY2(!m_home.isEmpty() && QFileInfo(m_home).isDir(),
                 "CAD_KEYRING_HOME is not set: run this test under scripts/with-keyring (scripts/test does)");
        QCOMPARE(QDir::homePath(), QDir(m_home).absolutePath());

        // Fail loudly without a keyring: this test is about the keychain.
        SecretStore probe(SecretStore::Mode::Keychain);
        bool answered = false;
        bool persistent = false;
        probe.detectBackend(this, [&](bool p) {
            answered = true;
            persistent = p;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
        QVERIFY2(persistent, qPrintable(QStringLiteral("No usable keyring: ") + probe.backendMessage()));

        if (!m_idp.start())
            QFAIL(qPrintable(m_idp.errorString()));
        QSettings().clear();
    }

    void cleanupTestCase() { QFile::remove(AutosaveManager::recoveryFilePath()); }

    void noSecretInAnyFileAndTheKeychainBringsThemBack()
    {
        const cad::test::OidcClientRegistration reg = m_idp.client(QStringLiteral("cc-post"));
        const QString apiKey = QStringLiteral("pk-93f1c0de4b7a");
        ConnectorDefinition d = cad::test::oidcClientCredentials(m_idp, QStringLiteral("cc-post"),
                                                                 QStringLiteral("secret-scan-cc"), false, false);
        d.displayName = QStringLiteral("Secret scan");
        Property key; // a secret of the author's own, sent as a header
        key.name = ApiKeyName;
        key.displayName = QStringLiteral("Partner key");
        key.secret = true;
        key.sendAs.location = Location::Header;
        key.sendAs.key = QStringLiteral("X-Partner-Key");
        key.order = 80;
        d.properties.append(key);
        const QString path = QDir(m_home).filePath(QStringLiteral("Documents/secret-scan.connector.json"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QVERIFY(DefinitionFile::write(path, d).ok());

        QStringList secrets{reg.clientSecret, apiKey};
        QString firstAccessToken;
        {
            MainWindow window;
            window.show();
            window.autosave()->setDelay(10);
            QVERIFY(window.openFile(path));
            QVERIFY(window.secretStore()->isPersistent());
            setTableValue(window, PropertyNames::ClientSecret, reg.clientSecret);
            setTableValue(window, ApiKeyName, apiKey);
            QSignalSpy saved(&window, &MainWindow::secretsSaved);
            QVERIFY(window.save());
            QVERIFY(saved.wait(15000));
            QCOMPARE(saved.first().first().toBool(), true);

            // An unsaved change: the autosave writes the recovery file.
            auto *description = window.findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"));
            QTest::keyClicks(description, QStringLiteral("Scanned"));
            QTRY_VERIFY_WITH_TIMEOUT(AutosaveManager::hasRecovery(), 5000);

            ConnectionPanel *panel = window.connectionPanel();
            QTest::mouseClick(panel->findChild<QAbstractButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(panel->state(), ConnectionState::Connected, 15000);
            firstAccessToken = window.designTimeConnection()->tokens().accessToken;
            QVERIFY(!firstAccessToken.isEmpty());
            secrets << firstAccessToken;
            // The tokens go to the keychain asynchronously: wait until the keychain holds this connection.
            ConnectionEntryPoll entry(d.key);
            QTRY_COMPARE_WITH_TIMEOUT(entry.accessToken(), firstAccessToken, 15000);

            QVERIFY(AutosaveManager::hasRecovery());
            const QList<cad::test::Leak> recovery =
                cad::test::findLeaksInDir(QFileInfo(AutosaveManager::recoveryFilePath()).absolutePath(), secrets);
            QVERIFY2(recovery.isEmpty(), qPrintable(cad::test::describe(recovery)));

            ModalSeam::setNextAnswer(QMessageBox::Discard); // the description edit
            QVERIFY(window.close());
        }
        QSettings().sync();
        QCOMPARE(ModalSeam::unansweredCount(), 0);

        // Scan everything the designer could have written.
        QStringList places{m_home, path, QSettings().fileName()};
        for (auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
                              QStandardPaths::CacheLocation, QStandardPaths::GenericConfigLocation,
                              QStandardPaths::GenericDataLocation, QStandardPaths::RuntimeLocation})
            places << QStandardPaths::writableLocation(location);
        int scannedFiles = 0;
        QList<cad::test::Leak> leaks;
        for (const QString &place : std::as_const(places)) {
            const QFileInfo info(place);
            if (info.isDir()) {
                leaks += cad::test::findLeaksInDir(place, secrets);
                QDirIterator it(place, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
                while (it.hasNext()) {
                    it.next();
                    ++scannedFiles;
                }
            } else if (info.isFile()) {
                QFile f(place);
                QVERIFY(f.open(QIODevice::ReadOnly));
                leaks += cad::test::findLeaks(f.readAll(), secrets, place);
                ++scannedFiles;
            }
        }
        QVERIFY2(leaks.isEmpty(), qPrintable(cad::test::describe(leaks)));
        QVERIFY(QFileInfo::exists(QSettings().fileName())); // the scan saw the settings file
        // The keyring itself lives under HOME (encrypted) and was part of the scan.
        QVERIFY(!QDir(m_home + QStringLiteral("/.local/share/keyrings")).entryList(QDir::Files).isEmpty());
        qInfo("scanned %s (%d files); no secret found", qPrintable(places.join(QLatin1String(", "))), scannedFiles);

        // Reopen: the keychain brings the secret values back; the table masks them.
        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::secretsLoaded);
        QVERIFY(window.openFile(path));
        QVERIFY(loaded.wait(15000));
        QCOMPARE(loaded.first().first().toInt(), 2);
        QCOMPARE(window.document()->definition().valueOf(PropertyNames::ClientSecret), reg.clientSecret);
        QVERIFY(!window.isWindowModified());
        QVERIFY(!window.undoStack()->canUndo());
        QVERIFY2(!tableText(window, PropertyNames::ClientSecret).contains(reg.clientSecret),
                 qPrintable(tableText(window, PropertyNames::ClientSecret)));
        QVERIFY(tableText(window, PropertyNames::ClientSecret).contains(QChar(0x2022)));
        QCOMPARE(window.designTimeConnection()->values().value(PropertyNames::ClientSecret.toString()),
                 reg.clientSecret);
        QCOMPARE(window.designTimeConnection()->values().value(ApiKeyName), apiKey);
        // The connection of the earlier session comes back from the keychain too.
        QTRY_COMPARE_WITH_TIMEOUT(window.connectionPanel()->state(), ConnectionState::Connected, 10000);
        QCOMPARE(window.designTimeConnection()->tokens().accessToken, firstAccessToken);

        ConnectionPanel *panel = window.connectionPanel();
        QTest::mouseClick(panel->findChild<QAbstractButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.exchangeLog()->model()->countOf(OAuthStage::Token), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(panel->state(), ConnectionState::Connected, 15000);
        QCOMPARE(window.exchangeLog()->model()->records().constLast().status, 200);
        QVERIFY(window.designTimeConnection()->tokens().accessToken != firstAccessToken);

        QTest::mouseClick(panel->findChild<QAbstractButton *>(QStringLiteral("disconnectButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->state(), ConnectionState::NotConnected, 15000);
    }

    void aSharedFileAsksBeforeSendingAStoredSecretElsewhere()
    {
        // The author's own file: the client secret is saved for the provider's token endpoint.
        const cad::test::OidcClientRegistration reg = m_idp.client(QStringLiteral("cc-basic"));
        ConnectorDefinition d =
            ConnectorDefinition::create(AuthType::OAuth2ClientCredentials, QStringLiteral("Shared key"));
        d.key = QStringLiteral("shared-key-gui");
        d.baseUrl = m_idp.issuer().toString();
        d.property(PropertyNames::ClientId)->value = reg.clientId;
        d.property(PropertyNames::TokenUrl)->value = m_idp.tokenUrl().toString();
        d.property(PropertyNames::Scope)->value = QStringLiteral("api:read");
        const QString mine = QDir(m_home).filePath(QStringLiteral("Documents/mine.connector.json"));
        QVERIFY(QDir().mkpath(QFileInfo(mine).absolutePath()));
        QVERIFY(DefinitionFile::write(mine, d).ok());
        {
            MainWindow window;
            QVERIFY(window.openFile(mine));
            setTableValue(window, PropertyNames::ClientSecret, reg.clientSecret);
            QSignalSpy saved(&window, &MainWindow::secretsSaved);
            QVERIFY(window.save());
            QVERIFY(saved.wait(15000));
        }

        // A file someone shared: the same key, the token URL on another origin.
        cad::test::FaultServer other;
        QVERIFY(other.start());
        other.setHandler([](const cad::test::FaultServer::Request &) {
            return cad::test::FaultServer::Response{200, "application/json",
                                                    "{\"access_token\":\"x\",\"token_type\":\"Bearer\"}"};
        });
        ConnectorDefinition shared = d;
        shared.property(PropertyNames::TokenUrl)->value = other.url(QStringLiteral("/token")).toString();
        const QString theirs = QDir(m_home).filePath(QStringLiteral("Documents/shared.connector.json"));
        QVERIFY(DefinitionFile::write(theirs, shared).ok());

        const QString question =
            QStringLiteral("This design would send your stored client secret to %1; it was "
                           "saved for %2.")
                .arg(Origin::of(other.url(QString())).toString(), Origin::of(m_idp.tokenUrl()).toString());
        {
            MainWindow window;
            window.show();
            QSignalSpy loaded(&window, &MainWindow::secretsLoaded);
            QVERIFY(window.openFile(theirs));
            QVERIFY(loaded.wait(15000));
            ConnectionPanel *panel = window.connectionPanel();
            auto *connect = panel->findChild<QAbstractButton *>(QStringLiteral("connectButton"));
            const int before = ModalSeam::messageCount();
            ModalSeam::setNextAnswer(QMessageBox::No);
            QTest::mouseClick(connect, Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(ModalSeam::messageCount(), before + 1, 5000);
            QVERIFY2(ModalSeam::lastMessage().contains(question), qPrintable(ModalSeam::lastMessage()));
            QTRY_VERIFY_WITH_TIMEOUT(
                window.designTimeConnection()->statusMessage().startsWith(QLatin1String("Nothing was sent")), 5000);
            QCOMPARE(other.requests().size(), 0);
            QCOMPARE(panel->state(), ConnectionState::NotConnected);

            // Yes: sent, and remembered with the secret in the keychain.
            ModalSeam::setNextAnswer(QMessageBox::Yes);
            QTest::mouseClick(connect, Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(other.requests().size(), 1, 15000);
            QTRY_COMPARE_WITH_TIMEOUT(panel->state(), ConnectionState::Connected, 15000);
            QCOMPARE(ModalSeam::messageCount(), before + 2);
            QTest::mouseClick(panel->findChild<QAbstractButton *>(QStringLiteral("disconnectButton")), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(panel->state(), ConnectionState::NotConnected, 15000);
        }
        // Another session: the origin the author allowed is known, so Connect does not ask again.
        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::secretsLoaded);
        QVERIFY(window.openFile(theirs));
        QVERIFY(loaded.wait(15000));
        const int before = ModalSeam::messageCount();
        ConnectionPanel *panel = window.connectionPanel();
        QTest::mouseClick(panel->findChild<QAbstractButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(other.requests().size(), 2, 15000);
        QCOMPARE(ModalSeam::messageCount(), before);
        QCOMPARE(ModalSeam::unansweredCount(), 0);
    }

    void recoveringAnAutosaveBringsTheSecretsBackLikeOpen()
    {
        const cad::test::OidcClientRegistration reg = m_idp.client(QStringLiteral("cc-basic"));
        ConnectorDefinition d =
            ConnectorDefinition::create(AuthType::OAuth2ClientCredentials, QStringLiteral("Recover"));
        d.key = QStringLiteral("recover-secrets");
        d.property(PropertyNames::ClientId)->value = reg.clientId;
        d.property(PropertyNames::TokenUrl)->value = m_idp.tokenUrl().toString();
        const QString path = QDir(m_home).filePath(QStringLiteral("Documents/recover.connector.json"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QVERIFY(DefinitionFile::write(path, d).ok());
        {
            MainWindow window;
            QVERIFY(window.openFile(path));
            setTableValue(window, PropertyNames::ClientSecret, reg.clientSecret);
            QSignalSpy saved(&window, &MainWindow::secretsSaved);
            QVERIFY(window.save());
            QVERIFY(saved.wait(15000));
            // An unsaved change the autosave keeps; then the designer "crashes" (no clean close).
            window.autosave()->setDelay(10);
            auto *description = window.findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"));
            QTest::keyClicks(description, QStringLiteral("Unsaved"));
            QTRY_VERIFY_WITH_TIMEOUT(AutosaveManager::hasRecovery(), 5000);
        } // destroyed without closing, as in a crash: the recovery file stays
        QVERIFY(AutosaveManager::hasRecovery());
        MainWindow window;
        window.show(); // as main() does: the keychain is read once the window has painted
        QSignalSpy loaded(&window, &MainWindow::secretsLoaded);
        ModalSeam::setNextAnswer(QMessageBox::Yes);
        window.offerRecovery();
        QVERIFY(loaded.wait(15000));
        QCOMPARE(loaded.first().first().toInt(), 1);
        QCOMPARE(window.document()->definition().valueOf(PropertyNames::ClientSecret), reg.clientSecret);
        QVERIFY(window.document()->definition().description.contains(QLatin1String("Unsaved")));
        QVERIFY(window.isWindowModified());
        QCOMPARE(window.filePath(), QFileInfo(path).absoluteFilePath());
        ModalSeam::setNextAnswer(QMessageBox::Discard);
    }
};

QTEST_MAIN(TestConnectionSecrets)
#include "tst_connectionsecrets.moc"
