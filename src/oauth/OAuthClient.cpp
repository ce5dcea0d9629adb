#include "oauth/OAuthClient.h"

#include "core/Logging.h"
#include "core/Origin.h"
#include "oauth/ClientAuthentication.h"
#include "oauth/Pkce.h"
#include "oauth/ReplyLimiter.h"
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
/// The scopes as the provider wants them on the wire: space-separated (RFC 6749 3.3), or joined with
/// the design's separator (Slack and Zoho want commas).
QString wireScope(const OAuthConfig &config)
{
    const QStringList scopes = config.scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return scopes.join(config.scopeSeparator.isEmpty() ? QStringLiteral(" ") : config.scopeSeparator);
}

bool isTransient(int status, OAuthErrorKind transport)
{
    return transport == OAuthErrorKind::Network || transport == OAuthErrorKind::Timeout ||
           (transport == OAuthErrorKind::None && status >= 500);
}

/// After failed automatic refreshes the delay doubles from OAuthConfig::firstBackoffMs up to this.
constexpr qint64 MaxBackoffMs = 10 * 60 * 1000;

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
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        m_automaticRefresh = true;
        refresh();
    });
}

OAuthClient::~OAuthClient()
{
    ++m_generation;
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
    // A token request of the previous configuration must not install its tokens under this one.
    abandonTokenRequests();
    m_config = config;
    m_redactor.addSecret(config.clientSecret);
    m_redactor.addSecrets(config.secretValues);
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
    abandonTokenRequests();
    m_tokens = {};
    m_refreshTimer.stop();
    m_autoRefreshFailures = 0;
    emit tokensChanged(m_tokens);
}

