// The design-time connection with the real keychain (gnome-keyring over the Secret Service): the
// tokens survive a restart, and neither they nor the client secret are anywhere on disk in
// plaintext. Run under scripts/with-keyring; fails loudly without an unlocked keyring.
#include "connection/DesignTimeConnection.h"
#include "io/DefinitionFile.h"
#include "secrets/SecretStore.h"
#include "support/SecretScan.h"

#include "ConnectionTestSupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSaveFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cad;
using cad::test::OidcProvider;

class TestConnectionKeychain : public QObject
{
    Q_OBJECT

private:
    OidcProvider m_idp;
    QNetworkAccessManager m_nam;
    QNetworkAccessManager m_browser;

    static bool requireKeychain(SecretStore &store, QString *message)
    {
        bool answered = false;
        bool persistent = false;
        QObject context;
        store.detectBackend(&context, [&](bool p) {
            answered = true;
            persistent = p;
        });
        if (!QTest::qWaitFor([&] { return answered; }, 20000)) {
            *message = QStringLiteral("the keychain did not answer within 20 s");
            return false;
        }
        if (!persistent)
            *message = QStringLiteral("no keychain backend (%1): run this test under scripts/with-keyring")
                           .arg(store.backendMessage());
        return persistent;
    }

    static std::optional<QString> readSecret(SecretStore &store, const QString &key, const QString &name)
    {
        std::optional<QString> value;
        bool answered = false;
        QObject context;
        store.read(key, name, &context, [&](const SecretStore::ReadResult &r) {
            answered = true;
            if (r)
                value = r.value();
        });
        if (!QTest::qWaitFor([&] { return answered; }, 20000))
            qWarning("the keychain did not answer a read within 20 s");
        return value;
    }

    /// Folders where a leak could land: the temporary HOME of scripts/with-keyring and the XDG folders.
    static QStringList scannedFolders()
    {
        QStringList folders;
        const QString keyringHome = qEnvironmentVariable("CAD_KEYRING_HOME");
        folders << (keyringHome.isEmpty() ? QDir::homePath() : keyringHome);
        for (const char *name : {"XDG_RUNTIME_DIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"}) {
            const QString dir = qEnvironmentVariable(name);
            if (!dir.isEmpty() && !folders.contains(dir))
                folders << dir;
        }
        return folders;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Never scan (or write to) a real home: scripts/with-keyring provides a temporary one.
        if (qEnvironmentVariable("CAD_KEYRING_HOME").isEmpty())
            QFAIL("CAD_KEYRING_HOME is not set: run this test under scripts/with-keyring (scripts/test does).");
        if (!m_idp.start())
            QFAIL(qPrintable(m_idp.errorString()));
    }

    void tokensSurviveARestartAndNeverReachTheDisk()
    {
        const ConnectorDefinition definition = test::codeBasicDefinition(m_idp);
        const QString clientSecret = m_idp.client(QStringLiteral("code-basic")).clientSecret;
        TokenSet tokens;
        {
            SecretStore store(SecretStore::Mode::Keychain);
            QString message;
            QVERIFY2(requireKeychain(store, &message), qPrintable(message));
            // The designer keeps the client secret in the keychain too.
            bool written = false;
            QObject context;
            store.write(definition.key, QStringLiteral("client_secret"), clientSecret, &context,
                        [&](const Status &s) { written = bool(s); });
            QTRY_VERIFY_WITH_TIMEOUT(written, 20000);

            DesignTimeConnection connection(&m_nam, &store);
            connection.setTimeoutMs(10000);
            connection.setDefinition(definition);
            connection.setValues({{QStringLiteral("client_secret"), clientSecret}});
            const QString error = test::signIn(connection, m_idp, m_browser);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            tokens = connection.tokens();
            QVERIFY(tokens.hasRefreshToken());
            QVERIFY(!tokens.idToken.isEmpty());
            // The writes are queued before this read: once it answers with the token, they are done.
            QCOMPARE(readSecret(store, definition.key, QStringLiteral("connection/access_token")),
                     std::optional<QString>(tokens.accessToken));
            QVERIFY(store.isPersistent());
        } // "quit": the connection and the store are gone

        const QStringList secrets{clientSecret, tokens.accessToken, tokens.refreshToken, tokens.idToken};
        for (const QString &folder : scannedFolders()) {
            const QList<test::Leak> leaks = test::findLeaksInDir(folder, secrets);
            QVERIFY2(leaks.isEmpty(), qPrintable(test::describe(leaks)));
        }
        // The scan looks at real files: the keyring file exists and was searched.
        const QString keyringHome = qEnvironmentVariable("CAD_KEYRING_HOME");
        QVERIFY2(QDir(keyringHome + QStringLiteral("/.local/share/keyrings")).exists(),
                 "gnome-keyring kept no keyring under the temporary HOME");

        // A new session finds the connection again.
        SecretStore store(SecretStore::Mode::Keychain);
        DesignTimeConnection restored(&m_nam, &store);
        restored.setTimeoutMs(10000);
        restored.setDefinition(definition);
        restored.setValues({{QStringLiteral("client_secret"), clientSecret}});
        restored.restore();
        QTRY_COMPARE_WITH_TIMEOUT(restored.state(), ConnectionState::Connected, 20000);
        QCOMPARE(restored.tokens().accessToken, tokens.accessToken);
        QCOMPARE(restored.tokens().refreshToken, tokens.refreshToken);
        QCOMPARE(restored.tokens().scope, tokens.scope);

        QSignalSpy finished(&restored, &DesignTimeConnection::testFinished);
        restored.test();
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.first().first().value<TestResult>().status, 200);

