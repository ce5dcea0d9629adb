#pragma once

#include "oauth/ExchangeRecord.h"

#include <QString>

namespace cad::ExchangeText {

/// One exchange as text, the same in the designer's Exchange Log and in `auth-designer-cli test
/// --verbose`: the request line without its query, the headers once each, the query and form
/// parameters decoded one a line, JSON bodies indented, then the answer. Shows @p record as it is:
/// pass a redacted() copy.
[[nodiscard]] QString describe(const ExchangeRecord &record);

} // namespace cad::ExchangeText
