#pragma once

#include <QWidget>

namespace cad {

/// The surface the end-user screen is drawn on: a rounded panel in the palette's base colour
/// with a hairline border, so the preview reads as "a dialog the end user sees" inside the
/// designer. Painted directly (no style sheet) to keep updates cheap.
class PreviewCard : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewCard(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace cad
