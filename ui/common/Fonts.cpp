#include "common/Fonts.h"

#include <QFontDatabase>

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

QFont small(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

QFont heading(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setWeight(QFont::DemiBold);
    return font;
}

} // namespace cad::Fonts
