// Jwt::decode and JwsVerifier: tokens made here, keys generated and signatures made by OpenSSL in
// the test, and the published example of RFC 7515 Appendix A.1.
#include "inspect/JwsVerifier.h"
#include "inspect/Jwt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

#include <memory>

using namespace cad;

Q_DECLARE_METATYPE(cad::SignatureStatus)

namespace {

QByteArray b64u(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray unb64u(const char *text)
{
    return QByteArray::fromBase64(QByteArray(text), QByteArray::Base64UrlEncoding);
}

struct PKeyFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, PKeyFree>;

/// RFC 7515 Appendix A.1: the example HS256 JWS and its key (published in the RFC).
constexpr char Rfc7515A1Token[] =
    "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9"
    ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
    ".dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
constexpr char Rfc7515A1Key[] =
    "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow";

/// header.payload of a token with these JSON texts (written out, not built by the code under test).
QByteArray signingInput(const QByteArray &headerJson, const QByteArray &claimsJson)
{
    return b64u(headerJson) + '.' + b64u(claimsJson);
}

QString compact(const QByteArray &input, const QByteArray &signature)
{
    return QString::fromLatin1(input + '.' + b64u(signature));
}

QByteArray sign(EVP_PKEY *key, const char *digest, const QByteArray &data, bool pss = false)
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    EVP_PKEY_CTX *keyContext = nullptr;
    QByteArray signature;
    size_t length = 0;
    if (EVP_DigestSignInit_ex(context, &keyContext, digest, nullptr, nullptr, key, nullptr) == 1 &&
        (!pss || (EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) == 1 &&
                  EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, RSA_PSS_SALTLEN_DIGEST) == 1)) &&
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

/// OpenSSL's DER ECDSA signature as JWS wants it: R || S, each @p size bytes (RFC 7518 3.4).
QByteArray rawEcdsa(const QByteArray &der, int size)
{
    const auto *in = reinterpret_cast<const unsigned char *>(der.constData());
    ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &in, long(der.size()));
    if (!sig)
        return {};
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(sig, &r, &s);
    QByteArray out(2 * size, '\0');
    BN_bn2binpad(r, reinterpret_cast<unsigned char *>(out.data()), size);
    BN_bn2binpad(s, reinterpret_cast<unsigned char *>(out.data()) + size, size);
    ECDSA_SIG_free(sig);
    return out;
}

QByteArray bigNumber(EVP_PKEY *key, const char *name, int padTo = 0)
{
    BIGNUM *number = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &number) != 1)
        return {};
    QByteArray bytes(padTo ? padTo : BN_num_bytes(number), '\0');
    BN_bn2binpad(number, reinterpret_cast<unsigned char *>(bytes.data()), int(bytes.size()));
    BN_free(number);
    return bytes;
}

QJsonObject rsaJwk(EVP_PKEY *key, const QString &kid, const QString &alg = QString())
{
    QJsonObject jwk{{QStringLiteral("kty"), QStringLiteral("RSA")},
                    {QStringLiteral("n"), QString::fromLatin1(b64u(bigNumber(key, OSSL_PKEY_PARAM_RSA_N)))},
                    {QStringLiteral("e"), QString::fromLatin1(b64u(bigNumber(key, OSSL_PKEY_PARAM_RSA_E)))},
                    {QStringLiteral("use"), QStringLiteral("sig")}};
    if (!kid.isEmpty())
        jwk.insert(QStringLiteral("kid"), kid);
    if (!alg.isEmpty())
        jwk.insert(QStringLiteral("alg"), alg);
    return jwk;
}

QJsonObject ecJwk(EVP_PKEY *key, const QString &kid)
{
    QJsonObject jwk{{QStringLiteral("kty"), QStringLiteral("EC")},
                    {QStringLiteral("crv"), QStringLiteral("P-256")},
                    {QStringLiteral("x"), QString::fromLatin1(b64u(bigNumber(key, OSSL_PKEY_PARAM_EC_PUB_X, 32)))},
                    {QStringLiteral("y"), QString::fromLatin1(b64u(bigNumber(key, OSSL_PKEY_PARAM_EC_PUB_Y, 32)))}};
    if (!kid.isEmpty())
        jwk.insert(QStringLiteral("kid"), kid);
    return jwk;
}

