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

    void addSecret(const QString &value);
    void addSecrets(const QStringList &values);
    [[nodiscard]] const QStringList &secrets() const { return m_secrets; }

    /// Replaces every known secret value (and its URL- and Base64-encoded forms) with the mask.
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
