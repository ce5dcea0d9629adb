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
    const QString mask = Mask.toString();
    const QChar maskChar = Mask.front();
    // Every form of every secret, longest first, so that a secret containing another is masked whole.
    QStringList forms;
    for (const QString &secret : m_secrets) {
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        const QString formEncoded = QString(encoded).replace(QStringLiteral("%20"), QStringLiteral("+"));
        forms << secret << encoded << formEncoded << QString::fromLatin1(secret.toUtf8().toBase64());
    }
    forms.removeDuplicates();
    // A form made only of the mask's character cannot be told from the mask: leave it.
    forms.removeIf([maskChar](const QString &form) { return form.count(maskChar) == form.size(); });
    std::stable_sort(forms.begin(), forms.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    const bool maskLike =
        std::any_of(forms.cbegin(), forms.cend(), [maskChar](const QString &f) { return f.contains(maskChar); });

    // A form that contains the mask's character can appear anew where a mask meets the text around it
    // (the secret "•ab" in "%E2%80%A2ab" + "ab" once the percent-encoded form is masked): repeat until no
    // form is left. Each pass that changes the text removes characters other than the mask's, so this ends.
    bool changed = true;
    while (changed) {
        changed = false;
        for (const QString &form : std::as_const(forms)) {
            if (text.contains(form)) {
                text.replace(form, mask);
                changed = true;
            }
        }
        if (!maskLike)
            break; // one pass is enough: a mask cannot complete a form without its character
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
