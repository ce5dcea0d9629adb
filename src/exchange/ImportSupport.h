#pragma once

#include "core/Result.h"
#include "exchange/ImportResult.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace cad {

/// Helpers shared by the OpenAPI and Postman importers.
namespace ImportSupport {

/// A valid, unused property name made from raw ("geo-id" stays, "1st key" -> "_1st_key").
[[nodiscard]] QString propertyNameFor(const ConnectorDefinition &definition, const QString &raw);

/// Adds an ask-the-user property for a URL variable and returns its name (which may differ from
/// raw: the caller rewrites {raw} to {name}). An existing property of that name is reused.
QString addVariableProperty(ConnectorDefinition &definition, const QString &raw, const QString &value,
                            const QString &hint, const QStringList &choices);

/// Replaces {from} with {to} in text.
[[nodiscard]] QString renameVariable(const QString &text, const QString &from, const QString &to);

/// Records that a secret value was found and not imported (a warning unless it is a placeholder).
void dropSecret(ImportResult &result, const QString &what, const QString &value);

/// Follows local "$ref": "#/..." references (JSON pointers) from value; external and cyclic
/// references, and chains longer than 64, are errors.
[[nodiscard]] Result<QJsonValue> resolve(const QJsonObject &root, const QJsonValue &value);

/// Text cut to at most max characters (descriptions from third-party sources can be huge).
[[nodiscard]] QString clip(const QString &text, qsizetype max = 4000);

} // namespace ImportSupport

} // namespace cad
