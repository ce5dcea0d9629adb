#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QTabWidget;
class QWidget;

namespace cad {

class ConnectionController;
class ConnectorDocument;
class ExchangeLogView;
class Introspection;
class JwksFetcher;
class TokenInspector;

/// The "Tokens" tab: a TokenInspector of the design-time connection, made when the tab is first
/// shown, fed whenever the connection's state or tokens change.
///
///   connection Connected (an OAuth type) ──► tokens + what the design expects (scope, issuer,
///                                            token URL, client id, client secret for HS*)
///   a JWT signed with a public key       ──► JwksFetcher: the issuer's metadata ──► jwks_uri
///                                            (kept per issuer while the document is open)
///   Ask the Provider                     ──► Introspection (RFC 7662) at token_introspection_url,
///                                            only on the token URL's origin; logged, redacted
///   anything else (not connected, the design changed) ──► the inspector says why, shows nothing
class InspectorController : public QObject
{
    Q_OBJECT

public:
    InspectorController(ConnectorDocument *document, ConnectionController *connections, ExchangeLogView *log,
                        QTabWidget *tabs);
    ~InspectorController() override;

    /// The inspector, made on first use.
    TokenInspector *inspector();
    [[nodiscard]] bool hasInspector() const { return m_inspector; }
    [[nodiscard]] QWidget *page() const { return m_page; }

    /// Another document replaced the current one: its keys are not this one's.
    void startOver();

private:
    void update();
    void fetchKeys(const QUrl &url, bool isIssuer);
    void introspect(const QString &tokenTypeHint);

    ConnectorDocument *m_document;
    ConnectionController *m_connections;
    ExchangeLogView *m_log;
    QPointer<QTabWidget> m_tabs;
    QWidget *m_page = nullptr;
    QPointer<TokenInspector> m_inspector;
    JwksFetcher *m_keys = nullptr;
    Introspection *m_introspection = nullptr;
    QUrl m_keysFor; ///< the issuer (or token URL) whose keys were fetched or are being fetched
    bool m_keysReady = false;
    QJsonObject m_jwks;
    QUrl m_jwksUri;
    QString m_keysError;
};

} // namespace cad
