#pragma once

#include "connection/CredentialDestinations.h"
#include "oauth/TokenSet.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace cad {

/// The design-time connection as the keychain keeps it (KeychainNames::connectionEntry): the
/// tokens, the fingerprint of the design that earned them and the origins they were issued for.
/// A later session uses the tokens only for a design with the same fingerprint and origins.
///
///   {"format":2,"fingerprint":"…","tokens":{…},"origins":{"api":"https://…","token":"https://…",…}}
struct ConnectionRecord
{
    QByteArray fingerprint;
    TokenSet tokens;
    QHash<Destination, Origin> origins;

    [[nodiscard]] QString serialize() const;
    [[nodiscard]] static std::optional<ConnectionRecord> parse(const QString &text);

    /// True when every destination both know has the same origin. Under one fingerprint the URLs
    /// are the same text, so a destination only one side knows is one whose {variables} were not
    /// filled there; nothing can be sent to it until they are, and then it must match.
    [[nodiscard]] static bool originsMatch(const QHash<Destination, Origin> &recorded,
                                           const QHash<Destination, Origin> &current);
};

} // namespace cad
