#pragma once

#include "model/AuthType.h"
#include "model/Property.h"

#include <QList>

namespace cad {

struct ConnectorDefinition;

/// The seed product's built-in properties for each authentication type, with their defaults.
namespace BuiltinSchemas {

[[nodiscard]] QList<Property> propertiesFor(AuthType type);

/// Whether the author may delete @p property from a definition of @p type: every property except the
/// built-in ones the type requires (Validator reports those as missing).
[[nodiscard]] bool isDeletable(AuthType type, const Property &property);
/// Whether the author may tick or untick Required on @p property: on their own properties, and on
/// one built-in property: the client secret of the PKCE type, whose app may be a public client
/// without a secret (RFC 8252 8.4). Required stays ticked by default.
[[nodiscard]] bool mayChangeRequired(AuthType type, const Property &property);
/// Whether connecting needs a client secret: the OAuth types do, except the PKCE type when the
/// author unticked Required on its client secret (a public client). The one rule behind the red
/// row, the problems list and Connect.
[[nodiscard]] bool needsClientSecret(const ConnectorDefinition &definition);
/// Whether @p property of @p definition needs a value: its Required flag; for the client secret
/// of the OAuth types, needsClientSecret().
[[nodiscard]] bool isRequired(const ConnectorDefinition &definition, const Property &property);

/// @p property with its display name and hint in the current language where it is a built-in
/// property and they are still the English defaults; the author's own wording stays.
[[nodiscard]] Property withCurrentTranslation(const Property &property);

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
