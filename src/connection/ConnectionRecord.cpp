#include "connection/ConnectionRecord.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cad {

namespace {
constexpr int Format = 2;
}

QString ConnectionRecord::serialize() const
{
    QJsonObject where;
    for (auto it = origins.cbegin(); it != origins.cend(); ++it)
        where.insert(destinationId(it.key()), it.value().toString());
    const QJsonObject t{{QStringLiteral("accessToken"), tokens.accessToken},
                        {QStringLiteral("refreshToken"), tokens.refreshToken},
                        {QStringLiteral("idToken"), tokens.idToken},
                        {QStringLiteral("tokenType"), tokens.tokenType},
                        {QStringLiteral("scope"), tokens.scope},
                        {QStringLiteral("obtainedAt"), tokens.obtainedAt.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("expiresAt"), tokens.expiresAt.toString(Qt::ISODateWithMs)}};
    QJsonObject captured;
    for (auto it = tokens.captured.cbegin(); it != tokens.captured.cend(); ++it)
        captured.insert(it.key(), it.value());
    QJsonObject withCaptured = t;
    if (!captured.isEmpty())
        withCaptured.insert(QStringLiteral("captured"), captured);
    const QJsonObject record{{QStringLiteral("format"), Format},
                             {QStringLiteral("fingerprint"), QString::fromLatin1(fingerprint)},
                             {QStringLiteral("tokens"), withCaptured},
                             {QStringLiteral("origins"), where}};
    return QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact));
}

std::optional<ConnectionRecord> ConnectionRecord::parse(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("format")).toInt() != Format)
        return std::nullopt;
    ConnectionRecord r;
    r.fingerprint = o.value(QLatin1String("fingerprint")).toString().toLatin1();
    const QJsonObject t = o.value(QLatin1String("tokens")).toObject();
    r.tokens.accessToken = t.value(QLatin1String("accessToken")).toString();
    r.tokens.refreshToken = t.value(QLatin1String("refreshToken")).toString();
    r.tokens.idToken = t.value(QLatin1String("idToken")).toString();
    r.tokens.tokenType = t.value(QLatin1String("tokenType")).toString();
    r.tokens.scope = t.value(QLatin1String("scope")).toString();
    r.tokens.obtainedAt = QDateTime::fromString(t.value(QLatin1String("obtainedAt")).toString(), Qt::ISODateWithMs);
    r.tokens.expiresAt = QDateTime::fromString(t.value(QLatin1String("expiresAt")).toString(), Qt::ISODateWithMs);
    const QJsonObject captured = t.value(QLatin1String("captured")).toObject();
    for (auto it = captured.constBegin(); it != captured.constEnd(); ++it)
        if (it.value().isString())
            r.tokens.captured.insert(it.key(), it.value().toString());
    const QJsonObject where = o.value(QLatin1String("origins")).toObject();
    for (Destination d : allDestinations()) {
        const Origin origin = Origin::fromString(where.value(destinationId(d)).toString());
        if (origin.isValid())
            r.origins.insert(d, origin);
    }
    if (r.fingerprint.isEmpty() || r.tokens.accessToken.isEmpty())
        return std::nullopt;
    return r;
}

bool ConnectionRecord::originsMatch(const QHash<Destination, Origin> &recorded,
                                    const QHash<Destination, Origin> &current)
{
    for (auto it = recorded.cbegin(); it != recorded.cend(); ++it) {
        if (current.contains(it.key()) && current.value(it.key()) != it.value())
            return false;
    }
    return true;
}

} // namespace cad
