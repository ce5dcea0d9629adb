#include "connection/DesignTimeConnection.h"

#include "connection/OAuthSettings.h"
#include "core/Logging.h"
#include "core/Redactor.h"
#include "model/Fingerprint.h"
#include "model/Validator.h"
#include "oauth/LoopbackReceiver.h"
#include "oauth/OAuthClient.h"
#include "oauth/RevocationResult.h"
#include "request/RequestAuthorizer.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace cad {

namespace {

const QString AccessTokenName = QStringLiteral("connection/access_token");
const QString RefreshTokenName = QStringLiteral("connection/refresh_token");
const QString IdTokenName = QStringLiteral("connection/id_token");
const QString FingerprintName = QStringLiteral("connection/fingerprint");
const QString ExpiryName = QStringLiteral("connection/expiry"); // JSON: times, scope, token type
} // namespace

DesignTimeConnection::DesignTimeConnection(QNetworkAccessManager *network, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_secrets(secrets)
    , m_oauth(new OAuthClient(network, this))
    , m_loopback(new LoopbackReceiver(this))
{
    connect(m_oauth, &OAuthClient::tokensChanged, this, &DesignTimeConnection::onTokensChanged);
    connect(m_oauth, &OAuthClient::failed, this, &DesignTimeConnection::onOAuthFailed);
    connect(m_oauth, &OAuthClient::revoked, this, &DesignTimeConnection::onRevoked);
    connect(m_oauth, &OAuthClient::exchange, this, &DesignTimeConnection::recordExchange);
    connect(m_loopback, &LoopbackReceiver::redirectReceived, this, &DesignTimeConnection::handleRedirect);
    connect(m_loopback, &LoopbackReceiver::timedOut, this, [this] {
        if (m_state != ConnectionState::Authorizing)
            return;
        m_oauth->cancel();
        setState(ConnectionState::Failed,
                 QCoreApplication::translate("cad::DesignTimeConnection",
                                             "No sign-in arrived in time. Press Connect to try again."));
        Q_EMIT authorizationFinished(false);
    });
}

DesignTimeConnection::~DesignTimeConnection() = default;

const TokenSet &DesignTimeConnection::tokens() const
{
    return m_oauth->tokens();
}

QUrl DesignTimeConnection::redirectUri() const
{
    return m_loopback->isListening() ? m_loopback->redirectUri() : QUrl(redirectUriPattern());
}

QByteArray DesignTimeConnection::currentFingerprint() const
{
    return Fingerprint::of(m_definition);
}

QString DesignTimeConnection::connectorKey() const
{
    return m_definition.key.isEmpty() ? QStringLiteral("connector") : m_definition.key;
}

void DesignTimeConnection::setDefinition(const ConnectorDefinition &definition)
{
    m_definition = definition;
    if (!connectionExists(m_state))
        return;
    const bool matches = currentFingerprint() == m_connectedFingerprint;
    if (!matches && m_state != ConnectionState::Invalidated) {
        m_oauth->setAutoRefresh(false);
        setState(ConnectionState::Invalidated,
                 QCoreApplication::translate(
                     "cad::DesignTimeConnection",
                     "The authentication changed since this connection was made. Connect again to test the current "
                     "design."));
    } else if (matches && m_state == ConnectionState::Invalidated) {
        // An undo brought the design back to what the connection was made with.
        m_oauth->setAutoRefresh(isOAuth(m_definition.authType));
        setState(ConnectionState::Connected,
                 QCoreApplication::translate("cad::DesignTimeConnection", "The design matches this connection again."));
    }
}

void DesignTimeConnection::setValues(const QHash<QString, QString> &values)
{
    m_values = values;
}

void DesignTimeConnection::setState(ConnectionState state, const QString &message)
{
    const bool stateChange = m_state != state;
    m_state = state;
    if (m_statusMessage != message) {
        m_statusMessage = message;
        Q_EMIT statusMessageChanged(message);
    }
    if (stateChange) {
        qCDebug(lcConnection) << "state" << connectionStateDisplayName(state);
        Q_EMIT stateChanged(state);
    }
}

bool DesignTimeConnection::configureOAuth()
{
    QUrl redirect;
    if (needsBrowser(m_definition.authType)) {
        m_loopback->close();
        m_loopback->setTimeout(m_authorizationTimeoutMs);
        if (!m_loopback->listen(0)) {
            setState(ConnectionState::Failed,
                     QCoreApplication::translate("cad::DesignTimeConnection",
                                                 "Cannot listen for the sign-in redirect on 127.0.0.1: %1")
                         .arg(m_loopback->errorString()));
            return false;
        }
        redirect = m_loopback->redirectUri();
    }
    const Result<OAuthConfig> config = OAuthSettings::fromDefinition(m_definition, m_values, redirect);
    if (!config) {
        setState(ConnectionState::Failed, config.error().toString());
        return false;
    }
    OAuthConfig c = config.value();
    c.timeoutMs = m_timeoutMs;
    m_oauth->setConfig(c);
    return true;
}

void DesignTimeConnection::connectToService()
{
    if (m_state == ConnectionState::Authorizing)
        return;
    const Diagnostics diagnostics = Validator::validate(m_definition);
    for (const Diagnostic &d : diagnostics) {
        if (d.isError()) {
            setState(ConnectionState::Failed, QCoreApplication::translate("cad::DesignTimeConnection",
                                                                          "The design has errors; fix them first. %1")
                                                  .arg(d.toString()));
            return;
        }
    }
    m_oauth->setAutoRefresh(false);
    m_oauth->clearTokens();
    m_connectedFingerprint = currentFingerprint();

    if (!isOAuth(m_definition.authType)) {
        // Basic, API key, PAT, custom, none: nothing to exchange; the values must make a request.
        const Result<AuthorizedRequest> request = RequestAuthorizer::authorize(m_definition, m_values);
        if (!request) {
            setState(ConnectionState::Failed, request.error().toString());
            return;
        }
        setState(ConnectionState::Connected,
                 QCoreApplication::translate("cad::DesignTimeConnection",
                                             "Connected: the values are applied to every request. Press Test to "
                                             "try them."));
        return;
    }

    // The client secret may be asked of the end user, but client_id and the URLs must be there.
    const QString secret =
        OAuthSettings::effectiveValues(m_definition, m_values).value(QStringLiteral("client_secret"));
    if (secret.isEmpty() && m_definition.authType != AuthType::OAuth2AuthorizationCodePkce) {
        setState(ConnectionState::Failed,
                 QCoreApplication::translate("cad::DesignTimeConnection",
                                             "The client secret is empty. Enter it in the properties table (it is "
                                             "kept in the keychain) and connect again."));
        return;
    }
    if (!configureOAuth())
        return;

    if (m_definition.authType == AuthType::OAuth2ClientCredentials) {
        setState(ConnectionState::Authorizing,
                 QCoreApplication::translate("cad::DesignTimeConnection", "Requesting a token…"));
        m_oauth->requestClientCredentialsToken();
        return;
    }
    const QUrl url = m_oauth->startAuthorization();
    if (url.isEmpty()) {
        m_loopback->close();
        if (m_state != ConnectionState::Failed)
            setState(ConnectionState::Failed,
                     QCoreApplication::translate("cad::DesignTimeConnection",
                                                 "The authorization request could not be made."));
        return;
    }
    setState(ConnectionState::Authorizing,
             QCoreApplication::translate("cad::DesignTimeConnection", "Waiting for the sign-in in the browser…"));
    Q_EMIT authorizationRequired(url, m_loopback->redirectUri());
}

void DesignTimeConnection::handleRedirect(const QUrl &url)
{
    if (m_state != ConnectionState::Authorizing || !m_oauth->isAwaitingRedirect())
        return;
    m_loopback->close();
    setState(ConnectionState::Authorizing,
             QCoreApplication::translate("cad::DesignTimeConnection", "Exchanging the authorization code for tokens…"));
    m_oauth->handleRedirect(url);
}

void DesignTimeConnection::cancelAuthorization()
{
    if (m_state != ConnectionState::Authorizing)
        return;
    m_loopback->close();
    m_oauth->cancel();
    setState(ConnectionState::NotConnected,
             QCoreApplication::translate("cad::DesignTimeConnection", "Sign-in cancelled."));
    Q_EMIT authorizationFinished(false);
}

void DesignTimeConnection::onTokensChanged(const TokenSet &tokens)
{
    if (tokens.isEmpty())
        return;
    const bool wasAuthorizing = m_state == ConnectionState::Authorizing;
    m_oauth->setAutoRefresh(true);
    const QString expiry = tokens.expiresAt.isValid()
                               ? QCoreApplication::translate("cad::DesignTimeConnection", "valid until %1")
                                     .arg(QLocale().toString(tokens.expiresAt.toLocalTime(), QLocale::ShortFormat))
                               : QCoreApplication::translate("cad::DesignTimeConnection", "no expiry given");
    if (m_state != ConnectionState::Invalidated)
        setState(ConnectionState::Connected,
                 (wasAuthorizing ? QCoreApplication::translate("cad::DesignTimeConnection", "Connected")
                                 : QCoreApplication::translate("cad::DesignTimeConnection", "Token refreshed")) +
                     QStringLiteral(" (") + expiry + QLatin1Char(')'));
    persist();
    Q_EMIT tokensChanged();
    if (wasAuthorizing)
        Q_EMIT authorizationFinished(true);
}

void DesignTimeConnection::onOAuthFailed(const OAuthError &error)
{
    if (error.kind == OAuthErrorKind::Cancelled)
        return;
    const bool wasAuthorizing = m_state == ConnectionState::Authorizing;
    m_loopback->close();
    if (error.kind == OAuthErrorKind::NeedsReauthorization) {
        setState(ConnectionState::NeedsReauthorization, error.toError().toString());
    } else if (m_disconnecting) {
        return; // revocation errors are summarised in onRevoked()
    } else {
        setState(ConnectionState::Failed, error.toError().toString());
    }
    if (wasAuthorizing)
        Q_EMIT authorizationFinished(false);
}

void DesignTimeConnection::refreshNow()
{
    if (!isOAuth(m_definition.authType) || !connectionExists(m_state))
        return;
    if (m_state == ConnectionState::Invalidated) {
        setState(m_state, QCoreApplication::translate("cad::DesignTimeConnection",
                                                      "The design changed: connect again instead of refreshing."));
        return;
    }
    setState(ConnectionState::Refreshing,
             QCoreApplication::translate("cad::DesignTimeConnection", "Refreshing the token…"));
    m_oauth->refresh();
}

void DesignTimeConnection::test()
{
    if (m_testReply)
        return;
    if (m_state == ConnectionState::Invalidated) {
        setState(m_state, QCoreApplication::translate(
                              "cad::DesignTimeConnection",
                              "The design changed since this connection was made. Connect again, then test."));
        return;
    }
    if (!connectionExists(m_state)) {
        setState(m_state, QCoreApplication::translate("cad::DesignTimeConnection", "Connect first, then test."));
        return;
    }
    if (!isOAuth(m_definition.authType)) {
        sendTestRequest(QString(), false);
        return;
    }
    m_oauth->requestValidToken(this, [this](const TokenSet &tokens, const OAuthError &error) {
        if (error.isError()) {
            TestResult result;
            result.method = m_definition.testRequest.method;
            result.error = error.message();
            Q_EMIT testFinished(result);
            return;
        }
        sendTestRequest(tokens.accessToken, tokens.hasRefreshToken());
    });
}

void DesignTimeConnection::sendTestRequest(const QString &accessToken, bool mayRetry)
{
    QHash<QString, QString> values = m_values;
    if (!accessToken.isEmpty())
        values.insert(QString(RequestAuthorizer::AccessTokenKey), accessToken);
    const Result<AuthorizedRequest> built = RequestAuthorizer::authorize(m_definition, values);
    if (!built) {
        TestResult result;
        result.method = m_definition.testRequest.method;
        result.error = built.error().toString();
        Q_EMIT testFinished(result);
        return;
    }
    const AuthorizedRequest &request = built.value();
    QNetworkRequest http(request.url);
    for (const auto &h : request.headers)
        http.setRawHeader(h.first.toUtf8(), h.second.toUtf8());
    http.setTransferTimeout(m_timeoutMs);
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    m_testTimer.start();
    QNetworkReply *reply = request.body.isEmpty()
                               ? m_network->sendCustomRequest(http, request.method.toLatin1())
                               : m_network->sendCustomRequest(http, request.method.toLatin1(), request.body);
    m_testReply = reply;
    reply->setProperty("cad_request_headers", QVariant::fromValue(request.headers));
    reply->setProperty("cad_secrets", request.secretValues);
    reply->setProperty("cad_display_url", request.masked ? request.masked->urlText : QString());
    reply->setProperty("cad_body", request.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, mayRetry] { onTestReply(reply, mayRetry); });
}

