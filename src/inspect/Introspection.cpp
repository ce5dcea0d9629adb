#include "inspect/Introspection.h"

#include "core/Logging.h"
#include "core/Origin.h"
#include "oauth/ClientAuthentication.h"
#include "oauth/FormBody.h"
#include "oauth/OAuthError.h"
#include "oauth/ReplyLimiter.h"
#include "oauth/TokenResponse.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>

#include <memory>

namespace cad {

namespace {

/// A URL as shown in a message: its origin and path, never its query or user information.
QString shown(const QUrl &url)
{
    const QString text = url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    return text.size() > 200 ? text.left(200) + QChar(0x2026) : text;
}

} // namespace

Introspection::Introspection(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    qRegisterMetaType<cad::ExchangeRecord>();
}

Introspection::~Introspection()
{
    abandon();
}

void Introspection::abandon()
{
    ++m_generation;
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void Introspection::failLater(const QString &message)
{
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation, message] {
        if (generation == m_generation)
            emit failed(message);
    });
}

QString Introspection::refusalFor(const OAuthConfig &config, const QUrl &introspectionUrl)
{
    const Origin origin = Origin::of(introspectionUrl);
    if (!origin.isValid() || introspectionUrl.host().isEmpty())
        return QCoreApplication::translate("cad::InspectIntrospection",
                                           "The introspection URL is not a full https URL. Enter the provider's "
                                           "introspection endpoint, such as https://login.example.com/introspect.");
    if (!isSecureOrLoopback(introspectionUrl))
        return QCoreApplication::translate("cad::InspectIntrospection",
                                           "%1 is not https, so nothing was sent. The client secret and the token are "
                                           "sent only over https, or over plain http to 127.0.0.1, ::1 or localhost.")
            .arg(origin.toString());
    const Origin tokenOrigin = Origin::of(config.tokenUrl);
    if (!tokenOrigin.isValid())
        return QCoreApplication::translate("cad::InspectIntrospection",
                                           "The design has no token URL, so nothing was sent: the client secret and "
                                           "the token are sent only to the authorization server, the token URL's "
                                           "origin. Enter the token URL first.");
    if (origin != tokenOrigin)
        return QCoreApplication::translate("cad::InspectIntrospection",
                                           "The introspection URL is at %1, not at the token URL's origin %2, so "
                                           "nothing was sent. The client secret and the token are sent only to the "
                                           "authorization server's origin; use its introspection endpoint.")
            .arg(origin.toString(), tokenOrigin.toString());
    return {};
}

