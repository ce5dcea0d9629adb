#include "model/Diagnostic.h"

#include <algorithm>

namespace cad {

QString Diagnostic::toString() const
{
    QString s = path.isEmpty() ? message : path + QStringLiteral(": ") + message;
    if (!hint.isEmpty())
        s += QStringLiteral(" (") + hint + QLatin1Char(')');
    return s;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic &d) { return d.isError(); });
}

} // namespace cad
