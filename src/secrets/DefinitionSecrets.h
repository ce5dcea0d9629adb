#pragma once

#include "core/Result.h"
#include "model/ConnectorDefinition.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace cad {

class SecretStore;

/// The values of a definition's secret properties (client_secret, password, api_key,
/// personal_access_token, custom secret properties) live in the SecretStore under the
/// connector's key, never in the definition file. The designer saves them when it saves the file
/// and loads them when it opens one.
namespace DefinitionSecrets {

/// Writes every secret property's value (an empty value removes the entry). One callback when all
/// are done, with the first error if any.
void save(SecretStore *store, const ConnectorDefinition &definition, QObject *context,
          std::function<void(const Status &)> callback);

/// Reads the secret properties' values: name → value for those found. One callback when all are
/// done; a missing entry is not an error.
void load(SecretStore *store, const ConnectorDefinition &definition, QObject *context,
          std::function<void(const QHash<QString, QString> &values, const Status &)> callback);

/// Fills the secret properties of @p definition from @p values.
void apply(ConnectorDefinition &definition, const QHash<QString, QString> &values);

} // namespace DefinitionSecrets

} // namespace cad
