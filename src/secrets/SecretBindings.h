#pragma once

#include "core/Origin.h"

#include <QHash>
#include <QString>

#include <optional>

namespace cad {

/// What the designer knows about the secret values of the open document: which came from the
/// keychain, for which origins they were kept, and which origins the author has confirmed since.
/// It decides, without any I/O, whether a value may go to an origin and what a save does.
///
/// A value counts as the stored one while it equals what was read; once the author types another
/// value it is theirs for this design and may go wherever the design sends it.
class SecretBindings
{
public:
    enum class ReadState
    {
        Unread,  ///< not read yet, or nothing was asked (a new document)
        Missing, ///< the keychain has no entry
        Found,   ///< read: value and origins known
        Failed,  ///< the keychain could not be read (locked, refused, broken)
    };

    struct Entry
    {
        ReadState state = ReadState::Unread;
        QString value;
        Origins origins;     ///< where the stored value may go (saved or confirmed)
        bool legacy = false; ///< kept by an earlier version under the old name
    };

    enum class SaveAction
    {
        Write,  ///< write the value with originsToStore()
        Remove, ///< the author cleared a value that was stored: delete the entry
        Keep,   ///< leave the keychain alone (nothing to store, or it was never read)
    };

    void clear() { m_entries.clear(); }
    void setEntry(const QString &name, const Entry &entry) { m_entries.insert(name, entry); }
    [[nodiscard]] Entry entry(const QString &name) const { return m_entries.value(name); }
    [[nodiscard]] const QHash<QString, Entry> &entries() const { return m_entries; }

    /// Origins @p currentValue of @p name may be sent to without asking; nothing = anywhere (the
    /// author typed it for this design, or it never came from the keychain).
    [[nodiscard]] std::optional<Origins> allowedOrigins(const QString &name, const QString &currentValue) const;
    [[nodiscard]] bool mayGo(const QString &name, const QString &currentValue, const Origin &origin) const;
    /// The author confirmed that the stored value of @p name may go to @p origin.
    void allow(const QString &name, const Origin &origin);

    [[nodiscard]] SaveAction saveAction(const QString &name, const QString &currentValue) const;
    /// The origins to store with @p currentValue: a stored value keeps its own (plus confirmed
    /// ones); a typed value gets the origins the saved design sends it to.
    [[nodiscard]] Origins originsToStore(const QString &name, const QString &currentValue,
                                         const Origins &designOrigins) const;
    /// After a save: what was written is now the stored value.
    void markSaved(const QString &name, const QString &value, const Origins &origins);
    void markRemoved(const QString &name);

private:
    [[nodiscard]] bool isStoredValue(const QString &name, const QString &currentValue) const;

    QHash<QString, Entry> m_entries;
};

} // namespace cad
