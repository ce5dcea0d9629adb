#include "inspect/JwksFetcher.h"

#include "core/Logging.h"
#include "core/Origin.h"
#include "exchange/DiscoveryFetcher.h"
#include "oauth/ReplyLimiter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace cad {

namespace {

/// A URL as shown in a message: no user information, query or fragment.
QString shown(const QUrl &url)
{
    const QString text = url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    return text.size() > 200 ? text.left(200) + QChar(0x2026) : text;
}

/// A message of DiscoveryFetcher (a clause) as the end of a sentence.
QString clause(QString text)
{
    text = text.trimmed();
    if (!text.endsWith(QLatin1Char('.')))
        text += QLatin1Char('.');
    return text;
}

} // namespace

JwksFetcher::JwksFetcher(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

JwksFetcher::~JwksFetcher()
{
    abandon();
}

QUrl JwksFetcher::issuerFor(const QUrl &url, UrlKind kind)
{
    if (kind == UrlKind::Issuer)
        return url;
    const Origin origin = Origin::of(url);
    return origin.isValid() ? QUrl(origin.toString()) : QUrl();
}

bool JwksFetcher::isBusy() const
{
    return m_discovering || m_reply;
}

void JwksFetcher::abandon()
{
    ++m_generation;
    m_discovering = false;
    if (m_discovery) {
        m_discovery->disconnect(this);
        m_discovery->deleteLater(); // aborts its request
        m_discovery = nullptr;
    }
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void JwksFetcher::failLater(const QString &message)
{
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation, message] {
        if (generation == m_generation)
            emit failed(message);
    });
}

void JwksFetcher::fetch(const QUrl &issuerOrTokenUrl, UrlKind kind)
{
    abandon();
    m_kind = kind;
    m_issuer = issuerFor(issuerOrTokenUrl, kind);
    if (!m_network) {
        failLater(QCoreApplication::translate("cad::InspectKeys",
                                              "The provider's keys cannot be fetched: there is no network access."));
        return;
    }
    if (!m_issuer.isValid() || m_issuer.isRelative() || m_issuer.host().isEmpty()) {
        failLater(kind == UrlKind::TokenUrl
                      ? QCoreApplication::translate("cad::InspectKeys",
                                                    "The provider's keys cannot be fetched: the design's token URL is "
                                                    "not a full https URL. Enter the token URL or the issuer.")
                      : QCoreApplication::translate("cad::InspectKeys",
                                                    "The provider's keys cannot be fetched: the issuer is not a full "
                                                    "https URL. Enter the issuer, such as https://login.example.com."));
        return;
    }
    m_discovering = true;
    m_discovery = new DiscoveryFetcher(m_network, this);
    m_discovery->setTimeout(TimeoutMs);
    connect(m_discovery, &DiscoveryFetcher::finished, this, &JwksFetcher::onMetadata);
    qCDebug(lcOAuth) << "reading the metadata of" << shown(m_issuer) << "for its keys";
    m_discovery->fetch(m_issuer);
}

