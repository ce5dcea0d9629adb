#include "secrets/StoredSecret.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cad {

namespace {
constexpr int Format = 1;
constexpr int MaxOrigins = 64;
} // namespace

QString StoredSecret::serialize() const
{
    QJsonArray list;
    for (const Origin &o : origins) {
        if (o.isValid())
            list.append(o.toString());
    }
    const QJsonObject entry{
        {QStringLiteral("format"), Format}, {QStringLiteral("value"), value}, {QStringLiteral("origins"), list}};
    return QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact));
}

std::optional<StoredSecret> StoredSecret::parse(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject entry = doc.object();
    if (entry.value(QLatin1String("format")).toInt() != Format || !entry.value(QLatin1String("value")).isString())
        return std::nullopt;
    StoredSecret s;
    s.value = entry.value(QLatin1String("value")).toString();
    for (const QJsonValue &v : entry.value(QLatin1String("origins")).toArray()) {
        const Origin o = Origin::fromString(v.toString());
        if (o.isValid() && !s.origins.contains(o) && s.origins.size() < MaxOrigins)
            s.origins.append(o);
    }
    return s;
}

StoredSecret StoredSecret::fromLegacy(const QString &text)
{
    StoredSecret s;
    s.value = text;
    s.legacy = true;
    return s;
}

} // namespace cad
