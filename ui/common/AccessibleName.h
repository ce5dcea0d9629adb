#pragma once

#include <QString>

namespace cad::AccessibleName {

/// The accessible name a control takes from its form label: the label's text without the '&' of
/// its mnemonic ("&&" stays one '&') and without the trailing ':' ("Display &name:" -> "Display
/// name"). Screen readers then announce what the field is, not what it holds.
[[nodiscard]] inline QString fromLabel(const QString &label)
{
    QString name;
    name.reserve(label.size());
    for (qsizetype i = 0; i < label.size(); ++i) {
        if (label.at(i) == QLatin1Char('&')) {
            if (i + 1 < label.size() && label.at(i + 1) == QLatin1Char('&'))
                name.append(label.at(++i));
            continue;
        }
        name.append(label.at(i));
    }
    name = name.trimmed();
    if (name.endsWith(QLatin1Char(':')) || name.endsWith(QChar(0xff1a))) // ':' and the full-width colon
        name.chop(1);
    return name.trimmed();
}

} // namespace cad::AccessibleName
