#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace cad {

/// A web origin (RFC 6454): scheme, host and port, the unit credentials are bound to. Two URLs
/// with the same origin may share credentials; any difference in scheme, host or port may not.
struct Origin
{
    QString scheme; ///< lower case, e.g. "https"
    QString host;   ///< lower case; IPv6 without brackets
    int port = -1;  ///< the effective port: the scheme's default when the URL names none

    /// The origin of an absolute http(s) URL; an invalid Origin for anything else.
    [[nodiscard]] static Origin of(const QUrl &url);
    /// Parses the form toString() writes ("https://a.example", "http://127.0.0.1:8080").
    [[nodiscard]] static Origin fromString(const QString &text);

    [[nodiscard]] bool isValid() const { return !scheme.isEmpty() && !host.isEmpty() && port > 0; }
    /// "https://a.example" or "http://127.0.0.1:8080": the port only when it is not the default.
    [[nodiscard]] QString toString() const;
    /// The host is a loopback address (127.0.0.0/8, ::1) or exactly "localhost".
    [[nodiscard]] bool isLoopback() const;

    friend bool operator==(const Origin &, const Origin &) = default;
};

/// True for a loopback IP address (QHostAddress::isLoopback) or the name "localhost". A name that
/// merely starts with "127." or "localhost" (http://127.evil.example) is not loopback.
[[nodiscard]] bool isLoopbackHost(const QString &host);

/// https, or plain http to a loopback host: where credentials may travel.
[[nodiscard]] bool isSecureOrLoopback(const QUrl &url);

using Origins = QList<Origin>;

} // namespace cad

Q_DECLARE_METATYPE(cad::Origin)
