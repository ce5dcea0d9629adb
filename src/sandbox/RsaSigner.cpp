#include "sandbox/RsaSigner.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

namespace cad {

struct RsaSigner::Key
{
    EVP_PKEY *pkey = nullptr;
    ~Key() { EVP_PKEY_free(pkey); }
};

namespace {

QString openSslError()
{
    char buffer[256] = {};
    ERR_error_string_n(ERR_get_error(), buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

QByteArray bigNumber(EVP_PKEY *pkey, const char *name)
{
    BIGNUM *number = nullptr;
    if (EVP_PKEY_get_bn_param(pkey, name, &number) != 1)
        return {};
    QByteArray bytes(BN_num_bytes(number), Qt::Uninitialized);
    BN_bn2bin(number, reinterpret_cast<unsigned char *>(bytes.data()));
    BN_free(number);
    return bytes;
}

} // namespace

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

RsaSigner::RsaSigner() = default;
RsaSigner::~RsaSigner() = default;

bool RsaSigner::generate(QString *error)
{
    auto key = std::make_unique<Key>();
    key->pkey = EVP_RSA_gen(2048);
    if (!key->pkey) {
        if (error)
            *error = openSslError();
        return false;
    }
    m_key = std::move(key);
    // RFC 7638: SHA-256 of the required members in lexicographic order, without white space.
    const QJsonObject jwk = publicJwk();
    const QByteArray canonical = "{\"e\":\"" + jwk.value(QLatin1String("e")).toString().toLatin1() +
                                 "\",\"kty\":\"RSA\",\"n\":\"" + jwk.value(QLatin1String("n")).toString().toLatin1() +
                                 "\"}";
    m_keyId = QString::fromLatin1(base64Url(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256)));
    return true;
}

bool RsaSigner::hasKey() const
{
    return m_key && m_key->pkey;
}

QByteArray RsaSigner::signRs256(const QByteArray &data) const
{
    if (!hasKey())
        return {};
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    QByteArray signature;
    size_t length = 0;
    if (EVP_DigestSignInit(context, nullptr, EVP_sha256(), nullptr, m_key->pkey) == 1 &&
        EVP_DigestSign(context, nullptr, &length, reinterpret_cast<const unsigned char *>(data.constData()),
                       size_t(data.size())) == 1) {
        signature.resize(qsizetype(length));
        if (EVP_DigestSign(context, reinterpret_cast<unsigned char *>(signature.data()), &length,
                           reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size())) == 1)
            signature.resize(qsizetype(length));
        else
            signature.clear();
    }
    EVP_MD_CTX_free(context);
    return signature;
}

bool RsaSigner::verifyRs256(const QByteArray &data, const QByteArray &signature) const
{
    if (!hasKey())
        return false;
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    const bool valid =
        EVP_DigestVerifyInit(context, nullptr, EVP_sha256(), nullptr, m_key->pkey) == 1 &&
        EVP_DigestVerify(context, reinterpret_cast<const unsigned char *>(signature.constData()),
                         size_t(signature.size()), reinterpret_cast<const unsigned char *>(data.constData()),
                         size_t(data.size())) == 1;
    EVP_MD_CTX_free(context);
    ERR_clear_error();
    return valid;
}

QJsonObject RsaSigner::publicJwk() const
{
    if (!hasKey())
        return {};
    QJsonObject jwk{
        {QStringLiteral("kty"), QStringLiteral("RSA")},
        {QStringLiteral("n"), QString::fromLatin1(base64Url(bigNumber(m_key->pkey, OSSL_PKEY_PARAM_RSA_N)))},
        {QStringLiteral("e"), QString::fromLatin1(base64Url(bigNumber(m_key->pkey, OSSL_PKEY_PARAM_RSA_E)))},
        {QStringLiteral("alg"), QStringLiteral("RS256")},
        {QStringLiteral("use"), QStringLiteral("sig")}};
    if (!m_keyId.isEmpty())
        jwk.insert(QStringLiteral("kid"), m_keyId);
    return jwk;
}

} // namespace cad