void Introspection::introspect(const OAuthConfig &config, const QUrl &introspectionUrl, const QString &token,
                               const QString &tokenTypeHint)
{
    abandon();
    if (!m_network) {
        failLater(QCoreApplication::translate("cad::InspectIntrospection",
                                              "The token cannot be introspected: there is no network access."));
        return;
    }
    if (token.isEmpty()) {
        failLater(QCoreApplication::translate("cad::InspectIntrospection",
                                              "There is no token to introspect. Connect first, or paste a token."));
        return;
    }
    if (config.clientId.isEmpty()) {
        failLater(QCoreApplication::translate("cad::InspectIntrospection",
                                              "The design has no client ID, so nothing was sent: introspection "
                                              "requests are authenticated as the client. Enter the client ID."));
        return;
    }
    if (const QString refusal = refusalFor(config, introspectionUrl); !refusal.isEmpty()) {
        failLater(refusal);
        return;
    }

    Redactor redactor;
    redactor.addSecret(token);
    redactor.addSecret(config.clientSecret);
    redactor.addSecrets(config.secretValues);

    FormBody body;
    body.add(QStringLiteral("token"), token);
    if (!tokenTypeHint.isEmpty())
        body.add(QStringLiteral("token_type_hint"), tokenTypeHint);
    QNetworkRequest request(introspectionUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(config.timeoutMs);
    // A redirect would carry the secret elsewhere: it is reported, not followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    ClientAuthentication::apply(config, request, body);
    const QByteArray payload = body.toByteArray();

    auto record = std::make_shared<ExchangeRecord>();
    record->stage = OAuthStage::Introspect;
    record->method = "POST";
    record->url = introspectionUrl;
    record->requestHeaders = ExchangeRecord::headersOf(request);
    record->requestBody = payload;

    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    auto sslErrors = std::make_shared<QStringList>();
    qCDebug(lcOAuth) << "POST" << shown(introspectionUrl) << oauthStageName(OAuthStage::Introspect);

    QNetworkReply *reply = m_network->post(request, payload);
    m_reply = reply;
    const int timeoutMs = config.timeoutMs;
    ReplyLimiter *limiter = ReplyLimiter::attach(reply, timeoutMs, MaxResponseBytes);
    // TLS errors are recorded and never ignored: the reply then fails.
    connect(reply, &QNetworkReply::sslErrors, this, [sslErrors](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            sslErrors->append(e.errorString());
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, limiter, record, timer, sslErrors, redactor, timeoutMs, introspectionUrl] {
                if (m_reply != reply)
                    return;
                m_reply = nullptr;
                reply->deleteLater();
                const QVariant statusValue = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
                const int status = statusValue.isValid() ? statusValue.toInt() : 0;
                const QByteArray answer = limiter->body();
                const QByteArray contentType = reply->rawHeader("Content-Type");
                QString transportError;
                if (limiter->violation() == ReplyLimiter::Violation::Deadline ||
                    (!statusValue.isValid() && (reply->error() == QNetworkReply::OperationCanceledError ||
                                                reply->error() == QNetworkReply::TimeoutError))) {
                    transportError = QCoreApplication::translate("cad::InspectIntrospection",
                                                                 "The introspection endpoint did not answer within %1 "
                                                                 "seconds. Try again later.")
                                         .arg(timeoutMs / 1000.0, 0, 'g', 3);
                } else if (limiter->violation() == ReplyLimiter::Violation::TooLarge) {
                    transportError = QCoreApplication::translate("cad::InspectIntrospection",
                                                                 "The introspection answer is larger than %1 KiB; an "
                                                                 "RFC 7662 answer is a few KiB at most. Check the "
                                                                 "introspection URL.")
                                         .arg(MaxResponseBytes / 1024);
                } else if (!statusValue.isValid() && reply->error() != QNetworkReply::NoError) {
                    const QString detail =
                        sslErrors->isEmpty() ? reply->errorString() : sslErrors->join(QStringLiteral("; "));
                    transportError = QCoreApplication::translate("cad::InspectIntrospection",
                                                                 "The introspection endpoint %1 could not be reached: "
                                                                 "%2. Check the URL and the network connection.")
                                         .arg(shown(introspectionUrl), redactor.redactFields(detail));
                }
                record->status = status;
                record->elapsedMs = timer->elapsed();
                for (const auto &h : reply->rawHeaderPairs())
                    record->responseHeaders.append(h);
                record->responseBody = answer;
                record->error = transportError;
                qCDebug(lcOAuth) << oauthStageName(OAuthStage::Introspect) << "answered" << status << "in"
                                 << record->elapsedMs << "ms";
                emit exchange(record->redacted(redactor));
                if (!transportError.isEmpty()) {
                    emit failed(transportError);
                    return;
                }
                if (status != 200) {
                    const OAuthError error =
                        TokenResponse::parse(OAuthStage::Introspect, status, contentType, answer, 0).error();
                    QString text;
                    if (status >= 300 && status < 400)
                        text = QCoreApplication::translate("cad::InspectIntrospection",
                                                           "The introspection endpoint answered HTTP %1, a redirect, "
                                                           "which is not followed: the client secret and the token "
                                                           "would go with it. Enter the endpoint's final URL.")
                                   .arg(status);
                    else if (!error.code.isEmpty() && !error.description.isEmpty())
                        text = QCoreApplication::translate("cad::InspectIntrospection",
                                                           "The introspection endpoint answered HTTP %1 (%2: %3). %4")
                                   .arg(status)
                                   .arg(error.code.left(100), error.description.left(300), error.hint());
                    else if (!error.code.isEmpty())
                        text = QCoreApplication::translate("cad::InspectIntrospection",
                                                           "The introspection endpoint answered HTTP %1 (%2). %3")
                                   .arg(status)
                                   .arg(error.code.left(100), error.hint());
                    else
                        text = QCoreApplication::translate("cad::InspectIntrospection",
                                                           "The introspection endpoint answered HTTP %1. Check the "
                                                           "introspection URL and the client settings.")
                                   .arg(status);
                    emit failed(redactor.redactFields(text));
                    return;
                }
                QJsonParseError parseError;
                const QJsonDocument document = QJsonDocument::fromJson(answer, &parseError);
                if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
                    !document.object().value(QLatin1String("active")).isBool()) {
                    emit failed(QCoreApplication::translate("cad::InspectIntrospection",
                                                            "The answer is not an RFC 7662 introspection response: it "
                                                            "is not a JSON object with a boolean \"active\". Check "
                                                            "the introspection URL."));
                    return;
                }
                emit finished(document.object());
            });
}

} // namespace cad
