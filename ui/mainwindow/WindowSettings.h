#pragma once

#include <QList>

class QMainWindow;
class QSplitter;

namespace cad {

class ConnectionPanel;

/// What the designer remembers between sessions, in QSettings: the window's geometry and layout
/// and whether sign-in uses the system browser. Never anything from a definition, never a secret.
namespace WindowSettings {

/// Restores the geometry (or a first-start size), the splitters and the browser choice.
void restore(QMainWindow *window, const QList<QSplitter *> &splitters, ConnectionPanel *panel);
void save(const QMainWindow *window, const QList<QSplitter *> &splitters);
void savePreferSystemBrowser(bool prefer);

} // namespace WindowSettings

} // namespace cad
