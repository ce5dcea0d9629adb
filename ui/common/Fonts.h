#pragma once

#include <QFont>

namespace cad::Fonts {

/// Identifiers, URLs and requests: the platform's fixed-pitch font. One font for all of them, so
/// that the first frame loads one monospace face, not one per widget that asks differently.
[[nodiscard]] QFont monospace();

/// The same face with nothing else set: size and weight come from where it is used (a table's
/// cells follow the table's font).
[[nodiscard]] QFont monospaceFace();

/// A label that leads its group: the same font, demi-bold.
[[nodiscard]] QFont strong(QFont font);

/// Notes and hints under a field: the same font, a little smaller.
[[nodiscard]] QFont small(QFont font);

/// The title of the end-user screen: larger and demi-bold.
[[nodiscard]] QFont heading(QFont font);

} // namespace cad::Fonts
