#pragma once

#include "core/Result.h"
#include "exchange/ImportResult.h"

#include <QJsonObject>

namespace cad {

/// OpenAPI 3.0/3.1 and Swagger 2.0 documents (already parsed) to a definition. See Importer.h
/// for the rules; use Importer, which parses and dispatches.
namespace OpenApiImporter {

[[nodiscard]] Result<ImportResult> import(const QJsonObject &root, const QString &scheme, ImportErrorKind &kind);

} // namespace OpenApiImporter

} // namespace cad
