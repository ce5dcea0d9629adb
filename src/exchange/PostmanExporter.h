#pragma once

#include "model/ConnectorDefinition.h"

#include <QJsonObject>

namespace cad {

/// Export as a Postman collection v2.1.
///
///  - collection auth: oauth2 (grant_type authorization_code, authorization_code_with_pkce or
///    client_credentials; authUrl, accessTokenUrl, refreshTokenUrl, clientId, clientSecret
///    "{{client_secret}}", scope, client_authentication header|body, challengeAlgorithm),
///    basic (password "{{password}}"), apikey (value "{{api_key}}", in header|query),
///    bearer ("{{personal_access_token}}"; a PAT with another template becomes apikey), noauth.
///    Custom: a single header/query property becomes apikey; several become headers and query
///    parameters on the request, with noauth.
///  - variable: baseUrl, every {variable} of the base URL and every property referenced as
///    {{name}}; secret ones always with an empty value. {name} in URLs becomes {{name}}.
///  - item: the test request on {{baseUrl}}.
///  - the ExchangeExtension::Key variable for a lossless re-import.
namespace PostmanExporter {

inline constexpr QLatin1String SchemaUrl{"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"};

[[nodiscard]] QJsonObject toJson(const ConnectorDefinition &definition);

} // namespace PostmanExporter

} // namespace cad
