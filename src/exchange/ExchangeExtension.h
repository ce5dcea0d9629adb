#pragma once

#include "core/Result.h"
#include "io/DefinitionFile.h"
#include "model/ConnectorDefinition.h"

#include <QJsonObject>
#include <QString>

namespace cad {

/// The lossless part of every export: the complete definition as the definition file format
/// writes it (connector key, base URL, test request and the authentication section with every
/// property), secret values never included.
///
///  - OpenAPI: the object `x-connector-auth-designer` on the security scheme (one-scheme types) or
///    at the document root (custom and none, which have zero or several schemes).
///  - Postman: a collection variable with key `x-connector-auth-designer`, type "string", whose
///    value is that object as compact JSON text. A variable is the one collection-level place
///    that the Postman schema allows free text in and that postman-collection keeps on a round
///    trip; Postman shows it in the collection's Variables tab and it is harmless there.
///
/// Import restores the definition from it exactly; when it is absent, the standard fields are mapped.
namespace ExchangeExtension {

inline constexpr QLatin1String Key{"x-connector-auth-designer"};
/// Optional on an OpenAPI apiKey scheme: the value template, e.g. "Token {value}".
inline constexpr QLatin1String ValueTemplateKey{"x-connector-auth-designer-template"};

[[nodiscard]] QJsonObject toJson(const ConnectorDefinition &definition);
/// Reads the object back. Warnings (e.g. secret values found and ignored) go to warnings.
[[nodiscard]] Result<ConnectorDefinition> fromJson(const QJsonObject &object, QStringList &warnings);

/// True for a value that is clearly a stand-in rather than a real secret: empty, {{name}},
/// <name>, ${NAME}, or a word such as YOUR_API_KEY / xxxx.
[[nodiscard]] bool isPlaceholder(const QString &value);

} // namespace ExchangeExtension

} // namespace cad
