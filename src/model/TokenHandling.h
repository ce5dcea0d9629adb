#pragma once

#include "model/ConnectorDefinition.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace cad {

/// How a design of an OAuth type reads the token response and sends the access token, from its
/// advanced properties (BuiltinSchemas::advancedPropertiesFor()); without them, RFC 6749 and RFC
/// 6750: the RFC's response fields, "Authorization: Bearer TOKEN", space-separated scopes.
namespace TokenHandling {

/// One line of response_variables: NAME=/pointer.
struct ResponseVariable
{
    QString name;
    QString pointer;
};

/// The lines of a response_variables value, and what is wrong with the others (one text per
/// problem, naming the line).
struct ParsedVariables
{
    QList<ResponseVariable> variables;
    QStringList problems;
};
[[nodiscard]] ParsedVariables parseResponseVariables(const QString &text);

/// The valid response variables of the design (none for a type that is not OAuth).
[[nodiscard]] QList<ResponseVariable> responseVariables(const ConnectorDefinition &definition);
/// Whether {name} is filled from the token response.
[[nodiscard]] bool isResponseVariable(const ConnectorDefinition &definition, const QString &name);

/// Where API calls carry the access token.
struct Placement
{
    QString header = QStringLiteral("Authorization");
    QString prefix = QStringLiteral("Bearer"); ///< empty: the token alone
    QString queryParameter;                    ///< not empty: a query parameter instead of a header
    /// "Authorization: Bearer TOKEN", as RFC 6750 2.1 says.
    [[nodiscard]] bool isRfc6750() const
    {
        return queryParameter.isEmpty() && header.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0 &&
               prefix == QLatin1String("Bearer");
    }
};
/// The placement the design says, with @p values (what --set gives) over its own values.
[[nodiscard]] Placement placement(const ConnectorDefinition &definition, const QHash<QString, QString> &values = {});

/// What separates the scopes on the wire: the design's scope_separator, else a space.
[[nodiscard]] QString scopeSeparator(const ConnectorDefinition &definition, const QHash<QString, QString> &values = {});

} // namespace TokenHandling

} // namespace cad
