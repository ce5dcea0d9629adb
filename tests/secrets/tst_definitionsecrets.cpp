// Secret property values travel between the designer and the real keychain, never through files,
// each bound to the origins it may be sent to. Run under scripts/with-keyring (gnome-keyring in a
// private D-Bus session); fails, never skips, without it.
#include "SecretStoreSync.h"
#include "io/DefinitionFile.h"
#include "secrets/DefinitionSecrets.h"
#include "secrets/KeychainNames.h"
#include "secrets/StoredSecret.h"
#include "support/SecretScan.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cad;

namespace {
const Origin LoginOrigin = Origin::fromString(QStringLiteral("https://login.vault.example"));
const Origin OtherOrigin = Origin::fromString(QStringLiteral("https://other.example"));

struct Saved
{
    std::optional<Status> status;
    DefinitionSecrets::SavedEntries entries;
};

using Entries = QHash<QString, SecretBindings::Entry>;
} // namespace

class TestDefinitionSecrets : public QObject
{
    Q_OBJECT

private:
    Saved saveNow(SecretStore &store, const ConnectorDefinition &d, const SecretBindings &bindings,
                  const QHash<QString, Origins> &designOrigins = {})
    {
        Saved saved;
        DefinitionSecrets::save(&store, d, bindings, designOrigins, this,
                                [&saved](const Status &s, const DefinitionSecrets::SavedEntries &e) {
                                    saved.status = s;
                                    saved.entries = e;
                                });
        if (!QTest::qWaitFor([&] { return saved.status.has_value(); }, test::StoreTimeoutMs))
            saved.status = Error{QStringLiteral("save timed out"), {}};
        return saved;
    }

    Entries loadNow(SecretStore &store, const ConnectorDefinition &d, Status *status = nullptr)
    {
        std::optional<Entries> loaded;
        DefinitionSecrets::load(&store, d, this, [&](const Entries &e, const Status &s) {
            loaded = e;
            if (status)
                *status = s;
        });
        if (!QTest::qWaitFor([&] { return loaded.has_value(); }, test::StoreTimeoutMs))
            return {};
        return *loaded;
    }

    static ConnectorDefinition vault(const QString &key)
    {
        ConnectorDefinition d =
            ConnectorDefinition::create(AuthType::OAuth2ClientCredentials, QStringLiteral("Vault Test"));
        d.key = key;
        d.property(u"client_id")->value = QStringLiteral("visible-id");
        return d;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SecretStore store;
        QVERIFY2(test::detectNow(store).value_or(false),
                 "no usable keychain: run this test through scripts/with-keyring (a private D-Bus with gnome-keyring)");
    }

    void saveFileAndSecretsThenOpenAgain()
    {
        SecretStore store;
        ConnectorDefinition d = vault(QStringLiteral("tst-vault"));
        const QString secret = QStringLiteral("cs-Üñí-%1").arg(QDateTime::currentMSecsSinceEpoch());
        d.property(u"client_secret")->value = secret;

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("vault.connector.json"));
        QVERIFY(DefinitionFile::write(file, d));
        // A value typed in this session is stored with the origins the saved design sends it to.
        const Saved saved = saveNow(store, d, SecretBindings{}, {{QStringLiteral("client_secret"), {LoginOrigin}}});
        QVERIFY(saved.status->ok());
        QCOMPARE(saved.entries.value(QStringLiteral("client_secret")).origins, Origins{LoginOrigin});

        // The file has the definition but not the secret.
        QVERIFY(test::filesContaining(dir.path(), {secret}).isEmpty());

        // Opening it again: a new store (another session) finds the secret and its origins.
        SecretStore other;
        DefinitionFile::ReadResult read = DefinitionFile::read(file);
        QVERIFY(read.ok());
        QVERIFY(read.definition->valueOf(u"client_secret").isEmpty());
        const Entries loaded = loadNow(other, *read.definition);
        const SecretBindings::Entry entry = loaded.value(QStringLiteral("client_secret"));
        QCOMPARE(entry.state, SecretBindings::ReadState::Found);
        QCOMPARE(entry.value, secret);
        QCOMPARE(entry.origins, Origins{LoginOrigin});
        QVERIFY(!entry.legacy);
        DefinitionSecrets::apply(*read.definition, loaded);
        QCOMPARE(read.definition->valueOf(u"client_secret"), secret);
        QCOMPARE(*read.definition, d);

        // The stored value may go where it was saved for, and nowhere else without asking.
        SecretBindings bindings;
        bindings.setEntry(QStringLiteral("client_secret"), entry);
        QVERIFY(bindings.mayGo(QStringLiteral("client_secret"), secret, LoginOrigin));
        QVERIFY(!bindings.mayGo(QStringLiteral("client_secret"), secret, OtherOrigin));
        // A value the author types instead is theirs for this design.
        QVERIFY(bindings.mayGo(QStringLiteral("client_secret"), QStringLiteral("typed-now"), OtherOrigin));

