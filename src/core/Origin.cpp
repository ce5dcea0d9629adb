#include "core/Origin.h"

#include <QHostAddress>

namespace cad {

namespace {
int defaultPort(const QString &scheme)
{
    if (scheme == QLatin1String("https"))
        return 443;
    if (scheme == QLatin1String("http"))
        return 80;
    return -1;
}
} // namespace

Origin Origin::of(const QUrl &url)
{
    if (!url.isValid() || url.isRelative())
        return {};
    const QString scheme = url.scheme().toLower();
    const int fallback = defaultPort(scheme);
    if (fallback < 0 || url.host().isEmpty())
        return {};
    Origin o;
    o.scheme = scheme;
    o.host = url.host(QUrl::FullyDecoded).toLower();
    o.port = url.port(fallback);
    return o;
}

Origin Origin::fromString(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        return {};
    return of(url);
}

QString Origin::toString() const
{
    if (!isValid())
        return {};
    QUrl url;
    url.setScheme(scheme);
    url.setHost(host);
    if (port != defaultPort(scheme))
        url.setPort(port);
    return url.toString(QUrl::FullyEncoded);
}

bool Origin::isLoopback() const
{
    return isLoopbackHost(host);
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    // QUrl gives IPv6 hosts without brackets; setAddress() refuses anything that is not a literal.
    if (!address.setAddress(host))
        return false;
    return address.isLoopback();
}

bool isSecureOrLoopback(const QUrl &url)
{
    const Origin origin = Origin::of(url);
    if (!origin.isValid())
        return false;
    return origin.scheme == QLatin1String("https") || origin.isLoopback();
}

} // namespace cad
