#include "cli/TemplatesCommand.h"

#include "cli/CommandSupport.h"
#include "templates/TemplateCatalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cad::cli {

QString TemplatesCommand::summary() const
{
    return QCoreApplication::translate("cad::cli", "List the provider templates that new --template starts from.");
}

int TemplatesCommand::run(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("cad::cli", "Print the list as JSON."));
    parser.addOption(json);
    if (auto done = parseArguments(parser, arguments, summary(), io))
        return *done;
    if (!parser.positionalArguments().isEmpty()) {
        io.err << QCoreApplication::translate("cad::cli", "Unexpected argument \"%1\".")
                      .arg(parser.positionalArguments().constFirst())
               << Qt::endl;
        return ExitUsage;
    }
    const QList<TemplateInfo> &templates = TemplateCatalog::all();
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const TemplateInfo &t : templates)
            list.append(QJsonObject{{QStringLiteral("key"), t.key},
                                    {QStringLiteral("displayName"), t.displayName},
                                    {QStringLiteral("authType"), authTypeId(t.authType)},
                                    {QStringLiteral("description"), t.description},
                                    {QStringLiteral("documentationUrl"), t.documentationUrl}});
        io.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    int keyWidth = 0;
    int typeWidth = 0;
    for (const TemplateInfo &t : templates) {
        keyWidth = qMax(keyWidth, int(t.key.size()));
        typeWidth = qMax(typeWidth, int(authTypeId(t.authType).size()));
    }
    for (const TemplateInfo &t : templates)
        io.out << QStringLiteral("%1  %2  %3")
                      .arg(t.key, -keyWidth)
                      .arg(authTypeId(t.authType), -typeWidth)
                      .arg(t.displayName)
               << Qt::endl;
    io.err << QCoreApplication::translate("cad::cli", "%1 templates. Start from one with: auth-designer-cli new "
                                                      "--template KEY -o FILE")
                  .arg(templates.size())
           << Qt::endl;
    return ExitOk;
}

} // namespace cad::cli
