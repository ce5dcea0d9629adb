// SecretStore when there is no keychain at all (no D-Bus session bus, no DISPLAY): secrets stay
// in memory, the UI gets a clear sentence, and nothing lands on disk.
#include "SecretStoreSync.h"
#include "secrets/SecretStore.h"
#include "support/SecretScan.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

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
const QByteArray NoBus = "unix:path=/nonexistent";
}

class tst_SecretStoreNoBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void detectionReportsMemoryOnly();
    void failedWriteFallsBackToMemory();
    void roundTripInMemory();
    void memoryOnlyModeNeverAsksTheKeychain();
    void callbacksComeFromTheEventLoopAndRespectTheirContext();
    void nothingWrittenUnderHome();

private:
    std::unique_ptr<QTemporaryDir> m_home;
    QStringList m_secrets;
};

void tst_SecretStoreNoBackend::initTestCase()
{
    // ctest sets these; set them again so that running the binary by hand tests the same thing.
    qputenv("DBUS_SESSION_BUS_ADDRESS", NoBus);
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    const QString home = m_home->path();
    qputenv("HOME", home.toUtf8());
    qputenv("XDG_CACHE_HOME", (home + QStringLiteral("/.cache")).toUtf8());
    qputenv("XDG_DATA_HOME", (home + QStringLiteral("/.local/share")).toUtf8());
    qputenv("XDG_CONFIG_HOME", (home + QStringLiteral("/.config")).toUtf8());
    QCOMPARE(QDir::homePath(), home);
}

void tst_SecretStoreNoBackend::detectionReportsMemoryOnly()
{
    SecretStore store;
    QSignalSpy changed(&store, &SecretStore::persistenceChanged);
    QVERIFY(store.isPersistent()); // optimistic until the keychain has answered
    const std::optional<bool> persistent = detectNow(store);
    QVERIFY2(persistent.has_value(), "detectBackend() never answered");
    QCOMPARE(*persistent, false);
    QVERIFY(!store.isPersistent());
    QCOMPARE(store.mode(), SecretStore::Mode::MemoryOnly);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toBool(), false);
    const QString message = store.backendMessage();
    QVERIFY2(message.contains(QStringLiteral("No keychain is available")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("memory only")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("GNOME Keyring")), qPrintable(message)); // says what to do
}

void tst_SecretStoreNoBackend::failedWriteFallsBackToMemory()
{
    SecretStore store; // no detectBackend(): the first write meets the missing keychain
    QSignalSpy changed(&store, &SecretStore::persistenceChanged);
    const QString value = QStringLiteral("fallback-secret-5e1d77a0");
    m_secrets.append(value);
    const Status written = writeNow(store, QStringLiteral("acme"), QStringLiteral("client_secret"), value);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
    QVERIFY(!store.isPersistent());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(describe(readNow(store, QStringLiteral("acme"), QStringLiteral("client_secret"))), value);
}

void tst_SecretStoreNoBackend::roundTripInMemory()
{
    SecretStore store;
    QCOMPARE(detectNow(store), std::optional<bool>(false));
    const QString unicode = QStringLiteral("mémoire-秘密-🔑-7c2b");
    const QString big = QString(10240, QLatin1Char('x')) + QStringLiteral("-end-4f1a");
    m_secrets << unicode << big;

    QVERIFY(writeNow(store, QStringLiteral("acme"), QStringLiteral("password"), unicode));
    QVERIFY(writeNow(store, QStringLiteral("team/acme"), QStringLiteral("password"), QStringLiteral("other")));
    QVERIFY(writeNow(store, QStringLiteral("team"), QStringLiteral("acme/password"), QStringLiteral("third")));
    QCOMPARE(describe(readNow(store, QStringLiteral("acme"), QStringLiteral("password"))), unicode);
    QCOMPARE(describe(readNow(store, QStringLiteral("team/acme"), QStringLiteral("password"))),
             QStringLiteral("other"));
    QCOMPARE(describe(readNow(store, QStringLiteral("team"), QStringLiteral("acme/password"))),
             QStringLiteral("third"));

    QVERIFY(writeNow(store, QStringLiteral("acme"), QStringLiteral("password"), big)); // overwrite
    QCOMPARE(describe(readNow(store, QStringLiteral("acme"), QStringLiteral("password"))), big);

    const SecretStore::ReadResult missing = readNow(store, QStringLiteral("acme"), QStringLiteral("api_key"));
    QVERIFY(missing.ok());
    QVERIFY(!missing.value().has_value());

    for (const QString &name : someNames())
        QVERIFY(writeNow(store, QStringLiteral("acme"), name, name + QStringLiteral("-value")));
    QVERIFY(removeAllNow(store, QStringLiteral("acme"), someNames()));
    for (const QString &name : someNames())
        QCOMPARE(describe(readNow(store, QStringLiteral("acme"), name)), QStringLiteral("<not found>"));
    QCOMPARE(describe(readNow(store, QStringLiteral("acme"), QStringLiteral("password"))), big);

    QVERIFY(removeNow(store, QStringLiteral("acme"), QStringLiteral("password")));
    QCOMPARE(describe(readNow(store, QStringLiteral("acme"), QStringLiteral("password"))),
             QStringLiteral("<not found>"));
}

void tst_SecretStoreNoBackend::memoryOnlyModeNeverAsksTheKeychain()
{
    SecretStore store(SecretStore::Mode::MemoryOnly);
    QSignalSpy changed(&store, &SecretStore::persistenceChanged);
    QVERIFY(!store.isPersistent());
    QVERIFY(store.backendMessage().contains(QStringLiteral("memory only")));
    QVERIFY(writeNow(store, QStringLiteral("cli"), QStringLiteral("api_key"), QStringLiteral("cli-key-31c9")));
    m_secrets.append(QStringLiteral("cli-key-31c9"));
    QCOMPARE(describe(readNow(store, QStringLiteral("cli"), QStringLiteral("api_key"))),
             QStringLiteral("cli-key-31c9"));
    QCOMPARE(detectNow(store), std::optional<bool>(false));
    QCOMPARE(changed.count(), 0); // it was never persistent, so nothing changed
}

void tst_SecretStoreNoBackend::callbacksComeFromTheEventLoopAndRespectTheirContext()
{
    SecretStore store(SecretStore::Mode::MemoryOnly);
    bool called = false;
    store.write(QStringLiteral("acme"), QStringLiteral("x"), QStringLiteral("v"), &store,
                [&called](const Status &) { called = true; });
    QVERIFY(!called); // never before the call returns
    QTRY_VERIFY(called);

    // A callback whose context is gone is not called; a later one proves the queue has run.
    auto *context = new QObject;
    bool deadCalled = false;
    store.read(QStringLiteral("acme"), QStringLiteral("x"), context,
               [&deadCalled](const SecretStore::ReadResult &) { deadCalled = true; });
    delete context;
    QCOMPARE(describe(readNow(store, QStringLiteral("acme"), QStringLiteral("x"))), QStringLiteral("v"));
    QVERIFY(!deadCalled);
}

void tst_SecretStoreNoBackend::nothingWrittenUnderHome()
{
    QVERIFY(m_secrets.size() >= 4);
    QStringList files;
    QDirIterator it(m_home->path(), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    QVERIFY2(files.isEmpty(), qPrintable(QStringLiteral("written under HOME: ") + files.join(QStringLiteral(", "))));
    QCOMPARE(filesContaining(m_home->path(), m_secrets), QStringList());
}

QTEST_GUILESS_MAIN(tst_SecretStoreNoBackend)
#include "tst_secretstore_nobackend.moc"
