// SecretStore against the real Secret Service (gnome-keyring). Run it through scripts/with-keyring:
//   scripts/with-keyring ctest --test-dir build -L keychain
#include "SecretStoreSync.h"
#include "secrets/SecretStore.h"
#include "support/SecretScan.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace cad;
using namespace cad::test;

namespace {
/// Five entry names of one connector, as a design-time connection might keep them.
QStringList someNames()
{
    return {QStringLiteral("connection"), QStringLiteral("property/client_secret"), QStringLiteral("property/api_key"),
            QStringLiteral("property/password"), QStringLiteral("property/personal_access_token")};
}
} // namespace

namespace {

const QString Unicode = QStringLiteral("pässwörd ✓ 秘密 🔑 \"quoted\" / + & = %41");

QString largeValue()
{
    // 10 kB of mixed ASCII and non-ASCII text, the same on every run.
    static const QString alphabet =
        QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~+/=äöüß€秘");
    QRandomGenerator rng(42);
    QString value;
    value.reserve(10240);
    while (value.size() < 10240)
        value.append(alphabet.at(rng.bounded(int(alphabet.size()))));
    return value;
}

// The value the Secret Service holds for a key, read with secret-tool (independent of QtKeychain).
std::optional<QString> secretToolLookup(const QString &key)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                               SecretStore::ServiceName, QStringLiteral("user"), key});
    if (!tool.waitForFinished(20000) || tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(tool.readAllStandardOutput());
}

QString keyringDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/keyrings");
}

qint64 keyringBytes()
{
    qint64 total = 0;
    QDirIterator it(keyringDir(), QDir::Files | QDir::Hidden);
    while (it.hasNext())
        total += QFileInfo(it.next()).size();
    return total;
}

} // namespace

class tst_SecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void missingSecretIsNotFoundNotAnError();
    void connectorsDoNotCollide();
    void removeAllRemovesOnlyThatConnector();
    void valueIsInTheSecretServiceAndSurvivesANewStore();
    void secretsNeverReachAPlaintextFile();
    void cleanupTestCase();

private:
    SecretStore m_store;
    bool m_ready = false;
};

void tst_SecretStore::initTestCase()
{
    const std::optional<bool> persistent = detectNow(m_store);
    if (!persistent.has_value() || !*persistent || !m_store.isPersistent()) {
        QFAIL(qPrintable(QStringLiteral("No usable keychain (%1). This test needs an unlocked Secret Service: run it "
                                        "through scripts/with-keyring, e.g. `scripts/with-keyring ctest --test-dir "
                                        "<build> -L keychain`.")
                             .arg(m_store.backendMessage())));
    }
    QVERIFY(m_store.backendMessage().isEmpty());
    QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty());
    // Start from a clean slate even with CAD_KEEP_HOME=1 and a previous run that crashed.
    for (const QString &connector : {QStringLiteral("tst-acme"), QStringLiteral("tst-team/acme"),
                                     QStringLiteral("tst-team"), QStringLiteral("tst-other")}) {
        QVERIFY(
            removeAllNow(m_store, connector,
                         someNames() + QStringList{QStringLiteral("client_secret"), QStringLiteral("password"),
                                                   QStringLiteral("api_key"), QStringLiteral("acme/client_secret")}));
    }
    m_ready = true;
}

void tst_SecretStore::roundTrip_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("ascii") << QStringLiteral("s3cret-one") << QStringLiteral("s3cret-two");
    QTest::newRow("unicode") << Unicode << QStringLiteral("ünïcödé-🔐-2");
    QTest::newRow("10 kB") << largeValue() << largeValue().left(5000);
}

void tst_SecretStore::roundTrip()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    const QString connector = QStringLiteral("tst-acme");
    const QString name = QStringLiteral("client_secret");

    QVERIFY(writeNow(m_store, connector, name, first));
    QCOMPARE(describe(readNow(m_store, connector, name)), first);

    QVERIFY(writeNow(m_store, connector, name, second)); // overwrite
    QCOMPARE(describe(readNow(m_store, connector, name)), second);

    QVERIFY(removeNow(m_store, connector, name));
    QCOMPARE(describe(readNow(m_store, connector, name)), QStringLiteral("<not found>"));
    QVERIFY(m_store.isPersistent()); // nothing fell back to memory on the way
}

void tst_SecretStore::missingSecretIsNotFoundNotAnError()
{
    const SecretStore::ReadResult r = readNow(m_store, QStringLiteral("tst-acme"), QStringLiteral("never-written"));
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QVERIFY(!r.value().has_value());
    // Removing what is not there is not an error either.
    QVERIFY(removeNow(m_store, QStringLiteral("tst-acme"), QStringLiteral("never-written")));
}