void DesignTimeConnection::onTestReply(QNetworkReply *reply, bool mayRetry)
{
    reply->deleteLater();
    m_testReply = nullptr;
    TestResult result;
    result.method = QString::fromLatin1(reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray());
    result.displayUrl = reply->property("cad_display_url").toString();
    result.elapsedMs = m_testTimer.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        result.responseHeaders.append({pair.first, pair.second});
    result.body = reply->read(TestResult::MaxBodyBytes);
    if (result.status == 0 || reply->error() == QNetworkReply::OperationCanceledError ||
        reply->error() == QNetworkReply::TimeoutError || reply->error() < QNetworkReply::ContentAccessDenied) {
        if (reply->error() != QNetworkReply::NoError)
            result.error =
                reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError
                    ? QCoreApplication::translate("cad::DesignTimeConnection", "No answer within %1 seconds.")
                          .arg(m_timeoutMs / 1000)
                    : reply->errorString();
    }

    Redactor redactor = m_oauth->redactor();
    redactor.addSecrets(reply->property("cad_secrets").toStringList());
    ExchangeRecord record;
    record.stage = OAuthStage::Test;
    record.method = result.method.toLatin1();
    record.url = reply->request().url();
    record.status = result.status;
    record.elapsedMs = result.elapsedMs;
    for (const auto &h : reply->property("cad_request_headers").value<QList<std::pair<QString, QString>>>())
        record.requestHeaders.append({h.first.toUtf8(), h.second.toUtf8()});
    record.requestBody = reply->property("cad_body").toByteArray();
    record.responseHeaders = result.responseHeaders;
    record.responseBody = result.body;
    record.error = result.error;
    recordExchange(record.redacted(redactor));

    // A 401 with a refresh token: refresh once and try again; without one the user must sign in again.
    if (result.status == 401 && isOAuth(m_definition.authType)) {
        if (mayRetry) {
            auto connection = std::make_shared<QMetaObject::Connection>();
            auto failure = std::make_shared<QMetaObject::Connection>();
            *connection =
                connect(m_oauth, &OAuthClient::tokensChanged, this, [this, connection, failure](const TokenSet &t) {
                    disconnect(*connection);
                    disconnect(*failure);
                    if (!t.isEmpty())
                        sendTestRequest(t.accessToken, false);
                });
            *failure = connect(m_oauth, &OAuthClient::failed, this, [this, connection, failure, result] {
                disconnect(*connection);
                disconnect(*failure);
                Q_EMIT testFinished(result);
            });
            setState(ConnectionState::Refreshing,
                     QCoreApplication::translate("cad::DesignTimeConnection",
                                                 "The service answered 401; refreshing the token…"));
            m_oauth->refresh();
            return;
        }
        if (m_state == ConnectionState::Connected || m_state == ConnectionState::Refreshing)
            setState(
                ConnectionState::NeedsReauthorization,
                QCoreApplication::translate("cad::DesignTimeConnection",
                                            "The service rejected the access token (401). Connect again to sign in."));
    }
    Q_EMIT testFinished(result);
}

