#include "exchange/ExchangeExtension.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cad {

QJsonObject ExchangeExtension::toJson(const ConnectorDefinition &definition)
{
    // DefinitionFile::toJson never writes the value of a secret property.
    return DefinitionFile::toJson(definition);
}

Result<ConnectorDefinition> ExchangeExtension::fromJson(const QJsonObject &object, QStringList &warnings)
{
    const DefinitionFile::ReadResult read = DefinitionFile::fromJson(object);
    QStringList errors;
    for (const Diagnostic &d : read.diagnostics) {
        const QString text = d.path.isEmpty() ? d.message : d.path + QStringLiteral(": ") + d.message;
        if (d.isError())
            errors.append(text);
        else
            warnings.append(QString(Key) + QStringLiteral(".") + text);
    }
    if (!read.ok()) {
        return Error{QCoreApplication::translate("cad::Importer", "the %1 extension is damaged: %2")
                         .arg(QString(Key), errors.join(QStringLiteral("; "))),
                     QCoreApplication::translate("cad::Importer",
                                                 "Export the connector again, or remove the extension to import the "
                                                 "standard fields only.")};
    }
    return *read.definition;
}

bool ExchangeExtension::isPlaceholder(const QString &value)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\{\\{[^{}]*\\}\\}|<[^<>]*>|\\$\\{[^{}]*\\}|\\{[A-Za-z_][A-Za-z0-9_.-]*\\}|(YOUR|MY|"
                       "INSERT|ENTER|REPLACE)[A-Za-z0-9_-]*|[A-Z]+(_[A-Z]+)+|x+|\\*+|\\.+)?\\s*$"));
    return re.match(value).hasMatch();
}

} // namespace cad
