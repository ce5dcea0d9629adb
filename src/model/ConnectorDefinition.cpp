#include "model/ConnectorDefinition.h"

#include "model/BuiltinSchemas.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace cad {

ConnectorDefinition ConnectorDefinition::create(AuthType type, const QString &displayName)
{
    ConnectorDefinition d;
    d.displayName =
        displayName.isEmpty() ? QCoreApplication::translate("cad::ConnectorDefinition", "My connector") : displayName;
    QString key;
    for (const QChar c : d.displayName.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            key.append(c);
        else if (!key.isEmpty() && !key.endsWith(QLatin1Char('-')))
            key.append(QLatin1Char('-'));
    }
    while (key.endsWith(QLatin1Char('-')))
        key.chop(1);
    d.key = key.isEmpty() ? QString(FallbackKey) : key;
    d.baseUrl = QStringLiteral("https://api.example.com/v1");
    d.authType = type;
    d.properties = BuiltinSchemas::propertiesFor(type);
    return d;
}

int ConnectorDefinition::indexOf(QStringView name) const
{
    for (int i = 0; i < properties.size(); ++i) {
        if (properties.at(i).name == name)
            return i;
    }
    return -1;
}

const Property *ConnectorDefinition::property(QStringView name) const
{
    const int i = indexOf(name);
    return i < 0 ? nullptr : &properties.at(i);
}

Property *ConnectorDefinition::property(QStringView name)
{
    const int i = indexOf(name);
    return i < 0 ? nullptr : &properties[i];
}

QString ConnectorDefinition::valueOf(QStringView name) const
{
    const Property *p = property(name);
    return p ? p->value : QString();
}

QList<Property> ConnectorDefinition::propertiesInDisplayOrder() const
{
    QList<Property> sorted = properties;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Property &a, const Property &b) { return a.order < b.order; });
    return sorted;
}

QList<Property> ConnectorDefinition::endUserFields() const
{
    QList<Property> fields;
    for (const Property &p : propertiesInDisplayOrder()) {
        if (p.askUser)
            fields.append(p);
    }
    return fields;
}

QStringList ConnectorDefinition::secretPropertyNames() const
{
    QStringList names;
    for (const Property &p : properties) {
        if (p.secret)
            names.append(p.name);
    }
    return names;
}

namespace {

struct TypeSwitch
{
    QList<Property> properties;
    QStringList lost;
};

/// The one place that decides what a type switch keeps: changeAuthType() applies it,
/// lostByChangeAuthType() reports it.
TypeSwitch switchType(const ConnectorDefinition &d, AuthType type)
{
    TypeSwitch result;
    QList<Property> fresh = BuiltinSchemas::propertiesFor(type);
    const QList<Property> oldDefaults = BuiltinSchemas::propertiesFor(d.authType);
    auto indexIn = [](const QList<Property> &list, QStringView name) {
        for (int i = 0; i < list.size(); ++i) {
            if (list.at(i).name == name)
                return i;
        }
        return -1;
    };

    for (Property &p : fresh) {
        const Property *old = d.property(p.name);
        if (!p.builtIn || !old || !old->builtIn)
            continue;
        const Property carried = BuiltinSchemas::withCurrentTranslation(*old);
        if (!old->value.isEmpty())
            p.value = old->value;
        p.displayName = carried.displayName;
        p.hint = carried.hint;
        p.askUser = old->askUser;
        p.sendAs = old->sendAs;
        if (BuiltinSchemas::mayChangeRequired(type, p) && BuiltinSchemas::mayChangeRequired(d.authType, *old))
            p.required = old->required;
    }

    // The author's own properties stay after the built-in property they followed (or on top).
    QHash<QString, QList<Property>> after; // built-in name (empty: the top) -> own properties
    QString anchor;
    for (const Property &old : d.properties) {
        const int i = indexIn(fresh, old.name);
        if (old.builtIn) {
            if (i >= 0 && fresh.at(i).builtIn) {
                anchor = old.name;
                continue;
            }
            const int j = indexIn(oldDefaults, old.name);
            if (!old.value.isEmpty() && (j < 0 || oldDefaults.at(j).value != old.value))
                result.lost.append(old.name);
            continue;
        }
        if (d.authType == AuthType::Custom && indexIn(oldDefaults, old.name) >= 0 &&
            oldDefaults.at(indexIn(oldDefaults, old.name)) == old)
            continue; // Custom's example property, untouched
        if (type == AuthType::None || (i >= 0 && fresh.at(i).builtIn)) {
            result.lost.append(old.name);
            continue;
        }
        if (i >= 0)
            fresh.removeAt(i); // the author's own property replaces the new type's example
        after[anchor].append(old);
    }

    result.properties = after.value(QString());
    for (const Property &p : std::as_const(fresh)) {
        result.properties.append(p);
        if (p.builtIn)
            result.properties.append(after.value(p.name));
    }
    return result;
}

} // namespace

void ConnectorDefinition::changeAuthType(AuthType type)
{
    properties = switchType(*this, type).properties;
    authType = type;
}

QStringList ConnectorDefinition::lostByChangeAuthType(AuthType type) const
{
    if (type == authType)
        return {};
    return switchType(*this, type).lost;
}

void ConnectorDefinition::followCurrentTranslation()
{
    for (Property &p : properties)
        p = BuiltinSchemas::withCurrentTranslation(p);
}

QString ConnectorDefinition::uniqueName(const QString &base) const
{
    if (indexOf(base) < 0)
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + QLatin1Char('_') + QString::number(n);
        if (indexOf(candidate) < 0)
            return candidate;
    }
}

} // namespace cad
