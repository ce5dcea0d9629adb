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
    case OAuthStage::Request:
        return QStringLiteral("request");
    case OAuthStage::Introspect:
        return QStringLiteral("introspect");
    }
    return {};
}

namespace {

QString stageText(OAuthStage stage)
{
    switch (stage) {
    case OAuthStage::Authorize:
        return QCoreApplication::translate("cad::OAuthError", "Authorization");
    case OAuthStage::Token:
        return QCoreApplication::translate("cad::OAuthError", "Token request");
    case OAuthStage::Refresh:
        return QCoreApplication::translate("cad::OAuthError", "Token refresh");
    case OAuthStage::Revoke:
        return QCoreApplication::translate("cad::OAuthError", "Token revocation");
    case OAuthStage::Test:
        return QCoreApplication::translate("cad::OAuthError", "Test request");
    case OAuthStage::Request:
        return QCoreApplication::translate("cad::OAuthError", "API request");
    case OAuthStage::Introspect:
        return QCoreApplication::translate("cad::OAuthError", "Token introspection");
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
        what = QCoreApplication::translate("cad::OAuthError", "the OAuth configuration is incomplete");
        break;
    case OAuthErrorKind::InvalidState:
        what = QCoreApplication::translate(
            "cad::OAuthError",
            "the redirect's state does not match the request (possible forgery); no token was requested");
        break;
    case OAuthErrorKind::AuthorizationDenied:
        what = QCoreApplication::translate("cad::OAuthError", "the authorization server refused the request");
        break;
    case OAuthErrorKind::ServerError:
        what = QCoreApplication::translate("cad::OAuthError", "the server answered with an error");
        break;
    case OAuthErrorKind::NeedsReauthorization:
        what = QCoreApplication::translate("cad::OAuthError", "the grant is no longer valid");
        break;
    case OAuthErrorKind::HttpError:
        what = QCoreApplication::translate("cad::OAuthError", "the server answered HTTP %1").arg(httpStatus);
        break;
    case OAuthErrorKind::InvalidResponse:
        what = QCoreApplication::translate("cad::OAuthError", "the server's answer is not a valid OAuth response");
        break;
    case OAuthErrorKind::Network:
        what = QCoreApplication::translate("cad::OAuthError", "the server could not be reached");
        break;
    case OAuthErrorKind::Tls:
        what = QCoreApplication::translate("cad::OAuthError", "the secure connection failed");
        break;
    case OAuthErrorKind::Timeout:
        what = QCoreApplication::translate("cad::OAuthError", "the server did not answer in time");
        break;
    case OAuthErrorKind::Cancelled:
        what = QCoreApplication::translate("cad::OAuthError", "the request was cancelled");
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
        return QCoreApplication::translate("cad::OAuthError", "Fill in the missing OAuth settings and try again.");
    case OAuthErrorKind::InvalidState:
        return QCoreApplication::translate("cad::OAuthError", "Start the sign-in again from this application.");
    case OAuthErrorKind::AuthorizationDenied:
        return QCoreApplication::translate(
            "cad::OAuthError",
            "Sign in again and approve the requested access, or check the client's allowed scopes and redirect URI.");
    case OAuthErrorKind::ServerError:
        if (code == QLatin1String("invalid_client"))
            return QCoreApplication::translate(
                "cad::OAuthError",
                "Check the client ID, the client secret and where the credentials are sent (Basic header or "
                "request body).");
        if (code == QLatin1String("invalid_scope"))
            return QCoreApplication::translate("cad::OAuthError", "Check the requested scopes.");
        return QCoreApplication::translate("cad::OAuthError",
                                           "Check the OAuth settings against the provider's documentation.");
    case OAuthErrorKind::NeedsReauthorization:
        return QCoreApplication::translate("cad::OAuthError", "Sign in again to create a new authorization.");
    case OAuthErrorKind::HttpError:
        return httpStatus >= 500
                   ? QCoreApplication::translate("cad::OAuthError", "The server has a problem; try again later.")
                   : QCoreApplication::translate("cad::OAuthError", "Check the token URL and the client settings.");
    case OAuthErrorKind::InvalidResponse:
        return QCoreApplication::translate("cad::OAuthError",
                                           "Check that the URL points to the provider's OAuth token endpoint.");
    case OAuthErrorKind::Network:
        return QCoreApplication::translate("cad::OAuthError", "Check the URL and your network connection.");
    case OAuthErrorKind::Tls:
        return QCoreApplication::translate("cad::OAuthError",
                                           "Check the server's certificate; the connection was not trusted.");
    case OAuthErrorKind::Timeout:
        return QCoreApplication::translate("cad::OAuthError", "Try again later, or check the URL.");
    case OAuthErrorKind::Cancelled:
        return {};
    }
    return {};
}

} // namespace cad
