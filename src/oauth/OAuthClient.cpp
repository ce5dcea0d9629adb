#include "oauth/OAuthClient.h"

#include "core/Logging.h"
#include "oauth/ClientAuthentication.h"
#include "oauth/Pkce.h"
#include "oauth/TokenResponse.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

#include <algorithm>
#include <climits>

namespace cad {

namespace {
ExchangeRecord::Headers requestHeaders(const QNetworkRequest &request)
{
    ExchangeRecord::Headers out;
    for (const QByteArray &name : request.rawHeaderList())
        out.append({name, request.rawHeader(name)});
    return out;
}

bool isTransient(int status, OAuthErrorKind transport)
{
    return transport == OAuthErrorKind::Network || transport == OAuthErrorKind::Timeout ||
           (transport == OAuthErrorKind::None && status >= 500);
}

OAuthError configError(OAuthStage stage, const QString &detail)
{
    OAuthError e;
    e.stage = stage;
    e.kind = OAuthErrorKind::Configuration;
    e.detail = detail;
    return e;
}
} // namespace

OAuthClient::OAuthClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    qRegisterMetaType<cad::TokenSet>();
    qRegisterMetaType<cad::OAuthError>();
    qRegisterMetaType<cad::ExchangeRecord>();
    qRegisterMetaType<cad::RevocationResult>();
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &OAuthClient::refresh);
}