void JwksFetcher::onMetadata(const QJsonObject &document, const QString &error)
{
    if (!m_discovering)
        return;
    m_discovering = false;
    if (m_discovery) {
        m_discovery->deleteLater();
        m_discovery = nullptr;
    }
    if (!error.isEmpty()) {
        emit failed(m_kind == UrlKind::TokenUrl
                        ? QCoreApplication::translate("cad::InspectKeys",
                                                      "The provider's metadata could not be read from %1, so its keys "
                                                      "are unknown: %2 If the issuer is not the token URL's origin, "
                                                      "enter it in the design's issuer property.")
                              .arg(shown(m_issuer), clause(error))
                        : QCoreApplication::translate("cad::InspectKeys",
                                                      "The provider's metadata could not be read from %1, so its keys "
                                                      "are unknown: %2")
                              .arg(shown(m_issuer), clause(error)));
        return;
    }
    const QJsonValue value = document.value(QLatin1String("jwks_uri"));
    if (!value.isString() || value.toString().isEmpty()) {
        emit failed(QCoreApplication::translate("cad::InspectKeys",
                                                "The provider's metadata names no jwks_uri, so signatures cannot be "
                                                "verified. The provider may sign tokens with the client secret "
                                                "(HS256) only, or not publish its keys."));
        return;
    }
    const QUrl jwksUri(value.toString(), QUrl::StrictMode);
    if (!jwksUri.isValid() || jwksUri.isRelative() || jwksUri.host().isEmpty()) {
        emit failed(QCoreApplication::translate("cad::InspectKeys",
                                                "The provider's jwks_uri is not a full URL, so its keys cannot be "
                                                "read. The provider's metadata is wrong."));
        return;
    }
    if (!isSecureOrLoopback(jwksUri)) {
        emit failed(QCoreApplication::translate("cad::InspectKeys",
                                                "The provider's jwks_uri, %1, is not https. Keys read over plain http "
                                                "could be forged on the way, so they are read only over https (or "
                                                "plain http from this computer).")
                        .arg(shown(jwksUri)));
        return;
    }
    getKeys(jwksUri);
}

void JwksFetcher::getKeys(const QUrl &jwksUri)
{
    QNetworkRequest request(jwksUri);
    request.setRawHeader("Accept", "application/jwk-set+json, application/json");
    request.setTransferTimeout(TimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    // The keys are public: nothing that identifies this client or the user goes with the request.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    qCDebug(lcOAuth) << "GET" << shown(jwksUri);
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    ReplyLimiter *limiter = ReplyLimiter::attach(reply, TimeoutMs, MaxBytes);
    connect(reply, &QNetworkReply::finished, this, [this, reply, limiter, jwksUri] {
        if (m_reply != reply)
            return;
        m_reply = nullptr;
        reply->deleteLater();
        const QString where = shown(jwksUri);
        const QVariant statusValue = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const int status = statusValue.toInt();
        const QByteArray body = limiter->body();
        if (limiter->violation() == ReplyLimiter::Violation::Deadline) {
            emit failed(QCoreApplication::translate("cad::InspectKeys",
                                                    "The provider's keys did not arrive from %1 within %2 seconds. "
                                                    "Try again later.")
                            .arg(where)
                            .arg(TimeoutMs / 1000));
            return;
        }
        if (limiter->violation() == ReplyLimiter::Violation::TooLarge) {
            emit failed(QCoreApplication::translate("cad::InspectKeys",
                                                    "The answer of %1 is larger than %2 MiB, far more than a key set; "
                                                    "check the provider's jwks_uri.")
                            .arg(where)
                            .arg(MaxBytes / (1024 * 1024)));
            return;
        }
        if (!statusValue.isValid() && reply->error() != QNetworkReply::NoError) {
            emit failed(QCoreApplication::translate("cad::InspectKeys",
                                                    "The provider's keys could not be read from %1: %2. Check the "
                                                    "network connection.")
                            .arg(where, reply->errorString()));
            return;
        }
        if (status != 200) {
            emit failed(QCoreApplication::translate("cad::InspectKeys",
                                                    "The provider's jwks_uri %1 answered HTTP %2 instead of its keys. "
                                                    "Check the provider's metadata, or try again later.")
                            .arg(where)
                            .arg(status));
            return;
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            emit failed(QCoreApplication::translate("cad::InspectKeys",
                                                    "The answer of %1 is not a JSON object, so it is no JWK Set "
                                                    "(RFC 7517). Check the provider's jwks_uri.")
                            .arg(where));
            return;
        }
        if (!document.object().value(QLatin1String("keys")).isArray()) {
            emit failed(QCoreApplication::translate("cad::InspectKeys",
                                                    "The answer of %1 has no \"keys\" array, so it is no JWK Set "
                                                    "(RFC 7517). Check the provider's jwks_uri.")
                            .arg(where));
            return;
        }
        qCDebug(lcOAuth) << "read" << document.object().value(QLatin1String("keys")).toArray().size() << "keys from"
                         << where;
        emit finished(document.object(), jwksUri);
    });
}

} // namespace cad
