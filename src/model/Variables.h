#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace cad {

/// {name} placeholders inside the base URL, the OAuth URLs and value templates.
namespace Variables {

/// The variable names used in text, in order of first appearance, without duplicates.
[[nodiscard]] QStringList referenced(const QString &text);

/// Replaces {name} with values[name]; unknown names are left as they are. When urlEncode is
/// set, substituted values are percent-encoded (for use inside URLs).
[[nodiscard]] QString substitute(const QString &text, const QHash<QString, QString> &values, bool urlEncode = false);

} // namespace Variables

} // namespace cad
