#include "oauth/TokenSet.h"

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

} // namespace cad
