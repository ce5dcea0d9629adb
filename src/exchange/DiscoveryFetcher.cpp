#include "exchange/DiscoveryFetcher.h"

#include "core/Origin.h"
#include "exchange/ImportSupport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace cad {

namespace {

constexpr QLatin1String WellKnownPath("/.well-known/openid-configuration");

/// A URL as shown in a reason: without user information.
QString shown(const QUrl &url)
{
    return url.toString(QUrl::RemoveUserInfo);
}

/// Why url must not be fetched at all, or an empty string.
QString refusalFor(const QUrl &url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return QCoreApplication::translate("cad::Importer", "\"%1\" is not a full https URL")
            .arg(ImportSupport::clip(url.toString(QUrl::RemoveUserInfo), 200));
    if (!isSecureOrLoopback(url))
        return QCoreApplication::translate("cad::Importer",
                                           "%1 does not use https; discovery documents are read only over https "
                                           "(plain http only from this computer, a loopback address)")
            .arg(ImportSupport::clip(shown(url), 200));
    return QString();
}

} // namespace

DiscoveryFetcher::DiscoveryFetcher(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network ? network : new QNetworkAccessManager(this))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        cancel(QCoreApplication::translate("cad::Importer",
                                           "the server did not send the complete document within the time limit "
                                           "(%1 s)")
                   .arg(QString::number(m_timeoutMs / 1000.0, 'g', 3)));
    });
}

void DiscoveryFetcher::fetch(const QUrl &url)
{
    if (m_reply)
        cancel(QCoreApplication::translate("cad::Importer", "another discovery document was requested"));
    m_deadline.stop();
    m_requested = url;
    m_redirects = 0;
    if (const QString refusal = refusalFor(url); !refusal.isEmpty()) {
        // No network access at all; finished is never emitted from inside fetch().
        QTimer::singleShot(0, this, [this, refusal] { emit finished({}, refusal); });
        return;
    }
    m_deadline.start(m_timeoutMs);
    get(url);
}

void DiscoveryFetcher::get(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    // Redirects are followed here, one by one, so that each target is checked first.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (received > MaxBytes || total > MaxBytes)
            cancel(QCoreApplication::translate("cad::Importer", "the answer is larger than %1 MiB")
                       .arg(MaxBytes / (1024 * 1024)));
    });
    connect(m_reply, &QNetworkReply::finished, this, &DiscoveryFetcher::onFinished);
}

void DiscoveryFetcher::cancel(const QString &reason)
{
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    finish({}, reason);
}

void DiscoveryFetcher::finish(const QJsonObject &document, const QString &error)
{
    m_deadline.stop();
    emit finished(document, error);
}

void DiscoveryFetcher::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400 && status != 304) {
        const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        const QUrl target = reply->url().resolved(location);
        if (location.isEmpty() || !target.isValid()) {
            finish({}, QCoreApplication::translate("cad::Importer", "the server answered HTTP %1 without a valid "
                                                                    "redirect target")
                           .arg(status));
            return;
        }
        const Origin from = Origin::of(m_requested);
        const Origin to = Origin::of(target);
        if (to != from) {
            const QString where =
                to.isValid() ? to.toString()
                             : ImportSupport::clip(target.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery), 200);
            finish({}, QCoreApplication::translate("cad::Importer",
                                                   "the server redirected to another origin, %1; the document is "
                                                   "read only from %2")
                           .arg(where, from.toString()));
            return;
        }
        if (++m_redirects > MaxRedirects) {
            finish({}, QCoreApplication::translate("cad::Importer", "the server redirected more than %1 times")
                           .arg(MaxRedirects));
            return;
        }
        get(target);
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        finish({}, reply->error() == QNetworkReply::OperationCanceledError
                       ? QCoreApplication::translate("cad::Importer", "no answer in time")
                       : reply->errorString());
        return;
    }
    const QByteArray body = reply->read(MaxBytes + 1);
    if (body.size() > MaxBytes) {
        finish({}, QCoreApplication::translate("cad::Importer", "the answer is larger than %1 MiB")
                       .arg(MaxBytes / (1024 * 1024)));
        return;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        finish({}, QCoreApplication::translate("cad::Importer", "the answer is not a JSON discovery document"));
        return;
    }
    if (const QString problem = problemWith(doc.object(), m_requested); !problem.isEmpty()) {
        finish({}, problem);
        return;
    }
    finish(doc.object(), QString());
}

QString DiscoveryFetcher::problemWith(const QJsonObject &document, const QUrl &requestedUrl)
{
    // OpenID Connect Discovery 1.0, section 4.3: the issuer the document names is the one whose
    // well-known address it was read from; anything else may be another provider's document.
    const QJsonValue issuerValue = document.value(QLatin1String("issuer"));
    if (!issuerValue.isString() || issuerValue.toString().isEmpty())
        return QCoreApplication::translate("cad::Importer",
                                           "the document names no \"issuer\", which OpenID Connect discovery "
                                           "requires");
    const QString issuer = issuerValue.toString();
    QString base = issuer;
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QUrl expected(base + WellKnownPath, QUrl::StrictMode);
    if (!expected.isValid() || expected != requestedUrl) {
        return QCoreApplication::translate("cad::Importer",
                                           "the document names the issuer \"%1\", which does not match the address "
                                           "it was read from, %2 (the issuer followed by "
                                           "/.well-known/openid-configuration must be that address)")
            .arg(ImportSupport::clip(issuer, 200), ImportSupport::clip(shown(requestedUrl), 200));
    }
    // Client credentials, codes and tokens travel to these: never over plain http to another host.
    for (const char *key : {"authorization_endpoint", "token_endpoint", "revocation_endpoint"}) {
        const QJsonValue value = document.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            continue;
        const QUrl url(value.toString(), QUrl::StrictMode);
        if (!value.isString() || !url.isValid() || url.host().isEmpty() || !isSecureOrLoopback(url)) {
            return QCoreApplication::translate("cad::Importer",
                                               "its %1, \"%2\", is not an https URL (plain http is accepted only "
                                               "for this computer, a loopback address)")
                .arg(QLatin1String(key), ImportSupport::clip(value.toVariant().toString(), 200));
        }
    }
    return QString();
}

} // namespace cad
