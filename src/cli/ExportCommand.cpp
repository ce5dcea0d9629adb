#include "cli/ExportCommand.h"

#include "cli/CommandSupport.h"
#include "exchange/ExportFormat.h"

#include <QCoreApplication>

namespace cad::cli {

QString ExportCommand::summary() const
{
    return QCoreApplication::translate("cad::cli", "Export a definition as OpenAPI 3.0.3 or a Postman collection.");
}

int ExportCommand::run(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("cad::cli", "openapi or postman."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("cad::cli", "Write to OUT instead of stdout."),
                                    QStringLiteral("OUT"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   QCoreApplication::translate("cad::cli", "Replace OUT if it exists."));
    parser.addOptions({format, output, force});
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("cad::cli", "Definition file."));
    if (auto done = parseArguments(parser, arguments, summary(), io))
        return *done;
    const auto chosen = exportFormatFromId(parser.value(format));
    if (!chosen) {
        io.err << QCoreApplication::translate("cad::cli", "Choose the format with --format %1.")
                      .arg(exportFormatIds().join(QLatin1Char('|')))
               << Qt::endl;
        return ExitUsage;
    }
    if (parser.positionalArguments().size() != 1) {
        io.err << QCoreApplication::translate("cad::cli", "Name exactly one definition file.") << Qt::endl;
        return ExitUsage;
    }
    const LoadedDefinition loaded = loadDefinition(parser.positionalArguments().first(), io, false);
    if (!loaded.definition)
        return loaded.exitCode;
    return writeOutput(parser.value(output), exportDefinition(*loaded.definition, *chosen), parser.isSet(force), io);
}

} // namespace cad::cli
