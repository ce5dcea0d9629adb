#include "inspect/Jwt.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QList>

namespace cad {

namespace {

/// The dot-separated parts of a trimmed token.
QList<QStringView> partsOf(QStringView token)
{
    return token.trimmed().split(QLatin1Char('.'));
}

bool isBase64UrlText(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok =
            (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_';
        if (!ok)
            return false;
    }
    // Base64 of whole bytes never leaves a single character over (RFC 4648 4).
    return text.size() % 4 != 1;
}

/// Decodes unpadded base64url (RFC 7515 2); nullopt for anything else.
std::optional<QByteArray> base64UrlDecode(QStringView text)
{
    if (!isBase64UrlText(text))
        return std::nullopt;
    const auto result = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                            QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return *result;
}

std::optional<QJsonObject> jsonObject(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

void say(QString *why, const QString &text)
{
    if (why)
        *why = text;
}

} // namespace

QString Jwt::algorithm() const
{
    return header.value(QLatin1String("alg")).toString();
}

QString Jwt::keyId() const
{
    return header.value(QLatin1String("kid")).toString();
}

std::optional<Jwt> Jwt::decode(QStringView token, QString *why)
{
    const QStringView text = token.trimmed();
    if (text.isEmpty()) {
        say(why, QCoreApplication::translate("cad::InspectJwt",
                                             "The token is empty. Paste a token, or connect first to obtain one."));
        return std::nullopt;
    }
    if (text.size() > MaxTokenLength) {
        say(why, QCoreApplication::translate(
                     "cad::InspectJwt",
                     "The token is longer than %1 KiB, far longer than any JWT a provider issues, so it is not "
                     "decoded.")
                     .arg(MaxTokenLength / 1024));
        return std::nullopt;
    }
    const QList<QStringView> parts = partsOf(text);
    if (parts.size() == 5) {
        say(why, QCoreApplication::translate(
                     "cad::InspectJwt",
                     "The token is encrypted (a JWE with five parts), so its claims cannot be read without the "
                     "provider's key. Only the API it is meant for can decrypt it."));
        return std::nullopt;
    }
    if (parts.size() != 3) {
        say(why, parts.size() == 1
                     ? QCoreApplication::translate(
                           "cad::InspectJwt",
                           "The token is not a JWT: it has no dots. It is an opaque token, which only the provider "
                           "can read; use introspection to ask the provider about it.")
                     : QCoreApplication::translate(
                           "cad::InspectJwt",
                           "The token is not a JWT: a signed JWT has three parts separated by dots, this one has %1.")
                           .arg(parts.size()));
        return std::nullopt;
    }
    const auto headerBytes = base64UrlDecode(parts[0]);
    if (!headerBytes || parts[0].isEmpty()) {
        say(why, QCoreApplication::translate(
                     "cad::InspectJwt",
                     "The token's header (its first part) is not base64url text. Check that the token was copied "
                     "completely and without extra characters."));
        return std::nullopt;
    }
    const auto payloadBytes = base64UrlDecode(parts[1]);
    if (!payloadBytes) {
        say(why, QCoreApplication::translate(
                     "cad::InspectJwt",
                     "The token's payload (its second part) is not base64url text. Check that the token was copied "
                     "completely and without extra characters."));
        return std::nullopt;
    }
    const auto signatureBytes = base64UrlDecode(parts[2]);
    if (!signatureBytes) {
        say(why, QCoreApplication::translate(
                     "cad::InspectJwt",
                     "The token's signature (its third part) is not base64url text. Check that the token was copied "
                     "completely and without extra characters."));
        return std::nullopt;
    }
    const auto header = jsonObject(*headerBytes);
    if (!header) {
        say(why, QCoreApplication::translate("cad::InspectJwt",
                                             "The token's header is not a JSON object, so the token is not a JWT."));
        return std::nullopt;
    }
    const auto claims = jsonObject(*payloadBytes);
    if (!claims) {
        say(why, QCoreApplication::translate(
                     "cad::InspectJwt",
                     "The token's payload is not a JSON object, so it carries no JWT claims. It may be a signed "
                     "document of another kind."));
        return std::nullopt;
    }
    Jwt jwt;
    jwt.header = *header;
    jwt.claims = *claims;
    jwt.signingInput = parts[0].toLatin1() + '.' + parts[1].toLatin1();
    jwt.signature = *signatureBytes;
    if (why)
        why->clear();
    return jwt;
}

bool Jwt::looksLikeJwt(QStringView token)
{
    const QList<QStringView> parts = partsOf(token);
    if (parts.size() != 3 && parts.size() != 5)
        return false;
    const auto header = base64UrlDecode(parts[0]);
    return header && !parts[0].isEmpty() && jsonObject(*header).has_value();
}

bool Jwt::looksEncrypted(QStringView token)
{
    return partsOf(token).size() == 5 && looksLikeJwt(token);
}

} // namespace cad
