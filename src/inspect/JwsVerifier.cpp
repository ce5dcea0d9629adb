#include "inspect/JwsVerifier.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/rsa.h>

#include <memory>
#include <optional>

namespace cad {

namespace {

enum class Family
{
    Rsa,  ///< RSASSA-PKCS1-v1_5
    Pss,  ///< RSASSA-PSS
    Ec,   ///< ECDSA
    Hmac, ///< HMAC with the client secret
};

struct Algorithm
{
    const char *name;
    Family family;
    const char *digest;  ///< OpenSSL digest name
    const char *curve;   ///< JWK crv (EC only)
    const char *group;   ///< OpenSSL group name (EC only)
    int coordinateBytes; ///< length of R, S, x and y (EC only)
};

constexpr Algorithm Algorithms[] = {
    {"RS256", Family::Rsa, "SHA256", nullptr, nullptr, 0},
    {"RS384", Family::Rsa, "SHA384", nullptr, nullptr, 0},
    {"RS512", Family::Rsa, "SHA512", nullptr, nullptr, 0},
    {"PS256", Family::Pss, "SHA256", nullptr, nullptr, 0},
    {"PS384", Family::Pss, "SHA384", nullptr, nullptr, 0},
    {"PS512", Family::Pss, "SHA512", nullptr, nullptr, 0},
    {"ES256", Family::Ec, "SHA256", "P-256", "prime256v1", 32},
    {"ES384", Family::Ec, "SHA384", "P-384", "secp384r1", 48},
    {"ES512", Family::Ec, "SHA512", "P-521", "secp521r1", 66},
    {"HS256", Family::Hmac, "SHA256", nullptr, nullptr, 0},
    {"HS384", Family::Hmac, "SHA384", nullptr, nullptr, 0},
    {"HS512", Family::Hmac, "SHA512", nullptr, nullptr, 0},
};

/// RSA keys shorter than this are not trusted (RFC 7518 3.3).
constexpr int MinRsaBits = 2048;

const Algorithm *findAlgorithm(const QString &name)
{
    for (const Algorithm &a : Algorithms) {
        if (name == QLatin1String(a.name))
            return &a;
    }
    return nullptr;
}

QString keyType(Family family)
{
    return family == Family::Ec ? QStringLiteral("EC") : QStringLiteral("RSA");
}

/// A value from the token or the key set, short enough for a sentence.
QString shown(const QString &text)
{
    return text.size() > 100 ? text.left(100) + QChar(0x2026) : text;
}

struct PKeyFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct PKeyCtxFree
{
    void operator()(EVP_PKEY_CTX *p) const { EVP_PKEY_CTX_free(p); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); }
};
struct BnFree
{
    void operator()(BIGNUM *p) const { BN_free(p); }
};
struct ParamBldFree
{
    void operator()(OSSL_PARAM_BLD *p) const { OSSL_PARAM_BLD_free(p); }
};
struct ParamFree
{
    void operator()(OSSL_PARAM *p) const { OSSL_PARAM_free(p); }
};
struct EcdsaSigFree
{
    void operator()(ECDSA_SIG *p) const { ECDSA_SIG_free(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, PKeyFree>;
using PKeyCtx = std::unique_ptr<EVP_PKEY_CTX, PKeyCtxFree>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;
using Bn = std::unique_ptr<BIGNUM, BnFree>;
using ParamBld = std::unique_ptr<OSSL_PARAM_BLD, ParamBldFree>;
using Params = std::unique_ptr<OSSL_PARAM, ParamFree>;
using EcdsaSig = std::unique_ptr<ECDSA_SIG, EcdsaSigFree>;

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

/// A base64url member of a JWK (padding tolerated), nullopt when missing or not base64url.
std::optional<QByteArray> jwkBytes(const QJsonObject &jwk, const char *name)
{
    const QJsonValue value = jwk.value(QLatin1String(name));
    if (!value.isString() || value.toString().isEmpty())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        value.toString().toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    return decoded.decoded;
}

Bn bigNumber(const QByteArray &data)
{
    return Bn(BN_bin2bn(bytes(data), int(data.size()), nullptr));
}

/// A public key made from parameters, or null.
PKey fromData(const char *type, OSSL_PARAM_BLD *builder)
{
    const Params params(OSSL_PARAM_BLD_to_param(builder));
    const PKeyCtx context(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !context || EVP_PKEY_fromdata_init(context.get()) != 1 ||
        EVP_PKEY_fromdata(context.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return {};
    return PKey(key);
}

/// The public key of @p jwk for @p algorithm, or null with @p problem saying why it cannot be used.
PKey publicKey(const QJsonObject &jwk, const Algorithm &algorithm, QString *problem)
{
    ParamBld builder(OSSL_PARAM_BLD_new());
    if (algorithm.family == Family::Ec) {
        const auto x = jwkBytes(jwk, "x");
        const auto y = jwkBytes(jwk, "y");
        const int size = algorithm.coordinateBytes;
        if (!x || !y || x->size() > size || y->size() > size) {
            *problem = QCoreApplication::translate("cad::InspectSignature",
                                                   "its x and y are not %1-byte base64url coordinates")
                           .arg(size);
            return {};
        }
        // An uncompressed point (SEC 1 2.3.3): 0x04, x, y, each left-padded to the coordinate size.
        const QByteArray point =
            QByteArray(1, '\x04') + QByteArray(size - x->size(), '\0') + *x + QByteArray(size - y->size(), '\0') + *y;
        PKey key;
        if (builder &&
            OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, algorithm.group, 0) == 1 &&
            OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                             size_t(point.size())) == 1)
            key = fromData("EC", builder.get());
        if (key) {
            // The point must be on the curve; an invalid one can leak nothing here, but it is no key.
            const PKeyCtx check(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
            if (!check || EVP_PKEY_public_check(check.get()) != 1)
                key.reset();
        }
        if (!key)
            *problem = QCoreApplication::translate("cad::InspectSignature", "its x and y are not a point on %1")
                           .arg(QLatin1String(algorithm.curve));
        ERR_clear_error();
        return key;
    }
    const auto n = jwkBytes(jwk, "n");
    const auto e = jwkBytes(jwk, "e");
    if (!n || !e) {
        *problem = QCoreApplication::translate("cad::InspectSignature", "it has no base64url modulus n or exponent e");
        return {};
    }
    const Bn modulus = bigNumber(*n);
    const Bn exponent = bigNumber(*e);
    PKey key;
    if (builder && modulus && exponent &&
        OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, modulus.get()) == 1 &&
        OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, exponent.get()) == 1)
        key = fromData("RSA", builder.get());
    ERR_clear_error();
    if (!key) {
        *problem = QCoreApplication::translate("cad::InspectSignature", "OpenSSL does not accept its n and e");
        return {};
    }
    if (const int bits = EVP_PKEY_get_bits(key.get()); bits < MinRsaBits) {
        *problem = QCoreApplication::translate("cad::InspectSignature",
                                               "it has only %1 bits, and RSA keys of fewer than %2 bits are not "
                                               "trusted (RFC 7518 3.3)")
                       .arg(bits)
                       .arg(MinRsaBits);
        return {};
    }
    return key;
}

/// The DER ECDSA-Sig-Value for a JWS signature R || S (RFC 7518 3.4), or empty.
QByteArray derSignature(const QByteArray &raw, int coordinateBytes)
{
    if (raw.size() != 2 * coordinateBytes)
        return {};
    EcdsaSig sig(ECDSA_SIG_new());
    BIGNUM *r = BN_bin2bn(bytes(raw), coordinateBytes, nullptr);
    BIGNUM *s = BN_bin2bn(bytes(raw) + coordinateBytes, coordinateBytes, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return {};
    }
    const int length = i2d_ECDSA_SIG(sig.get(), nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_ECDSA_SIG(sig.get(), &out) != length)
        return {};
    return der;
}

bool verifySignature(EVP_PKEY *key, const Algorithm &algorithm, const QByteArray &input, const QByteArray &signature)
{
    const MdCtx context(EVP_MD_CTX_new());
    EVP_PKEY_CTX *keyContext = nullptr; // owned by context
    bool ok = context && EVP_DigestVerifyInit_ex(context.get(), &keyContext, algorithm.digest, nullptr, nullptr, key,
                                                 nullptr) == 1;
    if (ok && algorithm.family == Family::Pss) {
        ok = EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) == 1 &&
             EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, RSA_PSS_SALTLEN_DIGEST) == 1;
    }
    ok = ok && EVP_DigestVerify(context.get(), bytes(signature), size_t(signature.size()), bytes(input),
                                size_t(input.size())) == 1;
    ERR_clear_error();
    return ok;
}

SignatureCheck result(SignatureStatus status, const QString &explanation, const QString &keyId,
                      const QString &algorithm)
{
    return SignatureCheck{status, explanation, keyId, algorithm};
}

SignatureCheck verifyHmac(const Jwt &jwt, const Algorithm &algorithm, const QByteArray &secret)
{
    const QString alg = QLatin1String(algorithm.name);
    if (secret.isEmpty())
        return result(SignatureStatus::Unverified,
                      QCoreApplication::translate("cad::InspectSignature",
                                                  "%1 needs the client secret, which this design does not have. "
                                                  "Enter the client secret to check the signature; the provider's "
                                                  "public keys cannot check an HMAC signature.")
                          .arg(alg),
                      jwt.keyId(), alg);
    unsigned char mac[EVP_MAX_MD_SIZE];
    size_t length = 0;
    const bool computed =
        EVP_Q_mac(nullptr, "HMAC", nullptr, algorithm.digest, nullptr, secret.constData(), size_t(secret.size()),
                  bytes(jwt.signingInput), size_t(jwt.signingInput.size()), mac, sizeof mac, &length) != nullptr;
    ERR_clear_error();
    if (!computed)
        return result(SignatureStatus::Unverified,
                      QCoreApplication::translate("cad::InspectSignature",
                                                  "OpenSSL could not compute the %1 signature, so it was not checked.")
                          .arg(alg),
                      jwt.keyId(), alg);
    const bool equal = size_t(jwt.signature.size()) == length &&
                       CRYPTO_memcmp(mac, jwt.signature.constData(), length) == 0; // constant time
    OPENSSL_cleanse(mac, sizeof mac);
    if (equal)
        return result(SignatureStatus::Verified,
                      QCoreApplication::translate("cad::InspectSignature",
                                                  "The %1 signature is valid: it was made with this design's client "
                                                  "secret.")
                          .arg(alg),
                      jwt.keyId(), alg);
    return result(SignatureStatus::Invalid,
                  QCoreApplication::translate("cad::InspectSignature",
                                              "The %1 signature does not match the client secret: the token was "
                                              "changed after it was signed, or another secret signed it.")
                      .arg(alg),
                  jwt.keyId(), alg);
}

/// Why @p jwk cannot make @p algorithm signatures, or an empty string.
QString mismatch(const QJsonObject &jwk, const Algorithm &algorithm)
{
    const QString kty = jwk.value(QLatin1String("kty")).toString();
    const QString keyAlg = jwk.value(QLatin1String("alg")).toString();
    const QString use = jwk.value(QLatin1String("use")).toString();
    const QString alg = QLatin1String(algorithm.name);
    if (kty != keyType(algorithm.family))
        return QCoreApplication::translate("cad::InspectSignature", "it is a key of type %1, and %2 needs an %3 key")
            .arg(kty.isEmpty() ? QStringLiteral("?") : shown(kty), alg, keyType(algorithm.family));
    if (!keyAlg.isEmpty() && keyAlg != alg)
        return QCoreApplication::translate("cad::InspectSignature", "it is meant for %1 signatures, not %2")
            .arg(shown(keyAlg), alg);
    if (algorithm.family == Family::Ec && jwk.value(QLatin1String("crv")).toString() != QLatin1String(algorithm.curve))
        return QCoreApplication::translate("cad::InspectSignature", "it is on the curve %1, and %2 needs %3")
            .arg(shown(jwk.value(QLatin1String("crv")).toString()), alg, QLatin1String(algorithm.curve));
    if (!use.isEmpty() && use != QLatin1String("sig"))
        return QCoreApplication::translate("cad::InspectSignature", "it is published for \"%1\", not for signatures")
            .arg(shown(use));
    return {};
}

} // namespace

