#pragma once

#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QString>

namespace cad {

/// The tokens of one authorization, with absolute times.
struct TokenSet
{
    QString accessToken;
    QString tokenType; ///< usually "Bearer"
    QString refreshToken;
    QString idToken;
    QString scope; ///< granted scope (space-separated), as the server reported it
    QDateTime obtainedAt;
    QDateTime expiresAt; ///< invalid = unknown / never
    /// Values the design captures from the token response (TokenResponseShape::captures), such as
    /// instance_url; kept from the previous response when a refresh omits them.
    QHash<QString, QString> captured;

    [[nodiscard]] bool isEmpty() const { return accessToken.isEmpty(); }
    [[nodiscard]] bool hasRefreshToken() const { return !refreshToken.isEmpty(); }
    /// True if there is no access token or it expires within @p marginSeconds from now.
    [[nodiscard]] bool isExpired(int marginSeconds = 0) const;
    /// Seconds until expiry (negative if past); 0 if unknown.
    [[nodiscard]] qint64 secondsToExpiry() const;
    /// Seconds from obtainedAt to expiresAt; -1 if either is unknown.
    [[nodiscard]] qint64 lifetimeSeconds() const;
    /// How long before expiry a token counts as due for refresh: @p maxSeconds, but never more than
    /// a quarter of the token's lifetime, so a token that lives one second is not "expired" at birth.
    [[nodiscard]] qint64 refreshMargin(int maxSeconds) const;
};

} // namespace cad

Q_DECLARE_METATYPE(cad::TokenSet)
