#pragma once

#include "model/ConnectorDefinition.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace cad {

/// What a provider's authorization server metadata (RFC 8414, or OpenID Connect Discovery 1.0)
/// says about a design, as one set of rules for the CLI (`discover`, `import --discover`) and the
/// designer (Fill from Discovery…):
///
///   authorization_endpoint / token_endpoint / revocation_endpoint --> the design's URL properties
///   scopes_supported                       --> the choices of the scope (what it asks for stays)
///   code_challenge_methods_supported S256  --> PKCE method S256
///   token_endpoint_auth_methods_supported  --> Basic header on (client_secret_basic, also when the
///                                              list is missing: RFC 8414's default) or off (post only)
///   issuer                                 --> the issuer property (RFC 9207 checks it)
///
/// Only properties the design's type has change; an endpoint that is not https (or http to a
/// loopback address) is left out. The document itself is checked by DiscoveryFetcher first.
namespace Discovery {

/// One field a discovery changes, in words an author reads (the designer's side-by-side view, the
/// CLI's --update report).
struct Change
{
    QString property; ///< the property's name, such as "token_url"
    QString label;    ///< "Token URL", "Scope choices"
    QString before;   ///< the value now ("" when empty)
    QString after;    ///< the value from the discovery document
};

struct Plan
{
    ConnectorDefinition definition; ///< the design with every change applied
    QList<Change> changes;          ///< in the order of the properties table; empty: nothing to change
};

/// The changes metadata makes to current.
[[nodiscard]] Plan plan(const ConnectorDefinition &current, const QJsonObject &metadata);

/// The authentication type the metadata suggests: client credentials when it offers no
/// authorization code grant, the PKCE variant when it advertises S256, else authorization code.
[[nodiscard]] AuthType suggestedType(const QJsonObject &metadata);

/// A new design of type for the provider that published metadata (read from documentUrl): its
/// name and key from the issuer's host, the endpoints and the rest as plan() fills them.
[[nodiscard]] ConnectorDefinition create(const QJsonObject &metadata, AuthType type);

} // namespace Discovery

} // namespace cad
