#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QJsonValue>

namespace cad {

/// Converts a YAML 1.2 document (JSON is a subset) to a QJsonValue, safely.
///
/// Anchors and aliases are expanded, but every expanded node counts against a budget, so an
/// alias bomb ("billion laughs") is refused instead of exhausting memory; an alias that refers to
/// its own ancestor (a cycle) is refused through the nesting limit. Plain scalars become null,
/// booleans or numbers as in YAML's core schema; quoted scalars stay strings. Mapping keys must be
/// scalars. yaml-cpp exceptions never escape: every failure is an Error saying what to do.
namespace YamlToJson {

constexpr int MaxDepth = 128;                        ///< nesting of sequences and mappings
constexpr qsizetype MaxNodes = 2'000'000;            ///< nodes after alias expansion
constexpr qsizetype MaxTextBytes = 64 * 1024 * 1024; ///< scalar bytes after alias expansion

[[nodiscard]] Result<QJsonValue> convert(const QByteArray &yaml);

} // namespace YamlToJson

} // namespace cad
