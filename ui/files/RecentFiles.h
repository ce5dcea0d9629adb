#pragma once

#include <QObject>
#include <QSettings>
#include <QStringList>

#include <optional>

namespace cad {

/// The "Open Recent" list, kept in QSettings (file paths only). Read once, on first use; changes
/// are written the way QSettings writes, from the event loop (opening a file at start-up never
/// waits for the disk).
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
    mutable std::optional<QStringList> m_files;
};

} // namespace cad