OAuthClient::~OAuthClient()
{
    m_cancelling = true;
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

void OAuthClient::setConfig(const OAuthConfig &config)
{
    m_config = config;
    m_redactor.addSecret(config.clientSecret);
    scheduleRefresh();
}

void OAuthClient::setTokens(const TokenSet &tokens)
{
    m_tokens = tokens;
    rememberSecrets(tokens);
    scheduleRefresh();
}

void OAuthClient::clearTokens()
{
    m_tokens = {};
    m_refreshTimer.stop();
    emit tokensChanged(m_tokens);
}

bool OAuthClient::checkConfig(OAuthStage stage, bool needAuthorizationEndpoint)
{
    QStringList missing;
    if (m_config.clientId.isEmpty())
        missing << tr("client ID");
    if (!m_config.tokenUrl.isValid() || m_config.tokenUrl.isRelative())
        missing << tr("token URL");
    if (needAuthorizationEndpoint) {
        if (!m_config.authorizationUrl.isValid() || m_config.authorizationUrl.isRelative())
            missing << tr("authorization URL");
        if (!m_config.redirectUri.isValid() || m_config.redirectUri.isRelative())
            missing << tr("redirect URI");
    }
    if (!m_network)
        missing << tr("network access");
    if (missing.isEmpty())
        return true;
    fail(configError(stage, tr("Missing: %1.").arg(missing.join(QStringLiteral(", ")))));
    return false;
}

QUrl OAuthClient::startAuthorization()
{
    if (!checkConfig(OAuthStage::Authorize, true))
        return {};
    m_state = Pkce::randomToken(32); // 256 bits from the system CSPRNG
    m_codeVerifier = m_config.pkce == PkceMethod::None ? QString() : Pkce::generateVerifier();
    m_redactor.addSecret(m_codeVerifier);

    FormBody query;
    query.add(QStringLiteral("response_type"), QStringLiteral("code"));
    query.add(QStringLiteral("client_id"), m_config.clientId);
    query.add(QStringLiteral("redirect_uri"), m_config.redirectUri.toString(QUrl::FullyEncoded));
    if (!m_config.scope.trimmed().isEmpty())
        query.add(QStringLiteral("scope"), m_config.scope.simplified());
    query.add(QStringLiteral("state"), m_state);
    if (m_config.pkce != PkceMethod::None) {
        query.add(QStringLiteral("code_challenge"), Pkce::challenge(m_codeVerifier, m_config.pkce));
        query.add(QStringLiteral("code_challenge_method"), Pkce::methodName(m_config.pkce));
    }
    query.add(m_config.extraAuthorizationParams);

    QUrl url = m_config.authorizationUrl;
    QString existing = url.query(QUrl::FullyEncoded);
    if (!existing.isEmpty())
        existing += QLatin1Char('&');
    url.setQuery(existing + QString::fromLatin1(query.toByteArray()), QUrl::StrictMode);

    ExchangeRecord r;
    r.stage = OAuthStage::Authorize;
    r.method = "GET";
    r.url = url;
    record(r);
    qCDebug(lcOAuth) << "authorization started at" << m_config.authorizationUrl.toString(QUrl::RemoveQuery);
    return url;
}

void OAuthClient::handleRedirect(const QUrl &redirect)
{
    OAuthParams params = FormBody::parse(redirect.query(QUrl::FullyEncoded).toLatin1());
    auto param = [&params](const char *name) {
        for (const auto &p : params) {
            if (p.first == QLatin1String(name))
                return p.second;
        }
        return QString();
    };
    const QString code = param("code");
    m_redactor.addSecret(code);

    ExchangeRecord r;
    r.stage = OAuthStage::Authorize;
    r.method = "REDIRECT";
    r.url = redirect;

    OAuthError error;
    error.stage = OAuthStage::Authorize;
    const QString state = param("state");
    if (m_state.isEmpty()) {
        error.kind = OAuthErrorKind::InvalidState;
        error.detail = tr("No sign-in was started, or it already finished.");
    } else if (state.isEmpty()) {
        error.kind = OAuthErrorKind::InvalidState;
        error.detail = tr("The redirect carries no state.");
    } else if (state != m_state) {
        error.kind = OAuthErrorKind::InvalidState;
        error.detail = tr("The redirect's state differs from the one sent.");
    } else if (!param("error").isEmpty()) {
        error.kind = OAuthErrorKind::AuthorizationDenied;
        error.code = param("error");
        error.description = param("error_description");
        error.uri = param("error_uri");
    } else if (code.isEmpty()) {
        error.kind = OAuthErrorKind::InvalidResponse;
        error.detail = tr("The redirect carries neither a code nor an error.");
    }

    const QString verifier = m_codeVerifier;
    m_state.clear(); // one redirect per authorization: a second one is refused
    m_codeVerifier.clear();

    if (error.isError()) {
        r.error = error.message();
        record(r);
        fail(error);
        return;
    }
    record(r);

    FormBody body;
    body.add(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    body.add(QStringLiteral("code"), code);
    body.add(QStringLiteral("redirect_uri"), m_config.redirectUri.toString(QUrl::FullyEncoded));
    if (!verifier.isEmpty())
        body.add(QStringLiteral("code_verifier"), verifier);
    body.add(m_config.extraTokenParams);
    // A code is single-use: never retried.
    startTokenRequest(Pending::Code, OAuthStage::Token, m_config.tokenUrl, body, false);
}

void OAuthClient::requestClientCredentialsToken()
{
    if (m_pending != Pending::None)
        return;
    if (!checkConfig(OAuthStage::Token, false))
        return;
    FormBody body;
    body.add(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    if (!m_config.scope.trimmed().isEmpty())
        body.add(QStringLiteral("scope"), m_config.scope.simplified());
    body.add(m_config.extraTokenParams);
    startTokenRequest(Pending::ClientCredentials, OAuthStage::Token, m_config.tokenUrl, body, true);
}

void OAuthClient::refresh()
{
    if (m_pending != Pending::None)
        return; // joins the request in flight: its result reaches every waiter
    if (!m_tokens.hasRefreshToken()) {
        if (m_config.grant == OAuthGrant::ClientCredentials) {
            requestClientCredentialsToken();
            return;
        }
        OAuthError error;
        error.stage = OAuthStage::Refresh;
        error.kind = OAuthErrorKind::NeedsReauthorization;
        error.detail = tr("There is no refresh token.");
        fail(error);
        return;
    }
    if (!checkConfig(OAuthStage::Refresh, false))
        return;
    FormBody body;
    body.add(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    body.add(QStringLiteral("refresh_token"), m_tokens.refreshToken);
    body.add(m_config.extraTokenParams);
    startTokenRequest(Pending::Refresh, OAuthStage::Refresh, m_config.effectiveRefreshUrl(), body, true);
}

void OAuthClient::requestValidToken(QObject *context, TokenCallback callback, int marginSeconds)
{
    if (!m_tokens.isExpired(marginSeconds) && m_pending == Pending::None) {
        if (context)
            callback(m_tokens, {});
        return;
    }
    m_waiters.append({QPointer<QObject>(context), std::move(callback)});
    if (m_pending == Pending::None)
        refresh(); // exactly one request; a failure flushes the waiters through fail()
}

void OAuthClient::startTokenRequest(Pending kind, OAuthStage stage, const QUrl &url, const FormBody &body, bool retry)
{
    m_pending = kind;
    m_cancelling = false;
    auto done = [this, stage](const HttpOutcome &outcome) {
        finishTokenRequest(stage, outcome);
    };
    if (retry)
        postWithRetry(stage, url, body, 0, done);
    else
        post(stage, url, body, done);
}

void OAuthClient::postWithRetry(OAuthStage stage, const QUrl &url, const FormBody &body, int attempt, HttpCallback done)
{
    post(stage, url, body, [this, stage, url, body, attempt, done](const HttpOutcome &outcome) {
        if (!m_cancelling && attempt < m_config.maxRetries && isTransient(outcome.status, outcome.transportError)) {
            const int delay = m_config.retryBaseDelayMs * (1 << std::min(attempt, 10));
            qCInfo(lcOAuth) << oauthStageName(stage) << "attempt" << attempt + 1 << "failed; retrying in" << delay
                            << "ms";
            QTimer::singleShot(delay, this, [this, stage, url, body, attempt, done] {
                if (m_cancelling)
                    return;
                postWithRetry(stage, url, body, attempt + 1, done);
            });
            return;
        }
        done(outcome);
    });
}

void OAuthClient::post(OAuthStage stage, const QUrl &url, FormBody body, HttpCallback done)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_config.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    ClientAuthentication::apply(m_config, request, body);
    const QByteArray payload = body.toByteArray();

    auto rec = std::make_shared<ExchangeRecord>();
    rec->stage = stage;
    rec->method = "POST";
    rec->url = url;
    rec->requestHeaders = requestHeaders(request);
    rec->requestHeaders.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
    rec->requestBody = payload;

    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    auto sslErrors = std::make_shared<QStringList>();
    qCDebug(lcOAuth) << "POST" << url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo) << oauthStageName(stage);

    QNetworkReply *reply = m_network->post(request, payload);
    m_replies.append(reply);
    // TLS errors are recorded and never ignored: the reply then fails with SslHandshakeFailedError.
    connect(reply, &QNetworkReply::sslErrors, this, [sslErrors](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            sslErrors->append(e.errorString());
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, rec, timer, sslErrors, done] {
        m_replies.removeAll(reply);
        reply->deleteLater();
        HttpOutcome outcome;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        outcome.status = status.isValid() ? status.toInt() : 0;
        if (reply->isOpen())
            outcome.body = reply->readAll();
        outcome.contentType = reply->rawHeader("Content-Type");
        const QNetworkReply::NetworkError err = reply->error();
        if (!status.isValid() && err != QNetworkReply::NoError) {
            if (!sslErrors->isEmpty() || err == QNetworkReply::SslHandshakeFailedError) {
                outcome.transportError = OAuthErrorKind::Tls;
                outcome.detail = sslErrors->isEmpty() ? reply->errorString() : sslErrors->join(QStringLiteral("; "));
            } else if (m_cancelling) {
                outcome.transportError = OAuthErrorKind::Cancelled;
            } else if (err == QNetworkReply::OperationCanceledError || err == QNetworkReply::TimeoutError) {
                // setTransferTimeout() aborts the reply; we abort only through cancel().
                outcome.transportError = OAuthErrorKind::Timeout;
                outcome.detail = tr("No answer within %1 ms.").arg(m_config.timeoutMs);
            } else {
                outcome.transportError = OAuthErrorKind::Network;
                outcome.detail = reply->errorString();
            }
        }
        rec->status = outcome.status;
        rec->elapsedMs = timer->elapsed();
        for (const auto &h : reply->rawHeaderPairs())
            rec->responseHeaders.append(h);
        rec->responseBody = outcome.body;
        if (outcome.transportError != OAuthErrorKind::None)
            rec->error = outcome.detail.isEmpty() ? reply->errorString() : outcome.detail;
        qCDebug(lcOAuth) << oauthStageName(rec->stage) << "answered" << outcome.status << "in" << rec->elapsedMs
                         << "ms";
        record(*rec);
        done(outcome);
    });
}

void OAuthClient::finishTokenRequest(OAuthStage stage, const HttpOutcome &outcome)
{
    m_pending = Pending::None;
    if (outcome.transportError != OAuthErrorKind::None) {
        OAuthError error;
        error.stage = stage;
        error.kind = outcome.transportError;
        error.detail = outcome.detail;
        fail(error);
        return;
    }
    const TokenSet previous = stage == OAuthStage::Refresh ? m_tokens : TokenSet{};
    const TokenResponse response = TokenResponse::parse(stage, outcome.status, outcome.contentType, outcome.body,
                                                        m_config.defaultExpiresInSeconds, previous);
    if (!response.ok()) {
        fail(response.error());
        return;
    }
    m_tokens = response.tokens();
    rememberSecrets(m_tokens);
    qCInfo(lcOAuth) << oauthStageName(stage) << "succeeded; expires in" << m_tokens.secondsToExpiry() << "s"
                    << (response.refreshTokenRotated() ? "(refresh token rotated)" : "");
    scheduleRefresh();
    emit tokensChanged(m_tokens);
    flushWaiters(m_tokens, {});
}

void OAuthClient::fail(const OAuthError &error)
{
    qCWarning(lcOAuth) << oauthStageName(error.stage) << "failed:" << int(error.kind) << error.code << error.httpStatus;
    emit failed(error);
    if (error.kind == OAuthErrorKind::NeedsReauthorization)
        emit needsReauthorization(error);
    flushWaiters({}, error);
}

void OAuthClient::flushWaiters(const TokenSet &tokens, const OAuthError &error)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (w.context)
            w.callback(tokens, error);
    }
}

