#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace cad {

/// An RSA key pair made at run time, for RS256 signatures (RFC 7518 3.3) and its public JWK
/// (RFC 7517). OpenSSL does the cryptography; nothing here is hand-written RSA.
class RsaSigner
{
public:
    RsaSigner();
    ~RsaSigner();
    RsaSigner(const RsaSigner &) = delete;
    RsaSigner &operator=(const RsaSigner &) = delete;

    /// Makes a fresh 2048-bit key. False (and @p error) when OpenSSL refuses.
    bool generate(QString *error = nullptr);
    [[nodiscard]] bool hasKey() const;

    /// RSASSA-PKCS1-v1_5 with SHA-256 over @p data; empty without a key.
    [[nodiscard]] QByteArray signRs256(const QByteArray &data) const;
    /// True when @p signature is a valid RS256 signature of @p data under this key.
    [[nodiscard]] bool verifyRs256(const QByteArray &data, const QByteArray &signature) const;

    /// {"kty": "RSA", "n", "e", "alg": "RS256", "use": "sig", "kid"}; the kid is the RFC 7638
    /// thumbprint, so it changes with the key.
    [[nodiscard]] QJsonObject publicJwk() const;
    [[nodiscard]] QString keyId() const { return m_keyId; }

private:
    struct Key;
    std::unique_ptr<Key> m_key;
    QString m_keyId;
};

/// Base64url without padding (RFC 7515 2), as JOSE writes every binary value.
[[nodiscard]] QByteArray base64Url(const QByteArray &data);

} // namespace cad
