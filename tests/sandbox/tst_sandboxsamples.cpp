// Every sandbox sample (resources/samples/sandbox-*.connector.json, offered by File > New from
// Sample) connects to the built-in sandbox and passes its own test request, with the secret values
// the designer fills in for sandbox designs (sandboxSecretsFor) and nothing typed.

#include "connection/DesignTimeConnection.h"
#include "io/DefinitionFile.h"
#include "model/BuiltinSchemas.h"
#include "sandbox/SandboxSecrets.h"
#include "sandbox/SandboxServer.h"
#include "secrets/SecretStore.h"

#include "SandboxTestSupport.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace cad;

class TestSandboxSamples : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_server;
    QNetworkAccessManager m_nam;
    QNetworkAccessManager m_browser;

    /// The sample, pointed at this test's sandbox (the samples name the designer's fixed port).
    ConnectorDefinition load(const QString &name)
    {
        QFile file(QStringLiteral(CAD_SAMPLES_DIR "/") + name + QStringLiteral(".connector.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read the sample %s", qPrintable(file.fileName()));
        QByteArray json = file.readAll();
        json.replace("http://127.0.0.1:47913", m_server.provider()->issuer().toString().toUtf8());
        DefinitionFile::ReadResult read = DefinitionFile::parse(json);
        if (!read.ok())
            qFatal("the sample %s does not load", qPrintable(name));
        return *read.definition;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<cad::TestResult>();
        QString error;
        QVERIFY2(m_server.start(0, &error), qPrintable(error));
        SandboxSettings s;
        s.autoApprove = true;
        m_server.provider()->setSettings(s);
    }

    void everySampleIsListed()
    {
        // One sandbox sample per authentication type, nothing more and nothing less.
        QStringList files = QDir(QStringLiteral(CAD_SAMPLES_DIR))
                                .entryList({QStringLiteral("sandbox-*.connector.json")}, QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{QStringLiteral("sandbox-api-key.connector.json"),
                                     QStringLiteral("sandbox-authorization-code.connector.json"),
                                     QStringLiteral("sandbox-basic.connector.json"),
                                     QStringLiteral("sandbox-client-credentials.connector.json"),
                                     QStringLiteral("sandbox-custom.connector.json"),
                                     QStringLiteral("sandbox-none.connector.json"),
                                     QStringLiteral("sandbox-personal-access-token.connector.json"),
                                     QStringLiteral("sandbox-pkce.connector.json")}));
    }

    void connectsAndPassesItsTest_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<AuthType>("type");
        QTest::addColumn<QStringList>("secretNames"); // what the designer fills in
        QTest::newRow("authorization code")
            << QStringLiteral("sandbox-authorization-code") << AuthType::OAuth2AuthorizationCode
            << QStringList{QStringLiteral("client_secret")};
        QTest::newRow("PKCE") << QStringLiteral("sandbox-pkce") << AuthType::OAuth2AuthorizationCodePkce
                              << QStringList{};
        QTest::newRow("client credentials")
            << QStringLiteral("sandbox-client-credentials") << AuthType::OAuth2ClientCredentials
            << QStringList{QStringLiteral("client_secret")};
        QTest::newRow("Basic") << QStringLiteral("sandbox-basic") << AuthType::Basic
                               << QStringList{QStringLiteral("password")};
        QTest::newRow("API key") << QStringLiteral("sandbox-api-key") << AuthType::ApiKey
                                 << QStringList{QStringLiteral("api_key")};
        QTest::newRow("personal access token")
            << QStringLiteral("sandbox-personal-access-token") << AuthType::PersonalAccessToken
            << QStringList{QStringLiteral("personal_access_token")};
        QTest::newRow("custom") << QStringLiteral("sandbox-custom") << AuthType::Custom
                                << QStringList{QStringLiteral("sandbox_key"), QStringLiteral("sandbox_secret")};
        QTest::newRow("no authentication") << QStringLiteral("sandbox-none") << AuthType::None << QStringList{};
    }

    void connectsAndPassesItsTest()
    {
        QFETCH(QString, sample);
        QFETCH(AuthType, type);
        QFETCH(QStringList, secretNames);
        const ConnectorDefinition d = load(sample);
        QCOMPARE(d.authType, type);
        const QHash<QString, QString> secrets = sandboxSecretsFor(d, m_server.provider()->issuer());
        QStringList names = secrets.keys();
        names.sort();
        QCOMPARE(names, secretNames);

        SecretStore store(SecretStore::Mode::MemoryOnly);
        DesignTimeConnection connection(&m_nam, &store);
        connection.setTimeoutMs(10000);
        connection.setDefinition(d);
        connection.setValues(secrets);
        if (needsBrowser(type)) {
            const QString signedIn = test::signInThroughSandbox(connection, m_browser);
            QVERIFY2(signedIn.isEmpty(), qPrintable(signedIn));
        } else {
            connection.connectToService();
            QVERIFY2(QTest::qWaitFor([&] { return connection.state() == ConnectionState::Connected; }, 10000),
                     qPrintable(connection.statusMessage()));
        }
        QSignalSpy tested(&connection, &DesignTimeConnection::testFinished);
        connection.test();
        QVERIFY(!tested.isEmpty() || tested.wait(10000));
        const TestResult result = tested.first().first().value<TestResult>();
        QVERIFY2(result.succeeded(), qPrintable(connection.statusMessage()));
        QCOMPARE(result.status, 200);
        QVERIFY(!result.checks.isEmpty()); // every sample checks what the API answered
        for (const CheckResult &check : result.checks)
            QVERIFY2(check.passed, qPrintable(check.check.pointer));
    }

    void sandboxSecretsGoOnlyToTheSandbox()
    {
        const QUrl issuer = m_server.provider()->issuer();
        // The API elsewhere: no API key for it.
        ConnectorDefinition apiKey = load(QStringLiteral("sandbox-api-key"));
        apiKey.baseUrl = QStringLiteral("https://api.example.com/key");
        QVERIFY(sandboxSecretsFor(apiKey, issuer).isEmpty());
        // The token URL elsewhere: no client secret, even for a sandbox client id.
        ConnectorDefinition code = load(QStringLiteral("sandbox-authorization-code"));
        code.property(PropertyNames::TokenUrl)->value = QStringLiteral("https://login.example.com/token");
        QVERIFY(sandboxSecretsFor(code, issuer).isEmpty());
        // The refresh or revoke URL elsewhere: the secret would go there too.
        ConnectorDefinition refresh = load(QStringLiteral("sandbox-authorization-code"));
        refresh.property(PropertyNames::RefreshTokenUrl)->value = QStringLiteral("https://login.example.com/token");
        QVERIFY(sandboxSecretsFor(refresh, issuer).isEmpty());
        ConnectorDefinition revoke = load(QStringLiteral("sandbox-authorization-code"));
        revoke.property(PropertyNames::TokenRevokeUrl)->value = QStringLiteral("https://login.example.com/revoke");
        QVERIFY(sandboxSecretsFor(revoke, issuer).isEmpty());
        QCOMPARE(sandboxSecretsFor(load(QStringLiteral("sandbox-authorization-code")), issuer).keys(),
                 QStringList{QStringLiteral("client_secret")});
        // Another user name: the sandbox password belongs to ada only.
        ConnectorDefinition basic = load(QStringLiteral("sandbox-basic"));
        basic.property(PropertyNames::Username)->value = QStringLiteral("grace");
        QVERIFY(sandboxSecretsFor(basic, issuer).isEmpty());
        // The designer's own sandbox port is another origin than this test's sandbox.
        QVERIFY(sandboxSecretsFor(load(QStringLiteral("sandbox-pkce")), QUrl(QStringLiteral("http://127.0.0.1:1")))
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxSamples)
#include "tst_sandboxsamples.moc"
