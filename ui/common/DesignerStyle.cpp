#include "common/DesignerStyle.h"

#include "common/Icons.h"

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

} // namespace cad
