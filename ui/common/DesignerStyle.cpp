#include "common/DesignerStyle.h"

#include "common/Icons.h"
#include "common/PaintBands.h"

#include <QGroupBox>
#include <QImageReader>
#include <QPainter>
#include <QStyleOption>

namespace cad {

QIcon DesignerStyle::standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const
{
    switch (icon) {
    case SP_ToolBarHorizontalExtensionButton:
        return Icons::icon(Icons::Icon::MoreHorizontal);
    case SP_ToolBarVerticalExtensionButton:
        return Icons::icon(Icons::Icon::MoreVertical);
    default:
        return QProxyStyle::standardIcon(icon, option, widget);
    }
}

void DesignerStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                  const QWidget *widget) const
{
    if (element == PE_FrameGroupBox && drawFusionGroupBoxFrame(option, painter, widget))
        return;
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void DesignerStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                                const QWidget *widget) const
{
    // Only Fusion at 100 % draws its tool-bar lines with a cosmetic pen, span by span.
    if (element != CE_ToolBar || PaintBands::wholeScale(*painter) != 1 || !isFusion() ||
        option->rect.width() <= PaintBands::MaxDeviceLines) {
        QProxyStyle::drawControl(element, option, painter, widget);
        return;
    }
    // The same drawing clipped to each band: every pixel is drawn as it would be at once.
    PaintBands::byColumns(option->rect, PaintBands::MaxDeviceLines, [&](const QRect &strip) {
        painter->save();
        painter->setClipRect(strip, Qt::IntersectClip);
        QProxyStyle::drawControl(element, option, painter, widget);
        painter->restore();
    });
}

bool DesignerStyle::isFusion() const
{
    return baseStyle()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0;
}

bool DesignerStyle::drawFusionGroupBoxFrame(const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    // Fusion paints the frame as a nine-part picture whose middle is one translucent colour, and
    // stretches that middle over the box with a transformed blit: the whole box, every paint.
    // Here the eight border parts come from the same picture and the middle is one fill.
    // The picture, its margins and the frame's top are Fusion's of Qt 6.4; another Qt draws its own.
#if QT_VERSION < QT_VERSION_CHECK(6, 4, 0) || QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    Q_UNUSED(option);
    Q_UNUSED(painter);
    Q_UNUSED(widget);
    return false;
#else
    // At a fractional scale Fusion's stretched blit and the pieces round their edges to different
    // device pixels: Fusion draws it there.
    if (!isFusion() || PaintBands::wholeScale(*painter) == 0)
        return false;
    if (m_groupBoxPicture.isNull()) {
        // Read as PNG by name: a reader left to detect the format loads every image-format plugin
        // (and Qt SVG) to ask each whether it knows the file.
        QImageReader reader(QStringLiteral(":/qt-project.org/styles/commonstyle/images/fusion_groupbox.png"), "png");
        reader.setAutoDetectImageFormat(false);
        m_groupBoxPicture = QPixmap::fromImage(reader.read());
        if (!m_groupBoxPicture.isNull())
            m_groupBoxMiddle = m_groupBoxPicture.toImage().pixelColor(m_groupBoxPicture.rect().center());
    }
    const QPixmap &picture = m_groupBoxPicture;
    constexpr int Border = 6; // Fusion's margins for this picture
    if (picture.isNull() || picture.width() <= 2 * Border || picture.height() <= 2 * Border)
        return false;
    // The frame's top, as Fusion computes it: below the title, or a small margin without one.
    constexpr int GroupBoxTopMargin = 3;
    const auto *box = qobject_cast<const QGroupBox *>(widget);
    const int top = box && !box->isCheckable() && box->title().isEmpty()
                        ? GroupBoxTopMargin
                        : qMax(baseStyle()->pixelMetric(PM_ExclusiveIndicatorHeight), option->fontMetrics.height()) +
                              GroupBoxTopMargin;
    const QRect frame = option->rect.adjusted(0, top, 0, 0);
    if (frame.width() <= 2 * Border || frame.height() <= 2 * Border)
        return false;

    const QRect source = picture.rect();
    const int innerW = source.width() - 2 * Border;
    const int innerH = source.height() - 2 * Border;
    const int frameInnerW = frame.width() - 2 * Border;
    const int frameInnerH = frame.height() - 2 * Border;
    const int right = frame.right() - Border + 1;
    const int bottom = frame.bottom() - Border + 1;
    const int sourceRight = source.width() - Border;
    const int sourceBottom = source.height() - Border;
    // Tall parts in bands (PaintBands): their picture is the same on every line, so the pixels are
    // the same as one blit.
    const int bandRows = PaintBands::size(*painter);
    const auto piece = [&](const QRect &target, const QRect &from) {
        PaintBands::byRows(target, bandRows, [&](const QRect &band) { painter->drawPixmap(band, picture, from); });
    };
    piece(QRect(frame.left(), frame.top(), Border, Border), QRect(0, 0, Border, Border));
    piece(QRect(right, frame.top(), Border, Border), QRect(sourceRight, 0, Border, Border));
    piece(QRect(frame.left(), bottom, Border, Border), QRect(0, sourceBottom, Border, Border));
    piece(QRect(right, bottom, Border, Border), QRect(sourceRight, sourceBottom, Border, Border));
    piece(QRect(frame.left() + Border, frame.top(), frameInnerW, Border), QRect(Border, 0, innerW, Border));
    piece(QRect(frame.left() + Border, bottom, frameInnerW, Border), QRect(Border, sourceBottom, innerW, Border));
    piece(QRect(frame.left(), frame.top() + Border, Border, frameInnerH), QRect(0, Border, Border, innerH));
    piece(QRect(right, frame.top() + Border, Border, frameInnerH), QRect(sourceRight, Border, Border, innerH));
    PaintBands::byRows(QRect(frame.left() + Border, frame.top() + Border, frameInnerW, frameInnerH), bandRows,
                       [&](const QRect &band) { painter->fillRect(band, m_groupBoxMiddle); });
    return true;
#endif
}

} // namespace cad
