#pragma once

#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace cad {

struct ConnectorDefinition;

/// connector.connectionLabel: a template such as "{/email}" or "{/user/login} at {subdomain}".
/// {/pointer} takes a value from the test request's JSON answer (RFC 6901), {name} a property's
/// value or one the end user gave.
namespace ConnectionLabel {

/// The JSON Pointers used in the template, in order of first appearance, without duplicates.
[[nodiscard]] QStringList pointers(const QString &label);

/// The filled label: pointers the answer lacks and secret or unknown names become empty, so a
/// label never shows a secret. Whitespace is simplified.
[[nodiscard]] QString fill(const QString &label, const QJsonValue &answer, const ConnectorDefinition &definition,
                           const QHash<QString, QString> &values);

} // namespace ConnectionLabel

} // namespace cad
