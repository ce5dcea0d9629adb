#include "cli/CommandSupport.h"

#include "cli/ValuesFile.h"
#include "io/AtomicFile.h"
#include "model/BuiltinSchemas.h"
#include "model/TokenHandling.h"
#include "model/Validator.h"
#include "request/RequestAuthorizer.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cad::cli {

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &description,
                                  Io &io)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("cad::cli", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        io.err << parser.errorText() << Qt::endl
               << QCoreApplication::translate("cad::cli", "Run with --help for usage.") << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        // QCommandLineParser names the program by its path; name the command instead.
        QString help = parser.helpText();
        const qsizetype colon = help.indexOf(QStringLiteral(": "));
        const qsizetype end = colon < 0 ? -1 : help.indexOf(QLatin1Char(' '), colon + 2);
        if (end > 0)
            help.replace(colon + 2, end - colon - 2, QStringLiteral("auth-designer-cli ") + arguments.value(0));
        io.out << help;
        return ExitOk;
    }
    return std::nullopt;
}

void printDiagnostics(const QString &file, const Diagnostics &diagnostics, Io &io)
{
    for (const Diagnostic &d : diagnostics) {
        io.err << file << QStringLiteral(": ");
        if (!d.path.isEmpty())
            io.err << d.path << QStringLiteral(": ");
        if (!d.isError())
            io.err << QCoreApplication::translate("cad::cli", "warning: ");
        io.err << d.message;
        if (!d.hint.isEmpty())
            io.err << QStringLiteral(" (") << d.hint << QLatin1Char(')');
        io.err << Qt::endl;
    }
}

CheckedFile readForChecks(const QString &file)
{
    CheckedFile checked;
    const QFileInfo info(file);
    if (!info.exists() || !info.isFile() || !info.isReadable()) {
        checked.ioError = true;
        checked.diagnostics.append({Diagnostic::Severity::Error, QString(),
                                    info.exists() ? QCoreApplication::translate("cad::cli", "cannot read the file")
                                                  : QCoreApplication::translate("cad::cli", "no such file"),
                                    QCoreApplication::translate("cad::cli", "Check the path and permissions.")});
        return checked;
    }
    DefinitionFile::ReadResult read = DefinitionFile::read(file);
    checked.diagnostics = read.diagnostics;
    checked.definition = std::move(read.definition);
    checked.ioError = !checked.definition && !checked.diagnostics.isEmpty() &&
                      checked.diagnostics.first().field == DefinitionFile::IoErrorField;
    return checked;
}

std::optional<FileArguments> definitionFiles(const QCommandLineParser &parser, const QString &command, Io &io)
{
    if (parser.positionalArguments().isEmpty()) {
        io.err << QCoreApplication::translate("cad::cli", "Name at least one definition file to %1.").arg(command)
               << Qt::endl;
        return std::nullopt;
    }
    FileArguments expanded = expandFileArguments(parser.positionalArguments());
    for (const QString &problem : expanded.problems)
        io.err << problem << Qt::endl;
    return expanded;
}

QCommandLineOption junitOption(const QString &what)
{
    return {QStringLiteral("junit"),
            QCoreApplication::translate("cad::cli", "Also write a JUnit XML report (%1) to FILE.").arg(what),
            QStringLiteral("FILE")};
}

bool writeJUnitReport(const JUnitReport &report, const QCommandLineParser &parser, const QCommandLineOption &option,
                      Io &io)
{
    if (!parser.isSet(option))
        return true;
    const QString problem = report.write(parser.value(option));
    if (problem.isEmpty())
        return true;
    io.err << problem << Qt::endl;
    return false;
}

LoadedDefinition loadDefinition(const QString &file, Io &io, bool checkSemantics)
{
    LoadedDefinition loaded;
    const QFileInfo info(file);
    if (!info.exists() || !info.isFile() || !info.isReadable()) {
        io.err << file << QStringLiteral(": ")
               << (info.exists() ? QCoreApplication::translate(
                                       "cad::cli", "cannot read the file (is it a folder, or missing read permission?)")
                                 : QCoreApplication::translate("cad::cli", "no such file"))
               << Qt::endl;
        loaded.exitCode = ExitUsage;
        return loaded;
    }
    DefinitionFile::ReadResult read = DefinitionFile::read(file);
    Diagnostics diagnostics = read.diagnostics;
    if (read.ok() && checkSemantics)
        diagnostics += Validator::validate(*read.definition);
    printDiagnostics(file, diagnostics, io);
    if (!read.ok()) {
        const bool ioError =
            !read.diagnostics.isEmpty() && read.diagnostics.first().field == DefinitionFile::IoErrorField;
        loaded.exitCode = ioError ? ExitUsage : ExitInvalid;
        return loaded;
    }
    if (hasErrors(diagnostics)) {
        loaded.exitCode = ExitInvalid;
        return loaded;
    }
    loaded.definition = std::move(read.definition);
    return loaded;
}

