#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace cad::JsonPointer {

/// The reference tokens of an RFC 6901 JSON Pointer ("" is the whole document, "/a/0/b~1c" is
/// a, 0, b/c), or nothing when the text is not a pointer: it must be empty or start with "/", and
/// "~" must be followed by 0 or 1.
[[nodiscard]] std::optional<QStringList> parse(const QString &pointer);

/// Why the text is not a JSON Pointer, in words for the author; empty when it is one.
[[nodiscard]] QString problem(const QString &pointer);

/// The value the pointer refers to in the document, or nothing when there is none (a missing
/// member, an index past the end or not a number, a step into a string or number). Array indexes
/// are decimal without leading zeros, as RFC 6901 says; "-" refers to no element.
[[nodiscard]] std::optional<QJsonValue> resolve(const QJsonValue &document, const QString &pointer);

/// A value as text for messages and labels: strings as they are, numbers without a trailing
/// ".0", true/false/null as words, objects and arrays as compact JSON.
[[nodiscard]] QString toText(const QJsonValue &value);

} // namespace cad::JsonPointer
