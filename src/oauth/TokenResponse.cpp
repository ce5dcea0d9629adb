#include "oauth/TokenResponse.h"

#include "oauth/FormBody.h"

#include "core/JsonPointer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariantMap>

#include <algorithm>
#include <cmath>
#include <optional>

namespace cad {

namespace {

// Returns the fields of a JSON object body, or of a form body when the server says so (GitHub
// answers form-encoded unless asked for JSON), as a JSON object. False if the body is neither.
bool readFields(const QByteArray &contentType, const QByteArray &body, QJsonObject &fields)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        fields = doc.object();
        return true;
    }
    if (contentType.toLower().startsWith("application/x-www-form-urlencoded")) {
        for (const auto &p : FormBody::parse(body))
            fields.insert(p.first, p.second);
        return !fields.isEmpty();
    }
    return false;
}

// The value a pointer refers to, or an undefined value.
QJsonValue at(const QJsonObject &fields, const QString &pointer)
{
    return JsonPointer::resolve(fields, pointer).value_or(QJsonValue(QJsonValue::Undefined));
}

// An absolute expiry: RFC 3339 text or seconds since 1970 (a number or numeric text).
std::optional<QDateTime> expiresAt(const QJsonValue &v)
{
    bool ok = false;
    double seconds = 0;
    if (v.isDouble()) {
        seconds = v.toDouble();
        ok = true;
    } else if (v.isString()) {
        const QString text = v.toString().trimmed();
        const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (parsed.isValid())
            return parsed.toUTC();
        seconds = text.toDouble(&ok);
    }
    // From 2001 to 2286: a time a server means, not milliseconds or a counter.
    if (!ok || !std::isfinite(seconds) || seconds < 978307200.0 || seconds > 9999999999.0)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(seconds), Qt::UTC);
}

QString stringField(const QJsonObject &fields, const QString &pointer)
{
    const QJsonValue v = at(fields, pointer);
    return v.isString() ? v.toString() : QString();
}

// The longest lifetime taken from a response: 10 years (365.25 days each) in seconds. Anything larger
// is not a lifetime a server means, and would overflow the date arithmetic.
constexpr double MaxExpiresInSeconds = 315576000.0;

// expires_in as a JSON number or a numeric string, finite and within [0, 10 years], truncated to whole
// seconds; nothing if absent or unusable (NaN, "inf", 1e300, negative, booleans, objects, words).
std::optional<qint64> expiresIn(const QJsonObject &fields, const QString &pointer, bool milliseconds)
{
    const QVariant v = at(fields, pointer).toVariant();
    bool ok = false;
    double seconds = 0;
    switch (v.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        seconds = v.toDouble(&ok);
        break;
    case QMetaType::QString:
        // QString::toDouble() also accepts "nan" and "inf": std::isfinite() below refuses them.
        seconds = v.toString().trimmed().toDouble(&ok);
        break;
    default: // absent, null, bool, object, array
        return std::nullopt;
    }
    if (milliseconds)
        seconds /= 1000.0;
    if (!ok || !std::isfinite(seconds) || seconds < 0 || seconds > MaxExpiresInSeconds)
        return std::nullopt;
    return static_cast<qint64>(std::trunc(seconds)); // in range: no overflow
}

// A field value as a person reads it in a message: strings as they are, anything else as JSON.
QString displayValue(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString)
        return v.toString();
    const QByteArray json = QJsonDocument(QJsonArray{QJsonValue::fromVariant(v)}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2)); // without the array's brackets
}
} // namespace