void DesignTimeConnection::disconnectFromService()
{
    if (m_state == ConnectionState::Authorizing)
        cancelAuthorization();
    m_loopback->close();
    m_oauth->setAutoRefresh(false);
    if (isOAuth(m_definition.authType) && !m_oauth->tokens().isEmpty() && !m_oauth->config().revokeUrl.isEmpty()) {
        m_disconnecting = true;
        setState(m_state, QCoreApplication::translate("cad::DesignTimeConnection", "Revoking the tokens…"));
        m_oauth->revoke();
        return;
    }
    const bool hadTokens = !m_oauth->tokens().isEmpty();
    m_oauth->clearTokens();
    finishDisconnect(hadTokens ? QCoreApplication::translate(
                                     "cad::DesignTimeConnection",
                                     "Disconnected. The tokens were deleted locally; this connector has no revoke URL, "
                                     "so they stay valid at the provider until they expire.")
                               : QCoreApplication::translate("cad::DesignTimeConnection", "Disconnected."));
}

void DesignTimeConnection::onRevoked(const RevocationResult &result)
{
    m_disconnecting = false;
    QStringList parts;
    for (const TokenRevocation &t : result.tokens) {
        const QString what = t.tokenTypeHint == QLatin1String("refresh_token")
                                 ? QCoreApplication::translate("cad::DesignTimeConnection", "refresh token")
                                 : QCoreApplication::translate("cad::DesignTimeConnection", "access token");
        if (!t.sent)
            continue;
        parts << (t.ok ? QCoreApplication::translate("cad::DesignTimeConnection", "%1 revoked").arg(what)
                       : QCoreApplication::translate("cad::DesignTimeConnection", "%1 not revoked (%2)")
                             .arg(what, t.error.message()));
    }
    QString summary = QCoreApplication::translate("cad::DesignTimeConnection", "Disconnected.");
    if (!parts.isEmpty())
        summary += QLatin1Char(' ') + parts.join(QStringLiteral("; ")) + QLatin1Char('.');
    if (!result.allRevoked())
        summary += QLatin1Char(' ') +
                   QCoreApplication::translate("cad::DesignTimeConnection", "The local tokens were deleted anyway.");
    finishDisconnect(summary);
}

