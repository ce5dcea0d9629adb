#pragma once
// An upward dependency: the model may not use a widget.
#include "properties/PropertiesPanel.h"