void OAuthClient::setAutoRefresh(bool enabled, int marginSeconds)
{
    m_autoRefresh = enabled;
    m_autoRefreshMargin = marginSeconds;
    scheduleRefresh();
}

void OAuthClient::scheduleRefresh()
{
    m_refreshTimer.stop();
    if (!m_autoRefresh || m_tokens.isEmpty() || !m_tokens.expiresAt.isValid())
        return;
    if (!m_tokens.hasRefreshToken() && m_config.grant != OAuthGrant::ClientCredentials)
        return;
    const qint64 seconds = std::max<qint64>(0, m_tokens.secondsToExpiry() - m_autoRefreshMargin);
    m_refreshTimer.start(int(std::min<qint64>(seconds * 1000, INT_MAX)));
}

void OAuthClient::revoke()
{
    if (m_revoking)
        return;
    QList<QPair<QString, QString>> tokens;
    if (m_tokens.hasRefreshToken())
        tokens.append({QStringLiteral("refresh_token"), m_tokens.refreshToken});
    if (!m_tokens.accessToken.isEmpty())
        tokens.append({QStringLiteral("access_token"), m_tokens.accessToken});
    // The caller asked to forget them: deleted locally whatever the server says.
    m_tokens = {};
    m_refreshTimer.stop();
    emit tokensChanged(m_tokens);

    if (m_config.revokeUrl.isEmpty() || !m_network) {
        RevocationResult result;
        for (const auto &t : std::as_const(tokens))
            result.tokens.append({t.first, false, false,
                                  configError(OAuthStage::Revoke, tr("No revocation URL is configured; the token "
                                                                     "was only deleted locally."))});
        emit revoked(result);
        return;
    }
    m_revoking = true;
    m_cancelling = false;
    revokeNext(tokens, {});
}

