#include "cli/LintCommand.h"

#include "cli/CommandSupport.h"
#include "cli/FileArguments.h"
#include "cli/JUnitReport.h"
#include "io/DefinitionFile.h"
#include "model/Lint.h"
#include "model/Validator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cad::cli {

namespace {
QString severityId(const Diagnostic &d)
{
    return d.isError() ? QStringLiteral("error") : QStringLiteral("warning");
}

QString ruleOf(const Diagnostic &d)
{
    return d.rule.isEmpty() ? QStringLiteral("design-rules") : d.rule;
}

Diagnostics findings(const ConnectorDefinition &definition)
{
    return Validator::validate(definition) + Lint::lint(definition);
}
} // namespace

QString LintCommand::summary() const
{
    return QCoreApplication::translate("cad::cli", "Find the design's likely mistakes, with rule ids and fixes.");
}

int LintCommand::run(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("cad::cli", "Print the findings as JSON on stdout."));
    const QCommandLineOption fix(
        QStringLiteral("fix"),
        QCoreApplication::translate("cad::cli", "Apply the safe fixes and write each file back (all or nothing)."));
    const QCommandLineOption failOn(
        QStringLiteral("fail-on"),
        QCoreApplication::translate("cad::cli", "Exit 1 when a finding is at least this severe: error (default) or "
                                                "warning."),
        QStringLiteral("SEVERITY"), QStringLiteral("error"));
    const QCommandLineOption junit(
        QStringLiteral("junit"),
        QCoreApplication::translate("cad::cli", "Also write a JUnit XML report (one test case per file) to FILE."),
        QStringLiteral("FILE"));
    parser.addOptions({json, fix, failOn, junit});
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("cad::cli", "Definition files, folders or quoted patterns, as for validate."),
        QStringLiteral("FILE..."));
    if (auto done = parseArguments(parser, arguments, summary(), io))
        return *done;
    const QString threshold = parser.value(failOn);
    if (threshold != QLatin1String("error") && threshold != QLatin1String("warning")) {
        io.err
            << QCoreApplication::translate("cad::cli", "--fail-on expects error or warning, got \"%1\".").arg(threshold)
            << Qt::endl;
        return ExitUsage;
    }
    const bool failOnWarnings = threshold == QLatin1String("warning");
    if (parser.positionalArguments().isEmpty()) {
        io.err << QCoreApplication::translate("cad::cli", "Name at least one definition file to lint.") << Qt::endl;
        return ExitUsage;
    }
    const FileArguments expanded = expandFileArguments(parser.positionalArguments());
    for (const QString &problem : expanded.problems)
        io.err << problem << Qt::endl;

    int exitCode = expanded.problems.isEmpty() ? ExitOk : ExitUsage;
    QJsonArray results;
    JUnitReport report(QStringLiteral("auth-designer-cli lint"));
    for (const QString &file : expanded.files) {
        Diagnostics shown;
        QStringList fixed;
        const QFileInfo info(file);
        if (!info.isFile() || !info.isReadable()) {
            io.err << QCoreApplication::translate("cad::cli", "%1: no such file, or it cannot be read").arg(file)
                   << Qt::endl;
            exitCode = ExitUsage;
            continue;
        }
        const DefinitionFile::ReadResult read = DefinitionFile::read(file);
        if (!read.ok()) {
            shown = read.diagnostics;
            if (!shown.isEmpty() && shown.first().field == DefinitionFile::IoErrorField)
                exitCode = ExitUsage;
        } else {
            ConnectorDefinition definition = *read.definition;
            Diagnostics found = findings(definition);
            if (parser.isSet(fix)) {
                for (const Diagnostic &d : found)
                    if (Fixes::apply(definition, d))
                        fixed << ruleOf(d) + QStringLiteral(": ") + d.fixLabel;
                if (!fixed.isEmpty() && !read.diagnostics.isEmpty()) {
                    // Writing would drop what this version does not read (unknown keys): leave the file be.
                    io.err << QCoreApplication::translate("cad::cli",
                                                          "%1: not fixed: the file has keys this version does not "
                                                          "read, which writing it would drop")
                                  .arg(file)
                           << Qt::endl;
                    fixed.clear();
                    definition = *read.definition;
                } else if (!fixed.isEmpty()) {
                    if (const Status written = DefinitionFile::write(file, definition); !written) {
                        io.err << file << QStringLiteral(": ") << written.error().toString() << Qt::endl;
                        exitCode = ExitUsage;
                        fixed.clear();
                        definition = *read.definition;
                    } else {
                        for (const QString &f : fixed)
                            io.err << QCoreApplication::translate("cad::cli", "%1: fixed %2").arg(file, f) << Qt::endl;
                    }
                }
                found = findings(definition);
            }
            shown = read.diagnostics + found;
        }

        bool failed = false;
        QJsonArray list;
        QStringList failures;
        QStringList notes;
        for (const Diagnostic &d : shown) {
            io.err << file << QStringLiteral(": ") << (d.path.isEmpty() ? QString() : d.path + QStringLiteral(": "))
                   << severityId(d) << QStringLiteral(" [") << ruleOf(d) << QStringLiteral("] ") << d.message;
            if (!d.hint.isEmpty())
                io.err << QStringLiteral(" (") << d.hint << QLatin1Char(')');
            if (d.hasFix())
                io.err << QStringLiteral(" [fix: ") << d.fixLabel << QLatin1Char(']');
            io.err << Qt::endl;
            const bool counts = d.isError() || failOnWarnings;
            failed = failed || counts;
            (counts ? failures : notes) << QStringLiteral("[%1] %2").arg(ruleOf(d), d.toString());
            QJsonObject o{{QStringLiteral("rule"), ruleOf(d)},
                          {QStringLiteral("severity"), severityId(d)},
                          {QStringLiteral("path"), d.path},
                          {QStringLiteral("message"), d.message},
                          {QStringLiteral("hint"), d.hint},
                          {QStringLiteral("fix"), d.hasFix() ? QJsonValue(d.fixLabel) : QJsonValue(QJsonValue::Null)}};
            list.append(o);
        }
        if (failed && exitCode == ExitOk)
            exitCode = ExitInvalid;
        if (!parser.isSet(json) && shown.isEmpty())
            io.out << QCoreApplication::translate("cad::cli", "%1: no findings").arg(file) << Qt::endl;
        results.append(QJsonObject{{QStringLiteral("file"), file},
                                   {QStringLiteral("passed"), !failed},
                                   {QStringLiteral("fixed"), QJsonArray::fromStringList(fixed)},
                                   {QStringLiteral("findings"), list}});
        report.add({file, QStringLiteral("lint"), 0, failed, failures.value(0), failures.join(QLatin1Char('\n')),
                    notes.join(QLatin1Char('\n'))});
    }
    if (parser.isSet(json))
        io.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("passed"), exitCode == ExitOk},
                                                              {QStringLiteral("fail_on"), threshold},
                                                              {QStringLiteral("files"), results}})
                                        .toJson(QJsonDocument::Indented));
    if (parser.isSet(junit)) {
        if (const QString problem = report.write(parser.value(junit)); !problem.isEmpty()) {
            io.err << problem << Qt::endl;
            exitCode = ExitUsage;
        }
    }
    io.out.flush();
    return exitCode;
}

} // namespace cad::cli
