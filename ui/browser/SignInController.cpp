#include "browser/SignInController.h"

#include "browser/BrowserLoader.h"
#include "browser/SignInBrowser.h"
#include "connection/DesignTimeConnection.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QWidget>

namespace cad {

SignInController::SignInController(DesignTimeConnection *connection, QWidget *parentWidget)
    : QObject(parentWidget)
    , m_connection(connection)
    , m_parentWidget(parentWidget)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    connect(connection, &DesignTimeConnection::authorizationRequired, this, &SignInController::onAuthorizationRequired);
    connect(connection, &DesignTimeConnection::authorizationFinished, this, &SignInController::onAuthorizationFinished);
}

SignInController::~SignInController()
{
    closeDialog();
}

void SignInController::setSystemBrowserOpener(UrlOpener opener)
{
    m_opener = std::move(opener);
}

void SignInController::closeDialog()
{
    if (!m_dialog)
        return;
    QDialog *dialog = m_dialog;
    m_dialog = nullptr;
    m_browser = nullptr;
    dialog->accept(); // not reject(): closing is not the person cancelling
    dialog->deleteLater();
}

void SignInController::onAuthorizationRequired(const QUrl &authorizeUrl, const QUrl &redirectUri)
{
    closeDialog(); // an earlier attempt's window
    if (m_preferSystemBrowser) {
        openSystemBrowser(authorizeUrl);
        return;
    }
    const Result<SignInBrowserFactory *> factory = BrowserLoader::factory();
    if (!factory) {
        qCWarning(lcConnection) << "embedded browser unavailable:" << factory.error().message;
        openSystemBrowser(authorizeUrl, factory.error().toString());
        Q_EMIT embeddedBrowserUnavailable(factory.error().toString());
        return;
    }

    SignInRequest request;
    request.authorizeUrl = authorizeUrl;
    request.redirectUri = redirectUri;
    request.redirectUriPattern = DesignTimeConnection::redirectUriPattern();
    request.connectorName = m_connection->definition().displayName;
    QPointer<SignInController> self(this);
    request.redirectCaptured = [self](const QUrl &url) {
        if (self && self->m_connection)
            self->m_connection->handleRedirect(url);
    };
    request.cancelled = [self] {
        if (!self)
            return;
        self->m_dialog = nullptr;
        self->m_browser = nullptr;
        if (self->m_connection)
            self->m_connection->cancelAuthorization();
    };
    request.systemBrowserRequested = [self](const QUrl &url) {
        if (self)
            self->openSystemBrowser(url);
    };

    m_browser = factory.value()->createSignIn(request, m_parentWidget);
    m_dialog = m_browser->dialog();
    m_dialog->open();
    Q_EMIT dialogOpened(m_dialog);
}

void SignInController::openSystemBrowser(const QUrl &authorizeUrl, const QString &embeddedProblem)
{
    if (!m_opener || !m_opener(authorizeUrl)) {
        qCWarning(lcConnection) << "could not open the system browser";
        const QString message = QCoreApplication::translate(
            "cad::SignInController", "No web browser could be opened. Copy the authorization URL from the exchange "
                                     "log into a browser on this computer, or press Cancel.");
        if (m_dialog && m_browser)
            m_browser->showFailure(message);
        Q_EMIT embeddedBrowserUnavailable(message);
        Q_EMIT systemBrowserSignIn(authorizeUrl, false,
                                   QCoreApplication::translate("cad::SignInController",
                                                               "Copy the sign-in URL into a browser on this computer "
                                                               "and sign in there, or cancel."));
        return;
    }
    Q_EMIT systemBrowserSignIn(authorizeUrl, true, embeddedProblem);
}

void SignInController::onAuthorizationFinished(bool success)
{
    if (!m_dialog)
        return;
    // Cancelled (here or elsewhere in the designer) or succeeded: the window has done its job.
    if (success || !m_connection || m_connection->state() != ConnectionState::Failed) {
        closeDialog();
        return;
    }
    // Denied, refused at the token endpoint or timed out: leave the reason in the window.
    m_browser->showFailure(m_connection->statusMessage());
}

} // namespace cad
