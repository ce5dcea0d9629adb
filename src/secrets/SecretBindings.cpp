#include "secrets/SecretBindings.h"

namespace cad {

bool SecretBindings::isStoredValue(const QString &name, const QString &currentValue) const
{
    const auto it = m_entries.constFind(name);
    return it != m_entries.cend() && it->state == ReadState::Found && !it->value.isEmpty() && it->value == currentValue;
}

std::optional<Origins> SecretBindings::allowedOrigins(const QString &name, const QString &currentValue) const
{
    if (!isStoredValue(name, currentValue))
        return std::nullopt;
    return m_entries.value(name).origins;
}

bool SecretBindings::mayGo(const QString &name, const QString &currentValue, const Origin &origin) const
{
    const std::optional<Origins> allowed = allowedOrigins(name, currentValue);
    return !allowed || allowed->contains(origin);
}

void SecretBindings::allow(const QString &name, const Origin &origin)
{
    auto it = m_entries.find(name);
    if (it == m_entries.end() || !origin.isValid() || it->origins.contains(origin))
        return;
    it->origins.append(origin);
}

SecretBindings::SaveAction SecretBindings::saveAction(const QString &name, const QString &currentValue) const
{
    if (!currentValue.isEmpty())
        return SaveAction::Write;
    // An empty value deletes the entry only when the author cleared a value that was read: never
    // because the keychain was locked, unread or failing when the file was opened.
    const Entry e = m_entries.value(name);
    return e.state == ReadState::Found && !e.value.isEmpty() ? SaveAction::Remove : SaveAction::Keep;
}

Origins SecretBindings::originsToStore(const QString &name, const QString &currentValue,
                                       const Origins &designOrigins) const
{
    if (isStoredValue(name, currentValue))
        return m_entries.value(name).origins;
    Origins out;
    for (const Origin &o : designOrigins) {
        if (o.isValid() && !out.contains(o))
            out.append(o);
    }
    return out;
}

void SecretBindings::markSaved(const QString &name, const QString &value, const Origins &origins)
{
    m_entries.insert(name, Entry{ReadState::Found, value, origins, false});
}

void SecretBindings::markRemoved(const QString &name)
{
    m_entries.insert(name, Entry{ReadState::Missing, QString(), {}, false});
}

} // namespace cad
