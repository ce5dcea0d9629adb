#pragma once

#include <QObject>
#include <QStringList>

namespace cad {

/// The "Open Recent" list, kept in QSettings (file paths only).
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
};

} // namespace cad
