#include "files/RecentFiles.h"

#include <QFileInfo>

namespace cad {

namespace {
const QString Key = QStringLiteral("files/recent");
}

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{}

QStringList RecentFiles::files() const
{
    // From the settings object's memory; it takes in what another designer wrote when it syncs.
    return m_settings.value(Key).toStringList();
}

void RecentFiles::store(const QStringList &files)
{
    if (files == this->files())
        return;
    m_settings.setValue(Key, files);
    Q_EMIT changed();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaxFiles)
        list.removeLast();
    store(list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    if (list.removeAll(QFileInfo(path).absoluteFilePath()) > 0)
        store(list);
}

void RecentFiles::clear()
{
    store({});
}

} // namespace cad
