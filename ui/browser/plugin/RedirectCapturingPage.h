#pragma once

#include <QUrl>
#include <QWebEnginePage>

namespace cad {

/// A page that never loads the redirect URI: the navigation to it (a server 302, a form post or
/// a link) is refused and reported with redirectCaptured(), so nothing needs to listen on its port.
class RedirectCapturingPage : public QWebEnginePage
{
    Q_OBJECT

public:
    RedirectCapturingPage(QWebEngineProfile *profile, const QUrl &redirectUri, QObject *parent = nullptr);

    /// Same scheme, host, port and path as the redirect URI (query and fragment ignored).
    [[nodiscard]] static bool isRedirect(const QUrl &url, const QUrl &redirectUri);

Q_SIGNALS:
    void redirectCaptured(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;

private:
    QUrl m_redirectUri;
    bool m_captured = false;
};

} // namespace cad