void OAuthClient::abandonTokenRequests()
{
    ++m_generation; // replies still on their way are ignored when they arrive
    const auto replies = m_replies;
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (reply && reply->property("cadTokenRequest").toBool()) {
            m_replies.removeAll(reply);
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
    if (m_pending != Pending::None) {
        m_pending = Pending::None;
        OAuthError error;
        error.kind = OAuthErrorKind::Cancelled;
        flushWaiters({}, error);
    }
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
    if (!missing.isEmpty()) {
        fail(configError(stage, tr("Missing: %1.").arg(missing.join(QStringLiteral(", ")))));
        return false;
    }
    // Secrets, codes and tokens travel to these URLs: https, or plain http to this machine only.
    QList<QUrl> urls{m_config.tokenUrl, m_config.effectiveRefreshUrl()};
    if (needAuthorizationEndpoint)
        urls << m_config.authorizationUrl;
    if (!m_config.revokeUrl.isEmpty())
        urls << m_config.revokeUrl;
    for (const QUrl &url : std::as_const(urls)) {
        if (!isSecureOrLoopback(url)) {
            fail(configError(stage, tr("%1 is not https; credentials are sent only over https, or over plain http "
                                       "to 127.0.0.1, ::1 or localhost.")
                                        .arg(Origin::of(url).isValid()
                                                 ? Origin::of(url).toString()
                                                 : url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo))));
            return false;
        }
    }
    return true;
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
        query.add(QStringLiteral("scope"), wireScope(m_config));
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
    } else if (const QString iss = param("iss"); !iss.isEmpty() && !issuerMatches(iss)) {
        // RFC 9207: the answer names another authorization server (a mix-up attack, or a
        // misconfigured issuer): its code must not reach this token endpoint.
        error.kind = OAuthErrorKind::InvalidResponse;
        error.detail =
            m_config.issuer.isEmpty()
                ? tr("The sign-in answer comes from the issuer %1, not from %2 where it was sent. Nothing was sent "
                     "to the token endpoint. If that issuer is right, enter it in the \"issuer\" property.")
                      .arg(iss.left(200), Origin::of(m_config.authorizationUrl).toString())
                : tr("The sign-in answer comes from the issuer %1, but this connector expects %2. Nothing was sent to "
                     "the token endpoint.")
                      .arg(iss.left(200), m_config.issuer);
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

bool OAuthClient::issuerMatches(const QString &iss) const
{
    if (!m_config.issuer.isEmpty())
        return iss == m_config.issuer; // RFC 9207 2.4: simple string comparison
    const Origin origin = Origin::of(QUrl(iss, QUrl::StrictMode));
    return origin.isValid() && origin == Origin::of(m_config.authorizationUrl);
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
        body.add(QStringLiteral("scope"), wireScope(m_config));
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
    if (!m_tokens.isExpired(int(m_tokens.refreshMargin(marginSeconds))) && m_pending == Pending::None) {
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
    const quint64 generation = m_generation;
    auto done = [this, stage](const HttpOutcome &outcome) {
        finishTokenRequest(stage, outcome);
    };
    if (retry)
        postWithRetry(stage, url, body, 0, generation, done);
    else
        post(stage, url, body, generation, done);
}

void OAuthClient::postWithRetry(OAuthStage stage, const QUrl &url, const FormBody &body, int attempt,
                                quint64 generation, HttpCallback done)
{
    post(stage, url, body, generation, [this, stage, url, body, attempt, generation, done](const HttpOutcome &outcome) {
        if (attempt < m_config.maxRetries && isTransient(outcome.status, outcome.transportError)) {
            const int delay = m_config.retryBaseDelayMs * (1 << std::min(attempt, 10));
            qCInfo(lcOAuth) << oauthStageName(stage) << "attempt" << attempt + 1 << "failed; retrying in" << delay
                            << "ms";
            QTimer::singleShot(delay, this, [this, stage, url, body, attempt, generation, done] {
                if (generation != m_generation)
                    return; // cancelled, disconnected or reconfigured meanwhile
                postWithRetry(stage, url, body, attempt + 1, generation, done);
            });
            return;
        }
        done(outcome);
    });
}

void OAuthClient::post(OAuthStage stage, const QUrl &url, FormBody body, quint64 generation, HttpCallback done)
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
    rec->requestHeaders =
        ExchangeRecord::headersOf(request); // Content-Type included: setHeader() set it as a raw header
    rec->requestBody = payload;

    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    auto sslErrors = std::make_shared<QStringList>();
    qCDebug(lcOAuth) << "POST" << url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo) << oauthStageName(stage);

    QNetworkReply *reply = m_network->post(request, payload);
    m_replies.append(reply);
    reply->setProperty("cadTokenRequest", generation != UnguardedGeneration);
    ReplyLimiter *limiter = ReplyLimiter::attach(reply, m_config.timeoutMs, MaxResponseBytes);
    // TLS errors are recorded and never ignored: the reply then fails with SslHandshakeFailedError.
    connect(reply, &QNetworkReply::sslErrors, this, [sslErrors](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            sslErrors->append(e.errorString());
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, limiter, generation, rec, timer, sslErrors, done] {
        m_replies.removeAll(reply);
        reply->deleteLater();
        if (generation != UnguardedGeneration && generation != m_generation)
            return; // a stale answer: cancelled, disconnected or reconfigured since it was sent
        HttpOutcome outcome;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        outcome.status = status.isValid() ? status.toInt() : 0;
        outcome.body = limiter->body();
        outcome.contentType = reply->rawHeader("Content-Type");
        const QNetworkReply::NetworkError err = reply->error();
        if (limiter->violation() == ReplyLimiter::Violation::Deadline) {
            outcome.transportError = OAuthErrorKind::Timeout;
            outcome.detail = tr("No complete answer within %1 seconds.").arg(m_config.timeoutMs / 1000.0, 0, 'g', 3);
        } else if (limiter->violation() == ReplyLimiter::Violation::TooLarge) {
            outcome.transportError = OAuthErrorKind::InvalidResponse;
            outcome.detail = tr("The answer is larger than %1 KiB; a token response is a few KiB at most.")
                                 .arg(MaxResponseBytes / 1024);
        } else if (!status.isValid() && err != QNetworkReply::NoError) {
            if (!sslErrors->isEmpty() || err == QNetworkReply::SslHandshakeFailedError) {
                outcome.transportError = OAuthErrorKind::Tls;
                outcome.detail = sslErrors->isEmpty() ? reply->errorString() : sslErrors->join(QStringLiteral("; "));
            } else if (err == QNetworkReply::OperationCanceledError || err == QNetworkReply::TimeoutError) {
                // setTransferTimeout() aborts the reply; a cancel() makes the answer stale instead.
                outcome.transportError = OAuthErrorKind::Timeout;
                outcome.detail = tr("No answer within %1 seconds.").arg(m_config.timeoutMs / 1000.0, 0, 'g', 3);
            } else {
                outcome.transportError = OAuthErrorKind::Network;
                // Qt's text names the URL: only the origin and path are shown, never the query.
                outcome.detail = m_redactor.redactFields(reply->errorString());
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
    const TokenResponse response =
        TokenResponse::parse(stage, outcome.status, outcome.contentType, outcome.body, m_config.defaultExpiresInSeconds,
                             previous, QDateTime::currentDateTimeUtc(), m_config.response);
    if (!response.ok()) {
        fail(response.error());
        return;
    }
    m_tokens = response.tokens();
    m_lastResponse = response.facts();
    rememberSecrets(m_tokens);
    qCInfo(lcOAuth) << oauthStageName(stage) << "succeeded; expires in" << m_tokens.secondsToExpiry() << "s"
                    << (response.refreshTokenRotated() ? "(refresh token rotated)" : "");
    m_automaticRefresh = false;
    m_autoRefreshFailures = 0;
    scheduleRefresh();
    emit tokensChanged(m_tokens);
    flushWaiters(m_tokens, {});
}

void OAuthClient::fail(const OAuthError &error)
{
    // Every failure reaches the user through failed(); the log line is for QT_LOGGING_RULES=cad.oauth.info=true.
    qCInfo(lcOAuth) << oauthStageName(error.stage) << "failed:" << int(error.kind) << error.code << error.httpStatus;
    // A failed automatic refresh tries again later, further apart each time; one that needs a new
    // sign-in does not try again at all.
    const bool automatic = std::exchange(m_automaticRefresh, false);
    if (automatic && error.kind != OAuthErrorKind::NeedsReauthorization && error.kind != OAuthErrorKind::Cancelled) {
        ++m_autoRefreshFailures;
        scheduleRefresh();
    }
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
    // Refresh a margin before expiry (at most a quarter of the lifetime), never sooner than a
    // minimum delay, and after failures only with exponential backoff: tokens that live 0 or 1
    // seconds, or a provider that is down, must not turn into a request storm.
    const qint64 due = QDateTime::currentDateTimeUtc().msecsTo(m_tokens.expiresAt) -
                       m_tokens.refreshMargin(m_autoRefreshMargin) * 1000;
    qint64 floor = std::max(0, m_config.minAutoRefreshDelayMs);
    if (m_autoRefreshFailures > 0)
        floor = std::min<qint64>(MaxBackoffMs, qint64(std::max(1, m_config.firstBackoffMs))
                                                   << std::min(m_autoRefreshFailures - 1, 10));
    m_refreshTimer.start(int(std::min<qint64>(std::max(due, floor), INT_MAX)));
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
    // The caller asked to forget them: deleted locally whatever the server says, and a refresh
    // still on its way must not bring them back.
    abandonTokenRequests();
    m_tokens = {};
    m_refreshTimer.stop();
    m_autoRefreshFailures = 0;
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
    revokeNext(tokens, {});
}

void OAuthClient::revokeNext(QList<QPair<QString, QString>> remaining, RevocationResult result)
{
    if (remaining.isEmpty()) {
        m_revoking = false;
        emit revoked(result);
        return;
    }
    // Not a structured binding: clang before 16 (the fuzzing build) cannot capture one in a lambda.
    const QPair<QString, QString> next = remaining.takeFirst();
    const QString hint = next.first;
    const QString token = next.second;
    FormBody body;
    body.add(QStringLiteral("token"), token);
    body.add(QStringLiteral("token_type_hint"), hint);
    // Revocation is not guarded by the generation: it installs nothing, and it must finish even when
    // a new connection starts meanwhile.
    post(OAuthStage::Revoke, m_config.revokeUrl, body, UnguardedGeneration,
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
    abandonTokenRequests();
    m_automaticRefresh = false;
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