QList<QCommandLineOption> valueOptions(const QString &setHelp)
{
    return {QCommandLineOption(QStringLiteral("set"), setHelp, QStringLiteral("NAME=VALUE")),
            QCommandLineOption(QStringLiteral("set-env"),
                               QCoreApplication::translate("cad::cli",
                                                           "Take a property's value from an environment variable "
                                                           "(repeatable); safer for secrets than --set, which other "
                                                           "users can see."),
                               QStringLiteral("NAME=ENVVAR")),
            QCommandLineOption(QStringLiteral("values"),
                               QCoreApplication::translate("cad::cli",
                                                           "Read values from a file of NAME=VALUE lines (.env) or a "
                                                           "JSON object (repeatable). Later options override "
                                                           "earlier ones."),
                               QStringLiteral("FILE"))};
}

std::optional<QHash<QString, QString>> collectValues(const QCommandLineParser &parser,
                                                     const ConnectorDefinition &definition,
                                                     const QStringList &allowedExtra, Io &io)
{
    QHash<QString, QString> values;
    bool ok = true;
    auto checkName = [&](const QString &name) {
        if (definition.indexOf(name) >= 0 || allowedExtra.contains(name))
            return true;
        QStringList known;
        for (const Property &p : definition.properties)
            known << p.name;
        known << allowedExtra;
        io.err << QCoreApplication::translate("cad::cli", "There is no property named \"%1\". Known names: %2.")
                      .arg(name, known.isEmpty() ? QCoreApplication::translate("cad::cli", "(none)")
                                                 : known.join(QStringLiteral(", ")))
               << Qt::endl;
        return false;
    };
    auto set = [&](const QString &assignment) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            io.err << QCoreApplication::translate("cad::cli", "--set expects NAME=VALUE, got \"%1\".").arg(assignment)
                   << Qt::endl;
            ok = false;
            return;
        }
        const QString name = assignment.left(eq);
        if (!checkName(name)) {
            ok = false;
            return;
        }
        values.insert(name, assignment.mid(eq + 1));
    };
    auto setEnv = [&](const QString &assignment) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == assignment.size() - 1) {
            io.err
                << QCoreApplication::translate("cad::cli", "--set-env expects NAME=ENVVAR, got \"%1\".").arg(assignment)
                << Qt::endl;
            ok = false;
            return;
        }
        const QString name = assignment.left(eq);
        const QString variable = assignment.mid(eq + 1);
        if (!checkName(name)) {
            ok = false;
            return;
        }
        const QString value = io.env ? io.env(variable) : QString();
        if (value.isNull()) {
            io.err << QCoreApplication::translate("cad::cli", "The environment variable %1 (for %2) is not set.")
                          .arg(variable, name)
                   << Qt::endl;
            ok = false;
            return;
        }
        values.insert(name, value);
    };
    auto readFile = [&](const QString &path) {
        // A values file holds secrets: its problems name the file and the line, never a value.
        const Result<ValuesFile::Values> read = ValuesFile::read(path);
        if (!read) {
            io.err << read.error().toString() << Qt::endl;
            ok = false;
            return;
        }
        for (const auto &[name, value] : *read) {
            if (!checkName(name)) {
                ok = false;
                continue;
            }
            values.insert(name, value);
        }
    };
    // In the order given on the command line, whatever the option: a later one overrides.
    QHash<QString, int> used;
    for (const QString &option : parser.optionNames()) {
        if (option != QLatin1String("set") && option != QLatin1String("set-env") && option != QLatin1String("values"))
            continue;
        const QString argument = parser.values(option).value(used[option]++);
        if (option == QLatin1String("set"))
            set(argument);
        else if (option == QLatin1String("set-env"))
            setEnv(argument);
        else
            readFile(argument);
    }
    if (!ok)
        return std::nullopt;
    return values;
}