        // Disconnecting revokes and removes the stored tokens.
        QSignalSpy disconnected(&restored, &DesignTimeConnection::disconnected);
        restored.disconnectFromService();
        QVERIFY(disconnected.wait(15000));
        QTRY_COMPARE_WITH_TIMEOUT(readSecret(store, definition.key, QStringLiteral("connection/access_token")),
                                  std::optional<QString>(), 20000);
    }

    void cliKeepLeavesAConnectionTheDesignerRestores()
    {
        // `auth-designer-cli test --keep` keeps its tokens like the designer's connection does.
        ConnectorDefinition d =
            test::clientCredentialsDefinition(m_idp, QStringLiteral("cc-basic"), true, m_idp.issuer().toString());
        d.key = QStringLiteral("cli-keep");
        d.testRequest.path = QStringLiteral("/.well-known/openid-configuration");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("keep.connector.json"));
        QSaveFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(DefinitionFile::serialize(d));
        QVERIFY(file.commit());

        const QString clientSecret = m_idp.client(QStringLiteral("cc-basic")).clientSecret;
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CAD_TEST_SECRET"), clientSecret);
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(CAD_BINARY_DIR "/app/auth-designer-cli"),
                  {QStringLiteral("test"), path, QStringLiteral("--set-env"),
                   QStringLiteral("client_secret=CAD_TEST_SECRET"), QStringLiteral("--keep"), QStringLiteral("--json"),
                   QStringLiteral("--verbose")});
        QVERIFY(cli.waitForFinished(60000));
        const QByteArray out = cli.readAllStandardOutput();
        const QByteArray err = cli.readAllStandardError();
        QVERIFY2(cli.exitCode() == 0, err.constData());
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("connected")).toBool(), true);
        QVERIFY2(err.contains("kept in the keychain"), err.constData());

        SecretStore store(SecretStore::Mode::Keychain);
        DesignTimeConnection restored(&m_nam, &store);
        restored.setTimeoutMs(10000);
        restored.setDefinition(d);
        restored.setValues({{QStringLiteral("client_secret"), clientSecret}});
        restored.restore();
        QTRY_COMPARE_WITH_TIMEOUT(restored.state(), ConnectionState::Connected, 20000);
        const TokenSet tokens = restored.tokens();
        QVERIFY(!tokens.accessToken.isEmpty());
        QCOMPARE(tokens.scope, QStringLiteral("api:read"));

        const QStringList secrets{clientSecret, tokens.accessToken};
        const QList<test::Leak> printed = test::findLeaks(out + err, secrets, QStringLiteral("CLI output"));
        QVERIFY2(printed.isEmpty(), qPrintable(test::describe(printed)));
        for (const QString &folder : scannedFolders()) {
            const QList<test::Leak> leaks = test::findLeaksInDir(folder, secrets);
            QVERIFY2(leaks.isEmpty(), qPrintable(test::describe(leaks)));
        }
    }
};

QTEST_GUILESS_MAIN(TestConnectionKeychain)
#include "tst_connectionkeychain.moc"
