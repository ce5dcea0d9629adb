#pragma once

// Helpers shared by the design-time connection tests: definitions that point at the real
// oidc-provider, a headless sign-in through the connection's own loopback receiver, and the text
// of exchange records for secret scans.

#include "connection/DesignTimeConnection.h"
#include "model/BuiltinSchemas.h"
#include "model/ConnectorDefinition.h"
#include "oauth/ExchangeRecord.h"
#include "support/OidcProvider.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace cad::test {

inline void setValue(ConnectorDefinition &d, QStringView name, const QString &value)
{
    Property *p = d.property(name);
    Q_ASSERT(p);
    p->value = value;
}

/// Client credentials against the provider's client @p clientId; the test request goes to @p baseUrl + /resource.
inline ConnectorDefinition clientCredentialsDefinition(const OidcProvider &idp, const QString &clientId,
                                                       bool basicHeader, const QString &baseUrl)
{
    ConnectorDefinition d = ConnectorDefinition::create(AuthType::OAuth2ClientCredentials, QStringLiteral("CC test"));
    d.key = QStringLiteral("cc-test");
    d.baseUrl = baseUrl;
    d.testRequest.path = QStringLiteral("/resource");
    setValue(d, PropertyNames::ClientId, clientId);
    setValue(d, PropertyNames::TokenUrl, idp.tokenUrl().toString());
    setValue(d, PropertyNames::Scope, QStringLiteral("api:read"));
    setValue(d, PropertyNames::BasicHeader, basicHeader ? QStringLiteral("true") : QStringLiteral("false"));
    return d;
}

/// Authorization code with PKCE for the public client; by default the test request is the provider's /me.
inline ConnectorDefinition pkceDefinition(const OidcProvider &idp, const QString &baseUrl = QString(),
                                          const QString &path = QStringLiteral("/me"))
{
    ConnectorDefinition d =
        ConnectorDefinition::create(AuthType::OAuth2AuthorizationCodePkce, QStringLiteral("PKCE test"));
    d.key = QStringLiteral("pkce-test");
    d.baseUrl = baseUrl.isEmpty() ? idp.issuer().toString() : baseUrl;
    d.testRequest.path = path;
    setValue(d, PropertyNames::ClientId, QStringLiteral("public-pkce"));
    setValue(d, PropertyNames::AuthorizationUrl, idp.authorizationUrl().toString());
    setValue(d, PropertyNames::TokenUrl, idp.tokenUrl().toString());
    setValue(d, PropertyNames::TokenRevokeUrl, idp.revocationUrl().toString());
    setValue(d, PropertyNames::Scope, QStringLiteral("openid profile api:read"));
    // public-pkce is a public client: the author unticks Required on its client secret.
    d.property(PropertyNames::ClientSecret)->required = false;
    return d;
}

/// Authorization code (no PKCE) for the confidential client code-basic; test request GET /me.
inline ConnectorDefinition codeBasicDefinition(const OidcProvider &idp)
{
    ConnectorDefinition d = ConnectorDefinition::create(AuthType::OAuth2AuthorizationCode, QStringLiteral("Code test"));
    d.key = QStringLiteral("code-test");
    d.baseUrl = idp.issuer().toString();
    d.testRequest.path = QStringLiteral("/me");
    setValue(d, PropertyNames::ClientId, QStringLiteral("code-basic"));
    setValue(d, PropertyNames::AuthorizationUrl, idp.authorizationUrl().toString());
    setValue(d, PropertyNames::TokenUrl, idp.tokenUrl().toString());
    setValue(d, PropertyNames::TokenRevokeUrl, idp.revocationUrl().toString());
    setValue(d, PropertyNames::Scope, QStringLiteral("openid profile api:read"));
    return d;
}

/// Connects an authorization-code connection as a person with a system browser would: the
/// provider's login and consent pages are driven headlessly, then the redirect is loaded from the
/// connection's loopback receiver. Returns an empty string on success, else what went wrong.
inline QString signIn(DesignTimeConnection &connection, OidcProvider &idp, QNetworkAccessManager &browser)
{
    QSignalSpy required(&connection, &DesignTimeConnection::authorizationRequired);
    connection.connectToService();
    // Connecting again revokes the previous tokens first: the sign-in starts once that is done.
    if (required.isEmpty() && !required.wait(15000))
        return QStringLiteral("no authorization URL: ") + connection.statusMessage();
    const QUrl url = required.first().at(0).toUrl();
    const QUrl redirectUri = required.first().at(1).toUrl();
    const QUrl redirect = idp.authorizeHeadlessly(url);
    if (redirect.isEmpty())
        return idp.errorString();
    if (redirect.port() != redirectUri.port())
        return QStringLiteral("the provider redirected to %1, not to %2")
            .arg(redirect.toString(), redirectUri.toString());
    std::unique_ptr<QNetworkReply> page(browser.get(QNetworkRequest(redirect)));
    const bool settled = QTest::qWaitFor(
        [&] {
            return connection.state() == ConnectionState::Connected || connection.state() == ConnectionState::Failed;
        },
        15000);
    if (!settled || connection.state() != ConnectionState::Connected)
        return QStringLiteral("not connected: ") + connection.statusMessage();
    return {};
}

/// Everything a record could show a person, for secret scans.
inline QByteArray recordText(const ExchangeRecord &r)
{
    QByteArray text = r.method + ' ' + r.url.toEncoded() + ' ' + r.url.toString().toUtf8() + '\n';
    for (const auto &h : r.requestHeaders)
        text += h.first + ": " + h.second + '\n';
    text += r.requestBody + '\n';
    for (const auto &h : r.responseHeaders)
        text += h.first + ": " + h.second + '\n';
    text += r.responseBody + '\n' + r.error.toUtf8() + '\n';
    return text;
}

inline QByteArray exchangesText(const QList<ExchangeRecord> &records)
{
    QByteArray text;
    for (const ExchangeRecord &r : records)
        text += recordText(r);
    return text;
}

} // namespace cad::test
