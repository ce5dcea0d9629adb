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

/// The icon, made once per application: copies share one engine and its pixmaps. The sizes a
/// window draws at 1x and 2x come from pixels rendered at build time; any other from the SVG.
[[nodiscard]] QIcon icon(Icon which);

/// The icon's SVG in the resources (what the rendered pixels are made from).
[[nodiscard]] QString svgPath(Icon which);

} // namespace cad::Icons
