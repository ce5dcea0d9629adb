#pragma once

#include <QPixmap>
#include <QWidget>

namespace cad {

/// The surface the end-user screen is drawn on: a rounded panel in the palette's base colour
/// with a hairline border, so the preview reads as "a dialog the end user sees" inside the
/// designer. Painted directly (no style sheet) to keep updates cheap: the panel is drawn once at
/// its smallest size and then cut into nine parts (corners as drawn, edges stretched, the middle
/// filled), which gives the pixels of the panel drawn at the card's size onto a transparent picture
/// (drawn straight onto the background, a few translucent pixels round up to 2 levels in 255
/// differently; at a fractional scale the panel is drawn directly), in a fraction of the time
/// and without handing tall blends to Qt's thread pool (PaintBands).
class PreviewCard : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewCard(QWidget *parent = nullptr);

    /// Draws the panel for a card of @p size the direct way: what the nine parts are cut from.
    static void paintPanel(QPainter &painter, const QSize &size, const QPalette &palette);
    /// Draws the card's panel onto @p painter (the card's backing store, or any image) from the
    /// nine parts.
    void paintPanel(QPainter &painter);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QPixmap m_picture; // the panel at its smallest size, for the palette and scale below
    qint64 m_pictureKey = 0;
    int m_pictureScale = 0; // device pixels per logical one in m_picture
};

} // namespace cad
