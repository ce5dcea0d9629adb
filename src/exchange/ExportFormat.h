#pragma once

#include "model/ConnectorDefinition.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace cad {

enum class ExportFormat
{
    OpenApi, ///< OpenAPI 3.0.3, JSON
    Postman, ///< Postman collection v2.1, JSON
};

[[nodiscard]] QString exportFormatId(ExportFormat format); // "openapi", "postman"
[[nodiscard]] std::optional<ExportFormat> exportFormatFromId(QStringView id);
[[nodiscard]] QStringList exportFormatIds();

/// The definition in the given format: indented UTF-8 JSON with a trailing newline. Secret values
/// are never part of it.
[[nodiscard]] QByteArray exportDefinition(const ConnectorDefinition &definition, ExportFormat format);

} // namespace cad