QStringList JwsVerifier::supportedAlgorithms()
{
    QStringList names;
    for (const Algorithm &a : Algorithms)
        names << QLatin1String(a.name);
    return names;
}

SignatureCheck JwsVerifier::verify(const Jwt &jwt, const QJsonObject &jwks, const QByteArray &hmacSecret)
{
    const QString alg = jwt.algorithm();
    const QString kid = jwt.keyId();
    if (alg.isEmpty())
        return result(SignatureStatus::Invalid,
                      QCoreApplication::translate("cad::InspectSignature",
                                                  "The token's header names no algorithm (alg), which every signed "
                                                  "token must. The token is damaged or was not made by a provider."),
                      kid, alg);
    if (alg.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return result(SignatureStatus::Invalid,
                      QCoreApplication::translate("cad::InspectSignature",
                                                  "The token is not signed (alg \"none\"), so anyone could have "
                                                  "written it. Do not accept it as proof of anything."),
                      kid, alg);
    const Algorithm *algorithm = findAlgorithm(alg);
    if (!algorithm)
        return result(SignatureStatus::Unverified,
                      QCoreApplication::translate("cad::InspectSignature",
                                                  "Algorithm %1 is not checked by this version; it checks %2.")
                          .arg(shown(alg), supportedAlgorithms().join(QStringLiteral(", "))),
                      kid, alg);
    if (algorithm->family == Family::Hmac)
        return verifyHmac(jwt, *algorithm, hmacSecret);

    const QJsonArray keys = jwks.value(QLatin1String("keys")).toArray();
    if (keys.isEmpty())
        return result(SignatureStatus::Unverified,
                      QCoreApplication::translate("cad::InspectSignature",
                                                  "No keys of the provider are loaded, so the %1 signature cannot be "
                                                  "checked. Fetch the provider's keys (its jwks_uri) first.")
                          .arg(alg),
                      kid, alg);

    QList<QJsonObject> usable;
    if (!kid.isEmpty()) {
        QStringList problems;
        bool named = false;
        for (const QJsonValue &value : keys) {
            const QJsonObject jwk = value.toObject();
            if (jwk.value(QLatin1String("kid")).toString() != kid)
                continue;
            named = true;
            if (const QString problem = mismatch(jwk, *algorithm); problem.isEmpty())
                usable.append(jwk);
            else
                problems.append(problem);
        }
        if (!named)
            return result(SignatureStatus::Unverified,
                          QCoreApplication::translate("cad::InspectSignature",
                                                      "The provider publishes no key with id %1. Its keys may have "
                                                      "changed since they were fetched: fetch them again. If the key "
                                                      "is still missing, the token does not come from this provider.")
                              .arg(shown(kid)),
                          kid, alg);
        if (usable.isEmpty())
            return result(SignatureStatus::Invalid,
                          QCoreApplication::translate("cad::InspectSignature",
                                                      "The token says it is signed with %1 by the key %2, but %3. A "
                                                      "provider does not make such tokens: the header was changed or "
                                                      "the token is forged.")
                              .arg(alg, shown(kid), problems.join(QStringLiteral("; "))),
                          kid, alg);
    } else {
        for (const QJsonValue &value : keys) {
            const QJsonObject jwk = value.toObject();
            if (mismatch(jwk, *algorithm).isEmpty())
                usable.append(jwk);
        }
        if (usable.isEmpty())
            return result(SignatureStatus::Unverified,
                          QCoreApplication::translate("cad::InspectSignature",
                                                      "The provider publishes no %1 key for %2 signatures, and the "
                                                      "token names no key id. Fetch the provider's keys again, or the "
                                                      "token does not come from this provider.")
                              .arg(keyType(algorithm->family), alg),
                          kid, alg);
    }

    QByteArray signature = jwt.signature;
    if (algorithm->family == Family::Ec) {
        signature = derSignature(jwt.signature, algorithm->coordinateBytes);
        if (signature.isEmpty())
            return result(SignatureStatus::Invalid,
                          QCoreApplication::translate("cad::InspectSignature",
                                                      "The %1 signature is %2 bytes long; it must be %3 (R and S). "
                                                      "The token is damaged or forged.")
                              .arg(alg)
                              .arg(jwt.signature.size())
                              .arg(2 * algorithm->coordinateBytes),
                          kid, alg);
    }

    QStringList keyProblems;
    int tried = 0;
    for (const QJsonObject &jwk : std::as_const(usable)) {
        const QString keyId = jwk.value(QLatin1String("kid")).toString();
        QString problem;
        const PKey key = publicKey(jwk, *algorithm, &problem);
        if (!key) {
            keyProblems.append(QCoreApplication::translate("cad::InspectSignature", "the key %1 cannot be used: %2")
                                   .arg(keyId.isEmpty()
                                            ? QCoreApplication::translate("cad::InspectSignature", "without id")
                                            : shown(keyId),
                                        problem));
            continue;
        }
        ++tried;
        if (verifySignature(key.get(), *algorithm, jwt.signingInput, signature))
            return result(SignatureStatus::Verified,
                          keyId.isEmpty()
                              ? QCoreApplication::translate("cad::InspectSignature",
                                                            "The %1 signature is valid: it was made with a key the "
                                                            "provider publishes.")
                                    .arg(alg)
                              : QCoreApplication::translate("cad::InspectSignature",
                                                            "The %1 signature is valid: it was made with the "
                                                            "provider's key %2.")
                                    .arg(alg, shown(keyId)),
                          keyId, alg);
    }
    if (tried == 0)
        return result(SignatureStatus::Unverified,
                      QCoreApplication::translate("cad::InspectSignature",
                                                  "The %1 signature was not checked: %2. Check the provider's key set.")
                          .arg(alg, keyProblems.join(QStringLiteral("; "))),
                      kid, alg);
    return result(SignatureStatus::Invalid,
                  kid.isEmpty()
                      ? QCoreApplication::translate("cad::InspectSignature",
                                                    "The %1 signature matches none of the provider's %2 keys: the "
                                                    "token was changed after it was signed, or another key made it.")
                            .arg(alg, keyType(algorithm->family))
                      : QCoreApplication::translate("cad::InspectSignature",
                                                    "The %1 signature does not match the provider's key %2: the token "
                                                    "was changed after it was signed, or another key made it.")
                            .arg(alg, shown(kid)),
                  kid, alg);
}

} // namespace cad
