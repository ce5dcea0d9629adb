#pragma once

#include "model/AuthType.h"
#include "model/Property.h"

#include <QList>

namespace cad {

struct ConnectorDefinition;

/// The seed product's built-in properties for each authentication type, with their defaults.
namespace BuiltinSchemas {

[[nodiscard]] QList<Property> propertiesFor(AuthType type);
/// The properties the author may add to a design of @p type from "Add advanced property" (the OAuth
/// types: how the token response and the token's placement differ from RFC 6749 and RFC 6750),
/// each with the value it starts with when added. Not in a new design's table; in a file each is
/// an ordinary property with its name. Their default when absent is the RFC's behaviour.
[[nodiscard]] QList<Property> advancedPropertiesFor(AuthType type);

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
/// Optional, author-added: the RFC 7662 introspection endpoint the token inspector may ask about
/// an opaque token (on the token URL's origin; discovery import adds it).
inline constexpr QStringView TokenIntrospectionUrl = u"token_introspection_url";
/// The advanced properties of the OAuth types (BuiltinSchemas::advancedPropertiesFor()).
inline constexpr QStringView AccessTokenField = u"access_token_field";
inline constexpr QStringView RefreshTokenField = u"refresh_token_field";
inline constexpr QStringView ExpiresInField = u"expires_in_field";
inline constexpr QStringView ExpiresInUnit = u"expires_in_unit";
inline constexpr QStringView ExpiresAtField = u"expires_at_field";
inline constexpr QStringView TokenHeader = u"token_header";
inline constexpr QStringView TokenPrefix = u"token_prefix";
inline constexpr QStringView TokenQueryParameter = u"token_query_parameter";
inline constexpr QStringView ScopeSeparator = u"scope_separator";
inline constexpr QStringView ResponseVariables = u"response_variables";
} // namespace PropertyNames

} // namespace cad