QJsonObject keySet(const QList<QJsonObject> &keys)
{
    QJsonArray array;
    for (const QJsonObject &k : keys)
        array.append(k);
    return QJsonObject{{QStringLiteral("keys"), array}};
}

Jwt decoded(const QString &token)
{
    QString why;
    const auto jwt = Jwt::decode(token, &why);
    if (!jwt)
        qWarning("%s", qPrintable(why));
    return jwt.value_or(Jwt{});
}

/// The token with one byte of its signature changed.
QString withFlippedSignatureByte(const QByteArray &input, QByteArray signature)
{
    signature[signature.size() / 2] = char(signature[signature.size() / 2] ^ 0x01);
    return compact(input, signature);
}

const QByteArray Claims = R"({"iss":"https://idp.example","sub":"alice","aud":"app-1","exp":1700000000})";

} // namespace

class TestJwt : public QObject
{
    Q_OBJECT

private:
    PKey m_rsa;
    PKey m_otherRsa;
    PKey m_ec;

private slots:
    void initTestCase()
    {
        m_rsa.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)));
        m_otherRsa.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)));
        m_ec.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
        QVERIFY(m_rsa && m_otherRsa && m_ec);
    }

    // --- decoding ---

    void decodesHeaderClaimsAndSignature()
    {
        const QByteArray header = R"({"alg":"RS256","kid":"k1","typ":"JWT"})";
        const QByteArray signature = QByteArray::fromHex("00ff10203040");
        const QString token =
            QStringLiteral("  ") + compact(signingInput(header, Claims), signature) + QStringLiteral("\n"); // as pasted
        QString why = QStringLiteral("stale");
        const auto jwt = Jwt::decode(token, &why);
        QVERIFY2(jwt, qPrintable(why));
        QVERIFY(why.isEmpty());
        QCOMPARE(jwt->algorithm(), QStringLiteral("RS256"));
        QCOMPARE(jwt->keyId(), QStringLiteral("k1"));
        QCOMPARE(jwt->header.value(QLatin1String("typ")).toString(), QStringLiteral("JWT"));
        QCOMPARE(jwt->claims.value(QLatin1String("iss")).toString(), QStringLiteral("https://idp.example"));
        QCOMPARE(jwt->claims.value(QLatin1String("sub")).toString(), QStringLiteral("alice"));
        QCOMPARE(jwt->claims.value(QLatin1String("exp")).toInteger(), 1700000000);
        QCOMPARE(jwt->signingInput, b64u(header) + '.' + b64u(Claims));
        QCOMPARE(jwt->signature, signature);
        QVERIFY(Jwt::looksLikeJwt(token));
        QVERIFY(!Jwt::looksEncrypted(token));
    }

    void decodesTheRfc7515Example()
    {
        const auto jwt = Jwt::decode(QString::fromLatin1(Rfc7515A1Token));
        QVERIFY(jwt);
        QCOMPARE(jwt->header, (QJsonObject{{QStringLiteral("typ"), QStringLiteral("JWT")},
                                           {QStringLiteral("alg"), QStringLiteral("HS256")}}));
        QCOMPARE(jwt->claims.value(QLatin1String("iss")).toString(), QStringLiteral("joe"));
        QCOMPARE(jwt->claims.value(QLatin1String("exp")).toInteger(), 1300819380);
        QCOMPARE(jwt->claims.value(QLatin1String("http://example.com/is_root")).toBool(), true);
        QCOMPARE(jwt->keyId(), QString());
        QCOMPARE(jwt->signature.size(), 32);
    }

    void refusesWhatIsNotAJws_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("expected"); // a part of the reason
        const QString payload = QString::fromLatin1(b64u(Claims));
        QTest::newRow("empty") << QStringLiteral("   ") << QStringLiteral("empty");
        QTest::newRow("opaque") << QStringLiteral("2YotnFZFEjr1zCsicMWpAA") << QStringLiteral("opaque");
        QTest::newRow("two parts") << QStringLiteral("eyJhbGciOiJIUzI1NiJ9.e30") << QStringLiteral("this one has 2");
        // RFC 7516 A.1's protected header {"alg":"RSA-OAEP","enc":"A256GCM"}, the other parts made up.
        QTest::newRow("JWE") << QStringLiteral("eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.c2VjcmV0a2V5.aXY."
                                               "Y2lwaGVydGV4dA.dGFn")
                             << QStringLiteral("encrypted");
        QTest::newRow("header not base64url")
            << (QStringLiteral("eyJhbGciOi+IUzI1NiJ9.") + payload + QStringLiteral(".AAAA"))
            << QStringLiteral("header");
        QTest::newRow("payload not base64url")
            << QStringLiteral("eyJhbGciOiJIUzI1NiJ9.e30$$.AAAA") << QStringLiteral("payload (its second part)");
        QTest::newRow("signature not base64url")
            << (QStringLiteral("eyJhbGciOiJIUzI1NiJ9.") + payload + QStringLiteral(".AA=A"))
            << QStringLiteral("signature");
        QTest::newRow("header not JSON") << (QString::fromLatin1(b64u("not json")) + QLatin1Char('.') + payload +
                                             QStringLiteral(".AAAA"))
                                         << QStringLiteral("header is not a JSON object");
        QTest::newRow("payload an array")
            << (QStringLiteral("eyJhbGciOiJIUzI1NiJ9.") + QString::fromLatin1(b64u("[1,2]")) + QStringLiteral(".AAAA"))
            << QStringLiteral("payload is not a JSON object");
    }

    void refusesWhatIsNotAJws()
    {
        QFETCH(QString, token);
        QFETCH(QString, expected);
        QString why;
        QVERIFY(!Jwt::decode(token, &why));
        QVERIFY2(why.contains(expected), qPrintable(why));
        QVERIFY2(why.at(0).isUpper() && why.endsWith(QLatin1Char('.')), qPrintable(why));
        // The reason never repeats the token.
        for (const QString &part : token.trimmed().split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
            if (part.size() >= 4)
                QVERIFY2(!why.contains(part), qPrintable(why));
        }
    }

    void looksLikeJwt()
    {
        QVERIFY(Jwt::looksLikeJwt(QString::fromLatin1(Rfc7515A1Token)));
        const QString jwe = QStringLiteral("eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.a.b.c.d");
        QVERIFY(Jwt::looksLikeJwt(jwe));
        QVERIFY(Jwt::looksEncrypted(jwe));
        QVERIFY(!Jwt::looksLikeJwt(QStringLiteral("2YotnFZFEjr1zCsicMWpAA")));
        QVERIFY(!Jwt::looksLikeJwt(QStringLiteral("abc.def.ghi")));
        QVERIFY(!Jwt::looksLikeJwt(QString()));
    }

    // --- RS256, PS256, ES256 ---

    void rs256VerifiedWithTheKeyItNames()
    {
        const QByteArray input = signingInput(R"({"alg":"RS256","kid":"rsa-1"})", Claims);
        const QByteArray signature = sign(m_rsa.get(), "SHA256", input);
        QCOMPARE(signature.size(), 256);
        const QJsonObject jwks =
            keySet({ecJwk(m_ec.get(), QStringLiteral("ec-1")), rsaJwk(m_otherRsa.get(), QStringLiteral("rsa-0")),
                    rsaJwk(m_rsa.get(), QStringLiteral("rsa-1"), QStringLiteral("RS256"))});
        const SignatureCheck check = JwsVerifier::verify(decoded(compact(input, signature)), jwks, {});
        QCOMPARE(check.status, SignatureStatus::Verified);
        QCOMPARE(check.keyId, QStringLiteral("rsa-1"));
        QCOMPARE(check.algorithm, QStringLiteral("RS256"));
        QVERIFY2(check.explanation.contains(QLatin1String("rsa-1")), qPrintable(check.explanation));

        // One changed byte of the signature, or of the claims: no longer valid.
        QCOMPARE(JwsVerifier::verify(decoded(withFlippedSignatureByte(input, signature)), jwks, {}).status,
                 SignatureStatus::Invalid);
        const QByteArray otherClaims =
            R"({"iss":"https://idp.example","sub":"mallory","aud":"app-1","exp":1700000000})";
        const QByteArray forged = signingInput(R"({"alg":"RS256","kid":"rsa-1"})", otherClaims);
        const SignatureCheck tampered = JwsVerifier::verify(decoded(compact(forged, signature)), jwks, {});
        QCOMPARE(tampered.status, SignatureStatus::Invalid);
        QVERIFY2(tampered.explanation.contains(QLatin1String("does not match")), qPrintable(tampered.explanation));
    }

    void rs256WithoutKidTriesEveryRsaKey()
    {
        const QByteArray input = signingInput(R"({"alg":"RS256"})", Claims);
        const QByteArray signature = sign(m_rsa.get(), "SHA256", input);
        const QJsonObject jwks = keySet({rsaJwk(m_otherRsa.get(), QString()), rsaJwk(m_rsa.get(), QString())});
        QCOMPARE(JwsVerifier::verify(decoded(compact(input, signature)), jwks, {}).status, SignatureStatus::Verified);
        // Only the other key: Invalid, not Unverified (a key of the right type was tried).
        const QJsonObject other = keySet({rsaJwk(m_otherRsa.get(), QString())});
        QCOMPARE(JwsVerifier::verify(decoded(compact(input, signature)), other, {}).status, SignatureStatus::Invalid);
        // Only an EC key: nothing to try.
        const QJsonObject ecOnly = keySet({ecJwk(m_ec.get(), QString())});
        QCOMPARE(JwsVerifier::verify(decoded(compact(input, signature)), ecOnly, {}).status,
                 SignatureStatus::Unverified);
    }

    void signedByAnotherKeyUnderTheSameKid()
    {
        const QByteArray input = signingInput(R"({"alg":"RS256","kid":"rsa-1"})", Claims);
        const QByteArray signature = sign(m_otherRsa.get(), "SHA256", input);
        const QJsonObject jwks = keySet({rsaJwk(m_rsa.get(), QStringLiteral("rsa-1"))});
        QCOMPARE(JwsVerifier::verify(decoded(compact(input, signature)), jwks, {}).status, SignatureStatus::Invalid);
    }

    void ps256Verified()
    {
        const QByteArray input = signingInput(R"({"alg":"PS256","kid":"rsa-1"})", Claims);
        const QByteArray signature = sign(m_rsa.get(), "SHA256", input, true);
        const QJsonObject jwks = keySet({rsaJwk(m_rsa.get(), QStringLiteral("rsa-1"))});
        QCOMPARE(JwsVerifier::verify(decoded(compact(input, signature)), jwks, {}).status, SignatureStatus::Verified);
        // The same bytes claimed as RS256 (another padding): invalid.
        const QByteArray asRs = signingInput(R"({"alg":"RS256","kid":"rsa-1"})", Claims);
        QCOMPARE(JwsVerifier::verify(decoded(compact(asRs, sign(m_rsa.get(), "SHA256", asRs, true))), jwks, {}).status,
                 SignatureStatus::Invalid);
    }

    void es256VerifiedWithRawRAndS()
    {
        const QByteArray input = signingInput(R"({"alg":"ES256","kid":"ec-1"})", Claims);
        const QByteArray der = sign(m_ec.get(), "SHA256", input);
        const QByteArray raw = rawEcdsa(der, 32);
        QCOMPARE(raw.size(), 64);
        const QJsonObject jwks =
            keySet({rsaJwk(m_rsa.get(), QStringLiteral("rsa-1")), ecJwk(m_ec.get(), QStringLiteral("ec-1"))});
        const SignatureCheck check = JwsVerifier::verify(decoded(compact(input, raw)), jwks, {});
        QCOMPARE(check.status, SignatureStatus::Verified);
        QCOMPARE(check.keyId, QStringLiteral("ec-1"));

        QCOMPARE(JwsVerifier::verify(decoded(withFlippedSignatureByte(input, raw)), jwks, {}).status,
                 SignatureStatus::Invalid);
        // OpenSSL's DER form is not a JWS signature (RFC 7518 3.4 wants R || S).
        const SignatureCheck derCheck = JwsVerifier::verify(decoded(compact(input, der)), jwks, {});
        QCOMPARE(derCheck.status, SignatureStatus::Invalid);
        QVERIFY2(derCheck.explanation.contains(QLatin1String("must be 64")), qPrintable(derCheck.explanation));
    }

    void es256TokenNamingAnRsaKeyIsInvalid()
    {
        const QByteArray input = signingInput(R"({"alg":"ES256","kid":"rsa-1"})", Claims);
        const QByteArray raw = rawEcdsa(sign(m_ec.get(), "SHA256", input), 32);
        const QJsonObject jwks = keySet({rsaJwk(m_rsa.get(), QStringLiteral("rsa-1"))});
        const SignatureCheck check = JwsVerifier::verify(decoded(compact(input, raw)), jwks, {});
        QCOMPARE(check.status, SignatureStatus::Invalid);
        QVERIFY2(check.explanation.contains(QLatin1String("RSA")), qPrintable(check.explanation));
    }

    void keyIdMissingFromTheKeySet()
    {
        const QByteArray input = signingInput(R"({"alg":"RS256","kid":"rotated-away"})", Claims);
        const QByteArray signature = sign(m_rsa.get(), "SHA256", input);
        const QJsonObject jwks = keySet({rsaJwk(m_rsa.get(), QStringLiteral("rsa-1"))});
        const SignatureCheck check = JwsVerifier::verify(decoded(compact(input, signature)), jwks, {});
        QCOMPARE(check.status, SignatureStatus::Unverified);
        QVERIFY2(check.explanation.startsWith(QLatin1String("The provider publishes no key with id rotated-away")),
                 qPrintable(check.explanation));
        QCOMPARE(check.keyId, QStringLiteral("rotated-away"));
        // No key set at all.
        QCOMPARE(JwsVerifier::verify(decoded(compact(input, signature)), {}, {}).status, SignatureStatus::Unverified);
    }

    void shortRsaKeysAreNotTrusted()
    {
        PKey small(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(1024)));
        QVERIFY(small);
        const QByteArray input = signingInput(R"({"alg":"RS256","kid":"small"})", Claims);
        const QJsonObject jwks = keySet({rsaJwk(small.get(), QStringLiteral("small"))});
        const SignatureCheck check =
            JwsVerifier::verify(decoded(compact(input, sign(small.get(), "SHA256", input))), jwks, {});
        QCOMPARE(check.status, SignatureStatus::Unverified);
        QVERIFY2(check.explanation.contains(QLatin1String("1024 bits")), qPrintable(check.explanation));
    }

    // --- HS256 ---

    void hs256WithTheClientSecret_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<SignatureStatus>("status");
        QTest::newRow("the secret") << unb64u(Rfc7515A1Key) << SignatureStatus::Verified;
        QTest::newRow("another secret") << QByteArray("not-the-key-of-rfc-7515") << SignatureStatus::Invalid;
        QTest::newRow("the secret, one byte short") << unb64u(Rfc7515A1Key).chopped(1) << SignatureStatus::Invalid;
        QTest::newRow("no secret") << QByteArray() << SignatureStatus::Unverified;
    }

    void hs256WithTheClientSecret()
    {
        QFETCH(QByteArray, secret);
        QFETCH(SignatureStatus, status);
        QCOMPARE(unb64u(Rfc7515A1Key).size(), 64);
        const SignatureCheck check = JwsVerifier::verify(decoded(QString::fromLatin1(Rfc7515A1Token)),
                                                         keySet({rsaJwk(m_rsa.get(), {})}), secret);
        QCOMPARE(check.status, status);
        QCOMPARE(check.algorithm, QStringLiteral("HS256"));
        if (status == SignatureStatus::Unverified)
            QVERIFY2(check.explanation.startsWith(QLatin1String("HS256 needs the client secret, which this design "
                                                                "does not have")),
                     qPrintable(check.explanation));
        if (!secret.isEmpty())
            QVERIFY(!check.explanation.toUtf8().contains(secret));
        // A changed claim fails even with the right secret.
        if (status == SignatureStatus::Verified) {
            QString tampered = QLatin1String(Rfc7515A1Token);
            tampered.replace(QStringLiteral("eyJpc3MiOiJqb2Ui"), QString::fromLatin1(b64u(R"({"iss":"eve")")));
            QVERIFY(tampered != QLatin1String(Rfc7515A1Token));
            QCOMPARE(JwsVerifier::verify(decoded(tampered), {}, secret).status, SignatureStatus::Invalid);
        }
    }

    void hs256IsNeverCheckedWithTheProvidersPublicKey()
    {
        // The classic algorithm confusion: an attacker signs HS256 with the provider's public key
        // (its JWK's modulus, or the whole JWK) as HMAC secret. With no client secret the verifier
        // must not use the key set for HMAC at all.
        const QJsonObject jwk = rsaJwk(m_rsa.get(), QStringLiteral("rsa-1"));
        const QByteArray publicBytes = bigNumber(m_rsa.get(), OSSL_PKEY_PARAM_RSA_N);
        const QByteArray jwkText = QJsonDocument(jwk).toJson(QJsonDocument::Compact);
        for (const QByteArray &hmacKey : {publicBytes, jwkText}) {
            const QByteArray input = signingInput(R"({"alg":"HS256","kid":"rsa-1"})", Claims);
            unsigned char mac[EVP_MAX_MD_SIZE];
            size_t length = 0;
            QVERIFY(EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, hmacKey.constData(), size_t(hmacKey.size()),
                              reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()), mac,
                              sizeof mac, &length));
            const QString token = compact(input, QByteArray(reinterpret_cast<const char *>(mac), qsizetype(length)));
            const SignatureCheck check = JwsVerifier::verify(decoded(token), keySet({jwk}), {});
            QVERIFY(check.status != SignatureStatus::Verified);
            QCOMPARE(check.status, SignatureStatus::Unverified);
        }
    }

    // --- unsigned and unknown algorithms ---

    void algNoneIsNeverVerified_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("none") << QByteArray(R"({"alg":"none"})");
        QTest::newRow("None") << QByteArray(R"({"alg":"None","kid":"rsa-1"})");
        QTest::newRow("no alg") << QByteArray(R"({"typ":"JWT"})");
    }

    void algNoneIsNeverVerified()
    {
        QFETCH(QByteArray, header);
        const QString token = QString::fromLatin1(signingInput(header, Claims) + '.');
        const auto jwt = Jwt::decode(token);
        QVERIFY(jwt);
        QVERIFY(jwt->signature.isEmpty());
        const SignatureCheck check = JwsVerifier::verify(*jwt, keySet({rsaJwk(m_rsa.get(), QStringLiteral("rsa-1"))}),
                                                         QByteArray("client-secret"));
        QCOMPARE(check.status, SignatureStatus::Invalid);
        QVERIFY(!check.explanation.isEmpty());
    }

    void unknownAlgorithmIsUnverified()
    {
        const QString token =
            QString::fromLatin1(signingInput(R"({"alg":"EdDSA","kid":"ed"})", Claims) + '.' + b64u("sixty-four"));
        const SignatureCheck check = JwsVerifier::verify(decoded(token), keySet({}), {});
        QCOMPARE(check.status, SignatureStatus::Unverified);
        QVERIFY2(check.explanation.startsWith(QLatin1String("Algorithm EdDSA is not checked by this version")),
                 qPrintable(check.explanation));
    }
};

QTEST_GUILESS_MAIN(TestJwt)
#include "tst_jwt.moc"
