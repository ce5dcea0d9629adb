#include "core/Redactor.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace cad {

namespace {
const QStringList &secretFieldNames()
{
    static const QStringList names{QStringLiteral("access_token"),
                                   QStringLiteral("refresh_token"),
                                   QStringLiteral("id_token"),
                                   QStringLiteral("client_secret"),
                                   QStringLiteral("password"),
                                   QStringLiteral("code"),
                                   QStringLiteral("code_verifier"),
                                   QStringLiteral("assertion"),
                                   QStringLiteral("token"),
                                   QStringLiteral("api_key"),
                                   QStringLiteral("personal_access_token")};
    return names;
}
} // namespace

void Redactor::addSecret(const QString &value)
{
    // Very short values would mask innocent text everywhere; they are still never logged on purpose.
    if (value.size() < 3 || m_secrets.contains(value))
        return;
    m_secrets.append(value);
    // Longest first so that a secret containing another is masked whole.
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void Redactor::addSecrets(const QStringList &values)
{
    for (const QString &v : values)
        addSecret(v);
}

QString Redactor::redact(QString text) const
{
    for (const QString &secret : m_secrets) {
        text.replace(secret, Mask.toString());
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        if (encoded != secret)
            text.replace(encoded, Mask.toString());
        const QString formEncoded = QString(encoded).replace(QStringLiteral("%20"), QStringLiteral("+"));
        if (formEncoded != encoded)
            text.replace(formEncoded, Mask.toString());
        const QString b64 = QString::fromLatin1(secret.toUtf8().toBase64());
        if (b64.size() >= 4)
            text.replace(b64, Mask.toString());
    }
    return text;
}

bool Redactor::isSecretFieldName(QStringView name)
{
    for (const QString &n : secretFieldNames()) {
        if (name.compare(n, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString Redactor::redactFields(const QString &text) const
{
    QString out = text;
    const QString alternatives = secretFieldNames().join(QLatin1Char('|'));
    // JSON: "name": "value"
    static const QRegularExpression json(
        QStringLiteral("(\"(?:%1)\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\")").arg(alternatives),
        QRegularExpression::CaseInsensitiveOption);
    out.replace(json, QStringLiteral("\\1") + Mask.toString() + QStringLiteral("\\3"));
    // form bodies and queries: name=value
    static const QRegularExpression form(QStringLiteral("((?:^|[?&\\s])(?:%1)=)([^&\\s\"']+)").arg(alternatives),
                                         QRegularExpression::CaseInsensitiveOption);
    out.replace(form, QStringLiteral("\\1") + Mask.toString());
    return redact(out);
}

QString Redactor::redactHeaderValue(const QByteArray &name, const QString &value)
{
    const QByteArray lower = name.toLower();
    if (lower == "authorization" || lower == "proxy-authorization") {
        const qsizetype space = value.indexOf(QLatin1Char(' '));
        if (space > 0)
            return value.left(space + 1) + Mask.toString();
        return Mask.toString();
    }
    if (lower == "cookie" || lower == "set-cookie" || lower.contains("token") || lower.contains("api-key") ||
        lower.contains("apikey") || lower.contains("secret"))
        return Mask.toString();
    return value;
}

} // namespace cad
