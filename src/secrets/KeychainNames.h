#pragma once

#include <QString>
#include <QStringList>

namespace cad {

/// The names of everything the designer keeps in the keychain, in one place. Entries live under
/// the service SecretStore::ServiceName with the key "<percent-encoded connector key>/<entry>"
/// (SecretStore::keyFor). Two name spaces keep a property from ever reading or overwriting the
/// connection's tokens, whatever it is called:
///
///   <key>/property/<percent-encoded property name>   a secret property's value and its origins
///   <key>/connection                                  the design-time connection (tokens, origins)
///
/// Versions before 0.2 kept "<key>/<property name>" and "<key>/connection/<token>": those are read
/// once (properties) or deleted (tokens) and never written again.
namespace KeychainNames {

[[nodiscard]] QString propertyEntry(const QString &propertyName);
[[nodiscard]] QString connectionEntry();

/// The pre-0.2 entry of a property; empty when the name could not have been stored that way.
[[nodiscard]] QString legacyPropertyEntry(const QString &propertyName);
/// The pre-0.2 entries of a connection, deleted wherever they are met.
[[nodiscard]] QStringList legacyConnectionEntries();

} // namespace KeychainNames

} // namespace cad
