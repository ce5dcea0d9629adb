#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace cad {

class DiscoveryFetcher;

/// Fetches the provider's public keys (a JWK Set, RFC 7517 5) to check token signatures with.
///
///   fetch(url) ──► DiscoveryFetcher: the issuer's RFC 8414 / OpenID metadata ──► jwks_uri
///        │ (a token URL: its origin is taken as the issuer)     none? ──► failed(message)
///        ▼
///   GET jwks_uri (https, or http to a loopback host; 10 s, 1 MiB, same-origin redirects only)
///        │ a JSON object with a "keys" array?  no ──► failed(message)
///        ▼
///   finished(jwks, jwksUri)
///
/// No credentials are ever sent: no Authorization header, no cookies. Emits finished or failed
/// exactly once per fetch(), never from inside fetch(); a new fetch() abandons the one in flight
/// (which then emits nothing).
class JwksFetcher : public QObject
{
    Q_OBJECT

public:
    /// What the URL given to fetch() is.
    enum class UrlKind
    {
        Issuer,   ///< the issuer (or its metadata URL, with /.well-known/)
        TokenUrl, ///< the design's token URL: its origin is the issuer
    };

    static constexpr int TimeoutMs = 10000;
    static constexpr qint64 MaxBytes = 1024 * 1024;

    explicit JwksFetcher(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~JwksFetcher() override;

    void fetch(const QUrl &issuerOrTokenUrl, UrlKind kind = UrlKind::Issuer);
    /// The issuer fetch() reads the metadata of: @p url itself, or a token URL's origin.
    [[nodiscard]] static QUrl issuerFor(const QUrl &url, UrlKind kind);
    [[nodiscard]] bool isBusy() const;

signals:
    void finished(const QJsonObject &jwks, const QUrl &jwksUri);
    void failed(const QString &message);

private:
    void onMetadata(const QJsonObject &document, const QString &error);
    void getKeys(const QUrl &jwksUri);
    void abandon();
    void failLater(const QString &message);

    QPointer<QNetworkAccessManager> m_network;
    DiscoveryFetcher *m_discovery = nullptr;
    QPointer<QNetworkReply> m_reply;
    QUrl m_issuer;
    UrlKind m_kind = UrlKind::Issuer;
    bool m_discovering = false;
    quint64 m_generation = 0; ///< bumped by each fetch(): a queued failure of an earlier one is dropped
};

} // namespace cad
