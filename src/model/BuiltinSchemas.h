#pragma once

#include "model/AuthType.h"
#include "model/Property.h"

#include <QList>

namespace cad {

/// The seed product's built-in properties for each authentication type, with their defaults.
namespace BuiltinSchemas {

[[nodiscard]] QList<Property> propertiesFor(AuthType type);
/// True when name is one of the built-in property names of type.
[[nodiscard]] bool isBuiltin(AuthType type, QStringView name);

/// Default refresh interval in seconds when a token response has no expires_in.
constexpr int DefaultRefreshIntervalSeconds = 3600;

} // namespace BuiltinSchemas

/// Technical names of the built-in properties, used by the engine and request authorizer.
namespace PropertyNames {
inline constexpr QStringView ClientId = u"client_id";
inline constexpr QStringView ClientSecret = u"client_secret";
inline constexpr QStringView AuthorizationUrl = u"authorization_url";
inline constexpr QStringView TokenUrl = u"token_url";
inline constexpr QStringView Scope = u"scope";
inline constexpr QStringView RefreshTokenUrl = u"refresh_token_url";
inline constexpr QStringView TokenRevokeUrl = u"token_revoke_url";
inline constexpr QStringView RefreshInterval = u"refresh_interval";
inline constexpr QStringView ConnectionName = u"connection_name";
inline constexpr QStringView BasicHeader = u"basic_header";
inline constexpr QStringView PkceMethod = u"pkce_method";
inline constexpr QStringView Username = u"username";
inline constexpr QStringView Password = u"password";
inline constexpr QStringView ApiKey = u"api_key";
inline constexpr QStringView PersonalAccessToken = u"personal_access_token";
inline constexpr QStringView CustomAuthorization = u"Authorization";
/// Optional, author-added (discovery import adds it): the authorization server's issuer
/// identifier. When set, an RFC 9207 `iss` in the authorization response must equal it.
inline constexpr QStringView Issuer = u"issuer";
} // namespace PropertyNames

} // namespace cad
