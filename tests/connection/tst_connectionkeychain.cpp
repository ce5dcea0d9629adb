// The design-time connection with the real keychain (gnome-keyring over the Secret Service): the
// tokens survive a restart, and neither they nor the client secret are anywhere on disk in
// plaintext. Run under scripts/with-keyring; fails loudly without an unlocked keyring.
#include "connection/ConnectionRecord.h"
#include "connection/DesignTimeConnection.h"
#include "io/DefinitionFile.h"
#include "oauth/FaultServer.h"
#include "secrets/DefinitionSecrets.h"
#include "secrets/KeychainNames.h"
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

#include <memory>

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

    /// The access token of the connection kept for @p key, or nothing.
    static std::optional<QString> storedAccessToken(SecretStore &store, const QString &key)
    {
        const std::optional<QString> entry = readSecret(store, key, KeychainNames::connectionEntry());
        if (!entry)
            return std::nullopt;
        const std::optional<ConnectionRecord> record = ConnectionRecord::parse(*entry);
        return record ? std::optional<QString>(record->tokens.accessToken) : std::nullopt;
    }

    /// Stores @p secret as the designer's save does, bound to the origins @p definition sends it to.
    void storeClientSecret(SecretStore &store, ConnectorDefinition definition, const QString &secret)
    {
        definition.property(PropertyNames::ClientSecret)->value = secret;
        bool done = false;
        DefinitionSecrets::save(&store, definition, SecretBindings{},
                                CredentialDestinations::originsBySecret(definition, {}), this,
                                [&done](const Status &s, const DefinitionSecrets::SavedEntries &) { done = s.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    }

    /// What the designer does when it opens a file: the stored secrets and their origins.
    SecretBindings loadBindings(SecretStore &store, const ConnectorDefinition &definition,
                                QHash<QString, QString> *values)
    {
        std::optional<QHash<QString, SecretBindings::Entry>> loaded;
        DefinitionSecrets::load(
            &store, definition, this,
            [&loaded](const QHash<QString, SecretBindings::Entry> &e, const Status &) { loaded = e; });
        if (!QTest::qWaitFor([&] { return loaded.has_value(); }, 20000))
            return {};
        SecretBindings bindings;
        for (auto it = loaded->cbegin(); it != loaded->cend(); ++it) {
            bindings.setEntry(it.key(), it.value());
            if (it->state == SecretBindings::ReadState::Found)
                values->insert(it.key(), it->value);
        }
        return bindings;
    }

    /// A connection as the designer makes one for an opened file: the design, then the secrets the
    /// keychain has for it and where they may go.
    std::unique_ptr<DesignTimeConnection> open(SecretStore &store, const ConnectorDefinition &definition)
    {
        auto connection = std::make_unique<DesignTimeConnection>(&m_nam, &store);
        connection->setTimeoutMs(10000);
        connection->setDefinition(definition);
        QHash<QString, QString> values;
        connection->setSecretBindings(loadBindings(store, definition, &values));
        connection->setValues(values);
        return connection;
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
            QCOMPARE(storedAccessToken(store, definition.key), std::optional<QString>(tokens.accessToken));
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
        QTRY_COMPARE_WITH_TIMEOUT(readSecret(store, definition.key, KeychainNames::connectionEntry()),
                                  std::optional<QString>(), 20000);
    }

    void aSharedFileWithTheSameKeyButAnotherHostGetsNoTokens()
    {
        // The author's real connection, kept in the keychain.
        ConnectorDefinition mine = test::codeBasicDefinition(m_idp);
        mine.key = QStringLiteral("shared-key");
        const QString clientSecret = m_idp.client(QStringLiteral("code-basic")).clientSecret;
        SecretStore store(SecretStore::Mode::Keychain);
        QString message;
        QVERIFY2(requireKeychain(store, &message), qPrintable(message));
        storeClientSecret(store, mine, clientSecret);
        TokenSet tokens;
        {
            const auto connection = open(store, mine);
            const QString error = test::signIn(*connection, m_idp, m_browser);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            tokens = connection->tokens();
            QCOMPARE(storedAccessToken(store, mine.key), std::optional<QString>(tokens.accessToken));
        }

        // A file someone shared: same connector key, but the API and the revoke URL point elsewhere.
        test::FaultServer attacker;
        QVERIFY(attacker.start());
        attacker.setHandler([](const test::FaultServer::Request &) {
            return test::FaultServer::Response{200, "application/json", "{\"ok\":true}"};
        });
        for (const QString &edit : {QStringLiteral("baseUrl"), QStringLiteral("revoke")}) {
            ConnectorDefinition shared = mine;
            if (edit == QLatin1String("baseUrl"))
                shared.baseUrl = attacker.url(QString()).toString();
            else
                shared.property(PropertyNames::TokenRevokeUrl)->value =
                    attacker.url(QStringLiteral("/revoke")).toString();
            const auto connection = open(store, shared);
            DesignTimeConnection &opened = *connection;
            opened.restore();
            QTRY_VERIFY_WITH_TIMEOUT(opened.hasStaleStoredConnection(), 20000);
            QVERIFY2(opened.state() != ConnectionState::Connected, qPrintable(edit));
            QCOMPARE(opened.state(), ConnectionState::Invalidated);
            QVERIFY(opened.tokens().isEmpty()); // never loaded
            QVERIFY2(opened.statusMessage().contains(m_idp.issuer().toString(QUrl::StripTrailingSlash)),
                     qPrintable(opened.statusMessage()));

            // Test sends nothing; neither does Disconnect, which only deletes locally and says so.
            QSignalSpy tested(&opened, &DesignTimeConnection::testFinished);
            opened.test();
            QVERIFY(opened.statusMessage().contains(QLatin1String("Connect again")));
            QSignalSpy disconnected(&opened, &DesignTimeConnection::disconnected);
            opened.disconnectFromService();
            QCOMPARE(disconnected.size(), 1);
            QVERIFY2(disconnected.first().first().toString().contains(QLatin1String("without revoking")),
                     qPrintable(disconnected.first().first().toString()));
            QCOMPARE(attacker.requests().size(), 0);
            QVERIFY(tested.isEmpty());
            QTRY_COMPARE_WITH_TIMEOUT(storedAccessToken(store, mine.key), std::optional<QString>(), 20000);
            // Put the author's connection back for the next round.
            if (edit == QLatin1String("baseUrl")) {
                const QString error = test::signIn(*open(store, mine), m_idp, m_browser);
                QVERIFY2(error.isEmpty(), qPrintable(error));
            }
        }
        // The tokens were never used by the shared file: the first ones are still valid at the provider,
        // and nothing reached the other host.
        QCOMPARE(m_idp.userinfoStatus(tokens.accessToken), 200);
        QCOMPARE(attacker.requests().size(), 0);
    }

    void aStoredClientSecretGoesToANewOriginOnlyAfterTheAuthorSaysSo()
    {
        // The client secret was saved for the provider's token endpoint.
        ConnectorDefinition mine =
            test::clientCredentialsDefinition(m_idp, QStringLiteral("cc-basic"), true, m_idp.issuer().toString());
        mine.key = QStringLiteral("moved-token-url");
        const QString clientSecret = m_idp.client(QStringLiteral("cc-basic")).clientSecret;
        SecretStore store(SecretStore::Mode::Keychain);
        QString message;
        QVERIFY2(requireKeychain(store, &message), qPrintable(message));
        storeClientSecret(store, mine, clientSecret);

        // A file with the same key whose token URL points at another origin.
        test::FaultServer other;
        QVERIFY(other.start());
        other.setHandler([](const test::FaultServer::Request &) {
            return test::FaultServer::Response{200, "application/json",
                                               "{\"access_token\":\"other-at\",\"token_type\":\"Bearer\"}"};
        });
        ConnectorDefinition shared = mine;
        shared.property(PropertyNames::TokenUrl)->value = other.url(QStringLiteral("/token")).toString();
        const auto opened = open(store, shared);
        DesignTimeConnection &connection = *opened;
        QCOMPARE(connection.values().value(QStringLiteral("client_secret")), clientSecret);

        QSignalSpy asked(&connection, &DesignTimeConnection::confirmationRequired);
        QSignalSpy allowed(&connection, &DesignTimeConnection::originsAllowed);
        connection.connectToService();
        QCOMPARE(asked.size(), 1);
        const OriginConfirmation question = asked.first().first().value<OriginConfirmation>();
        const QString otherOrigin = Origin::of(other.url(QString())).toString();
        const QString idpOrigin = Origin::of(m_idp.tokenUrl()).toString();
        const QString sentence = question.sentences().join(QLatin1Char(' '));
        QCOMPARE(sentence,
                 QStringLiteral("This design would send your stored client secret to %1; it was saved for %2.")
                     .arg(otherOrigin, idpOrigin));
        QCOMPARE(other.requests().size(), 0);

        // No: nothing is sent.
        connection.answerConfirmation(false);
        QVERIFY2(connection.statusMessage().startsWith(QLatin1String("Nothing was sent")),
                 qPrintable(connection.statusMessage()));
        QCOMPARE(other.requests().size(), 0);
        QVERIFY(allowed.isEmpty());

        // Asked again on the next Connect; yes sends it, and the new origin is remembered.
        connection.connectToService();
        QCOMPARE(asked.size(), 2);
        connection.answerConfirmation(true);
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::Connected, 10000);
        QCOMPARE(other.requests().size(), 1);
        // The stored secret went there (RFC 6749 2.3.1: form-encoded, then Basic).
        const QByteArray basic = other.requests().first().headers.value("authorization");
        QVERIFY(basic.startsWith("Basic "));
        QByteArray password = QByteArray::fromBase64(basic.mid(6)).split(':').value(1);
        QCOMPARE(QUrl::fromPercentEncoding(password.replace('+', ' ')), clientSecret);
        QCOMPARE(allowed.size(), 1);
        QVERIFY(connection.secretBindings().mayGo(QStringLiteral("client_secret"), clientSecret,
                                                  Origin::of(other.url(QString()))));
        // Without a change, the next Connect does not ask again.
        connection.disconnectFromService();
        connection.connectToService();
        QCOMPARE(asked.size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::Connected, 10000);
        connection.disconnectFromService();
    }

    void connectingAgainRevokesThePreviousTokensFirst()
    {
        ConnectorDefinition d = test::codeBasicDefinition(m_idp);
        d.key = QStringLiteral("connect-again");
        const QString clientSecret = m_idp.client(QStringLiteral("code-basic")).clientSecret;
        SecretStore store(SecretStore::Mode::Keychain);
        DesignTimeConnection connection(&m_nam, &store);
        connection.setTimeoutMs(10000);
        connection.setDefinition(d);
        connection.setValues({{QStringLiteral("client_secret"), clientSecret}});
        QString error = test::signIn(connection, m_idp, m_browser);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const TokenSet first = connection.tokens();
        QCOMPARE(m_idp.userinfoStatus(first.accessToken), 200);

        // Connect again: the first tokens are revoked before the new sign-in starts.
        QSignalSpy required(&connection, &DesignTimeConnection::authorizationRequired);
        error = test::signIn(connection, m_idp, m_browser);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(required.size(), 1);
        QVERIFY2(connection.statusMessage().contains(QLatin1String("Previous connection: Refresh token revoked.")),
                 qPrintable(connection.statusMessage()));
        const TokenSet second = connection.tokens();
        QVERIFY(second.accessToken != first.accessToken);
        QCOMPARE(m_idp.userinfoStatus(first.accessToken), 401);
        QCOMPARE(m_idp.userinfoStatus(second.accessToken), 200);
        QCOMPARE(storedAccessToken(store, d.key), std::optional<QString>(second.accessToken));
        connection.disconnectFromService();
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
        cli.start(QStringLiteral(CAD_BINARY_DIR "/bin/auth-designer-cli"),
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
