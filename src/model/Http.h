#pragma once

#include <QString>
#include <QStringList>

namespace cad {

/// What HTTP allows on the wire, decided in one place for the validator, the request authorizer,
/// the CLI and the designer.
namespace Http {

/// The methods a connector's requests may use.
[[nodiscard]] const QStringList &methods();

/// True when @p method is one of methods() exactly (upper case, nothing else): anything else
/// would reach the wire or a shell command as it is.
[[nodiscard]] bool isMethod(const QString &method);

/// A header name is an RFC 9110 token: letters, digits and !#$%&'*+-.^_`|~, at least one.
[[nodiscard]] bool isHeaderName(const QString &name);

/// A header value carries no control character but horizontal tab (no CR, LF, NUL or DEL):
/// Qt writes header values verbatim, so a line break would start a header of the sender's choice.
[[nodiscard]] bool isHeaderValue(const QString &value);

} // namespace Http

} // namespace cad
