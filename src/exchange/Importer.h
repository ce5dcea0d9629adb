#pragma once

#include "core/Result.h"
#include "exchange/ImportResult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace cad {

/// Imports an API description into a connector definition.
///
/// Sources: OpenAPI 3.0 and 3.1, Swagger 2.0 (JSON or YAML) and Postman collections v2.1 (v2.0
/// auth attribute objects are read too). Files over MaxFileSize, malformed or truncated text, NUL
/// characters (raw, or escaped as \u0000 or \0), YAML alias bombs, cyclic or external $ref, deep
/// nesting and wrong types give an Error with a hint; nothing is written by the importer. Values
/// that look like real secrets are dropped with a warning: secret properties never carry values.
///
/// Security scheme choice (OpenAPI/Swagger): `scheme` when given; otherwise the first scheme of
/// the first non-empty top-level security requirement; otherwise the first supported scheme in
/// alphabetical order (JSON objects keep no order). When the source has several, a note names
/// them and says how to pick another. A top-level requirement that combines several apiKey
/// schemes becomes a custom connector with one property per scheme.
///
/// PKCE rule: an authorization code flow (or openIdConnect) becomes "authorization code with
/// PKCE" when the flow or scheme carries x-usePkce (Redocly) or x-pkce with a true or object
/// value, or the scheme's description mentions PKCE; otherwise "authorization code" with a
/// client secret.
///
/// OAuth scopes: the flow's scopes (OpenAPI/Swagger) become the choices of the scope property, a
/// multiple choice; the scopes the top-level security requirement asks for become its value (and
/// choices too, when the flow did not list them).
///
/// Required parts: a source that lacks what its format requires is refused (ImportErrorKind::Invalid)
/// with an error naming the part. OpenAPI 3.0: openapi, info with a text title and version, paths.
/// OpenAPI 3.1: openapi, info (title, version) and at least one of paths, components, webhooks.
/// Swagger 2.0: swagger, info (title, version), paths. Postman v2.x: info with name and a v2 schema,
/// and an item list. (A version that YAML reads as a number, version: 1.0, is accepted.)
///
/// OpenID Connect: the result's discoveryUrl is set. The importer itself never touches the
/// network: only when the author asks does the caller fetch it (DiscoveryFetcher, which checks
/// the document) and call applyDiscovery or discoveryFailed.
namespace Importer {

constexpr qint64 MaxFileSize = 16 * 1024 * 1024;

struct Options
{
    QString scheme; ///< security scheme to import; empty: choose as described above
};

/// Reads a file for import (size cap, regular file). Errors are ImportErrorKind::Io.
[[nodiscard]] Result<QByteArray> readSource(const QString &path);
/// JSON or YAML text to a JSON object.
[[nodiscard]] Result<QJsonObject> parseDocument(const QByteArray &bytes);
[[nodiscard]] Result<ImportResult> importData(const QByteArray &bytes, const Options &options,
                                              ImportErrorKind *kind = nullptr);
[[nodiscard]] Result<ImportResult> importFile(const QString &path, const Options &options,
                                              ImportErrorKind *kind = nullptr);

/// Fills the OAuth URLs (https, or http to a loopback host, at most 2000 characters) and scope from
/// an OpenID Connect discovery document (of scopes_supported, only RFC 6749 scope names, which become
/// the choices of the scope property, a multiple choice), and records
/// its issuer (a URL, like the endpoints) in the optional PropertyNames::Issuer property (added, or
/// updated when present).
void applyDiscovery(ImportResult &result, const QJsonObject &discovery);
/// Notes that discovery failed; the URLs stay empty, so Validator flags them.
void discoveryFailed(ImportResult &result, const QString &reason);

} // namespace Importer

} // namespace cad
