#include "cli/LintCommand.h"

#include "cli/CommandSupport.h"
#include "io/DefinitionFile.h"
#include "model/Lint.h"
#include "model/Validator.h"

#include <QCoreApplication>
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
/// Applies the fixes of the findings to @p definition and writes the file. Returns what was fixed;
/// on a file that cannot be written safely (keys this version does not read, which writing would
/// drop) or at all, leaves file and definition as they were and says why.
QStringList fixFile(const QString &file, const CheckedFile &checked, ConnectorDefinition &definition, int &exitCode,
                    Io &io)
{
    ConnectorDefinition fixedDefinition = definition;
    QStringList fixed;
    for (const Diagnostic &d : findings(definition))
        if (Fixes::apply(fixedDefinition, d))
            fixed << ruleOf(d) + QStringLiteral(": ") + d.fixLabel;
    if (fixed.isEmpty())
        return {};
    if (!checked.diagnostics.isEmpty()) {
        io.err << QCoreApplication::translate("cad::cli", "%1: not fixed: the file has keys this version does not "
                                                          "read, which writing it would drop")
                      .arg(file)
               << Qt::endl;
        return {};
    }
    if (const Status written = DefinitionFile::write(file, fixedDefinition); !written) {
        io.err << file << QStringLiteral(": ") << written.error().toString() << Qt::endl;
        exitCode = ExitUsage;
        return {};
    }
    for (const QString &f : fixed)
        io.err << QCoreApplication::translate("cad::cli", "%1: fixed %2").arg(file, f) << Qt::endl;
    definition = fixedDefinition;
    return fixed;
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
    const QCommandLineOption junit = junitOption(QCoreApplication::translate("cad::cli", "one test case per file"));
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
    const std::optional<FileArguments> expanded = definitionFiles(parser, QStringLiteral("lint"), io);
    if (!expanded)
        return ExitUsage;

    int exitCode = expanded->problems.isEmpty() ? ExitOk : ExitUsage;
    QJsonArray results;
    JUnitReport report(QStringLiteral("auth-designer-cli lint"));
    for (const QString &file : expanded->files) {
        Diagnostics shown;
        QStringList fixed;
        const CheckedFile checked = readForChecks(file);
        if (checked.ioError) {
            printDiagnostics(file, checked.diagnostics, io);
            exitCode = ExitUsage;
            continue;
        }
        if (!checked.definition) {
            shown = checked.diagnostics;
        } else {
            ConnectorDefinition definition = *checked.definition;
            if (parser.isSet(fix))
                fixed = fixFile(file, checked, definition, exitCode, io);
            const Diagnostics found = findings(definition);
            shown = checked.diagnostics + found;
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
    if (!writeJUnitReport(report, parser, junit, io))
        exitCode = ExitUsage;
    io.out.flush();
    return exitCode;
}

} // namespace cad::cli
