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
    /// The authorize URL went to the system browser (by choice or as fallback).
    void systemBrowserOpened(const QUrl &authorizeUrl);

private:
    void onAuthorizationRequired(const QUrl &authorizeUrl, const QUrl &redirectUri);
    void onAuthorizationFinished(bool success);
    void openSystemBrowser(const QUrl &authorizeUrl);
    void closeDialog();

    QPointer<DesignTimeConnection> m_connection;
    QPointer<QWidget> m_parentWidget;
    QPointer<QDialog> m_dialog;
    SignInBrowser *m_browser = nullptr; ///< valid while m_dialog is
    UrlOpener m_opener;
    bool m_preferSystemBrowser = false;
};

} // namespace cad
