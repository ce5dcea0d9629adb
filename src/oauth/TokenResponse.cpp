#include "oauth/TokenResponse.h"

#include "oauth/FormBody.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariantMap>

namespace cad {

namespace {

// Returns the fields of a JSON object body, or of a form body when the server says so (GitHub
// answers form-encoded unless asked for JSON). False if the body is neither.
bool readFields(const QByteArray &contentType, const QByteArray &body, QVariantMap &fields)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        fields = doc.object().toVariantMap();
        return true;
    }
    if (contentType.toLower().startsWith("application/x-www-form-urlencoded")) {
        for (const auto &p : FormBody::parse(body))
            fields.insert(p.first, p.second);
        return !fields.isEmpty();
    }
    return false;
}

QString stringField(const QVariantMap &fields, const QString &name)
{
    const QVariant v = fields.value(name);
    return v.typeId() == QMetaType::QString ? v.toString() : QString();
}

// expires_in as a JSON number or a numeric string; -1 if absent or unusable.
qint64 expiresIn(const QVariantMap &fields)
{
    const QVariant v = fields.value(QStringLiteral("expires_in"));
    if (!v.isValid() || v.isNull())
        return -1;
    bool ok = false;
    const double seconds = v.typeId() == QMetaType::QString ? v.toString().trimmed().toDouble(&ok) : v.toDouble(&ok);
    if (!ok || seconds < 0)
        return -1;
    return qint64(seconds);
}
} // namespace

TokenResponse TokenResponse::parse(OAuthStage stage, int httpStatus, const QByteArray &contentType,
                                   const QByteArray &body, int defaultExpiresInSeconds, const TokenSet &previous,
                                   const QDateTime &now)
{
    TokenResponse r;
    r.m_error.stage = stage;
    r.m_error.httpStatus = httpStatus;

    QVariantMap fields;
    const bool parsed = readFields(contentType, body, fields);
    const bool success = httpStatus >= 200 && httpStatus < 300;

    if (parsed && fields.contains(QStringLiteral("error"))) {
        r.m_error.kind = OAuthErrorKind::ServerError;
        r.m_error.code = fields.value(QStringLiteral("error")).toString();
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
    t.accessToken = stringField(fields, QStringLiteral("access_token"));
    if (t.accessToken.isEmpty()) {
        r.m_error.kind = OAuthErrorKind::InvalidResponse;
        r.m_error.detail = QCoreApplication::translate("cad::TokenResponse", "The response has no access_token.");
        r.m_tokens = {};
        return r;
    }
    t.tokenType = stringField(fields, QStringLiteral("token_type"));
    if (t.tokenType.isEmpty())
        t.tokenType = QStringLiteral("Bearer");
    t.refreshToken = stringField(fields, QStringLiteral("refresh_token"));
    r.m_rotated =
        !t.refreshToken.isEmpty() && !previous.refreshToken.isEmpty() && t.refreshToken != previous.refreshToken;
    if (t.refreshToken.isEmpty())
        t.refreshToken = previous.refreshToken; // RFC 6749 6: the old refresh token stays valid
    t.idToken = stringField(fields, QStringLiteral("id_token"));
    if (t.idToken.isEmpty())
        t.idToken = previous.idToken;
    t.scope = stringField(fields, QStringLiteral("scope"));
    if (t.scope.isEmpty())
        t.scope = previous.scope; // RFC 6749 5.1: omitted = as requested / unchanged
    t.obtainedAt = now;
    const qint64 seconds = expiresIn(fields);
    t.expiresAt = now.addSecs(seconds >= 0 ? seconds : defaultExpiresInSeconds);
    return r;
}

} // namespace cad
