#pragma once

#include "core/Origin.h"
#include "model/ConnectorDefinition.h"

#include <QHash>
#include <QList>
#include <QString>

namespace cad {

/// Where a design sends credentials. Each secret property, and each token of the connection,
/// travels to some of these; the origin binding of stored secrets is checked against them.
enum class Destination
{
    Api,           ///< the base URL: the test request and every connector call
    Authorization, ///< the authorization endpoint (in the browser)
    Token,         ///< the token endpoint
    Refresh,       ///< the refresh endpoint (the token endpoint unless set)
    Revoke,        ///< the revocation endpoint
};

[[nodiscard]] QString destinationId(Destination d); ///< "api", "authorization", ...
[[nodiscard]] QString destinationDisplayName(Destination d);
[[nodiscard]] QList<Destination> allDestinations();

/// One secret going to one origin.
struct CredentialUse
{
    QString name;        ///< the property's technical name
    QString displayName; ///< what the author reads ("Client secret")
    Destination destination = Destination::Api;
    Origin origin;

    friend bool operator==(const CredentialUse &, const CredentialUse &) = default;
};

namespace CredentialDestinations {

/// The origin of each destination the design uses, with {variables} filled from @p values. A
/// destination whose URL is empty or still has unfilled variables is left out.
[[nodiscard]] QHash<Destination, Origin> origins(const ConnectorDefinition &definition,
                                                 const QHash<QString, QString> &values);

/// Every secret property with a value, and where it would go (only resolvable origins).
[[nodiscard]] QList<CredentialUse> uses(const ConnectorDefinition &definition, const QHash<QString, QString> &values);

/// uses() grouped by secret: the origins a save records for each secret property.
[[nodiscard]] QHash<QString, Origins> originsBySecret(const ConnectorDefinition &definition,
                                                      const QHash<QString, QString> &values);

} // namespace CredentialDestinations

} // namespace cad
