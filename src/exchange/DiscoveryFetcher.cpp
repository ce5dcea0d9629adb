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
constexpr QLatin1String AuthorizationServerPath("/.well-known/oauth-authorization-server");

/// scheme://host[:port] of url.
QString originOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString(QUrl::StripTrailingSlash);
}

QString withoutTrailingSlash(QString s)
{
    if (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    return s;
}

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
    if (url.hasQuery() || url.hasFragment())
        return QCoreApplication::translate("cad::Importer",
                                           "%1 has a query or a fragment; give the issuer (such as "
                                           "https://login.example.com) or its metadata URL without them")
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
    m_redirects = 0;
    m_documentUrl = QUrl();
    if (const QString refusal = refusalFor(url); !refusal.isEmpty()) {
        // No network access at all; finished is never emitted from inside fetch().
        m_requested = url;
        m_candidates.clear();
        QTimer::singleShot(0, this, [this, refusal] { emit finished({}, refusal); });
        return;
    }
    m_candidates = metadataUrls(url);
    m_tried.clear();
    m_requested = m_candidates.takeFirst();
    m_deadline.start(m_timeoutMs);
    get(m_requested);
}

QList<QUrl> DiscoveryFetcher::metadataUrls(const QUrl &url)
{
    if (url.path().contains(QLatin1String("/.well-known/")))
        return {url};
    // An issuer: RFC 8414 3.1 inserts its well-known path between the host and the issuer's path;
    // OpenID Connect Discovery 1.0 4.1 appends its own to the issuer.
    const QString path = withoutTrailingSlash(url.path());
    return {QUrl(originOf(url) + AuthorizationServerPath + path),
            QUrl(withoutTrailingSlash(url.toString()) + WellKnownPath)};
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
    if ((status == 404 || status == 410) && !m_candidates.isEmpty()) {
        // This issuer publishes no document of that kind: the next kind, from the same origin.
        m_tried.append(m_requested);
        m_requested = m_candidates.takeFirst();
        m_redirects = 0;
        get(m_requested);
        return;
    }
    if ((status == 404 || status == 410) && !m_tried.isEmpty()) {
        m_tried.append(m_requested);
        QStringList where;
        for (const QUrl &tried : std::as_const(m_tried))
            where.append(shown(tried));
        finish({}, QCoreApplication::translate("cad::Importer",
                                               "the server has no discovery document at %1 (HTTP %2); check the "
                                               "issuer, or give the metadata URL itself")
                       .arg(where.join(QCoreApplication::translate("cad::Importer", " or ")))
                       .arg(status));
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
    m_documentUrl = m_requested;
    finish(doc.object(), QString());
}

QString DiscoveryFetcher::problemWith(const QJsonObject &document, const QUrl &requestedUrl)
{
    // RFC 8414 3.3 and OpenID Connect Discovery 1.0 4.3: the issuer the document names is the one
    // whose well-known address it was read from; anything else may be another provider's document.
    const bool authorizationServer = requestedUrl.path().startsWith(AuthorizationServerPath);
    const QJsonValue issuerValue = document.value(QLatin1String("issuer"));
    if (!issuerValue.isString() || issuerValue.toString().isEmpty())
        return authorizationServer
                   ? QCoreApplication::translate("cad::Importer", "the document names no \"issuer\", which RFC 8414 "
                                                                  "authorization server metadata requires")
                   : QCoreApplication::translate("cad::Importer", "the document names no \"issuer\", which OpenID "
                                                                  "Connect discovery requires");
    const QString issuer = issuerValue.toString();
    const QString base = withoutTrailingSlash(issuer);
    if (authorizationServer) {
        const QUrl issuerUrl(base, QUrl::StrictMode);
        const QUrl expected(originOf(issuerUrl) + AuthorizationServerPath + issuerUrl.path(), QUrl::StrictMode);
        if (!issuerUrl.isValid() || issuerUrl.hasQuery() || issuerUrl.hasFragment() || !expected.isValid() ||
            expected.adjusted(QUrl::StripTrailingSlash) != requestedUrl.adjusted(QUrl::StripTrailingSlash)) {
            return QCoreApplication::translate("cad::Importer",
                                               "the document names the issuer \"%1\", which does not match the "
                                               "address it was read from, %2 (the issuer's host followed by "
                                               "/.well-known/oauth-authorization-server and the issuer's path must "
                                               "be that address)")
                .arg(ImportSupport::clip(issuer, 200), ImportSupport::clip(shown(requestedUrl), 200));
        }
    } else {
        const QUrl expected(base + WellKnownPath, QUrl::StrictMode);
        if (!expected.isValid() || expected != requestedUrl) {
            return QCoreApplication::translate("cad::Importer",
                                               "the document names the issuer \"%1\", which does not match the "
                                               "address it was read from, %2 (the issuer followed by "
                                               "/.well-known/openid-configuration must be that address)")
                .arg(ImportSupport::clip(issuer, 200), ImportSupport::clip(shown(requestedUrl), 200));
        }
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
