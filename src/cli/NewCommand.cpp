#include "cli/NewCommand.h"

#include "cli/CommandSupport.h"
#include "io/DefinitionFile.h"
#include "templates/TemplateCatalog.h"

#include <QCoreApplication>

namespace cad::cli {

QString NewCommand::summary() const
{
    return QCoreApplication::translate("cad::cli",
                                       "Write a new definition with the defaults of an authentication type.");
}

int NewCommand::run(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    const QCommandLineOption type({QStringLiteral("t"), QStringLiteral("type")},
                                  QCoreApplication::translate("cad::cli", "Authentication type: %1.")
                                      .arg(authTypeIds().join(QStringLiteral(", "))),
                                  QStringLiteral("TYPE"), authTypeId(DefaultAuthType));
    const QCommandLineOption name({QStringLiteral("n"), QStringLiteral("name")},
                                  QCoreApplication::translate("cad::cli", "Display name of the connector."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("output")},
        QCoreApplication::translate("cad::cli", "Write to FILE instead of standard output."), QStringLiteral("FILE"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   QCoreApplication::translate("cad::cli", "Replace FILE if it exists."));
    const QCommandLineOption fromTemplate(
        QStringLiteral("template"),
        QCoreApplication::translate("cad::cli", "Start from the provider template KEY (see: auth-designer-cli "
                                                "templates) instead of a type's defaults."),
        QStringLiteral("KEY"));
    parser.addOptions({type, name, output, force, fromTemplate});
    if (auto done = parseArguments(parser, arguments, summary(), io))
        return *done;
    if (!parser.positionalArguments().isEmpty()) {
        io.err << QCoreApplication::translate("cad::cli", "Unexpected argument \"%1\"; use -o FILE to name the output.")
                      .arg(parser.positionalArguments().first())
               << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(fromTemplate)) {
        if (parser.isSet(type) || parser.isSet(name)) {
            io.err << QCoreApplication::translate("cad::cli", "--template sets the type and the name; it takes "
                                                              "neither --type nor --name.")
                   << Qt::endl;
            return ExitUsage;
        }
        const Result<QByteArray> file = TemplateCatalog::bytes(parser.value(fromTemplate));
        if (!file) {
            io.err << file.error().toString() << Qt::endl;
            return ExitUsage;
        }
        return writeOutput(parser.value(output), file.value(), parser.isSet(force), io);
    }
    const auto authType = authTypeFromId(parser.value(type));
    if (!authType) {
        io.err << QCoreApplication::translate("cad::cli", "Unknown authentication type \"%1\". Use one of: %2.")
                      .arg(parser.value(type), authTypeIds().join(QStringLiteral(", ")))
               << Qt::endl;
        return ExitUsage;
    }
    const ConnectorDefinition definition = ConnectorDefinition::create(*authType, parser.value(name));
    return writeOutput(parser.value(output), DefinitionFile::serialize(definition), parser.isSet(force), io);
}

} // namespace cad::cli
