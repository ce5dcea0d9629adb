#pragma once

#include "core/Result.h"
#include "model/ConnectorDefinition.h"
#include "oauth/OAuthConfig.h"

#include <QHash>

namespace cad {

/// Maps a connector definition and the values of a connection onto the OAuth client's config:
/// client id and secret, URLs with their {variables} filled, scope, client-authentication
/// placement (basic_header), PKCE method, refresh interval, and the author's extra parameters
/// (Query-located properties on the authorization request, Body-located ones on token and refresh
/// requests).
namespace OAuthSettings {

/// The values a connection uses: the definition's own values overridden by @p values.
[[nodiscard]] QHash<QString, QString> effectiveValues(const ConnectorDefinition &definition,
                                                      const QHash<QString, QString> &values);

/// Every secret value a connection made from the design and @p values may send (the secret
/// properties' values and the client secret), for masking wherever an exchange or a message is
/// shown: the designer's engine and the command line mask the same values.
[[nodiscard]] QStringList secretValues(const ConnectorDefinition &definition, const QHash<QString, QString> &values);

[[nodiscard]] Result<OAuthConfig> fromDefinition(const ConnectorDefinition &definition,
                                                 const QHash<QString, QString> &values, const QUrl &redirectUri);

} // namespace OAuthSettings

} // namespace cad
