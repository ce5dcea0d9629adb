// Benchmark: `auth-designer-cli test` (client credentials against the local oidc-provider, then the
// test request to a loopback resource) against curl doing the same two requests from a shell.
// Prints the medians and their ratio; no timing assertions (run with `ctest -L bench` or
// scripts/bench-cli). CAD_BENCH_RUNS sets the number of runs of each (default 20).
#include "io/DefinitionFile.h"
#include "oauth/FaultServer.h"

#include "connection/ConnectionTestSupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace cad;
using cad::test::FaultServer;
using cad::test::OidcProvider;

class BenchCliTest : public QObject
{
    Q_OBJECT

private:
    OidcProvider m_idp;
    FaultServer m_resource;
    QTemporaryDir m_dir;
    QString m_file;

    struct Stats
    {
        double median = 0;
        double mean = 0;
        double min = 0;
        double max = 0;
    };

    static Stats stats(QList<double> ms)
    {
        std::sort(ms.begin(), ms.end());
        Stats s;
        if (ms.isEmpty())
            return s;
        s.median = ms.size() % 2 ? ms.at(ms.size() / 2) : (ms.at(ms.size() / 2 - 1) + ms.at(ms.size() / 2)) / 2;
        double sum = 0;
        for (double v : ms)
            sum += v;
        s.mean = sum / double(ms.size());
        s.min = ms.first();
        s.max = ms.last();
        return s;
    }

    /// Runs a program to its end while this process keeps serving the resource; wall time in ms, -1 on failure.
    double timed(const QString &program, const QStringList &args, const QProcessEnvironment &env, QByteArray *out)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        p.start(program, args);
        if (!p.waitForStarted(10000))
            return -1;
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        *out = p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 ? ms : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty(), "curl is not installed");
        if (!m_idp.start())
            QFAIL(qPrintable(m_idp.errorString()));
        QVERIFY(m_resource.start());
        m_resource.setHandler([](const FaultServer::Request &r) {
            return r.headers.value("authorization").startsWith("Bearer ")
                       ? FaultServer::Response{200, "application/json", "{\"id\":42}"}
                       : FaultServer::Response{401, "application/json", "{\"error\":\"invalid_token\"}"};
        });
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("cc.connector.json"));
        QSaveFile file(m_file);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(DefinitionFile::serialize(
            test::clientCredentialsDefinition(m_idp, QStringLiteral("cc-post"), false, m_resource.url({}).toString())));
        QVERIFY(file.commit());
    }

    void cliAgainstCurl()
    {
        const int runs =
            qEnvironmentVariableIsSet("CAD_BENCH_RUNS") ? qEnvironmentVariableIntValue("CAD_BENCH_RUNS") : 20;
        QVERIFY(runs > 0);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CAD_BENCH_SECRET"), m_idp.client(QStringLiteral("cc-post")).clientSecret);
        env.insert(QStringLiteral("CAD_TOKEN_URL"), m_idp.tokenUrl().toString());
        env.insert(QStringLiteral("CAD_RESOURCE_URL"), m_resource.url(QStringLiteral("/resource")).toString());

        const QString cli = QStringLiteral(CAD_BINARY_DIR "/bin/auth-designer-cli");
        const QStringList cliArgs{QStringLiteral("test"), m_file, QStringLiteral("--set-env"),
                                  QStringLiteral("client_secret=CAD_BENCH_SECRET"), QStringLiteral("--json")};
        // What a person would write: the token request, the token cut out with sed, the test request.
        const QString script = QStringLiteral(
            "t=$(curl -sSf -d grant_type=client_credentials -d scope=api:read -d client_id=cc-post "
            "--data-urlencode \"client_secret=$CAD_BENCH_SECRET\" \"$CAD_TOKEN_URL\" "
            "| sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/') && "
            "curl -sSf -H \"Authorization: Bearer $t\" -H 'Accept: application/json' \"$CAD_RESOURCE_URL\"");
        const QStringList curlArgs{QStringLiteral("-c"), script};

        QByteArray out;
        // Warm-up (page cache, the provider's first-request work), not measured.
        QVERIFY2(timed(cli, cliArgs, env, &out) >= 0, out.constData());
        QVERIFY2(timed(QStringLiteral("/bin/sh"), curlArgs, env, &out) >= 0, out.constData());
        QVERIFY2(out.contains("\"id\":42"), out.constData());

        QList<double> cliMs;
        QList<double> curlMs;
        for (int i = 0; i < runs; ++i) {
            // Interleaved so that both see the same machine load.
            const double a = timed(cli, cliArgs, env, &out);
            QVERIFY2(a >= 0, out.constData());
            cliMs << a;
            const double b = timed(QStringLiteral("/bin/sh"), curlArgs, env, &out);
            QVERIFY2(b >= 0, out.constData());
            curlMs << b;
        }
        QCOMPARE(m_resource.requests().size(), 2 * (runs + 1));

        const Stats c = stats(cliMs);
        const Stats k = stats(curlMs);
        auto line = [](const char *what, const Stats &s) {
            return QStringLiteral("%1 median %2 ms, mean %3 ms, min %4 ms, max %5 ms")
                .arg(QLatin1String(what))
                .arg(s.median, 0, 'f', 1)
                .arg(s.mean, 0, 'f', 1)
                .arg(s.min, 0, 'f', 1)
                .arg(s.max, 0, 'f', 1);
        };
        qInfo().noquote() << QStringLiteral("runs: %1 each (client credentials token + GET test request)").arg(runs);
        qInfo().noquote() << line("auth-designer-cli test:", c);
        qInfo().noquote() << line("curl x2 (sh + sed):    ", k);
        qInfo().noquote()
            << QStringLiteral("ratio (median cli / median curl): %1x").arg(c.median / k.median, 0, 'f', 2);
    }
};

QTEST_GUILESS_MAIN(BenchCliTest)
#include "bench_clitest.moc"
