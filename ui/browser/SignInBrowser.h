#pragma once

#include <QString>
#include <QUrl>
#include <QtPlugin>

#include <functional>

class QDialog;
class QWidget;

namespace cad {

/// Tests only (the designer never sets it): keeps a sign-in window on this computer. With
/// loopbackOnly, every request of the page whose host is not a loopback address
/// (cad::isLoopbackHost: 127.0.0.0/8, ::1, localhost) is blocked before it leaves and reported to
/// blocked, so that a test fails instead of touching the internet.
struct SignInNetworkGuard
{
    bool loopbackOnly = false;
    /// Called on the GUI thread with each blocked URL.
    std::function<void(const QUrl &url)> blocked;

    /// The guard every new SignInRequest starts with: off unless a test sets it before a sign-in
    /// starts. This reaches the requests the designer's own SignInController makes, and needs no
    /// loaded plugin (tests only; the designer never touches it).
    static SignInNetworkGuard &testDefault()
    {
        static SignInNetworkGuard guard;
        return guard;
    }
};

/// What one sign-in needs: where to go, which navigation ends it, and whom to tell.
///
///   SignInController ──createSignIn()──► plugin (Qt WebEngine, loaded on first use)
///        ▲                                   │ the IdP redirects to redirectUri: never loaded,
///        └──── redirectCaptured(url) ◄───────┘ handed over (code+state or error=...)
struct SignInRequest
{
    QUrl authorizeUrl;
    /// http://127.0.0.1:PORT/callback; a navigation to it (same scheme, host, port, path) ends the sign-in.
    QUrl redirectUri;
    /// The pattern to register with the provider ("http://127.0.0.1/callback (any port)").
    QString redirectUriPattern;
    /// The connector's display name, for the window's heading.
    QString connectorName;

    /// The browser saw the navigation to the redirect URI (not loaded). Called once.
    std::function<void(const QUrl &url)> redirectCaptured;
    /// The person pressed Cancel or closed the window before the sign-in finished.
    std::function<void()> cancelled;
    /// The person asked for the system browser; the loopback listener will receive the redirect.
    std::function<void(const QUrl &authorizeUrl)> systemBrowserRequested;

    /// Tests only: off in the designer (see SignInNetworkGuard::testDefault()).
    SignInNetworkGuard networkGuard = SignInNetworkGuard::testDefault();
};

/// One open sign-in window. It is a QDialog (dialog()) owned by its parent widget; the object is
/// deleted together with the dialog, so keep a QPointer to dialog() and use this only while it lives.
class SignInBrowser
{
public:
    virtual ~SignInBrowser() = default;

    [[nodiscard]] virtual QDialog *dialog() = 0;
    /// The sign-in failed (denied, token request refused, timeout): the window stays open, shows
    /// @p message and offers Close instead of Cancel.
    virtual void showFailure(const QString &message) = 0;
    /// The redirect URL the browser captured, empty before.
    [[nodiscard]] virtual QUrl capturedRedirect() const = 0;
};

/// The interface of the plugin `authdesigner_browser` (see BrowserLoader).
class SignInBrowserFactory
{
public:
    virtual ~SignInBrowserFactory() = default;

    /// A new sign-in window (not shown yet; call dialog()->open()). Every window uses a fresh
    /// off-the-record profile, so each attempt starts at the login page.
    [[nodiscard]] virtual SignInBrowser *createSignIn(const SignInRequest &request, QWidget *parent) = 0;
};

} // namespace cad

#define CadSignInBrowserFactory_iid "org.connector-auth-designer.SignInBrowserFactory/1.1"
Q_DECLARE_INTERFACE(cad::SignInBrowserFactory, CadSignInBrowserFactory_iid)
