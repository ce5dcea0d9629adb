// Every writer writes all or nothing (io/AtomicFile): a write cut short by the disk (a file-size
// limit, as a full disk would) is reported and leaves the old file byte-identical, and a writer
// killed at any moment leaves the old or the new file, never anything else.
#include "common/ModalSeam.h"
#include "files/AutosaveManager.h"
#include "io/AtomicFile.h"
#include "io/DefinitionFile.h"
#include "mainwindow/MainWindow.h"
#include "model/ConnectorDocument.h"

#include "LargeDefinitions.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace cad;

namespace {

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

/// Runs @p write with the process's file-size limit at @p bytes and SIGXFSZ ignored: a write past
/// the limit then fails with EFBIG, as on a full disk, instead of killing the process.
template <typename Write> auto withFileSizeLimit(rlim_t bytes, Write write)
{
    rlimit saved{};
    getrlimit(RLIMIT_FSIZE, &saved);
    const auto previous = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = bytes;
    setrlimit(RLIMIT_FSIZE, &small);
    auto result = write();
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previous);
    return result;
}

QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestCrashSafeWrites : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    const ConnectorDefinition m_old = test::largeDefinition(0);
    const ConnectorDefinition m_new = test::largeDefinition(1);

    QString freshDir(const QString &name)
    {
        const QString dir = m_home.filePath(name);
        QDir(dir).removeRecursively();
        QDir().mkpath(dir);
        return dir;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // The recovery folder follows XDG_DATA_HOME, for this process and the writer it starts.
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("ConnectorAuthDesignerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_crashsafewrites"));
        ModalSeam::setTestMode(true);
        QVERIFY(DefinitionFile::serialize(m_old).size() > 500 * 1000);
    }

    // --- short writes --------------------------------------------------------------------------

    void atomicWriteReportsAShortWriteAndKeepsTheOldFile()
    {
        const QString dir = freshDir(QStringLiteral("atomic"));
        const QString path = dir + QStringLiteral("/out.json");
        QVERIFY(AtomicFile::write(path, QByteArray("old contents\n")).ok());
        const Status s =
            withFileSizeLimit(200 * 1024, [&] { return AtomicFile::write(path, QByteArray(1 << 20, 'x')); });
        QVERIFY(!s.ok());
        QCOMPARE(s.error().message,
                 QStringLiteral("only 204800 of 1048576 bytes could be written (is the disk full?)"));
        QCOMPARE(readBytes(path), QByteArray("old contents\n"));
        QCOMPARE(entriesOf(dir), QStringList{QStringLiteral("out.json")}); // no temporary file left
    }

    void theCliOutputOptionKeepsTheOldFileOnAShortWrite_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("export openapi") << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                                       QStringLiteral("openapi"), QStringLiteral("IN")};
        QTest::newRow("export postman") << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                                       QStringLiteral("postman"), QStringLiteral("IN")};
        QTest::newRow("new") << QStringList{QStringLiteral("new"), QStringLiteral("--type"), QStringLiteral("basic")};
    }
    void theCliOutputOptionKeepsTheOldFileOnAShortWrite()
    {
        QFETCH(QStringList, arguments);
        const QString dir = freshDir(QStringLiteral("cli"));
        const QString in = dir + QStringLiteral("/large.connector.json");
        QVERIFY(DefinitionFile::write(in, m_old).ok());
        const QString out = dir + QStringLiteral("/out.json");
        QVERIFY(AtomicFile::write(out, QByteArray("previous output\n")).ok());
        arguments.replaceInStrings(QStringLiteral("IN"), in);
        arguments << QStringLiteral("-o") << out << QStringLiteral("--force");
        // The limit applies to the CLI alone: 1 KiB (ulimit -f counts KiB) is less than any of these outputs.
        QProcess cli;
        QStringList shell{QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f 1; exec \"$0\" \"$@\""),
                          QStringLiteral(CAD_BINARY_DIR "/bin/auth-designer-cli")};
        cli.start(QStringLiteral("bash"), shell + arguments);
        QVERIFY(cli.waitForFinished(60000));
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY2(err.startsWith(QStringLiteral("Cannot write %1: only 1024 of ").arg(out)), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("Nothing was changed")), qPrintable(err));
        QCOMPARE(readBytes(out), QByteArray("previous output\n"));
        QCOMPARE(entriesOf(dir), (QStringList{QStringLiteral("large.connector.json"), QStringLiteral("out.json")}));
    }

    void theDesignersExportKeepsTheOldFileOnAShortWrite()
    {
        const QString dir = freshDir(QStringLiteral("export"));
        const QString out = dir + QStringLiteral("/large.openapi.json");
        QVERIFY(AtomicFile::write(out, QByteArray("previous export\n")).ok());
        MainWindow window;
        window.document()->setDefinition(m_old);
        ModalSeam::reset();
        ModalSeam::setNextAnswer(QMessageBox::Ok);
        const bool exported =
            withFileSizeLimit(64 * 1024, [&] { return window.exportFile(out, ExportFormat::OpenApi); });
        QVERIFY(!exported);
        QVERIFY2(ModalSeam::lastMessage().contains(QLatin1String("Only 65536 of")),
                 qPrintable(ModalSeam::lastMessage()));
        QCOMPARE(readBytes(out), QByteArray("previous export\n"));
        QCOMPARE(entriesOf(dir), QStringList{QStringLiteral("large.openapi.json")});
        // Without the limit the same export succeeds.
        QVERIFY(window.exportFile(out, ExportFormat::OpenApi));
        QVERIFY(readBytes(out).size() > 64 * 1024);
    }

    void theAutosaveKeepsTheLastCompleteCopyOnAShortWrite()
    {
        ConnectorDocument document;
        AutosaveManager autosave(&document);
        document.setDefinition(ConnectorDefinition::create(AuthType::Basic, QStringLiteral("Small")));
        document.setModified(true);
        QVERIFY(autosave.saveNow());
        const QByteArray before = readBytes(AutosaveManager::recoveryFilePath());
        document.setDefinition(m_new);
        QVERIFY(!withFileSizeLimit(64 * 1024, [&] { return autosave.saveNow(); }));
        QCOMPARE(readBytes(AutosaveManager::recoveryFilePath()), before);
        // No half-written copy beside them; the lock says a running designer holds them.
        QCOMPARE(entriesOf(AutosaveManager::recoveryDirectory()),
                 (QStringList{QStringLiteral("unsaved.connector.json"), QStringLiteral("unsaved.lock"),
                              QStringLiteral("unsaved.source.json")}));
        autosave.discard();
        QCOMPARE(entriesOf(AutosaveManager::recoveryDirectory()), QStringList());
    }

    // --- killed writers ------------------------------------------------------------------------

    void aWriterKilledAtAnyMomentLeavesTheOldOrTheNewFile_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("save") << "definition";
        QTest::newRow("autosave") << "autosave";
    }
    void aWriterKilledAtAnyMomentLeavesTheOldOrTheNewFile()
    {
        QFETCH(QString, mode);
        const bool autosave = mode == QLatin1String("autosave");
        const QString dir = freshDir(QStringLiteral("killed-") + mode);
        const QString path =
            autosave ? AutosaveManager::recoveryFilePath() : dir + QStringLiteral("/large.connector.json");
        const QString source = dir + QStringLiteral("/large.connector.json");
        QDir(AutosaveManager::recoveryDirectory()).removeRecursively();
        const QByteArray oldBytes = DefinitionFile::serialize(m_old);
        const QByteArray newBytes = DefinitionFile::serialize(m_new);

        const quint32 seed = QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        qInfo("kill moments from seed %u", seed);
        constexpr int Kills = 200;
        int sawOld = 0;
        int sawNew = 0;
        int leftovers = 0;
        QElapsedTimer clock;
        clock.start();
        qint64 writeMs = 50; // how long one write takes here, measured as the kills go on
        for (int i = 0; i < Kills; ++i) {
            QProcess writer;
            writer.start(QStringLiteral(CAD_BINARY_DIR "/tests/robustness/cad_crash_writer"),
                         {mode, autosave ? source : path});
            QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
            // Let it finish one to three writes (so both versions have been on disk), then kill it at a
            // random moment within the next write: the moment of the kill is the subject of the test.
            const int complete = 1 + int(random.bounded(3));
            QElapsedTimer interval;
            for (int done = 0; done < complete;) {
                QVERIFY2(writer.canReadLine() || writer.waitForReadyRead(30000), "the writer stopped writing");
                while (writer.canReadLine()) {
                    if (writer.readLine().startsWith("wrote")) {
                        if (done > 0)
                            writeMs = (writeMs + interval.elapsed()) / 2;
                        interval.start();
                        ++done;
                    }
                }
            }
            QTest::qWait(int(random.bounded(quint32(std::max<qint64>(1, writeMs * 5 / 4)))));
            writer.kill(); // SIGKILL: no cleanup, no flush
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            // A writer killed mid-write leaves its temporary file (QSaveFile's "NAME.XXXXXX") behind:
            // never read as the file, removed here so that 200 kills do not fill the disk.
            const QString folder = QFileInfo(path).absolutePath();
            for (const QString &name : entriesOf(folder)) {
                if (name != QFileInfo(path).fileName() && name != QLatin1String("unsaved.source.json") &&
                    name != QLatin1String("unsaved.lock") && name != QFileInfo(source).fileName()) {
                    ++leftovers;
                    QFile::remove(folder + QLatin1Char('/') + name);
                }
            }

            QVERIFY2(QFile::exists(path), "the file disappeared");
            const QByteArray now = readBytes(path);
            QVERIFY2(now == oldBytes || now == newBytes,
                     qPrintable(QStringLiteral("kill %1: %2 bytes that are neither version").arg(i).arg(now.size())));
            sawOld += now == oldBytes ? 1 : 0;
            sawNew += now == newBytes ? 1 : 0;
            if (autosave) {
                QString recoveredSource;
                const DefinitionFile::ReadResult recovered = AutosaveManager::readRecovery(&recoveredSource);
                QVERIFY(recovered.ok());
                QVERIFY(*recovered.definition == m_old || *recovered.definition == m_new);
                QCOMPARE(recoveredSource, source);
                // The killed writer's lock names a process that is gone: its work is offered, not
                // taken for a running designer's.
                QVERIFY(!AutosaveManager::recoveryInUse());
            } else {
                QVERIFY(DefinitionFile::read(path).ok());
            }
        }
        qInfo("%d kills in %lld ms (one write takes about %lld ms): the old version %d times, the new one %d "
              "times; %d temporary files left by killed writes",
              Kills, clock.elapsed(), writeMs, sawOld, sawNew, leftovers);
        QCOMPARE(sawOld + sawNew, Kills);
        QVERIFY2(sawOld > 0 && sawNew > 0, "the kills did not land in different writes");
    }
};

QTEST_MAIN(TestCrashSafeWrites)
#include "tst_crashsafewrites.moc"
