#pragma once

#include <QObject>
#include <QSettings>
#include <QStringList>

namespace cad {

/// The "Open Recent" list, kept in QSettings (file paths only), through one settings object: read
/// from the disk once, and changes written from the event loop, as QSettings writes, not while a
/// file opens.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxFiles = 8;

    explicit RecentFiles(QObject *parent = nullptr);

    [[nodiscard]] QStringList files() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

Q_SIGNALS:
    void changed();

private:
    void store(const QStringList &files);

    QSettings m_settings;
};

} // namespace cad
