#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace cad {

using SandboxHeaders = QList<QPair<QByteArray, QByteArray>>;

/// One HTTP request as the sandbox receives it: independent of the socket, so the provider's
/// behaviour is testable (and fuzzable) without a network.
struct SandboxRequest
{
    QByteArray method; ///< "GET", "POST", ...
    QUrl url;          ///< path and query as sent
    SandboxHeaders headers;
    QByteArray body;

    /// The first header named @p name (case-insensitive), empty when there is none.
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
};

/// The provider's answer.
struct SandboxResponse
{
    int status = 200;
    SandboxHeaders headers;
    QByteArray body;
    int delayMs = 0; ///< answer this late (the "delay" failure switch)

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
};

/// A client registered at the sandbox.
struct SandboxClient
{
    QString id;
    QString secret;     ///< empty: a public client (PKCE, no authentication)
    QString name;       ///< shown on the consent page
    QString authMethod; ///< token_endpoint_auth_method it was registered with
    QStringList grantTypes;

    [[nodiscard]] bool isPublic() const { return secret.isEmpty(); }
};

/// The credentials the sandbox's resource API accepts for the non-OAuth authentication types.
/// They are sandbox values, shown in the designer and printed by the CLI: nothing real.
struct SandboxCredentials
{
    static constexpr QStringView UserName = u"ada";
    static constexpr QStringView Password = u"sandbox-pässword"; ///< not ASCII: Basic is checked as UTF-8 (RFC 7617)
    static constexpr QStringView ApiKey = u"sandbox-api-key";
    static constexpr QStringView PersonalAccessToken = u"sandbox-personal-access-token";
    static constexpr QStringView CustomKeyHeader = u"X-Sandbox-Key";
    static constexpr QStringView CustomKey = u"sandbox-custom-key";
    static constexpr QStringView CustomSecretHeader = u"X-Sandbox-Secret";
    static constexpr QStringView CustomSecret = u"sandbox-custom-secret";
};

/// One request in the sandbox's log, as the server saw it, secrets masked.
struct SandboxLogEntry
{
    QDateTime time;
    QString method;
    QString path;
    QList<QPair<QString, QString>> query;
    QList<QPair<QString, QString>> headers;
    QList<QPair<QString, QString>> fields; ///< form fields of the body
    int status = 0;
};

} // namespace cad
