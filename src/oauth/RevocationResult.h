#pragma once

#include "oauth/OAuthError.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace cad {

/// What happened to one token on revocation (RFC 7009).
struct TokenRevocation
{
    QString tokenTypeHint; ///< "refresh_token" or "access_token"
    bool sent = false;     ///< false if there was no revocation URL
    bool ok = false;       ///< the server answered 200
    OAuthError error;      ///< set when sent and not ok
};

/// Per-token outcome of OAuthClient::revoke(). The local tokens are deleted whatever it says.
struct RevocationResult
{
    QList<TokenRevocation> tokens;

    [[nodiscard]] bool allRevoked() const
    {
        for (const TokenRevocation &t : tokens) {
            if (!t.ok)
                return false;
        }
        return true;
    }
};

} // namespace cad

Q_DECLARE_METATYPE(cad::RevocationResult)
