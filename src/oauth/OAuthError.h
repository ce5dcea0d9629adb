#pragma once

#include "core/Result.h"

#include <QMetaType>
#include <QString>

namespace cad {

/// The step of an OAuth exchange a record or an error belongs to.
enum class OAuthStage
{
    Authorize,
    Token,
    Refresh,
    Revoke,
    Test,
    Request,    ///< an API request the author composed (request console, `request --send`)
    Introspect, ///< RFC 7662 token introspection (token inspector)
};

[[nodiscard]] QString oauthStageName(OAuthStage stage);

/// Why an OAuth step failed.
enum class OAuthErrorKind
{
    None,
    Configuration,        ///< something required is missing in OAuthConfig
    InvalidState,         ///< the redirect's state is missing or differs: no token request was made
    AuthorizationDenied,  ///< the redirect carried error=... (e.g. access_denied)
    ServerError,          ///< the server answered an RFC 6749 5.2 error body
    NeedsReauthorization, ///< invalid_grant on refresh, or no way to get a new token: sign in again
    HttpError,            ///< an HTTP error status without an OAuth error body
    InvalidResponse,      ///< not JSON, no access_token, a redirect without code, ...
    Network,              ///< connection refused, host not found, ...
    Tls,                  ///< certificate or handshake failure (never ignored)
    Timeout,              ///< no answer within OAuthConfig::timeoutMs
    Cancelled,
};

/// A failed OAuth step: what the server said (error, error_description, error_uri, HTTP status)
/// and a translated message saying what to do next.
struct OAuthError
{
    OAuthStage stage = OAuthStage::Token;
    OAuthErrorKind kind = OAuthErrorKind::None;
    QString code;        ///< RFC 6749 "error", e.g. invalid_client
    QString description; ///< "error_description"
    QString uri;         ///< "error_uri"
    int httpStatus = 0;
    QString detail; ///< transport or parser detail (never contains a secret)

    [[nodiscard]] bool isError() const { return kind != OAuthErrorKind::None; }
    /// One line for people: what failed and what the server said.
    [[nodiscard]] QString message() const;
    /// What to do next.
    [[nodiscard]] QString hint() const;
    [[nodiscard]] Error toError() const { return Error{message(), hint()}; }
};

} // namespace cad

Q_DECLARE_METATYPE(cad::OAuthError)
