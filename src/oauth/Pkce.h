#pragma once

#include "oauth/OAuthConfig.h"

#include <QByteArray>
#include <QString>

namespace cad {

/// PKCE (RFC 7636): a code verifier from the system CSPRNG and its challenge.
class Pkce
{
public:
    static constexpr int DefaultVerifierLength = 64;

    /// A fresh verifier of @p length (clamped to 43..128) unreserved characters [A-Za-z0-9-._~].
    [[nodiscard]] static QString generateVerifier(int length = DefaultVerifierLength);

    /// The code_challenge for @p verifier: BASE64URL(SHA256(ASCII(verifier))) without padding for
    /// S256, the verifier itself for Plain, empty for None.
    [[nodiscard]] static QString challenge(const QString &verifier, PkceMethod method);

    /// "S256", "plain" or empty.
    [[nodiscard]] static QString methodName(PkceMethod method);

    /// True if @p verifier has 43..128 characters, all unreserved.
    [[nodiscard]] static bool isValidVerifier(const QString &verifier);

    /// @p bytes random bytes from the system CSPRNG, Base64url without padding (used for state).
    [[nodiscard]] static QString randomToken(int bytes = 32);
};

} // namespace cad
