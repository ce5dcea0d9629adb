#pragma once

#include "core/Origin.h"
#include "core/Result.h"
#include "model/ConnectorDefinition.h"
#include "secrets/SecretBindings.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace cad {

class SecretStore;

/// The values of a definition's secret properties (client_secret, password, api_key,
/// personal_access_token, custom secret properties) live in the SecretStore under the
/// connector's key (KeychainNames::propertyEntry), never in the definition file, each with the
/// origins it may be sent to. The designer saves them when it saves the file and loads them when
/// it opens one.
namespace DefinitionSecrets {

/// What a save did to each secret it touched (written or removed), for SecretBindings.
using SavedEntries = QHash<QString, SecretBindings::Entry>;

/// Writes, removes or keeps each secret property's entry as @p bindings decide (an empty value
/// removes the entry only when the author cleared a stored value). A written value is stored with
/// bindings.originsToStore(name, value, designOrigins[name]). One callback when all are done,
/// with the first error if any and what was written. With @p only, just those secrets.
void save(SecretStore *store, const ConnectorDefinition &definition, const SecretBindings &bindings,
          const QHash<QString, Origins> &designOrigins, QObject *context,
          std::function<void(const Status &, const SavedEntries &)> callback, const QStringList &only = {});

/// Reads the secret properties' entries (and pre-0.2 entries where no new one exists). One
/// callback when all are done: an Entry per secret property (Found, Missing or Failed), and the
/// first error if any.
void load(SecretStore *store, const ConnectorDefinition &definition, QObject *context,
          std::function<void(const QHash<QString, SecretBindings::Entry> &entries, const Status &)> callback);

/// Fills the secret properties of @p definition from the entries found.
void apply(ConnectorDefinition &definition, const QHash<QString, SecretBindings::Entry> &entries);

} // namespace DefinitionSecrets

} // namespace cad
