#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace cad {

/// The eight authentication types. Their ids are used in definition files and on the command line.
enum class AuthType
{
    OAuth2AuthorizationCode,
    OAuth2AuthorizationCodePkce,
    OAuth2ClientCredentials,
    Basic,
    ApiKey,
    PersonalAccessToken,
    Custom,
    None,
};

[[nodiscard]] const QList<AuthType> &allAuthTypes();
[[nodiscard]] QString authTypeId(AuthType type);
[[nodiscard]] std::optional<AuthType> authTypeFromId(QStringView id);
/// Translated name for people, e.g. "OAuth 2.0 Authorization code".
[[nodiscard]] QString authTypeDisplayName(AuthType type);
[[nodiscard]] QStringList authTypeIds();

[[nodiscard]] constexpr bool isOAuth(AuthType t)
{
    return t == AuthType::OAuth2AuthorizationCode || t == AuthType::OAuth2AuthorizationCodePkce ||
           t == AuthType::OAuth2ClientCredentials;
}
/// Types whose connection needs a browser sign-in (authorization code, with or without PKCE).
[[nodiscard]] constexpr bool needsBrowser(AuthType t)
{
    return t == AuthType::OAuth2AuthorizationCode || t == AuthType::OAuth2AuthorizationCodePkce;
}

constexpr AuthType DefaultAuthType = AuthType::OAuth2AuthorizationCode;

} // namespace cad
