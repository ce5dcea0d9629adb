#include "cli/ValidateCommand.h"

#include "cli/CommandSupport.h"
#include "io/DefinitionFile.h"
#include "model/Validator.h"

#include <QCoreApplication>
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
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("cad::cli", "Definition files."),
                                 QStringLiteral("FILE..."));
    if (auto done = parseArguments(parser, arguments, summary(), io))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        io.err << QCoreApplication::translate("cad::cli", "Name at least one definition file to validate.") << Qt::endl;
        return ExitUsage;
    }

    int exitCode = ExitOk;
    QJsonArray results;
    for (const QString &file : files) {
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
    io.out.flush();
    return exitCode;
}

} // namespace cad::cli
