#pragma once

#include "cli/Cli.h"
#include "io/DefinitionFile.h"

#include <QCommandLineParser>

#include <optional>

namespace cad::cli {

/// Parses arguments; prints help or the parser's error. Returns an exit code when the command
/// should stop (help shown: 0, error: 2), nothing when it should go on.
[[nodiscard]] std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                                const QString &description, Io &io);

/// Reads a definition for a command; prints diagnostics as "FILE: PATH: message (hint)".
/// Returns ExitUsage for I/O errors, ExitInvalid for structural errors.
struct LoadedDefinition
{
    std::optional<ConnectorDefinition> definition;
    int exitCode = ExitOk;
};
[[nodiscard]] LoadedDefinition loadDefinition(const QString &file, Io &io, bool checkSemantics);

void printDiagnostics(const QString &file, const Diagnostics &diagnostics, Io &io);

/// The --set NAME=VALUE and --set-env NAME=ENVVAR options of the commands that take values;
/// @p setHelp describes --set for that command.
[[nodiscard]] QList<QCommandLineOption> valueOptions(const QString &setHelp);

/// Collects --set NAME=VALUE and --set-env NAME=ENVVAR into a map; reports problems and returns
/// nothing on error. allowedExtra names are accepted although no property has them (access_token).
[[nodiscard]] std::optional<QHash<QString, QString>> collectValues(const QCommandLineParser &parser,
                                                                   const ConnectorDefinition &definition,
                                                                   const QStringList &allowedExtra, Io &io);

/// Writes data to path atomically, or to io.out when path is empty or "-".
[[nodiscard]] int writeOutput(const QString &path, const QByteArray &data, bool force, Io &io);

} // namespace cad::cli
