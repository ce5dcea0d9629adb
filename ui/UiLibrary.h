#pragma once

namespace cad::ui {

/// Registers the widgets library's resources (icons, styles). Call once after QApplication exists;
/// needed because the library is static.
void initResources();

} // namespace cad::ui