void tst_SecretStore::connectorsDoNotCollide()
{
    // Naively joined, both would be "tst-team/acme/client_secret".
    QVERIFY(writeNow(m_store, QStringLiteral("tst-team/acme"), QStringLiteral("client_secret"), QStringLiteral("A1")));
    QVERIFY(writeNow(m_store, QStringLiteral("tst-team"), QStringLiteral("acme/client_secret"), QStringLiteral("B2")));
    QVERIFY(writeNow(m_store, QStringLiteral("tst-acme"), QStringLiteral("client_secret"), QStringLiteral("C3")));
    QVERIFY(writeNow(m_store, QStringLiteral("tst-other"), QStringLiteral("client_secret"), QStringLiteral("D4")));

    QCOMPARE(describe(readNow(m_store, QStringLiteral("tst-team/acme"), QStringLiteral("client_secret"))),
             QStringLiteral("A1"));
    QCOMPARE(describe(readNow(m_store, QStringLiteral("tst-team"), QStringLiteral("acme/client_secret"))),
             QStringLiteral("B2"));
    QCOMPARE(describe(readNow(m_store, QStringLiteral("tst-acme"), QStringLiteral("client_secret"))),
             QStringLiteral("C3"));
    QCOMPARE(describe(readNow(m_store, QStringLiteral("tst-other"), QStringLiteral("client_secret"))),
             QStringLiteral("D4"));
    QVERIFY(SecretStore::keyFor(QStringLiteral("tst-team/acme"), QStringLiteral("client_secret")) !=
            SecretStore::keyFor(QStringLiteral("tst-team"), QStringLiteral("acme/client_secret")));

    QVERIFY(removeNow(m_store, QStringLiteral("tst-team/acme"), QStringLiteral("client_secret")));
    QCOMPARE(describe(readNow(m_store, QStringLiteral("tst-team"), QStringLiteral("acme/client_secret"))),
             QStringLiteral("B2"));
    QVERIFY(removeNow(m_store, QStringLiteral("tst-team"), QStringLiteral("acme/client_secret")));
    QVERIFY(removeNow(m_store, QStringLiteral("tst-acme"), QStringLiteral("client_secret")));
    QVERIFY(removeNow(m_store, QStringLiteral("tst-other"), QStringLiteral("client_secret")));
}

void tst_SecretStore::removeAllRemovesOnlyThatConnector()
{
    const QStringList names = someNames();
    QCOMPARE(names.size(), 5);
    for (const QString &name : names) {
        QVERIFY(writeNow(m_store, QStringLiteral("tst-acme"), name, QStringLiteral("acme:") + name));
        QVERIFY(writeNow(m_store, QStringLiteral("tst-other"), name, QStringLiteral("other:") + name));
    }
    QVERIFY(removeAllNow(m_store, QStringLiteral("tst-acme"), names));
    for (const QString &name : names) {
        QCOMPARE(describe(readNow(m_store, QStringLiteral("tst-acme"), name)), QStringLiteral("<not found>"));
        QCOMPARE(describe(readNow(m_store, QStringLiteral("tst-other"), name)), QStringLiteral("other:") + name);
    }
    QVERIFY(removeAllNow(m_store, QStringLiteral("tst-other"), names));
    QCOMPARE(describe(readNow(m_store, QStringLiteral("tst-other"), names.first())), QStringLiteral("<not found>"));
}

void tst_SecretStore::valueIsInTheSecretServiceAndSurvivesANewStore()
{
    const QString connector = QStringLiteral("tst-team/acme");
    const QString name = QStringLiteral("connection/refresh_token");
    QVERIFY(writeNow(m_store, connector, name, Unicode));

    // Seen by an independent Secret Service client under the documented service and key.
    const QString key = SecretStore::keyFor(connector, name);
    QCOMPARE(key, QStringLiteral("tst-team%2Facme/connection/refresh_token"));
    const std::optional<QString> seen = secretToolLookup(key);
    QVERIFY2(seen.has_value(), "secret-tool found no entry for the key");
    QCOMPARE(*seen, Unicode);

    // A fresh store (a new designer session) reads it back.
    SecretStore other;
    QCOMPARE(describe(readNow(other, connector, name)), Unicode);

    QVERIFY(removeNow(m_store, connector, name));
    QVERIFY2(!secretToolLookup(key).has_value(), "the entry is still in the Secret Service after remove()");
}

void tst_SecretStore::secretsNeverReachAPlaintextFile()
{
    const QString big = largeValue();
    const QStringList secrets{Unicode, big, QStringLiteral("refresh-9d2f6c0b7a41e3")};
    const qint64 before = keyringBytes();
    QVERIFY(writeNow(m_store, QStringLiteral("tst-acme"), QStringLiteral("client_secret"), secrets.at(0)));
    QVERIFY(writeNow(m_store, QStringLiteral("tst-acme"), QStringLiteral("api_key"), secrets.at(1)));
    QVERIFY(writeNow(m_store, QStringLiteral("tst-acme"), QStringLiteral("connection/refresh_token"), secrets.at(2)));

    // The values did reach the disk, inside gnome-keyring's encrypted store: its files grew by
    // at least the 10 kB value. So the scan below looks at the place they were written to.
    QTRY_VERIFY2_WITH_TIMEOUT(keyringBytes() >= before + big.toUtf8().size(), "the keyring files did not grow", 10000);

    QStringList dirs{keyringDir()};
    const QString tempHome = qEnvironmentVariable("CAD_KEYRING_HOME");
    if (!tempHome.isEmpty() && QDir(tempHome) == QDir::home()) {
        dirs = QStringList{QDir::homePath()}; // the whole temporary home, keyrings included
        const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
        if (!runtime.isEmpty())
            dirs.append(runtime);
    }
    for (const QString &dir : std::as_const(dirs)) {
        const QList<Leak> leaks = findLeaksInDir(dir, secrets);
        QVERIFY2(leaks.isEmpty(), qPrintable(cad::test::describe(leaks)));
    }

    QVERIFY(removeAllNow(
        m_store, QStringLiteral("tst-acme"),
        {QStringLiteral("client_secret"), QStringLiteral("api_key"), QStringLiteral("connection/refresh_token")}));
}

void tst_SecretStore::cleanupTestCase()
{
    // Every test above ran against the keychain: none of them fell back to memory.
    if (m_ready)
        QVERIFY(m_store.isPersistent());
}

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
