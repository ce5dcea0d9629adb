#pragma once

#include <QIcon>

namespace cad::Icons {

/// Icons of the designer (small SVGs compiled into the widgets library, resources/icons).
enum class Icon
{
    App,
    New,
    Add,
    Remove,
    Duplicate,
    Edit,
    MoveUp,
    MoveDown,
    Error,
    Warning,
    Required,
    Ok,
    Reveal,
    Conceal,
    Connect,
    Disconnect,
    Refresh,
    Test,
    Open,
    Save,
    Revert,
    Undo,
    Redo,
    MoreHorizontal,
    MoreVertical,
};

/// The icon, read once per application: copies share one engine and its rendered pixmaps.
[[nodiscard]] QIcon icon(Icon which);

} // namespace cad::Icons
