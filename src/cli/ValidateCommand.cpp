#include "cli/ValidateCommand.h"

#include "cli/CommandSupport.h"
#include "cli/FileArguments.h"
#include "cli/JUnitReport.h"
#include "io/DefinitionFile.h"
#include "model/Validator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
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
    const QCommandLineOption junit(
        QStringLiteral("junit"),
        QCoreApplication::translate("cad::cli", "Also write a JUnit XML report (one test case per file) to FILE."),
        QStringLiteral("FILE"));
    parser.addOption(junit);
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("cad::cli",
                                    "Definition files, folders (every *.connector.json below) or quoted patterns "
                                    "such as \"connectors/**/*.connector.json\"."),
        QStringLiteral("FILE..."));
    if (auto done = parseArguments(parser, arguments, summary(), io))
        return *done;
    if (parser.positionalArguments().isEmpty()) {
        io.err << QCoreApplication::translate("cad::cli", "Name at least one definition file to validate.") << Qt::endl;
        return ExitUsage;
    }
    const FileArguments expanded = expandFileArguments(parser.positionalArguments());
    for (const QString &problem : expanded.problems)
        io.err << problem << Qt::endl;
    const QStringList &files = expanded.files;

    int exitCode = expanded.problems.isEmpty() ? ExitOk : ExitUsage;
    QJsonArray results;
    JUnitReport report(QStringLiteral("auth-designer-cli validate"));
    for (const QString &file : files) {
        QElapsedTimer clock;
        clock.start();
        QJsonObject result{{QStringLiteral("file"), file}};
        const QFileInfo info(file);
        Diagnostics diagnostics;
        bool ioError = false;
        if (!info.exists() || !info.isFile() || !info.isReadable()) {
            ioError = true;
            diagnostics.append({Diagnostic::Severity::Error, QString(),
                                info.exists() ? QCoreApplication::translate("cad::cli", "cannot read the file")
                                              : QCoreApplication::translate("cad::cli", "no such file"),
                                QCoreApplication::translate("cad::cli", "Check the path and permissions.")});
        } else {
            const DefinitionFile::ReadResult read = DefinitionFile::read(file);
            diagnostics = read.diagnostics;
            if (read.ok())
                diagnostics += Validator::validate(*read.definition);
            else if (!diagnostics.isEmpty() && diagnostics.first().field == DefinitionFile::IoErrorField)
                ioError = true;
        }
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
    if (parser.isSet(junit)) {
        const QString problem = report.write(parser.value(junit));
        if (!problem.isEmpty()) {
            io.err << problem << Qt::endl;
            exitCode = ExitUsage;
        }
    }
    io.out.flush();
    return exitCode;
}

} // namespace cad::cli
