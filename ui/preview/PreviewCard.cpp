#include "preview/PreviewCard.h"

#include <QPainter>

namespace cad {

PreviewCard::PreviewCard(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void PreviewCard::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    // A soft shadow: two faint offset outlines below the panel.
    QColor shadow = palette().color(QPalette::Shadow);
    for (int i = 1; i <= 2; ++i) {
        shadow.setAlphaF(0.05 / i);
        p.setPen(QPen(shadow, 1.0));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(r.translated(0, i * 0.8), 10, 10);
    }
    QColor border = palette().color(QPalette::Mid);
    border.setAlphaF(0.55);
    p.setPen(QPen(border, 1.0));
    p.setBrush(palette().color(QPalette::Base));
    p.drawRoundedRect(r, 10, 10);
}

} // namespace cad
