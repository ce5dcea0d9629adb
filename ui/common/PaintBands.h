#pragma once

#include <QPaintDevice>
#include <QPainter>
#include <QRect>

namespace cad::PaintBands {

/// Qt 6.4's raster engine hands every blend of 96 spans or more to its thread pool and waits for
/// the pool (QT_THREAD_PARALLEL_FILLS; later Qt has QT_NO_GUI_THREADPOOL to turn it off). A
/// hand-off costs more than the blend it shares out: on a two-core machine about 0.1 ms, and the
/// designer's first frame made 140 of them, 17 ms of waiting. A tall part painted in bands of
/// fewer lines is blended on the painting thread. A line of a widget with opaque children has a
/// span on each side of every child: bands of 30 device lines stay below 96 with three spans a line.
constexpr int MaxDeviceLines = 30;

/// The height (or width) of a band, in the painter's logical coordinates.
[[nodiscard]] inline int size(const QPainter &painter)
{
    return qMax(1, int(MaxDeviceLines / painter.device()->devicePixelRatio()));
}

/// Calls @p paint for each band of @p target, top to bottom, each @p rows high at most.
template <typename Paint> void byRows(const QRect &target, int rows, const Paint &paint)
{
    for (int y = target.top(); y <= target.bottom(); y += rows)
        paint(QRect(target.left(), y, target.width(), qMin(rows, target.bottom() - y + 1)));
}

/// Calls @p paint for each band of @p target, left to right, each @p columns wide at most. For
/// lines across: Qt's line drawing gives a long horizontal line many spans.
template <typename Paint> void byColumns(const QRect &target, int columns, const Paint &paint)
{
    for (int x = target.left(); x <= target.right(); x += columns)
        paint(QRect(x, target.top(), qMin(columns, target.right() - x + 1), target.height()));
}

} // namespace cad::PaintBands
