#pragma once

#include "cli/Cli.h"
#include "cli/FileArguments.h"
#include "cli/JUnitReport.h"
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

/// A definition file read for `validate` and `lint`: the reader's result, or why the file could
/// not be read (no such file, no permission, an I/O error), as a diagnostic without a path.
struct CheckedFile
{
    std::optional<ConnectorDefinition> definition;
    Diagnostics diagnostics; ///< the reader's findings, or the one I/O problem
    bool ioError = false;
};
[[nodiscard]] CheckedFile readForChecks(const QString &file);

/// The files named by the FILE|FOLDER|PATTERN arguments of `validate` and `lint`; prints what an
/// argument did not find. Returns nothing (after saying so) when no argument was given.
[[nodiscard]] std::optional<FileArguments> definitionFiles(const QCommandLineParser &parser, const QString &command,
                                                           Io &io);

/// --junit FILE of the commands that write a JUnit report; @p what says what a test case is.
[[nodiscard]] QCommandLineOption junitOption(const QString &what);
/// Writes @p report when --junit was given. Returns false (the problem printed) when it could not.
bool writeJUnitReport(const JUnitReport &report, const QCommandLineParser &parser, const QCommandLineOption &option,
                      Io &io);

/// The --set NAME=VALUE, --set-env NAME=ENVVAR and --values FILE options of the commands that take
/// values; @p setHelp describes --set for that command.
[[nodiscard]] QList<QCommandLineOption> valueOptions(const QString &setHelp);

/// Collects --set NAME=VALUE, --set-env NAME=ENVVAR and the values of --values FILE into a map, in
/// the order given (a later one overrides); reports problems (never a value) and returns nothing on
/// error. allowedExtra names are accepted although no property has them (access_token).
[[nodiscard]] std::optional<QHash<QString, QString>> collectValues(const QCommandLineParser &parser,
                                                                   const ConnectorDefinition &definition,
                                                                   const QStringList &allowedExtra, Io &io);

/// Whether the command needs the values of secret properties: `test` connects with them; `request`
/// shows what API calls send, with secrets masked, and can do without.
enum class SecretValues
{
    Needed,
    Optional,
};

/// What `request` and `test` start from: the file's structure checked (errors: ExitInvalid), the
/// values collected (errors: ExitUsage), then the design's rules on the design as the values
/// complete it (errors: ExitInvalid), and the required values still missing reported by name and
/// display name (ExitUsage).
struct PreparedDefinition
{
    /// The design as the plain values complete it (what the connection and the request are made
    /// from); secret values stay in values.
    std::optional<ConnectorDefinition> definition;
    QHash<QString, QString> values;
    int exitCode = ExitOk;
};
/// Whether access_token is accepted as a value (the post-authorization request of the OAuth types).
enum class AccessTokenValue
{
    Refused,
    AcceptedForOAuth,
};
[[nodiscard]] PreparedDefinition prepareDefinition(const QString &file, const QCommandLineParser &parser,
                                                   SecretValues secrets, AccessTokenValue accessToken, Io &io);

/// Writes data to path atomically, or to io.out when path is empty or "-".
[[nodiscard]] int writeOutput(const QString &path, const QByteArray &data, bool force, Io &io);

} // namespace cad::cli
