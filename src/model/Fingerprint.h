#pragma once

#include "model/ConnectorDefinition.h"

#include <QByteArray>
#include <QHash>

namespace cad {

/// A digest of everything that shapes a connection: the authentication type, every attribute of
/// every property (the OAuth URLs among them), the base URL and the test request, plus the
/// design-time values the connection was made with. Any change gives
/// a new fingerprint, so a design-time connection made earlier can tell that it no longer matches.
/// The digest is SHA-256 over a canonical serialization; it is kept in memory or the keychain only.
namespace Fingerprint {

[[nodiscard]] QByteArray of(const ConnectorDefinition &definition, const QHash<QString, QString> &values = {});

} // namespace Fingerprint

} // namespace cad
