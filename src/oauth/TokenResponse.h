#pragma once

#include "oauth/OAuthError.h"
#include "oauth/TokenSet.h"

#include <QByteArray>
#include <QDateTime>

namespace cad {

/// Parses a token endpoint answer (RFC 6749 5.1 / 5.2).
class TokenResponse
{
public:
    /// @p previous supplies values a refresh response may omit (refresh_token, scope, id_token).
    /// A missing expires_in gives @p defaultExpiresInSeconds. On a refresh, invalid_grant becomes
    /// OAuthErrorKind::NeedsReauthorization.
    [[nodiscard]] static TokenResponse parse(OAuthStage stage, int httpStatus, const QByteArray &contentType,
                                             const QByteArray &body, int defaultExpiresInSeconds,
                                             const TokenSet &previous = {},
                                             const QDateTime &now = QDateTime::currentDateTimeUtc());

    [[nodiscard]] bool ok() const { return !m_error.isError(); }
    [[nodiscard]] const TokenSet &tokens() const { return m_tokens; }
    [[nodiscard]] const OAuthError &error() const { return m_error; }
    /// True if the server sent a new refresh token (rotation).
    [[nodiscard]] bool refreshTokenRotated() const { return m_rotated; }

private:
    TokenSet m_tokens;
    OAuthError m_error;
    bool m_rotated = false;
};

} // namespace cad
