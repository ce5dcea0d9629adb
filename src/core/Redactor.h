#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cad {

/// The one place that decides what a secret looks like in text meant for people: logs, the
/// exchange log, curl previews, CLI output. Known secret values are replaced wherever they
/// appear; well-known secret-carrying fields are masked even when their value is unknown.
class Redactor
{
public:
    static constexpr QStringView Mask = u"••••••";

    /// Values shorter than 3 characters are ignored: they would mask innocent text everywhere.
    void addSecret(const QString &value);
    void addSecrets(const QStringList &values);
    [[nodiscard]] const QStringList &secrets() const { return m_secrets; }

    /// Replaces every known secret value with the mask, in each of these forms: as it is;
    /// percent-encoded as QUrl::toPercentEncoding() and FormBody write it (every byte but
    /// A-Z a-z 0-9 - . _ ~ as %XX, upper-case hex); form-encoded (the same with + for a space); and
    /// Base64 (standard alphabet, padded) of its UTF-8. No form is left in the result, even where a
    /// mask meets the text around it. Only whole forms are recognised: a value that is partly
    /// encoded, written with lower-case hex or Base64url, or cut in two is not (redactFields() masks
    /// well-known fields whatever their value). A value made only of the mask's character (•)
    /// cannot be told from the mask and is left as it is.
    [[nodiscard]] QString redact(QString text) const;

    /// Masks the values of fields that always carry secrets (access_token, refresh_token,
    /// id_token, client_secret, password, code, code_verifier, assertion) in JSON bodies,
    /// form bodies and URL queries, then applies redact().
    [[nodiscard]] QString redactFields(const QString &text) const;

    /// Authorization / Cookie / Proxy-Authorization header values: keeps the scheme, masks the rest.
    [[nodiscard]] static QString redactHeaderValue(const QByteArray &name, const QString &value);

    [[nodiscard]] static bool isSecretFieldName(QStringView name);

private:
    QStringList m_secrets;
};

} // namespace cad
