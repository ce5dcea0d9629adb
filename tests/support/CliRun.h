#pragma once

// Runs the built auth-designer-cli as a user would: a separate process, its exit code and both
// output streams, with a bounded wait.

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTest>

namespace cad::test {

struct CliRun
{
    int exitCode = -1; ///< -1: it did not finish in time or crashed
    QByteArray out;
    QByteArray err;
};

namespace detail {
inline CliRun finished(QProcess &p)
{
    CliRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
} // namespace detail

/// Runs the command line and blocks until it ends (at most 60 s).
inline CliRun runCli(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(CAD_BINARY_DIR "/bin/auth-designer-cli"), arguments);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return detail::finished(p);
}

/// Runs the command line while this process's event loop keeps serving (a loopback server in the
/// test answers it); at most 60 s.
inline CliRun runCliServing(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(CAD_BINARY_DIR "/bin/auth-designer-cli"), arguments);
    if (!p.waitForStarted(10000))
        return {};
    if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return detail::finished(p);
}

} // namespace cad::test
