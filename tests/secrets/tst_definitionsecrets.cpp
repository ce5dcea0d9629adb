// Secret property values travel between the designer and the real keychain, never through files.
#include "SecretStoreSync.h"
#include "io/DefinitionFile.h"
#include "secrets/DefinitionSecrets.h"
#include "support/SecretScan.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cad;

class TestDefinitionSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveFileAndSecretsThenOpenAgain()
    {
        SecretStore store;
        const std::optional<bool> persistent = test::detectNow(store);
        QVERIFY2(persistent.value_or(false),
                 "no usable keychain: run this test through scripts/with-keyring (a private D-Bus with gnome-keyring)");

        ConnectorDefinition d =
            ConnectorDefinition::create(AuthType::OAuth2ClientCredentials, QStringLiteral("Vault Test"));
        const QString secret = QStringLiteral("cs-Üñí-%1").arg(QDateTime::currentMSecsSinceEpoch());
        d.property(u"client_secret")->value = secret;
        d.property(u"client_id")->value = QStringLiteral("visible-id");

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("vault.connector.json"));
        QVERIFY(DefinitionFile::write(file, d));
        std::optional<Status> saved;
        DefinitionSecrets::save(&store, d, this, [&saved](const Status &s) { saved = s; });
        QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), test::StoreTimeoutMs);
        QVERIFY(saved->ok());

        // The file has the definition but not the secret.
        QVERIFY(test::filesContaining(dir.path(), {secret}).isEmpty());

        // Opening it again: a new store (another session) finds the secret in the keychain.
        SecretStore other;
        DefinitionFile::ReadResult read = DefinitionFile::read(file);
        QVERIFY(read.ok());
        QVERIFY(read.definition->valueOf(u"client_secret").isEmpty());
        std::optional<QHash<QString, QString>> loaded;
        DefinitionSecrets::load(&other, *read.definition, this,
                                [&loaded](const QHash<QString, QString> &v, const Status &s) {
                                    QVERIFY(s.ok());
                                    loaded = v;
                                });
        QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), test::StoreTimeoutMs);
        DefinitionSecrets::apply(*read.definition, *loaded);
        QCOMPARE(read.definition->valueOf(u"client_secret"), secret);
        QCOMPARE(*read.definition, d);

        // Clearing the value removes the entry.
        d.property(u"client_secret")->value.clear();
        saved.reset();
        DefinitionSecrets::save(&store, d, this, [&saved](const Status &s) { saved = s; });
        QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), test::StoreTimeoutMs);
        QVERIFY(!test::readNow(other, d.key, QStringLiteral("client_secret")).value().has_value());
    }
};

QTEST_GUILESS_MAIN(TestDefinitionSecrets)
#include "tst_definitionsecrets.moc"
