#pragma once

#include <QPaintDevice>
#include <QPainter>
#include <QRect>
#include <QTransform>

#include <limits>

namespace cad::PaintBands {

/// Qt 6.4's raster engine hands every blend of 96 spans or more (not opaque solid fills) to its thread pool and waits
/// for the pool (QT_THREAD_PARALLEL_FILLS; later Qt has QT_NO_GUI_THREADPOOL to turn it off). A hand-off costs more
/// than the blend it shares out: on a two-core machine about 0.1 ms, and the designer's first frame made 140 of them,
/// 17 ms of waiting. A tall part painted in bands of fewer lines is blended on the painting thread. A line of a widget
/// with opaque children has a span on each side of every child: bands of 30 device lines stay below 96 with three spans
/// a line.
constexpr int MaxDeviceLines = 30;

/// The painter's whole-number scale to device pixels (1 at 100 %, 2 at 200 %), or 0 when its
/// transform is anything else (a fractional ratio, a rotation, unequal scales). Bands are cut only
/// at a whole-number scale: elsewhere the band edges round to different device lines and leave
/// gaps.
[[nodiscard]] inline int wholeScale(const QPainter &painter)
{
    const QTransform t = painter.deviceTransform();
    if (t.type() > QTransform::TxScale || t.m11() != t.m22())
        return 0;
    const int scale = qRound(t.m11());
    return scale >= 1 && qFuzzyCompare(t.m11(), qreal(scale)) ? scale : 0;
}

/// The height (or width) of a band, in the painter's logical coordinates: a whole band is a
/// whole number of device lines. Without a whole-number scale, one band for everything.
[[nodiscard]] inline int size(const QPainter &painter)
{
    const int scale = wholeScale(painter);
    return scale ? qMax(1, MaxDeviceLines / scale) : std::numeric_limits<int>::max() / 2;
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