TokenResponse TokenResponse::parse(OAuthStage stage, int httpStatus, const QByteArray &contentType,
                                   const QByteArray &body, int defaultExpiresInSeconds, const TokenSet &previous,
                                   const QDateTime &now, const TokenResponseShape &shape)
{
    TokenResponse r;
    r.m_error.stage = stage;
    r.m_error.httpStatus = httpStatus;

    QJsonObject fields;
    const bool parsed = readFields(contentType, body, fields);
    const bool success = httpStatus >= 200 && httpStatus < 300;

    if (parsed && fields.contains(QStringLiteral("error"))) {
        r.m_error.kind = OAuthErrorKind::ServerError;
        r.m_error.code = JsonPointer::toText(fields.value(QStringLiteral("error")));
        r.m_error.description = fields.value(QStringLiteral("error_description")).toString();
        r.m_error.uri = fields.value(QStringLiteral("error_uri")).toString();
        if (stage == OAuthStage::Refresh && r.m_error.code == QLatin1String("invalid_grant"))
            r.m_error.kind = OAuthErrorKind::NeedsReauthorization;
        return r;
    }
    if (!success) {
        r.m_error.kind = OAuthErrorKind::HttpError;
        return r;
    }
    if (!parsed) {
        r.m_error.kind = OAuthErrorKind::InvalidResponse;
        r.m_error.detail =
            body.trimmed().isEmpty()
                ? QCoreApplication::translate("cad::TokenResponse", "The response body is empty.")
                : QCoreApplication::translate("cad::TokenResponse", "The response body is not JSON (Content-Type: %1).")
                      .arg(QString::fromLatin1(contentType.isEmpty() ? "none" : contentType));
        return r;
    }

    TokenSet &t = r.m_tokens;
    t.accessToken = stringField(fields, shape.accessTokenPointer);
    if (t.accessToken.isEmpty()) {
        r.m_error.kind = OAuthErrorKind::InvalidResponse;
        r.m_error.detail =
            shape.accessTokenPointer == QLatin1String("/access_token")
                ? QCoreApplication::translate("cad::TokenResponse", "The response has no access_token.")
                : QCoreApplication::translate("cad::TokenResponse",
                                              "The response has no access token at %1 (the access token field).")
                      .arg(shape.accessTokenPointer);
        r.m_tokens = {};
        return r;
    }
    // RFC 6749 7.1: the type is case-insensitive. Only bearer tokens (RFC 6750) can be sent; a missing or
    // empty token_type is read as Bearer, as most providers mean.
    const QVariant tokenType = fields.value(QStringLiteral("token_type")).toVariant();
    const bool noType = !tokenType.isValid() || tokenType.isNull() ||
                        (tokenType.typeId() == QMetaType::QString && tokenType.toString().isEmpty());
    // A design that says how the token is sent (a prefix, a header, a query parameter) takes Slack's
    // "bot" and the like as they are.
    if (!noType && !shape.anyTokenType &&
        (tokenType.typeId() != QMetaType::QString ||
         tokenType.toString().compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0)) {
        r.m_error.kind = OAuthErrorKind::InvalidResponse;
        r.m_error.detail = QCoreApplication::translate("cad::TokenResponse",
                                                       "The provider issued a \"%1\" token, which Connector Auth "
                                                       "Designer cannot send: it sends bearer tokens only. Ask the "
                                                       "provider for bearer tokens.")
                               .arg(displayValue(tokenType));
        r.m_tokens = {};
        return r;
    }
    t.tokenType = noType || tokenType.toString().compare(QLatin1String("bearer"), Qt::CaseInsensitive) == 0
                      ? QStringLiteral("Bearer")
                      : tokenType.toString();
    t.refreshToken = stringField(fields, shape.refreshTokenPointer);
    TokenResponseFacts &facts = r.m_facts;
    facts.stage = stage;
    facts.tokenTypeGiven = !noType;
    facts.refreshTokenGiven = !t.refreshToken.isEmpty();
    facts.refreshTokenRotated =
        !t.refreshToken.isEmpty() && !previous.refreshToken.isEmpty() && t.refreshToken != previous.refreshToken;
    if (t.refreshToken.isEmpty())
        t.refreshToken = previous.refreshToken; // RFC 6749 6: the old refresh token stays valid
    t.idToken = stringField(fields, QStringLiteral("/id_token"));
    if (t.idToken.isEmpty())
        t.idToken = previous.idToken;
    t.scope = stringField(fields, QStringLiteral("/scope"));
    facts.scopeGiven = !t.scope.isEmpty();
    facts.scope = t.scope;
    if (t.scope.isEmpty())
        t.scope = previous.scope; // RFC 6749 5.1: omitted = as requested / unchanged
    t.obtainedAt = now;
    std::optional<qint64> seconds = expiresIn(fields, shape.expiresInPointer, shape.expiresInMilliseconds);
    if (!seconds && !shape.expiresAtPointer.isEmpty()) {
        if (const std::optional<QDateTime> absolute = expiresAt(at(fields, shape.expiresAtPointer)))
            seconds = std::clamp<qint64>(now.secsTo(*absolute), 0, static_cast<qint64>(MaxExpiresInSeconds));
    }
    facts.expiresInGiven = seconds.has_value();
    facts.expiresInSeconds = seconds.value_or(0);
    facts.valid = true;
    t.expiresAt = now.addSecs(seconds.value_or(defaultExpiresInSeconds));
    // What the design captures: a refresh response that omits a value keeps the earlier one.
    t.captured = previous.captured;
    for (const auto &[name, pointer] : shape.captures) {
        const QJsonValue v = at(fields, pointer);
        if (v.isString() || v.isDouble() || v.isBool())
            t.captured.insert(name, JsonPointer::toText(v));
    }
    return r;
}

} // namespace cad
