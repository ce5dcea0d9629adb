#include "common/Icons.h"

#include <QString>

namespace cad::Icons {

QIcon icon(Icon which)
{
    const char *name = "";
    switch (which) {
    case Icon::App:
        name = "auth-designer";
        break;
    case Icon::New:
        name = "new";
        break;
    case Icon::Add:
        name = "add";
        break;
    case Icon::Remove:
        name = "remove";
        break;
    case Icon::Duplicate:
        name = "duplicate";
        break;
    case Icon::Edit:
        name = "edit";
        break;
    case Icon::MoveUp:
        name = "up";
        break;
    case Icon::MoveDown:
        name = "down";
        break;
    case Icon::Error:
        name = "error";
        break;
    case Icon::Warning:
        name = "warning";
        break;
    case Icon::Required:
        name = "required";
        break;
    case Icon::Ok:
        name = "ok";
        break;
    case Icon::Reveal:
        name = "eye";
        break;
    case Icon::Conceal:
        name = "eye-off";
        break;
    case Icon::Connect:
        name = "connect";
        break;
    case Icon::Disconnect:
        name = "disconnect";
        break;
    case Icon::Refresh:
        name = "refresh";
        break;
    case Icon::Test:
        name = "test";
        break;
    }
    return QIcon(QStringLiteral(":/icons/") + QLatin1String(name) + QStringLiteral(".svg"));
}

} // namespace cad::Icons
