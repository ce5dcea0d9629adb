#pragma once

#include "core/Result.h"
#include "exchange/ImportResult.h"

#include <QJsonObject>

namespace cad {

/// Postman collection v2.1 (parsed) to a definition: the collection auth (or the first
/// request's), the base URL from the first request's URL ({{var}} -> {var} plus an ask-the-user
/// property with the collection variable's value), secrets dropped with a warning. The
/// ExchangeExtension variable restores an exported collection exactly. A collection without
/// info.name, an info.schema naming format v2.0 or v2.1, or an item list is refused.
namespace PostmanImporter {

[[nodiscard]] Result<ImportResult> import(const QJsonObject &root, ImportErrorKind &kind);

} // namespace PostmanImporter

} // namespace cad
