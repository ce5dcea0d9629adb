#include "cli/ValidateCommand.h"

#include "cli/CommandSupport.h"
#include "model/Validator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cad::cli {

QString ValidateCommand::summary() const
{
    return QCoreApplication::translate("cad::cli", "Check definition files; one diagnostic per line on stderr.");
}

int ValidateCommand::run(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("cad::cli", "Print the results as JSON on stdout."));
    parser.addOption(json);
    const QCommandLineOption junit = junitOption(QCoreApplication::translate("cad::cli", "one test case per file"));
    parser.addOption(junit);
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("cad::cli",
                                    "Definition files, folders (every *.connector.json below) or quoted patterns "
                                    "such as \"connectors/**/*.connector.json\"."),
        QStringLiteral("FILE..."));
    if (auto done = parseArguments(parser, arguments, summary(), io))
        return *done;
    const std::optional<FileArguments> expanded = definitionFiles(parser, QStringLiteral("validate"), io);
    if (!expanded)
        return ExitUsage;

    int exitCode = expanded->problems.isEmpty() ? ExitOk : ExitUsage;
    QJsonArray results;
    JUnitReport report(QStringLiteral("auth-designer-cli validate"));
    for (const QString &file : expanded->files) {
        QElapsedTimer clock;
        clock.start();
        QJsonObject result{{QStringLiteral("file"), file}};
        const CheckedFile checked = readForChecks(file);
        Diagnostics diagnostics = checked.diagnostics;
        const bool ioError = checked.ioError;
        if (checked.definition)
            diagnostics += Validator::validate(*checked.definition);
        const bool valid = !hasErrors(diagnostics);
        if (ioError)
            exitCode = ExitUsage;
        else if (!valid && exitCode == ExitOk)
            exitCode = ExitInvalid;

        printDiagnostics(file, diagnostics, io);
        JUnitReport::Case testCase{file, QStringLiteral("validate"), clock.nsecsElapsed() / 1e9};
        QStringList errors;
        QStringList warnings;
        for (const Diagnostic &d : diagnostics)
            (d.isError() ? errors : warnings) << d.toString();
        testCase.failed = !valid || ioError;
        testCase.failureMessage = errors.value(0);
        testCase.failureText = errors.join(QLatin1Char('\n'));
        testCase.output = warnings.join(QLatin1Char('\n'));
        report.add(testCase);
        if (parser.isSet(json)) {
            QJsonArray list;
            for (const Diagnostic &d : diagnostics) {
                list.append(QJsonObject{
                    {QStringLiteral("severity"), d.isError() ? QStringLiteral("error") : QStringLiteral("warning")},
                    {QStringLiteral("path"), d.path},
                    {QStringLiteral("message"), d.message},
                    {QStringLiteral("hint"), d.hint}});
            }
            result.insert(QStringLiteral("valid"), valid && !ioError);
            result.insert(QStringLiteral("diagnostics"), list);
            results.append(result);
        } else if (valid) {
            const qsizetype warnings = diagnostics.size();
            io.out
                << (warnings == 0
                        ? QCoreApplication::translate("cad::cli", "%1: valid").arg(file)
                        : QCoreApplication::translate("cad::cli", "%1: valid (warnings: %2)").arg(file).arg(warnings))
                << Qt::endl;
        }
    }
    if (parser.isSet(json)) {
        io.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("valid"), exitCode == ExitOk},
                                                              {QStringLiteral("files"), results}})
                                        .toJson(QJsonDocument::Indented));
    }
    if (!writeJUnitReport(report, parser, junit, io))
        exitCode = ExitUsage;
    io.out.flush();
    return exitCode;
}

} // namespace cad::cli
