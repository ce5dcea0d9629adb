#pragma once

#include <QProxyStyle>

namespace cad {

/// The platform's style with the designer's own icons where Qt would otherwise decode bitmaps at
/// start-up (the overflow buttons every tool bar and menu bar creates): the first frame then needs
/// no image-format plugin.
class DesignerStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    [[nodiscard]] QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                                     const QWidget *widget = nullptr) const override;
};

} // namespace cad