void DesignTimeConnection::finishDisconnect(const QString &summary)
{
    forgetStored();
    m_connectedFingerprint.clear();
    setState(ConnectionState::NotConnected, summary);
    Q_EMIT tokensChanged();
    Q_EMIT disconnected(summary);
}

void DesignTimeConnection::recordExchange(const ExchangeRecord &record)
{
    m_exchanges.append(record);
    Q_EMIT exchangeRecorded(record);
}

void DesignTimeConnection::clearExchanges()
{
    m_exchanges.clear();
}

void DesignTimeConnection::persist()
{
    if (!m_secrets)
        return;
    const TokenSet &t = m_oauth->tokens();
    const QString key = connectorKey();
    const QJsonObject meta{{QStringLiteral("obtainedAt"), t.obtainedAt.toString(Qt::ISODateWithMs)},
                           {QStringLiteral("expiresAt"), t.expiresAt.toString(Qt::ISODateWithMs)},
                           {QStringLiteral("scope"), t.scope},
                           {QStringLiteral("tokenType"), t.tokenType}};
    const QList<std::pair<QString, QString>> entries{
        {AccessTokenName, t.accessToken},
        {RefreshTokenName, t.refreshToken},
        {IdTokenName, t.idToken},
        {FingerprintName, QString::fromLatin1(m_connectedFingerprint)},
        {ExpiryName, QString::fromUtf8(QJsonDocument(meta).toJson(QJsonDocument::Compact))}};
    for (const auto &entry : entries) {
        auto done = [name = entry.first](const Status &status) {
            if (!status)
                qCWarning(lcConnection) << "could not keep" << name << ":" << status.error().message;
        };
        if (entry.second.isEmpty())
            m_secrets->remove(key, entry.first, this, done);
        else
            m_secrets->write(key, entry.first, entry.second, this, done);
    }
}

