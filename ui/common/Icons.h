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
};

[[nodiscard]] QIcon icon(Icon which);

} // namespace cad::Icons
