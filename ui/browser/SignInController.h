#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QDialog;
class QWidget;

namespace cad {

class DesignTimeConnection;
class SignInBrowser;

/// Glue between the design-time connection and a browser: the main window only creates one.
///
///   DesignTimeConnection::authorizationRequired(url, redirect)
///        ├─ plugin loads (first time only) ──► sign-in dialog; captured redirect ──► handleRedirect()
///        │                                      Cancel ──► cancelAuthorization()
///        └─ plugin missing ──► system browser; the connection's loopback listener gets the redirect
///                              systemBrowserSignIn(url, opened, detail): the window shows the wait,
///                              Cancel and the URL to copy (also when no browser could be opened)
///   DesignTimeConnection::authorizationFinished(ok)
///        ├─ ok ──► the dialog closes
///        └─ failed ──► the dialog stays open with the reason (unless the person cancelled)
class SignInController : public QObject
{
    Q_OBJECT

public:
    using UrlOpener = std::function<bool(const QUrl &url)>;

    SignInController(DesignTimeConnection *connection, QWidget *parentWidget);
    ~SignInController() override;

    /// The open sign-in dialog, or nullptr.
    [[nodiscard]] QDialog *dialog() const { return m_dialog; }
    /// Sign in with the system browser without trying the embedded one (corporate policy, Google).
    void setPreferSystemBrowser(bool prefer) { m_preferSystemBrowser = prefer; }
    [[nodiscard]] bool prefersSystemBrowser() const { return m_preferSystemBrowser; }
    /// How the system browser is opened (QDesktopServices::openUrl by default; tests replace it).
    void setSystemBrowserOpener(UrlOpener opener);

Q_SIGNALS:
    void dialogOpened(QDialog *dialog);
    /// The embedded browser could not be used (@p message says why); the system browser was opened.
    void embeddedBrowserUnavailable(const QString &message);
    /// The sign-in goes on in the system browser until the connection's authorizationFinished():
    /// @p opened false when no browser could be opened (the person must open @p authorizeUrl
    /// themselves); @p detail says why the embedded browser was not used or what to do, or is empty.
    void systemBrowserSignIn(const QUrl &authorizeUrl, bool opened, const QString &detail);

private:
    void onAuthorizationRequired(const QUrl &authorizeUrl, const QUrl &redirectUri);
    void onAuthorizationFinished(bool success);
    /// @p embeddedProblem: why the embedded browser is not used (empty when by choice).
    void openSystemBrowser(const QUrl &authorizeUrl, const QString &embeddedProblem = QString());
    void closeDialog();

    QPointer<DesignTimeConnection> m_connection;
    QPointer<QWidget> m_parentWidget;
    QPointer<QDialog> m_dialog;
    SignInBrowser *m_browser = nullptr; ///< valid while m_dialog is
    UrlOpener m_opener;
    bool m_preferSystemBrowser = false;
};

} // namespace cad
