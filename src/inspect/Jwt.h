#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>

namespace cad {

/// A JSON Web Token in the JWS compact serialization (RFC 7515 7.1, RFC 7519): three base64url
/// parts, header.payload.signature. Decoding reads it; nothing here says it is genuine
/// (JwsVerifier does) or still valid (TokenChecks does).
struct Jwt
{
    QJsonObject header;      ///< the JOSE header: alg, kid, typ, ...
    QJsonObject claims;      ///< the JWT claims set
    QByteArray signingInput; ///< ASCII(base64url(header) "." base64url(payload)), what the signature covers
    QByteArray signature;    ///< the decoded signature (empty for alg "none")

    /// The header's "alg", or an empty string.
    [[nodiscard]] QString algorithm() const;
    /// The header's "kid", or an empty string.
    [[nodiscard]] QString keyId() const;

    /// The most a token may be: no provider issues one near this size.
    static constexpr qsizetype MaxTokenLength = 256 * 1024;

    /// Decodes a compact JWS. Surrounding white space is ignored. Without a result, @p why says in a
    /// sentence what is wrong (an encrypted token, a part that is not base64url, a header or payload
    /// that is not a JSON object); it never contains the token's text.
    [[nodiscard]] static std::optional<Jwt> decode(QStringView token, QString *why = nullptr);

    /// True when @p token has the shape of a JWT: three parts (signed) or five (encrypted, RFC 7516)
    /// whose first part is a base64url JSON object. An opaque token is not.
    [[nodiscard]] static bool looksLikeJwt(QStringView token);

    /// True when @p token has the shape of an encrypted JWT (JWE compact serialization, five parts).
    [[nodiscard]] static bool looksEncrypted(QStringView token);
};

} // namespace cad
