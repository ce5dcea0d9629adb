#include "oauth/TokenSet.h"

#include <algorithm>

namespace cad {

bool TokenSet::isExpired(int marginSeconds) const
{
    if (accessToken.isEmpty())
        return true;
    if (!expiresAt.isValid())
        return false;
    return QDateTime::currentDateTimeUtc().addSecs(marginSeconds) >= expiresAt;
}

qint64 TokenSet::secondsToExpiry() const
{
    if (!expiresAt.isValid())
        return 0;
    return QDateTime::currentDateTimeUtc().secsTo(expiresAt);
}

qint64 TokenSet::lifetimeSeconds() const
{
    if (!obtainedAt.isValid() || !expiresAt.isValid())
        return -1;
    return std::max<qint64>(0, obtainedAt.secsTo(expiresAt));
}

qint64 TokenSet::refreshMargin(int maxSeconds) const
{
    const qint64 lifetime = lifetimeSeconds();
    if (lifetime < 0)
        return maxSeconds;
    return std::clamp<qint64>(lifetime / 4, 0, maxSeconds);
}

} // namespace cad
