#pragma once

#include <QString>
#include <QStringList>

#include <cstddef>
#include <optional>

namespace cad {

/// One row of a table that names the values of an enum in files and on the command line.
template <typename Enum> struct EnumId
{
    Enum value;
    const char *id; ///< Latin-1
};

/// The id of @p value in @p table (empty when the table lacks it).
template <typename Enum, std::size_t N> [[nodiscard]] QString enumId(const EnumId<Enum> (&table)[N], Enum value)
{
    for (const EnumId<Enum> &row : table) {
        if (row.value == value)
            return QLatin1String(row.id);
    }
    return {};
}

/// The value named @p id in @p table, nullopt for an unknown id.
template <typename Enum, std::size_t N>
[[nodiscard]] std::optional<Enum> enumFromId(const EnumId<Enum> (&table)[N], QStringView id)
{
    for (const EnumId<Enum> &row : table) {
        if (id == QLatin1String(row.id))
            return row.value;
    }
    return std::nullopt;
}

/// Every id of @p table, in its order.
template <typename Enum, std::size_t N> [[nodiscard]] QStringList enumIds(const EnumId<Enum> (&table)[N])
{
    QStringList ids;
    for (const EnumId<Enum> &row : table)
        ids << QLatin1String(row.id);
    return ids;
}

} // namespace cad