void OAuthClient::revokeNext(QList<QPair<QString, QString>> remaining, RevocationResult result)
{
    if (remaining.isEmpty()) {
        m_revoking = false;
        emit revoked(result);
        return;
    }
    const auto [hint, token] = remaining.takeFirst();
    FormBody body;
    body.add(QStringLiteral("token"), token);
    body.add(QStringLiteral("token_type_hint"), hint);
    post(OAuthStage::Revoke, m_config.revokeUrl, body,
         [this, hint, remaining, result](const HttpOutcome &outcome) mutable {
             TokenRevocation t;
             t.tokenTypeHint = hint;
             t.sent = true;
             t.ok = outcome.transportError == OAuthErrorKind::None && outcome.status == 200;
             if (!t.ok) {
                 t.error.stage = OAuthStage::Revoke;
                 t.error.httpStatus = outcome.status;
                 if (outcome.transportError != OAuthErrorKind::None) {
                     t.error.kind = outcome.transportError;
                     t.error.detail = outcome.detail;
                 } else {
                     const TokenResponse parsed =
                         TokenResponse::parse(OAuthStage::Revoke, outcome.status, outcome.contentType, outcome.body, 0);
                     t.error = parsed.error();
                     if (!t.error.isError())
                         t.error.kind = OAuthErrorKind::HttpError;
                 }
             }
             result.tokens.append(t);
             revokeNext(remaining, result);
         });
}

void OAuthClient::cancel()
{
    m_cancelling = true;
    const auto replies = m_replies;
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (reply)
            reply->abort(); // finished() runs and reports Cancelled
    }
    if (m_pending != Pending::None) {
        m_pending = Pending::None;
        OAuthError error;
        error.kind = OAuthErrorKind::Cancelled;
        flushWaiters({}, error);
    }
    m_state.clear();
    m_codeVerifier.clear();
}

void OAuthClient::record(ExchangeRecord r)
{
    emit exchange(m_redactExchanges ? r.redacted(m_redactor) : r);
}

void OAuthClient::rememberSecrets(const TokenSet &tokens)
{
    m_redactor.addSecrets({tokens.accessToken, tokens.refreshToken, tokens.idToken});
}

} // namespace cad
