#include "cli/Cli.h"

#include "cli/DiscoverCommand.h"
#include "cli/ExportCommand.h"
#include "cli/ImportCommand.h"
#include "cli/LintCommand.h"
#include "cli/NewCommand.h"
#include "cli/RequestCommand.h"
#include "cli/SandboxCommand.h"
#include "cli/TemplatesCommand.h"
#include "cli/TestCommand.h"
#include "cli/ValidateCommand.h"

#include <QCoreApplication>

namespace cad::cli {

namespace {

void printUsage(QTextStream &stream)
{
    stream << QCoreApplication::translate("cad::cli", "Usage: auth-designer-cli COMMAND [OPTIONS]") << Qt::endl
           << Qt::endl
           << QCoreApplication::translate("cad::cli",
                                          "Design, check and test the authentication of REST API connectors.")
           << Qt::endl
           << Qt::endl
           << QCoreApplication::translate("cad::cli", "Commands:") << Qt::endl;
    for (const auto &command : commands())
        stream << QStringLiteral("  %1  %2").arg(command->name(), -10).arg(command->summary()) << Qt::endl;
    stream << Qt::endl
           << QCoreApplication::translate("cad::cli", "Run 'auth-designer-cli COMMAND --help' for a command's options.")
           << Qt::endl
           << QCoreApplication::translate(
                  "cad::cli",
                  "Exit codes: 0 success, 1 invalid definition, 2 usage or I/O error, 3 authorization or token "
                  "failure, 4 test request failed.")
           << Qt::endl;
}

} // namespace

std::vector<std::unique_ptr<Command>> commands()
{
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(std::make_unique<NewCommand>());
    list.push_back(std::make_unique<TemplatesCommand>());
    list.push_back(std::make_unique<ValidateCommand>());
    list.push_back(std::make_unique<LintCommand>());
    list.push_back(std::make_unique<RequestCommand>());
    list.push_back(std::make_unique<ExportCommand>());
    list.push_back(std::make_unique<ImportCommand>());
    list.push_back(std::make_unique<DiscoverCommand>());
    list.push_back(std::make_unique<TestCommand>());
    list.push_back(std::make_unique<SandboxCommand>());
    return list;
}

int run(const QStringList &arguments, Io &io)
{
    const QString first = arguments.value(1);
    if (first.isEmpty()) {
        printUsage(io.err);
        return ExitUsage;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printUsage(io.out);
        return ExitOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        io.out << QStringLiteral("auth-designer-cli ") << QStringLiteral(CAD_VERSION) << Qt::endl;
        return ExitOk;
    }
    for (const auto &command : commands()) {
        if (command->name() == first)
            return command->run(arguments.mid(1), io);
    }
    io.err << QCoreApplication::translate("cad::cli", "Unknown command \"%1\".").arg(first) << Qt::endl;
    printUsage(io.err);
    return ExitUsage;
}

} // namespace cad::cli
