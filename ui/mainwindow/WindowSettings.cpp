#include "mainwindow/WindowSettings.h"

#include "connectionpanel/ConnectionPanel.h"

#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace cad {

namespace {
const QString Group = QStringLiteral("mainWindow");
const QString SystemBrowserKey = QStringLiteral("connection/systemBrowser");
} // namespace

void WindowSettings::restore(QMainWindow *window, const QList<QSplitter *> &splitters, ConnectionPanel *panel)
{
    QSettings settings;
    panel->setPreferSystemBrowser(settings.value(SystemBrowserKey).toBool());
    settings.beginGroup(Group);
    if (!window->restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        window->resize(1360, 860);
    window->restoreState(settings.value(QStringLiteral("state")).toByteArray());
    for (QSplitter *s : splitters)
        s->restoreState(settings.value(QStringLiteral("splitters/") + s->objectName()).toByteArray());
    settings.endGroup();
}

void WindowSettings::save(const QMainWindow *window, const QList<QSplitter *> &splitters)
{
    QSettings settings;
    settings.beginGroup(Group);
    settings.setValue(QStringLiteral("geometry"), window->saveGeometry());
    settings.setValue(QStringLiteral("state"), window->saveState());
    for (QSplitter *s : splitters)
        settings.setValue(QStringLiteral("splitters/") + s->objectName(), s->saveState());
    settings.endGroup();
}

void WindowSettings::savePreferSystemBrowser(bool prefer)
{
    QSettings().setValue(SystemBrowserKey, prefer);
}

} // namespace cad
