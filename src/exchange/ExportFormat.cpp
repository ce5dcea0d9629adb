#include "exchange/ExportFormat.h"

#include "exchange/OpenApiExporter.h"
#include "exchange/PostmanExporter.h"

#include <QJsonDocument>

namespace cad {

QString exportFormatId(ExportFormat format)
{
    return format == ExportFormat::OpenApi ? QStringLiteral("openapi") : QStringLiteral("postman");
}

std::optional<ExportFormat> exportFormatFromId(QStringView id)
{
    if (id == QLatin1String("openapi"))
        return ExportFormat::OpenApi;
    if (id == QLatin1String("postman"))
        return ExportFormat::Postman;
    return std::nullopt;
}

QStringList exportFormatIds()
{
    return {QStringLiteral("openapi"), QStringLiteral("postman")};
}

QByteArray exportDefinition(const ConnectorDefinition &definition, ExportFormat format)
{
    const QJsonObject json =
        format == ExportFormat::OpenApi ? OpenApiExporter::toJson(definition) : PostmanExporter::toJson(definition);
    QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    return bytes;
}

} // namespace cad
