#pragma once

#include "inspect/Jwt.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cad {

/// What a signature check found.
enum class SignatureStatus
{
    Verified,   ///< a key of the provider (or the client secret) made this signature
    Invalid,    ///< the signature is wrong, missing (alg "none"), or cannot be right for the key it names
    Unverified, ///< it could not be checked: no matching key, no client secret, an algorithm not checked here
};

/// The outcome of JwsVerifier::verify(), with one or two sentences for people.
struct SignatureCheck
{
    SignatureStatus status = SignatureStatus::Unverified;
    QString explanation; ///< what was found and, unless verified, what to do; never a key or secret
    QString keyId;       ///< the key that verified it, or the one the token names
    QString algorithm;   ///< the token's alg
};

/// Checks a JWS signature (RFC 7515, algorithms of RFC 7518 3) with OpenSSL:
///   RS256 RS384 RS512   RSASSA-PKCS1-v1_5, key from the provider's JWK Set (kty RSA, at least 2048 bits)
///   PS256 PS384 PS512   RSASSA-PSS (salt as long as the hash), key kty RSA
///   ES256 ES384 ES512   ECDSA on P-256 / P-384 / P-521, key kty EC with the matching crv
///   HS256 HS384 HS512   HMAC with the client secret (the JWK Set is never used for it)
/// The key is the one whose kid the token names, else every key of the matching kty (and alg, when
/// the key names one) is tried. An algorithm's key type is fixed: a token that says HS256 is never
/// checked with an RSA public key as HMAC secret, an RS256 token never against an EC key.
class JwsVerifier
{
public:
    /// @p jwks is a JWK Set ({"keys": [...]}, RFC 7517 5), possibly empty; @p hmacSecret the design's
    /// client secret (empty: none).
    [[nodiscard]] static SignatureCheck verify(const Jwt &jwt, const QJsonObject &jwks, const QByteArray &hmacSecret);

    /// The algorithms verify() can check.
    [[nodiscard]] static QStringList supportedAlgorithms();
};

} // namespace cad