void DesignTimeConnection::forgetStored()
{
    if (!m_secrets)
        return;
    m_secrets->removeAll(connectorKey(), {AccessTokenName, RefreshTokenName, IdTokenName, FingerprintName, ExpiryName},
                         this, [](const Status &status) {
                             if (!status)
                                 qCWarning(lcConnection) << "could not delete stored tokens:" << status.error().message;
                         });
}

void DesignTimeConnection::restore()
{
    if (!m_secrets || !isOAuth(m_definition.authType) || connectionExists(m_state))
        return;
    const QString key = connectorKey();
    auto collected = std::make_shared<QHash<QString, QString>>();
    const QStringList names{FingerprintName, AccessTokenName, RefreshTokenName, IdTokenName, ExpiryName};
    auto remaining = std::make_shared<int>(int(names.size()));
    for (const QString &name : names) {
        m_secrets->read(key, name, this, [this, name, collected, remaining](const SecretStore::ReadResult &r) {
            if (r && r.value())
                collected->insert(name, *r.value());
            if (--*remaining > 0)
                return;
            if (!collected->contains(FingerprintName) || !collected->contains(AccessTokenName) ||
                connectionExists(m_state) || m_state == ConnectionState::Authorizing)
                return;
            TokenSet t;
            t.accessToken = collected->value(AccessTokenName);
            t.refreshToken = collected->value(RefreshTokenName);
            t.idToken = collected->value(IdTokenName);
            const QJsonObject meta = QJsonDocument::fromJson(collected->value(ExpiryName).toUtf8()).object();
            t.obtainedAt =
                QDateTime::fromString(meta.value(QStringLiteral("obtainedAt")).toString(), Qt::ISODateWithMs);
            t.expiresAt = QDateTime::fromString(meta.value(QStringLiteral("expiresAt")).toString(), Qt::ISODateWithMs);
            t.scope = meta.value(QStringLiteral("scope")).toString();
            t.tokenType = meta.value(QStringLiteral("tokenType")).toString();
            m_connectedFingerprint = collected->value(FingerprintName).toLatin1();
            const Result<OAuthConfig> config = OAuthSettings::fromDefinition(m_definition, m_values, QUrl());
            if (config) {
                OAuthConfig c = config.value();
                c.timeoutMs = m_timeoutMs;
                m_oauth->setConfig(c);
            }
            m_oauth->setTokens(t);
            if (m_connectedFingerprint == currentFingerprint()) {
                m_oauth->setAutoRefresh(true);
                setState(ConnectionState::Connected,
                         QCoreApplication::translate("cad::DesignTimeConnection",
                                                     "Connected (restored from the keychain)."));
            } else {
                setState(ConnectionState::Invalidated,
                         QCoreApplication::translate(
                             "cad::DesignTimeConnection",
                             "A connection from an earlier session was made for a different design. Connect again."));
            }
            Q_EMIT tokensChanged();
        });
    }
}

} // namespace cad
