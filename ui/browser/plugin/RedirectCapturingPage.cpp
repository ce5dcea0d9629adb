#include "RedirectCapturingPage.h"

namespace cad {

RedirectCapturingPage::RedirectCapturingPage(QWebEngineProfile *profile, const QUrl &redirectUri, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_redirectUri(redirectUri)
{}

bool RedirectCapturingPage::isRedirect(const QUrl &url, const QUrl &redirectUri)
{
    if (!redirectUri.isValid() || !url.isValid())
        return false;
    const QString path = url.path().isEmpty() ? QStringLiteral("/") : url.path();
    const QString expectedPath = redirectUri.path().isEmpty() ? QStringLiteral("/") : redirectUri.path();
    return url.scheme().compare(redirectUri.scheme(), Qt::CaseInsensitive) == 0 &&
           url.host().compare(redirectUri.host(), Qt::CaseInsensitive) == 0 &&
           url.port(url.scheme() == QLatin1String("https") ? 443 : 80) ==
               redirectUri.port(redirectUri.scheme() == QLatin1String("https") ? 443 : 80) &&
           path == expectedPath;
}

bool RedirectCapturingPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (isRedirect(url, m_redirectUri)) {
        // Whatever frame or navigation type: the code must never reach a page load.
        if (!m_captured) {
            m_captured = true;
            Q_EMIT redirectCaptured(url);
        }
        return false;
    }
    return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
}

} // namespace cad
