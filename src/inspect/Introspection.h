#pragma once

#include "core/Redactor.h"
#include "oauth/ExchangeRecord.h"
#include "oauth/OAuthConfig.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace cad {

/// Asks the authorization server about a token (RFC 7662 token introspection).
///
///   introspect(config, url, token, hint)
///        │ url https (or http to a loopback host) and at the token URL's origin?
///        │   no ──► failed(message), nothing sent
///        ▼
///   POST url  token=…&token_type_hint=…   client authentication as the design says (Basic or body)
///        │
///        ├─ 200 JSON object with boolean "active" ──► finished(answer)
///        └─ anything else ──► failed(HTTP status, OAuth error and description)
///
/// The token and the client secret go only to the authorization server's origin: the token URL's.
/// Every HTTP exchange is reported through exchange(), redacted (the token, the client secret and
/// the design's secret values are masked); no message contains a secret. Emits finished or failed
/// exactly once per introspect(), never from inside it; a new introspect() abandons the one in flight
/// (which then emits nothing more).
class Introspection : public QObject
{
    Q_OBJECT

public:
    /// The most an introspection answer may be.
    static constexpr qint64 MaxResponseBytes = 1024 * 1024;

    explicit Introspection(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~Introspection() override;

    /// @p tokenTypeHint is "access_token", "refresh_token" or empty (none sent).
    void introspect(const OAuthConfig &config, const QUrl &introspectionUrl, const QString &token,
                    const QString &tokenTypeHint);
    [[nodiscard]] bool isBusy() const { return !m_reply.isNull(); }

    /// Why a request to @p introspectionUrl must not be sent under @p config, or an empty string:
    /// not a full URL, not https (except to a loopback host), or another origin than the token URL's.
    [[nodiscard]] static QString refusalFor(const OAuthConfig &config, const QUrl &introspectionUrl);

signals:
    /// The parsed answer; answer["active"] is a boolean.
    void finished(const QJsonObject &answer);
    void failed(const QString &message);
    void exchange(const cad::ExchangeRecord &record);

private:
    void abandon();
    void failLater(const QString &message);

    QPointer<QNetworkAccessManager> m_network;
    QPointer<QNetworkReply> m_reply;
    quint64 m_generation = 0;
};

} // namespace cad
