#pragma once

#include "browser/SignInBrowser.h"

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QWebEngineProfile;
class QWebEngineView;

namespace cad {

class RedirectCapturingPage;

/// The embedded sign-in window: the provider's pages in a web view with a fresh off-the-record
/// profile, a read-only address bar with the connection's security, the redirect URI to register,
/// and a way out to the system browser. The navigation to the redirect URI is captured, never loaded.
class SignInDialog : public QDialog, public SignInBrowser
{
    Q_OBJECT

public:
    SignInDialog(const SignInRequest &request, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // SignInBrowser
    [[nodiscard]] QDialog *dialog() override { return this; }
    void showFailure(const QString &message) override;
    [[nodiscard]] QUrl capturedRedirect() const override { return m_captured; }

    [[nodiscard]] QWebEngineView *view() const { return m_view; }

public Q_SLOTS:
    void reject() override;

private:
    void onUrlChanged(const QUrl &url);
    void onTitleChanged(const QString &title);
    void onRedirectCaptured(const QUrl &url);
    void openInSystemBrowser();
    void copyRedirectUri();
    void showMessage(const QString &text, bool error);

    SignInRequest m_request;
    QUrl m_captured;
    QWebEngineProfile *m_profile = nullptr;
    RedirectCapturingPage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
    QLabel *m_securityIcon = nullptr;
    QLabel *m_securityText = nullptr;
    QLineEdit *m_address = nullptr;
    QProgressBar *m_progress = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_systemBrowserButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    bool m_failed = false;
};

} // namespace cad
