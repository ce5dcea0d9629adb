#include "exchange/DiscoveryFetcher.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace cad {

DiscoveryFetcher::DiscoveryFetcher(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network ? network : new QNetworkAccessManager(this))
{}

void DiscoveryFetcher::fetch(const QUrl &url)
{
    if (m_reply)
        m_reply->abort();
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > MaxBytes && m_reply)
            m_reply->abort();
    });
    connect(m_reply, &QNetworkReply::finished, this, &DiscoveryFetcher::onFinished);
}

void DiscoveryFetcher::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    if (reply->error() != QNetworkReply::NoError) {
        emit finished(
            {}, reply->error() == QNetworkReply::OperationCanceledError
                    ? QCoreApplication::translate("cad::Importer", "no answer in time, or the answer is too large")
                    : reply->errorString());
        return;
    }
    const QByteArray body = reply->read(MaxBytes + 1);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (body.size() > MaxBytes || error.error != QJsonParseError::NoError || !doc.isObject()) {
        emit finished({}, QCoreApplication::translate("cad::Importer", "the answer is not a JSON discovery document"));
        return;
    }
    emit finished(doc.object(), QString());
}

} // namespace cad
