#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace cad {

/// Fetches an OpenID Connect discovery document for an import, with a short timeout and a size
/// cap. Emits finished exactly once per fetch(): with the document, or with an empty object and
/// a reason.
class DiscoveryFetcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 5000;
    static constexpr qint64 MaxBytes = 1024 * 1024;

    explicit DiscoveryFetcher(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void fetch(const QUrl &url);

signals:
    void finished(const QJsonObject &document, const QString &error);

private:
    void onFinished();

    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    int m_timeoutMs = DefaultTimeoutMs;
};

} // namespace cad
