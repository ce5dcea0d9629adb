#pragma once

#include "core/Origin.h"

#include <QString>

#include <optional>

namespace cad {

/// A secret property's value as the keychain keeps it: the value and the origins it was saved or
/// confirmed for. The designer sends a stored value only to those origins unless the author
/// confirms another one.
///
///   {"format":1,"value":"…","origins":["https://login.acme.example"]}
struct StoredSecret
{
    QString value;
    Origins origins;
    bool legacy = false; ///< read from a pre-0.2 entry: a bare value, origins unknown

    [[nodiscard]] QString serialize() const;
    /// The entry's text; nothing when it is not an entry this version wrote.
    [[nodiscard]] static std::optional<StoredSecret> parse(const QString &text);
    /// A pre-0.2 entry: the whole text is the value, bound to no origin.
    [[nodiscard]] static StoredSecret fromLegacy(const QString &text);
};

} // namespace cad
