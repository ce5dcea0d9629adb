#include "preview/PreviewCard.h"

#include "common/PaintBands.h"

#include <QPaintEvent>
#include <QPainter>

namespace cad {

namespace {
constexpr qreal Radius = 10;
constexpr qreal Inset = 1.5;
// A corner part holds everything that is not the same along an edge: the inset, the radius, the
// shadow's offset below the panel (1.6) and a line of antialiasing.
constexpr int Corner = 14;
constexpr int PictureSize = 2 * Corner + 1;
} // namespace

PreviewCard::PreviewCard(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void PreviewCard::paintPanel(QPainter &p, const QSize &size, const QPalette &palette)
{
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(QPointF(0, 0), QSizeF(size)).adjusted(Inset, Inset, -Inset, -Inset);
    // A soft shadow: two faint offset outlines below the panel.
    QColor shadow = palette.color(QPalette::Shadow);
    for (int i = 1; i <= 2; ++i) {
        shadow.setAlphaF(0.05 / i);
        p.setPen(QPen(shadow, 1.0));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(r.translated(0, i * 0.8), Radius, Radius);
    }
    QColor border = palette.color(QPalette::Mid);
    border.setAlphaF(0.55);
    p.setPen(QPen(border, 1.0));
    p.setBrush(palette.color(QPalette::Base));
    p.drawRoundedRect(r, Radius, Radius);
}

void PreviewCard::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    paintPanel(p);
}

void PreviewCard::paintPanel(QPainter &p)
{
    p.save();
    p.setRenderHint(QPainter::SmoothPixmapTransform, false); // the edges are stretched as they are
    // The cut needs a whole number of device pixels per logical one (1x, 2x, 3x).
    const int scale = PaintBands::wholeScale(p);
    if (scale < 1 || width() < PictureSize || height() < PictureSize) {
        paintPanel(p, size(), palette());
        p.restore();
        return;
    }
    if (m_picture.isNull() || m_pictureKey != palette().cacheKey() || m_pictureScale != scale) {
        QPixmap picture(QSize(PictureSize, PictureSize) * scale);
        picture.setDevicePixelRatio(scale);
        picture.fill(Qt::transparent);
        QPainter pp(&picture);
        paintPanel(pp, QSize(PictureSize, PictureSize), palette());
        pp.end();
        m_picture = picture;
        m_pictureKey = palette().cacheKey();
        m_pictureScale = scale;
    }
    const int w = width();
    const int h = height();
    const int innerW = w - 2 * Corner;
    const int innerH = h - 2 * Corner;
    const int rows = PaintBands::size(p);
    // Source rectangles are in the picture's pixels.
    const auto part = [&](const QRect &target, int x, int y, int sw, int sh) {
        const QRect from(x * scale, y * scale, sw * scale, sh * scale);
        PaintBands::byRows(target, rows, [&](const QRect &band) { p.drawPixmap(band, m_picture, from); });
    };
    const int far = Corner + 1; // where the far corners start in the picture
    part(QRect(0, 0, Corner, Corner), 0, 0, Corner, Corner);
    part(QRect(w - Corner, 0, Corner, Corner), far, 0, Corner, Corner);
    part(QRect(0, h - Corner, Corner, Corner), 0, far, Corner, Corner);
    part(QRect(w - Corner, h - Corner, Corner, Corner), far, far, Corner, Corner);
    part(QRect(Corner, 0, innerW, Corner), Corner, 0, 1, Corner);
    part(QRect(Corner, h - Corner, innerW, Corner), Corner, far, 1, Corner);
    part(QRect(0, Corner, Corner, innerH), 0, Corner, Corner, 1);
    part(QRect(w - Corner, Corner, Corner, innerH), far, Corner, Corner, 1);
    const QColor middle = palette().color(QPalette::Base);
    PaintBands::byRows(QRect(Corner, Corner, innerW, innerH), rows,
                       [&](const QRect &band) { p.fillRect(band, middle); });
    p.restore();
}

} // namespace cad
