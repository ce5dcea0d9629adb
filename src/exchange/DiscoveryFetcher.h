#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace cad {

/// Fetches a provider's authorization server metadata (RFC 8414) or OpenID Connect discovery
/// document, only when the author asks for it. The URL is the metadata URL itself (a path with
/// /.well-known/) or the issuer, for which the RFC 8414 address is tried first and, when the server
/// answers 404, the OpenID Connect one.
///
///   fetch(url) -- https, or http to a loopback host? -- no --> finished({}, reason), no network
///        |
///        v
///   GET (deadline timer, 1 MiB cap) -- 3xx --> same origin, at most MaxRedirects? -- no --> finished({}, reason)
///        |                                          | yes: GET the target
///        v
///   404 and another candidate address? -- yes --> GET that one
///        |
///        v
///   JSON object, its issuer is the one the address was made of, endpoints https (or loopback http)?
///        |-- no --> finished({}, reason)
///        v
///   finished(document, QString())
///
/// The timeout is an overall deadline for the whole fetch, redirects included: a server that
/// answers one byte at a time is cut off. Emits finished exactly once per fetch(), never from
/// inside fetch(); a new fetch() cancels the one in progress (which finishes with a reason).
class DiscoveryFetcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 5000;
    static constexpr qint64 MaxBytes = 1024 * 1024;
    static constexpr int MaxRedirects = 3;

    explicit DiscoveryFetcher(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    [[nodiscard]] int timeout() const { return m_timeoutMs; }
    void fetch(const QUrl &url);
    /// The addresses fetch(url) tries, in order: url itself when it is a metadata URL, else the
    /// issuer's RFC 8414 and OpenID Connect metadata URLs.
    [[nodiscard]] static QList<QUrl> metadataUrls(const QUrl &url);
    /// The address the last successful fetch read its document from.
    [[nodiscard]] QUrl documentUrl() const { return m_documentUrl; }

    /// Why a discovery document read from requestedUrl (before any redirect) must not be used,
    /// or an empty string: RFC 8414 3.3 or OpenID Connect Discovery 1.0 4.3, as the URL's path
    /// says (the issuer matches the URL), and the endpoints credentials go to are https or http to
    /// a loopback host.
    [[nodiscard]] static QString problemWith(const QJsonObject &document, const QUrl &requestedUrl);

signals:
    void finished(const QJsonObject &document, const QString &error);

private:
    void get(const QUrl &url);
    void onFinished();
    void cancel(const QString &reason);
    void finish(const QJsonObject &document, const QString &error);

    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QUrl m_requested;         ///< the metadata URL being read; the issuer must match it
    QList<QUrl> m_candidates; ///< metadata URLs still to try when this one answers 404
    QList<QUrl> m_tried;      ///< metadata URLs that answered 404
    QUrl m_documentUrl;       ///< where the last document was read from
    int m_redirects = 0;      ///< redirects followed in this fetch
    QString m_abortReason;    ///< why m_reply was aborted (deadline, size cap, a new fetch)
    int m_timeoutMs = DefaultTimeoutMs;
};

} // namespace cad