PreparedDefinition prepareDefinition(const QString &file, const QCommandLineParser &parser, SecretValues secrets,
                                     AccessTokenValue accessToken, Io &io)
{
    PreparedDefinition prepared;
    // The file itself first: a file that is not a definition fails with exit 1, values or not.
    LoadedDefinition loaded = loadDefinition(file, io, false);
    if (!loaded.definition) {
        prepared.exitCode = loaded.exitCode;
        return prepared;
    }
    // For the request of a connection: its access token, and what its token response gave
    // ({instance_url} of response_variables).
    QStringList extra;
    if (accessToken == AccessTokenValue::AcceptedForOAuth && isOAuth(loaded.definition->authType)) {
        extra.append(QString(RequestAuthorizer::AccessTokenKey));
        for (const TokenHandling::ResponseVariable &v : TokenHandling::responseVariables(*loaded.definition))
            extra.append(v.name);
    }
    const std::optional<QHash<QString, QString>> values = collectValues(parser, *loaded.definition, extra, io);
    if (!values) {
        prepared.exitCode = ExitUsage;
        return prepared;
    }
    // Then the design's rules, on the design as the values complete it: a value given on the command
    // line satisfies "required", and is held to the same rules as one in the file (an http token URL
    // is refused either way). What is still missing is reported once, below, by name.
    enum class Which
    {
        All,
        PlainOnly
    };
    const auto completedBy = [&values](ConnectorDefinition d, Which which) {
        for (Property &p : d.properties) {
            if (const QString given = values->value(p.name); !given.isEmpty() && (which == Which::All || !p.secret))
                p.value = given;
        }
        return d;
    };
    const ConnectorDefinition completed = completedBy(*loaded.definition, Which::All);
    const Validator::SecretValues rules =
        secrets == SecretValues::Needed ? Validator::SecretValues::Included : Validator::SecretValues::NotIncluded;
    const QList<int> missing = Validator::missingValues(completed, {}, rules);
    Diagnostics diagnostics;
    for (const Diagnostic &d : Validator::validate(completed, rules)) {
        const bool missingValue = d.field == QLatin1String("value") && missing.contains(d.propertyIndex);
        if (!missingValue)
            diagnostics.append(d);
    }
    printDiagnostics(file, diagnostics, io);
    if (hasErrors(diagnostics)) {
        prepared.exitCode = ExitInvalid;
        return prepared;
    }
    if (!missing.isEmpty()) {
        QStringList names;
        for (int row : missing) {
            const Property &p = completed.properties.at(row);
            names << (p.displayName.isEmpty() || p.displayName == p.name
                          ? p.name
                          : QStringLiteral("%1 (%2)").arg(p.name, p.displayName));
        }
        io.err
            << QCoreApplication::translate("cad::cli", "No value given for %1.").arg(names.join(QStringLiteral(", ")))
            << Qt::endl
            << QCoreApplication::translate("cad::cli", "Pass them with --set NAME=VALUE, --set-env NAME=ENVVAR "
                                                       "(for secrets) or --values FILE.")
            << Qt::endl;
        prepared.exitCode = ExitUsage;
        return prepared;
    }
    // The design the connection is made for: completed by the plain values, while secret values stay
    // values, as in the designer (where they come from the keychain, not the file), so that a
    // connection kept with `test --keep` is the one the designer restores for the same file.
    prepared.definition = completedBy(*loaded.definition, Which::PlainOnly);
    prepared.values = *values;
    return prepared;
}

int writeOutput(const QString &path, const QByteArray &data, bool force, Io &io)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        io.out << QString::fromUtf8(data);
        io.out.flush();
        return ExitOk;
    }
    if (QFileInfo::exists(path) && !force) {
        io.err << QCoreApplication::translate("cad::cli", "%1 already exists; nothing was written.").arg(path)
               << Qt::endl
               << QCoreApplication::translate("cad::cli", "Use --force to replace it, or choose another name with -o.")
               << Qt::endl;
        return ExitUsage;
    }
    const Status written = AtomicFile::write(path, data);
    if (!written) {
        io.err << QCoreApplication::translate("cad::cli", "Cannot write %1: %2").arg(path, written.error().message)
               << Qt::endl
               << QCoreApplication::translate("cad::cli",
                                              "Nothing was changed. Choose a folder with free space that you may "
                                              "write to.")
               << Qt::endl;
        return ExitUsage;
    }
    return ExitOk;
}

} // namespace cad::cli
