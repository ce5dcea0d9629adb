#pragma once

#include "core/Result.h"
#include "model/ConnectorDefinition.h"
#include "model/Diagnostic.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace cad {

/// Reads and writes NAME.connector.json.
///
/// Reading is strict: every structural problem is reported with its JSON path and a hint, e.g.
/// "authentication.properties[3].sendAs.location: expected one of header, query, body, none".
/// A malformed, truncated, huge or hostile file never crashes the program and is never modified.
/// Semantic checks (required values, unknown {variables}, URL shapes) are Validator's job; a
/// structurally sound definition loads even when it still has semantic errors.
///
/// Writing is atomic (QSaveFile) and never writes the value of a secret property.
class DefinitionFile
{
public:
    static constexpr QLatin1String FormatName{"connector-auth-designer"};
    static constexpr int FormatVersion = ConnectorDefinition::FormatVersion;
    static constexpr qint64 MaxFileSize = 8 * 1024 * 1024; ///< larger files are refused unread
    static constexpr QLatin1String Suffix{".connector.json"};
    /// Diagnostic::field of a failure to read the file at all (missing, unreadable): an I/O error,
    /// not a problem of its content.
    static constexpr QLatin1String IoErrorField{"file"};

    struct ReadResult
    {
        std::optional<ConnectorDefinition> definition; ///< set when structurally valid
        Diagnostics diagnostics; ///< errors (then no definition) and warnings (e.g. ignored secret values)
        [[nodiscard]] bool ok() const { return definition.has_value(); }
    };

    [[nodiscard]] static ReadResult read(const QString &path);
    [[nodiscard]] static ReadResult parse(const QByteArray &json);
    [[nodiscard]] static ReadResult fromJson(const QJsonObject &root);

    [[nodiscard]] static QJsonObject toJson(const ConnectorDefinition &definition);
    /// Indented UTF-8 JSON with a trailing newline; secret values are left out.
    [[nodiscard]] static QByteArray serialize(const ConnectorDefinition &definition);
    /// Atomic write: either the whole new file is in place or the old one is untouched.
    [[nodiscard]] static Status write(const QString &path, const ConnectorDefinition &definition);
};

} // namespace cad
