#pragma once

#include "model/ConnectorDefinition.h"
#include "model/Diagnostic.h"

#include <QHash>

namespace cad {

/// Semantic validation of a definition (the file reader checks syntax and types first).
/// Used live by the designer, by `validate` on the command line, and before every connection.
namespace Validator {

/// Whether the definition carries the values of its secret properties: a definition file never
/// does (they live in the keychain); the designer's document does.
enum class SecretValues
{
    NotIncluded,
    Included,
};

/// Every problem found: names, duplicates, required built-ins present, OAuth URLs absolute
/// http(s), unknown {variables}, choices for choice inputs, send-as keys, test request. With
/// SecretValues::Included also the empty required secrets (missingRequiredValues()) and plain
/// values that equal a secret value.
[[nodiscard]] Diagnostics validate(const ConnectorDefinition &definition,
                                   SecretValues secrets = SecretValues::NotIncluded);

/// Required values that are still empty (the red rows of the table). Ask-the-user properties are
/// not missing at design time: the end user fills them. Required as BuiltinSchemas::isRequired().
[[nodiscard]] QList<int> missingRequiredValues(const ConnectorDefinition &definition);

/// Required values that nobody has given when a connection is made: rows of required properties
/// (BuiltinSchemas::isRequired(), ask-the-user ones included, since whoever connects fills them)
/// with no value in the design or in @p values; secret ones only with SecretValues::Included.
/// The command line and the designer's Connect both stop on them, naming them.
[[nodiscard]] QList<int> missingValues(const ConnectorDefinition &definition, const QHash<QString, QString> &values,
                                       SecretValues secrets);

[[nodiscard]] bool isValidPropertyName(QStringView name);

} // namespace Validator

} // namespace cad
