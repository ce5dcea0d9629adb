#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace cad {

/// A request the author composes to try the API with the connection (the designer's request
/// console, `auth-designer-cli request --send`). RequestAuthorizer adds the design's credentials to
/// it exactly as to every connector call; it can never name where the credentials go beyond the
/// base URL's origin, nor replace what the design sends.
struct CustomRequest
{
    enum class BodyKind
    {
        None,
        Json,
        Form,
        Raw
    };
    using Pairs = QList<std::pair<QString, QString>>;

    QString method = QStringLiteral("GET");
    /// A path below the base URL ("/users/me", "users?page=2"), or an absolute URL on the base
    /// URL's origin (pasted from the provider's documentation).
    QString target;
    Pairs query;   ///< appended after the target's own query and the design's query properties
    Pairs headers; ///< in sending order; Accept and Content-Type replace the defaults
    BodyKind bodyKind = BodyKind::None;
    /// The body as typed: JSON text, raw text, or for Form "name=value" lines (each encoded on sending).
    QString body;
    QString rawContentType = QStringLiteral("text/plain"); ///< Content-Type of a Raw body

    /// The Content-Type the body kind implies; empty for None.
    [[nodiscard]] QString contentType() const;
    /// The bytes sent as body, or why the typed body cannot be sent (invalid JSON, a form line without "=").
    [[nodiscard]] Result<QByteArray> encodedBody() const;
    /// "Name: value" (a command line's --header) into a pair, or why not.
    [[nodiscard]] static Result<std::pair<QString, QString>> parseHeader(const QString &line);
    /// The method and target as the design's test request can hold them (path below the base URL
    /// with the console's query). Empty when the target is an absolute URL of another path root.
    [[nodiscard]] QString testRequestPath(const QUrl &baseUrl) const;
    /// True when nothing but method and path would be lost by making this the test request.
    [[nodiscard]] bool fitsTestRequest() const { return headers.isEmpty() && bodyKind == BodyKind::None; }

    friend bool operator==(const CustomRequest &, const CustomRequest &) = default;
};

} // namespace cad
