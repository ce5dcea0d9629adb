#pragma once

#include "inspect/Jwt.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace cad {

/// One finding about one claim of a token, for people.
struct ClaimFinding
{
    enum class Level
    {
        Ok,      ///< the claim is as the design expects
        Warning, ///< probably fine, but worth a look
        Error,   ///< a client must not accept the token
        Info,    ///< a fact, neither good nor bad
    };
    QString claim; ///< "exp", "iss", ...
    Level level = Level::Info;
    QString text; ///< a whole sentence; never a token or secret
};

/// The granted scope compared with the requested one (RFC 6749 3.3).
struct ScopeComparison
{
    QStringList requested;        ///< in the design's order, without duplicates
    QStringList granted;          ///< as the provider reported them, or the requested ones when it did not
    QStringList missing;          ///< requested but not granted
    QStringList extra;            ///< granted but not requested
    bool grantedReported = false; ///< the token response named the scope
};

/// Compares a decoded token's claims and a token response's scope with what the design expects.
class TokenChecks
{
public:
    /// Which token is checked: the claims an ID token must carry (OpenID Connect Core 3.1.3.7) differ
    /// from those of a JWT access token (RFC 9068), whose audience is the API, not the client.
    enum class TokenKind
    {
        IdToken,
        AccessToken,
    };

    /// What the design expects of the token.
    struct Expectations
    {
        QString issuer;   ///< the design's issuer property, or empty
        QUrl tokenUrl;    ///< compared by origin with iss when the design names no issuer
        QString clientId; ///< must be among the ID token's audiences
        QString nonce;    ///< the nonce sent with the authorization request; empty: none was sent
        TokenKind kind = TokenKind::IdToken;
    };

    /// Findings for exp, iat, nbf, iss, aud, azp and (ID tokens) nonce, in that order. Times are
    /// shown in local time with the time left or passed, measured from @p now.
    [[nodiscard]] static QList<ClaimFinding> checkClaims(const Jwt &jwt, const Expectations &expectations,
                                                         const QDateTime &now);

    /// @p requested and @p granted split on @p separator (" " or ",") and on white space, order kept,
    /// duplicates dropped. A response without scope granted the requested scope (RFC 6749 3.3):
    /// granted is then the requested list, grantedReported false, missing and extra empty.
    [[nodiscard]] static ScopeComparison compareScopes(const QString &requested, const QString &granted,
                                                       const QString &separator);

    /// The expiry countdown: "expires in 4 min 12 s", "expires in 2 h 5 min", "expired"; "no expiry
    /// known" for an invalid @p expiresAt.
    [[nodiscard]] static QString describeLifetime(const QDateTime &expiresAt, const QDateTime &now);

    /// A time in local time as people read it (QLocale::ShortFormat).
    [[nodiscard]] static QString localTime(const QDateTime &time);
};

} // namespace cad
