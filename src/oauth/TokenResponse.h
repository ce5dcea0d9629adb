#pragma once

#include "oauth/OAuthConfig.h"
#include "oauth/OAuthError.h"
#include "oauth/TokenSet.h"

#include <QByteArray>
#include <QDateTime>

namespace cad {

/// What one successful token response said itself, before defaults and the previous tokens filled
/// the gaps: the lifecycle rehearsal reports on it.
struct TokenResponseFacts
{
    bool valid = false; ///< a successful response was parsed
    OAuthStage stage = OAuthStage::Token;
    bool expiresInGiven = false;
    qint64 expiresInSeconds = 0; ///< when given
    bool tokenTypeGiven = false;
    bool refreshTokenGiven = false; ///< this response carried a refresh_token
    bool refreshTokenRotated = false;
    bool scopeGiven = false;
    QString scope; ///< as this response gave it
};

/// Parses a token endpoint answer (RFC 6749 5.1 / 5.2).
class TokenResponse
{
public:
    /// @p previous supplies values a refresh response may omit (refresh_token, scope, id_token).
    /// expires_in counts only as a finite number (or numeric string) from 0 to 10 years in seconds, truncated
    /// to whole seconds; a missing or unusable one gives @p defaultExpiresInSeconds. token_type must be
    /// "bearer" in any case (stored as "Bearer"; missing = Bearer); any other type is an
    /// OAuthErrorKind::InvalidResponse. On a refresh, invalid_grant becomes OAuthErrorKind::NeedsReauthorization.
    [[nodiscard]] static TokenResponse parse(OAuthStage stage, int httpStatus, const QByteArray &contentType,
                                             const QByteArray &body, int defaultExpiresInSeconds,
                                             const TokenSet &previous = {},
                                             const QDateTime &now = QDateTime::currentDateTimeUtc(),
                                             const TokenResponseShape &shape = {});

    [[nodiscard]] bool ok() const { return !m_error.isError(); }
    [[nodiscard]] const TokenSet &tokens() const { return m_tokens; }
    [[nodiscard]] const OAuthError &error() const { return m_error; }
    /// True if the server sent a new refresh token (rotation).
    [[nodiscard]] bool refreshTokenRotated() const { return m_facts.refreshTokenRotated; }
    /// True if tokens().expiresAt comes from the response's expires_in; false if the default lifetime applied.
    [[nodiscard]] bool expiresInGiven() const { return m_facts.expiresInGiven; }
    [[nodiscard]] const TokenResponseFacts &facts() const { return m_facts; }

private:
    TokenSet m_tokens;
    OAuthError m_error;
    TokenResponseFacts m_facts;
};

} // namespace cad
