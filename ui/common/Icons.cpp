#include "common/Icons.h"

#include <QCoreApplication>
#include <QString>

#include <array>

namespace cad::Icons {

namespace {
// File names under :/icons/, in the order of the enum.
constexpr std::array names{
    "auth-designer", "new",     "add",      "remove", "duplicate", "edit",    "up",      "down",
    "error",         "warning", "required", "ok",     "eye",       "eye-off", "connect", "disconnect",
    "refresh",       "test",    "open",     "save",   "revert",    "undo",    "redo",    "more-horizontal",
    "more-vertical",
};
static_assert(names.size() == static_cast<std::size_t>(Icon::MoreVertical) + 1, "one file name per icon");

// Lives as long as the application: icons hold pixmaps, which must go before the GUI does.
std::array<QIcon, names.size()> *cache = nullptr;

void dropCache()
{
    delete cache;
    cache = nullptr;
}
} // namespace

QIcon icon(Icon which)
{
    if (!cache) {
        cache = new std::array<QIcon, names.size()>;
        qAddPostRoutine(dropCache);
    }
    const auto i = static_cast<std::size_t>(which);
    QIcon &entry = (*cache)[i];
    if (entry.isNull())
        entry = QIcon(QStringLiteral(":/icons/") + QLatin1String(names[i]) + QStringLiteral(".svg"));
    return entry;
}

} // namespace cad::Icons
