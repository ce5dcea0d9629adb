#include "UiLibrary.h"

#include <QtGlobal>

static void initCadUiResources()
{
#if __has_include("qrc_ui_resources.cpp")
    Q_INIT_RESOURCE(ui_resources);
#endif
}

namespace cad::ui {

void initResources()
{
    initCadUiResources();
}

} // namespace cad::ui
