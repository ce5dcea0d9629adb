#include "model/Property.h"

#include "model/Variables.h"

#include <QCoreApplication>

namespace cad {

namespace {
struct KindInfo
{
    InputKind kind;
    const char *id;
    const char *name;
};
constexpr KindInfo Kinds[] = {
    {InputKind::Text, "text", QT_TRANSLATE_NOOP("cad::InputKind", "Text")},
    {InputKind::Password, "password", QT_TRANSLATE_NOOP("cad::InputKind", "Password")},
    {InputKind::Url, "url", QT_TRANSLATE_NOOP("cad::InputKind", "URL")},
    {InputKind::Number, "number", QT_TRANSLATE_NOOP("cad::InputKind", "Number")},
    {InputKind::Boolean, "boolean", QT_TRANSLATE_NOOP("cad::InputKind", "Yes/No")},
    {InputKind::Choice, "choice", QT_TRANSLATE_NOOP("cad::InputKind", "Choice")},
    {InputKind::MultiChoice, "multi_choice", QT_TRANSLATE_NOOP("cad::InputKind", "Multiple choice")},
    {InputKind::MultiLineText, "multi_line_text", QT_TRANSLATE_NOOP("cad::InputKind", "Multi-line text")},
};

struct LocationInfo
{
    Location location;
    const char *id;
    const char *name;
};
constexpr LocationInfo Locations[] = {
    {Location::Header, "header", QT_TRANSLATE_NOOP("cad::Location", "Header")},
    {Location::Query, "query", QT_TRANSLATE_NOOP("cad::Location", "Query")},
    {Location::Body, "body", QT_TRANSLATE_NOOP("cad::Location", "Body")},
    {Location::NotSent, "none", QT_TRANSLATE_NOOP("cad::Location", "Not sent")},
};
} // namespace

QString inputKindId(InputKind kind)
{
    for (const KindInfo &k : Kinds) {
        if (k.kind == kind)
            return QLatin1String(k.id);
    }
    Q_UNREACHABLE();
}

std::optional<InputKind> inputKindFromId(QStringView id)
{
    for (const KindInfo &k : Kinds) {
        if (id == QLatin1String(k.id))
            return k.kind;
    }
    return std::nullopt;
}

QStringList inputKindIds()
{
    QStringList ids;
    for (const KindInfo &k : Kinds)
        ids.append(QLatin1String(k.id));
    return ids;
}

QString inputKindDisplayName(InputKind kind)
{
    for (const KindInfo &k : Kinds) {
        if (k.kind == kind)
            return QCoreApplication::translate("cad::InputKind", k.name);
    }
    Q_UNREACHABLE();
}

QString locationId(Location location)
{
    for (const LocationInfo &l : Locations) {
        if (l.location == location)
            return QLatin1String(l.id);
    }
    Q_UNREACHABLE();
}

std::optional<Location> locationFromId(QStringView id)
{
    for (const LocationInfo &l : Locations) {
        if (id == QLatin1String(l.id))
            return l.location;
    }
    return std::nullopt;
}

QStringList locationIds()
{
    QStringList ids;
    for (const LocationInfo &l : Locations)
        ids.append(QLatin1String(l.id));
    return ids;
}

QString locationDisplayName(Location location)
{
    for (const LocationInfo &l : Locations) {
        if (l.location == location)
            return QCoreApplication::translate("cad::Location", l.name);
    }
    Q_UNREACHABLE();
}

QString Property::sentValue(const QString &value, const QHash<QString, QString> &values) const
{
    QHash<QString, QString> filled = values;
    filled.insert(QStringLiteral("value"), value);
    return Variables::substitute(sendAs.effectiveTemplate(), filled);
}

} // namespace cad
