#include "oauth/OAuthError.h"

#include <QCoreApplication>

namespace cad {

QString oauthStageName(OAuthStage stage)
{
    switch (stage) {
    case OAuthStage::Authorize:
        return QStringLiteral("authorize");
    case OAuthStage::Token:
        return QStringLiteral("token");
    case OAuthStage::Refresh:
        return QStringLiteral("refresh");
    case OAuthStage::Revoke:
        return QStringLiteral("revoke");
    case OAuthStage::Test:
        return QStringLiteral("test");
    }
    return {};
}

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cad::OAuthError", text);
}

QString stageText(OAuthStage stage)
{
    switch (stage) {
    case OAuthStage::Authorize:
        return tr("Authorization");
    case OAuthStage::Token:
        return tr("Token request");
    case OAuthStage::Refresh:
        return tr("Token refresh");
    case OAuthStage::Revoke:
        return tr("Token revocation");
    case OAuthStage::Test:
        return tr("Test request");
    }
    return {};
}
} // namespace

QString OAuthError::message() const
{
    QString what;
    switch (kind) {
    case OAuthErrorKind::None:
        return {};
    case OAuthErrorKind::Configuration:
        what = tr("the OAuth configuration is incomplete");
        break;
    case OAuthErrorKind::InvalidState:
        what = tr("the redirect's state does not match the request (possible forgery); no token was requested");
        break;
    case OAuthErrorKind::AuthorizationDenied:
        what = tr("the authorization server refused the request");
        break;
    case OAuthErrorKind::ServerError:
        what = tr("the server answered with an error");
        break;
    case OAuthErrorKind::NeedsReauthorization:
        what = tr("the grant is no longer valid");
        break;
    case OAuthErrorKind::HttpError:
        what = tr("the server answered HTTP %1").arg(httpStatus);
        break;
    case OAuthErrorKind::InvalidResponse:
        what = tr("the server's answer is not a valid OAuth response");
        break;
    case OAuthErrorKind::Network:
        what = tr("the server could not be reached");
        break;
    case OAuthErrorKind::Tls:
        what = tr("the secure connection failed");
        break;
    case OAuthErrorKind::Timeout:
        what = tr("the server did not answer in time");
        break;
    case OAuthErrorKind::Cancelled:
        what = tr("the request was cancelled");
        break;
    }
    QString text = stageText(stage) + QStringLiteral(": ") + what;
    if (!code.isEmpty())
        text += QStringLiteral(" (") + code + QLatin1Char(')');
    if (!description.isEmpty())
        text += QStringLiteral(": ") + description;
    if (!uri.isEmpty())
        text += QStringLiteral(" [") + uri + QLatin1Char(']');
    if (!detail.isEmpty())
        text += QStringLiteral(" — ") + detail;
    return text;
}

QString OAuthError::hint() const
{
    switch (kind) {
    case OAuthErrorKind::None:
        return {};
    case OAuthErrorKind::Configuration:
        return tr("Fill in the missing OAuth settings and try again.");
    case OAuthErrorKind::InvalidState:
        return tr("Start the sign-in again from this application.");
    case OAuthErrorKind::AuthorizationDenied:
        return tr(
            "Sign in again and approve the requested access, or check the client's allowed scopes and redirect URI.");
    case OAuthErrorKind::ServerError:
        if (code == QLatin1String("invalid_client"))
            return tr("Check the client ID, the client secret and where the credentials are sent (Basic header or "
                      "request body).");
        if (code == QLatin1String("invalid_scope"))
            return tr("Check the requested scopes.");
        return tr("Check the OAuth settings against the provider's documentation.");
    case OAuthErrorKind::NeedsReauthorization:
        return tr("Sign in again to create a new authorization.");
    case OAuthErrorKind::HttpError:
        return httpStatus >= 500 ? tr("The server has a problem; try again later.")
                                 : tr("Check the token URL and the client settings.");
    case OAuthErrorKind::InvalidResponse:
        return tr("Check that the URL points to the provider's OAuth token endpoint.");
    case OAuthErrorKind::Network:
        return tr("Check the URL and your network connection.");
    case OAuthErrorKind::Tls:
        return tr("Check the server's certificate; the connection was not trusted.");
    case OAuthErrorKind::Timeout:
        return tr("Try again later, or check the URL.");
    case OAuthErrorKind::Cancelled:
        return {};
    }
    return {};
}

} // namespace cad
