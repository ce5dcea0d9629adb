#include "model/ConnectorDefinition.h"

#include "model/BuiltinSchemas.h"

#include <QCoreApplication>

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

void ConnectorDefinition::changeAuthType(AuthType type)
{
    QList<Property> fresh = BuiltinSchemas::propertiesFor(type);
    for (Property &p : fresh) {
        const Property *old = property(p.name);
        if (old && old->builtIn && !old->value.isEmpty())
            p.value = old->value;
    }
    authType = type;
    properties = fresh;
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
