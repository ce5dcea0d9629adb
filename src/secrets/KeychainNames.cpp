#include "secrets/KeychainNames.h"

#include <QUrl>

namespace cad {

QString KeychainNames::propertyEntry(const QString &propertyName)
{
    return QStringLiteral("property/") + QString::fromLatin1(QUrl::toPercentEncoding(propertyName));
}

QString KeychainNames::connectionEntry()
{
    return QStringLiteral("connection");
}

QString KeychainNames::legacyPropertyEntry(const QString &propertyName)
{
    // Valid technical names never contained '/'; anything else was never written by a release. The
    // old place of a property named "connection" is where the connection lives now: never read it.
    if (propertyName.isEmpty() || propertyName.contains(QLatin1Char('/')) || propertyName.contains(QLatin1Char('%')) ||
        propertyName == connectionEntry())
        return {};
    return propertyName;
}

QStringList KeychainNames::legacyConnectionEntries()
{
    return {QStringLiteral("connection/access_token"), QStringLiteral("connection/refresh_token"),
            QStringLiteral("connection/id_token"), QStringLiteral("connection/fingerprint"),
            QStringLiteral("connection/expiry")};
}

} // namespace cad
