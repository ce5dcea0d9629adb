#include "connection/ApiCall.h"

#include "core/Logging.h"
#include "core/Origin.h"
#include "oauth/ReplyLimiter.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace cad {

namespace {
bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}
} // namespace

ApiCall::ApiCall(QNetworkAccessManager *network, AuthorizedRequest request, Redactor redactor, int deadlineMs,
                 QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_request(std::move(request))
    , m_redactor(std::move(redactor))
    , m_deadlineMs(deadlineMs)
{
    m_redactor.addSecrets(m_request.secretValues);
}

ApiCall::~ApiCall()
{
    abort();
}

void ApiCall::start()
{
    m_clock.start();
    send(m_request.url, m_request.method, m_request.body, 0);
}

void ApiCall::abort()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

QString ApiCall::shown(const QUrl &url) const
{
    // The first hop's URL has a masked twin built structurally; later hops come from the server.
    if (url == m_request.url && m_request.masked)
        return m_request.masked->urlText;
    return m_redactor.redactFields(url.toString(QUrl::FullyEncoded | QUrl::RemoveUserInfo));
}

void ApiCall::send(const QUrl &url, const QString &method, const QByteArray &body, int hop)
{
    QNetworkRequest http(url);
    for (const auto &h : std::as_const(m_request.headers))
        http.setRawHeader(h.first.toUtf8(), h.second.toUtf8());
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    const int remaining = std::max<int>(1, m_deadlineMs - int(m_clock.elapsed()));
    http.setTransferTimeout(remaining);
    QNetworkReply *reply = body.isEmpty() ? m_network->sendCustomRequest(http, method.toLatin1())
                                          : m_network->sendCustomRequest(http, method.toLatin1(), body);
    m_reply = reply;
    ReplyLimiter::attach(reply, remaining, TestResult::MaxBodyBytes, ReplyLimiter::Overflow::Truncate);
    auto *timer = new QElapsedTimer;
    timer->start();
    connect(reply, &QNetworkReply::finished, this, [this, reply, method, body, hop, timer] {
        reply->setProperty("cadHopMs", timer->elapsed());
        delete timer;
        onFinished(reply, method, body, hop);
    });
}

void ApiCall::onFinished(QNetworkReply *reply, const QString &method, const QByteArray &body, int hop)
{
    reply->deleteLater();
    m_reply = nullptr;
    auto *limiter = reply->findChild<ReplyLimiter *>();
    const QUrl url = reply->request().url();

    TestResult result;
    result.method = method;
    result.displayUrl = shown(url);
    result.elapsedMs = m_clock.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        result.responseHeaders.append({pair.first, pair.second});
    result.body = limiter ? limiter->body() : reply->readAll();
    result.truncated = limiter && limiter->truncated();

    const QNetworkReply::NetworkError err = reply->error();
    if (limiter && limiter->violation() == ReplyLimiter::Violation::Deadline) {
        result.error = QCoreApplication::translate("cad::ApiCall", "No complete answer within %1 seconds.")
                           .arg(m_deadlineMs / 1000.0, 0, 'g', 3);
    } else if (err != QNetworkReply::NoError && !result.truncated && result.status == 0) {
        result.error = err == QNetworkReply::OperationCanceledError || err == QNetworkReply::TimeoutError
                           ? QCoreApplication::translate("cad::ApiCall", "No answer within %1 seconds.")
                                 .arg(m_deadlineMs / 1000.0, 0, 'g', 3)
                           // Qt's text may name the URL with its query: show it masked.
                           : m_redactor.redactFields(reply->errorString()
                                                         .replace(url.toString(), result.displayUrl)
                                                         .replace(url.toString(QUrl::FullyEncoded), result.displayUrl));
    }

    ExchangeRecord record;
    record.stage = m_stage;
    record.method = method.toLatin1();
    record.url = url;
    record.status = result.status;
    record.elapsedMs = reply->property("cadHopMs").toLongLong();
    for (const auto &h : std::as_const(m_request.headers))
        record.requestHeaders.append({h.first.toUtf8(), h.second.toUtf8()});
    record.requestBody = body;
    record.responseHeaders = result.responseHeaders;
    record.responseBody = result.body;

    const QByteArray location = reply->rawHeader("Location");
    if (result.error.isEmpty() && isRedirect(result.status) && !location.isEmpty()) {
        const QUrl target = url.resolved(QUrl::fromEncoded(location, QUrl::StrictMode));
        const Origin from = Origin::of(m_request.url);
        const Origin to = Origin::of(target);
        if (!to.isValid() || to != from) {
            result.error =
                QCoreApplication::translate("cad::ApiCall", "The service redirected to %1, which was not followed: the "
                                                            "credentials of this connection are sent only to %2.")
                    .arg(to.isValid() ? to.toString() : QString::fromLatin1(location.left(200)), from.toString());
        } else if (hop >= MaxRedirects) {
            result.error =
                QCoreApplication::translate("cad::ApiCall", "More than %1 redirects; the last one was not followed.")
                    .arg(MaxRedirects);
        } else {
            record.error.clear();
            Q_EMIT exchange(record.redacted(m_redactor));
            // RFC 9110 15.4: 303 always, and 301/302 after POST, continue as GET without a body.
            const bool toGet = result.status == 303 ||
                               ((result.status == 301 || result.status == 302) && method == QLatin1String("POST"));
            qCDebug(lcConnection) << "following a same-origin redirect" << result.status;
            send(target, toGet ? QStringLiteral("GET") : method, toGet ? QByteArray() : body, hop + 1);
            return;
        }
    }
    record.error = result.error;
    Q_EMIT exchange(record.redacted(m_redactor));
    Q_EMIT finished(result);
}

} // namespace cad
