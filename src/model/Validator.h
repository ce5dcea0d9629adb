#pragma once

#include "model/ConnectorDefinition.h"
#include "model/Diagnostic.h"

namespace cad {

/// Semantic validation of a definition (the file reader checks syntax and types first).
/// Used live by the designer, by `validate` on the command line, and before every connection.
namespace Validator {

/// Every problem found: names, duplicates, required built-ins present, OAuth URLs absolute
/// http(s), unknown {variables}, choices for choice inputs, send-as keys, test request.
[[nodiscard]] Diagnostics validate(const ConnectorDefinition &definition);

/// Required values that are still empty (the red rows of the table). Ask-the-user properties are
/// not missing at design time: the end user fills them.
[[nodiscard]] QList<int> missingRequiredValues(const ConnectorDefinition &definition);

[[nodiscard]] bool isValidPropertyName(QStringView name);

} // namespace Validator

} // namespace cad