        // Saving the unchanged stored value with a design that points elsewhere does not widen its binding.
        const Saved again =
            saveNow(other, *read.definition, bindings, {{QStringLiteral("client_secret"), {OtherOrigin}}});
        QVERIFY(again.status->ok());
        QCOMPARE(loadNow(other, d).value(QStringLiteral("client_secret")).origins, Origins{LoginOrigin});
        // A confirmed origin is kept with it.
        bindings.allow(QStringLiteral("client_secret"), OtherOrigin);
        QVERIFY(saveNow(other, *read.definition, bindings).status->ok());
        QCOMPARE(loadNow(other, d).value(QStringLiteral("client_secret")).origins, (Origins{LoginOrigin, OtherOrigin}));

        // Clearing the value the author saw removes the entry.
        bindings.setEntry(QStringLiteral("client_secret"), loadNow(other, d).value(QStringLiteral("client_secret")));
        d.property(u"client_secret")->value.clear();
        QVERIFY(saveNow(store, d, bindings).status->ok());
        QCOMPARE(loadNow(other, d).value(QStringLiteral("client_secret")).state, SecretBindings::ReadState::Missing);
    }

    void propertiesAndTheConnectionLiveInSeparateNameSpaces()
    {
        // A property named like the connection's entry (or a pre-0.2 token entry) never reads or
        // overwrites the stored tokens.
        SecretStore store;
        const QString key = QStringLiteral("tst-collide");
        const QString record =
            QStringLiteral("{\"format\":2,\"fingerprint\":\"f\",\"tokens\":{\"accessToken\":\"at\"}}");
        QVERIFY(test::writeNow(store, key, KeychainNames::connectionEntry(), record));
        QVERIFY(test::writeNow(store, key, QStringLiteral("connection/access_token"), QStringLiteral("legacy-token")));

        ConnectorDefinition d = vault(key);
        for (const QString &name : {QStringLiteral("connection"), QStringLiteral("connection/access_token")}) {
            Property p;
            p.name = name;
            p.secret = true;
            d.properties.append(p);
        }
        const Entries loaded = loadNow(store, d);
        QCOMPARE(loaded.value(QStringLiteral("connection")).state, SecretBindings::ReadState::Missing);
        // "connection/access_token" is not a valid name and could never have been a property entry before.
        QCOMPARE(loaded.value(QStringLiteral("connection/access_token")).state, SecretBindings::ReadState::Missing);
        QVERIFY(loaded.value(QStringLiteral("connection/access_token")).value.isEmpty());

        d.property(u"connection")->value = QStringLiteral("prop-value-1");
        d.property(u"connection/access_token")->value = QStringLiteral("prop-value-2");
        QVERIFY(saveNow(store, d, SecretBindings{}).status->ok());
        QCOMPARE(test::describe(test::readNow(store, key, KeychainNames::connectionEntry())), record);
        QCOMPARE(test::describe(test::readNow(store, key, QStringLiteral("connection/access_token"))),
                 QStringLiteral("legacy-token"));
        const Entries again = loadNow(store, d);
        QCOMPARE(again.value(QStringLiteral("connection")).value, QStringLiteral("prop-value-1"));
        QCOMPARE(again.value(QStringLiteral("connection/access_token")).value, QStringLiteral("prop-value-2"));

        QVERIFY(test::removeAllNow(store, key,
                                   {KeychainNames::connectionEntry(), QStringLiteral("connection/access_token"),
                                    KeychainNames::propertyEntry(QStringLiteral("connection")),
                                    KeychainNames::propertyEntry(QStringLiteral("connection/access_token"))}));
    }

    void savingNeverDeletesAValueThatWasNotRead()
    {
        const QString key = QStringLiteral("tst-locked");
        ConnectorDefinition d = vault(key);
        SecretStore writer;
        QVERIFY(test::writeNow(writer, key, KeychainNames::propertyEntry(QStringLiteral("client_secret")),
                               StoredSecret{QStringLiteral("kept-secret-81"), {LoginOrigin}, false}.serialize()));

        // The keychain is locked when the file is opened: the value stays empty in the table.
        SecretStore locked;
        locked.setKeychainUnavailableForTesting(true);
        Status status;
        const Entries loaded = loadNow(locked, d, &status);
        QVERIFY(loaded.value(QStringLiteral("client_secret")).state != SecretBindings::ReadState::Found);
        SecretBindings bindings;
        for (auto it = loaded.cbegin(); it != loaded.cend(); ++it)
            bindings.setEntry(it.key(), it.value());
        QCOMPARE(bindings.saveAction(QStringLiteral("client_secret"), QString()), SecretBindings::SaveAction::Keep);

        // The author saves (the value is empty because it was never read); the keychain comes back.
        locked.setKeychainUnavailableForTesting(false);
        QCOMPARE(test::detectNow(locked), std::optional<bool>(true));
        QVERIFY(saveNow(locked, d, bindings).status->ok());
        SecretStore reader;
        QCOMPARE(loadNow(reader, d).value(QStringLiteral("client_secret")).value, QStringLiteral("kept-secret-81"));

        // Unread (nothing asked) keeps it too; only a value that was read and then cleared is removed.
        QCOMPARE(SecretBindings{}.saveAction(QStringLiteral("client_secret"), QString()),
                 SecretBindings::SaveAction::Keep);
        QVERIFY(test::removeNow(reader, key, KeychainNames::propertyEntry(QStringLiteral("client_secret"))));
    }

    void entriesOfAnEarlierVersionAreReadOnceAndMoved()
    {
        // Before 0.2 a property lived at "<key>/<name>" as a bare value: it is read, bound to no origin (every
        // send needs a confirmation), and the next save moves it to the new entry.
        SecretStore store;
        const QString key = QStringLiteral("tst-legacy");
        QVERIFY(test::writeNow(store, key, QStringLiteral("client_secret"), QStringLiteral("old-secret-77")));
        ConnectorDefinition d = vault(key);
        const Entries loaded = loadNow(store, d);
        const SecretBindings::Entry entry = loaded.value(QStringLiteral("client_secret"));
        QCOMPARE(entry.state, SecretBindings::ReadState::Found);
        QCOMPARE(entry.value, QStringLiteral("old-secret-77"));
        QVERIFY(entry.legacy);
        QVERIFY(entry.origins.isEmpty());
        SecretBindings bindings;
        bindings.setEntry(QStringLiteral("client_secret"), entry);
        QVERIFY(!bindings.mayGo(QStringLiteral("client_secret"), entry.value, LoginOrigin));

        bindings.allow(QStringLiteral("client_secret"), LoginOrigin);
        DefinitionSecrets::apply(d, loaded);
        QVERIFY(saveNow(store, d, bindings).status->ok());
        QCOMPARE(test::describe(test::readNow(store, key, QStringLiteral("client_secret"))),
                 QStringLiteral("<not found>"));
        const SecretBindings::Entry moved = loadNow(store, d).value(QStringLiteral("client_secret"));
        QCOMPARE(moved.value, QStringLiteral("old-secret-77"));
        QCOMPARE(moved.origins, Origins{LoginOrigin});
        QVERIFY(!moved.legacy);
        QVERIFY(test::removeNow(store, key, KeychainNames::propertyEntry(QStringLiteral("client_secret"))));
    }

    void removalsInFallbackModeStayRemovedOnceTheKeychainIsBack()
    {
        const QString key = QStringLiteral("tst-fallback");
        const QString entry = KeychainNames::propertyEntry(QStringLiteral("client_secret"));
        SecretStore store;
        QVERIFY(test::writeNow(store, key, entry, QStringLiteral("to-be-removed-42")));

        // The keychain goes away: the store falls back to memory; the author clears the secret.
        store.setRetryInterval(200);
        store.setKeychainUnavailableForTesting(true);
        QVERIFY(test::removeNow(store, key, entry));
        QVERIFY(store.isFallback());
        QCOMPARE(store.pendingRemovals(), QStringList{SecretStore::keyFor(key, entry)});
        QCOMPARE(test::describe(test::readNow(store, key, entry)), QStringLiteral("<not found>"));
        // Another program (or the next session) still sees it in the keychain meanwhile.
        SecretStore other;
        QCOMPARE(test::describe(test::readNow(other, key, entry)), QStringLiteral("to-be-removed-42"));

        // The keychain comes back: the store notices by itself and removes the entry there too.
        QSignalSpy persistence(&store, &SecretStore::persistenceChanged);
        store.setKeychainUnavailableForTesting(false);
        QTRY_VERIFY_WITH_TIMEOUT(store.isPersistent(), 10000);
        QCOMPARE(persistence.last().first().toBool(), true);
        QVERIFY(store.pendingRemovals().isEmpty());
        SecretStore later;
        QCOMPARE(test::describe(test::readNow(later, key, entry)), QStringLiteral("<not found>"));

        // A value written while it was away reaches the keychain the same way.
        store.setKeychainUnavailableForTesting(true);
        QVERIFY(test::writeNow(store, key, entry, QStringLiteral("written-while-away-9")));
        QVERIFY(store.isFallback());
        store.setKeychainUnavailableForTesting(false);
        QTRY_VERIFY_WITH_TIMEOUT(store.isPersistent(), 10000);
        QCOMPARE(test::describe(test::readNow(later, key, entry)), QStringLiteral("written-while-away-9"));
        QVERIFY(test::removeNow(later, key, entry));
    }
};

QTEST_GUILESS_MAIN(TestDefinitionSecrets)
#include "tst_definitionsecrets.moc"
