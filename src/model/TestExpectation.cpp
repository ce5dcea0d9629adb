#include "model/TestExpectation.h"

namespace cad {

std::optional<StatusRange> TestExpectation::parseStatus(const QString &entry)
{
    const QString text = entry.trimmed();
    const auto code = [](QStringView part) -> std::optional<int> {
        if (part.size() != 3)
            return std::nullopt;
        for (const QChar c : part)
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return std::nullopt;
        return part.toInt();
    };
    const qsizetype dash = text.indexOf(QLatin1Char('-'));
    if (dash < 0) {
        const std::optional<int> single = code(text);
        if (!single)
            return std::nullopt;
        return StatusRange{*single, *single};
    }
    const std::optional<int> low = code(QStringView(text).left(dash).trimmed());
    const std::optional<int> high = code(QStringView(text).mid(dash + 1).trimmed());
    if (!low || !high)
        return std::nullopt;
    return StatusRange{*low, *high};
}

QList<StatusRange> TestExpectation::acceptedStatus() const
{
    QList<StatusRange> ranges;
    for (const QString &entry : status)
        if (const std::optional<StatusRange> range = parseStatus(entry))
            ranges.append(*range);
    if (ranges.isEmpty())
        ranges.append(StatusRange{});
    return ranges;
}

bool TestExpectation::accepts(int code) const
{
    for (const StatusRange &range : acceptedStatus())
        if (code >= range.low && code <= range.high)
            return true;
    return false;
}

QString TestExpectation::statusText() const
{
    QStringList parts;
    for (const StatusRange &range : acceptedStatus())
        parts << (range.low == range.high ? QString::number(range.low)
                                          : QStringLiteral("%1-%2").arg(range.low).arg(range.high));
    return parts.join(QStringLiteral(", "));
}

} // namespace cad
