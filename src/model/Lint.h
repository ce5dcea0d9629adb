#pragma once

#include "model/ConnectorDefinition.h"
#include "model/Diagnostic.h"

#include <QStringList>

namespace cad {

/// The design's likely mistakes beyond the rules every design must meet (Validator): each finding
/// has a rule id, a severity, a message, a hint and, where a safe one exists, a fix
/// (Fixes::apply). The designer's Problems list shows them; `auth-designer-cli lint` prints them
/// and `lint --fix` applies the fixes.
namespace Lint {

/// The rule ids, in the order the README documents them.
[[nodiscard]] QStringList ruleIds();

[[nodiscard]] Diagnostics lint(const ConnectorDefinition &definition);

} // namespace Lint

/// Applies a finding's fix to a design: the new text of a property's value, display name,
/// sent-as key or template, or of the base URL or the test request's path.
namespace Fixes {

/// Returns false (and leaves the design as it was) when the finding has no fix or it no longer
/// fits the design (the row is gone).
bool apply(ConnectorDefinition &definition, const Diagnostic &finding);

} // namespace Fixes

} // namespace cad
