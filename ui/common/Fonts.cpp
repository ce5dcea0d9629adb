#include "common/Fonts.h"

#include <QFontDatabase>

#include <algorithm>
#include <utility>

namespace cad::Fonts {

QFont monospace()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

QFont monospaceFace()
{
    QFont face;
    face.setFamily(monospace().family());
    face.setStyleHint(QFont::TypeWriter);
    return face;
}

QFont strong(QFont font)
{
    font.setWeight(QFont::DemiBold);
    return font;
}

namespace {
// A font set in pixels (a style sheet's "font-size: 13px") has no point size.
QFont scaled(QFont font, qreal factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        font.setPixelSize(std::max(1, qRound(font.pixelSize() * factor)));
    return font;
}
} // namespace

QFont small(QFont font)
{
    return scaled(std::move(font), 0.9);
}

QFont heading(QFont font)
{
    font = scaled(std::move(font), 1.4);
    font.setWeight(QFont::DemiBold);
    return font;
}

} // namespace cad::Fonts
