#pragma once

#include "model/ConnectorDefinition.h"

#include <QJsonObject>

namespace cad {

/// Export as an OpenAPI 3.0.3 document.
///
///  - info: title = display name, version "1.0.0", description.
///  - servers[0]: the base URL; each {variable} in it becomes a server variable whose default is
///    the property's value (empty for a secret), description its display name and hint, and enum
///    its choices for choice inputs.
///  - components.securitySchemes: one scheme named after the type id: apiKey (header or query,
///    name = send-as key, a template other than "{value}" in x-connector-auth-designer-template),
///    http basic, http bearer for a PAT sent as "Bearer {value}" in Authorization (otherwise an
///    apiKey scheme), oauth2 with an authorizationCode (PKCE: plus x-usePkce) or clientCredentials
///    flow whose scopes map lists the scope value's scopes and the scope choices. Custom: one
///    apiKey scheme per header or query property, required all together. None: no scheme.
///  - security at the top: the scheme(s) with the scope value's scopes; [] for none.
///  - paths: the test request with a 200 response (query string dropped, path {variables}
///    declared as path parameters).
///  - ExchangeExtension::Key on the scheme (root for custom and none) for a lossless re-import.
namespace OpenApiExporter {

[[nodiscard]] QJsonObject toJson(const ConnectorDefinition &definition);

} // namespace OpenApiExporter

} // namespace cad
