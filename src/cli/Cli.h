#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <vector>

namespace cad::cli {

/// Exit codes shared by every command (documented in the README and in --help).
enum ExitCode : int
{
    ExitOk = 0,
    ExitInvalid = 1,    ///< the definition is invalid
    ExitUsage = 2,      ///< usage or I/O error
    ExitAuthFailed = 3, ///< authorization or token failure
    ExitTestFailed = 4, ///< the test request failed
};

/// Where a command reads and writes. Tests pass their own streams and environment.
struct Io
{
    QTextStream &out;
    QTextStream &err;
    std::function<QString(const QString &)> env; ///< environment lookup, for --set-env
};

class Command
{
public:
    virtual ~Command() = default;
    [[nodiscard]] virtual QString name() const = 0;
    [[nodiscard]] virtual QString summary() const = 0;
    /// arguments start with the command's name.
    virtual int run(const QStringList &arguments, Io &io) = 0;
};

/// Runs auth-designer-cli with arguments (arguments[0] is the program name). Commands that need an
/// event loop (test) run one themselves; the others are synchronous.
int run(const QStringList &arguments, Io &io);

/// The registered commands, in help order.
[[nodiscard]] std::vector<std::unique_ptr<Command>> commands();

} // namespace cad::cli
