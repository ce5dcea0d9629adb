#include "exchange/ImportSupport.h"

#include "exchange/ExchangeExtension.h"
#include "model/Validator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace cad {

QString ImportSupport::propertyNameFor(const ConnectorDefinition &definition, const QString &raw)
{
    QString name;
    for (const QChar c : raw.left(100)) {
        const bool ok = (c.unicode() < 128 && c.isLetterOrNumber()) || c == QLatin1Char('_') || c == QLatin1Char('.') ||
                        c == QLatin1Char('-');
        name.append(ok ? c : QLatin1Char('_'));
    }
    if (name.isEmpty() || !(name.at(0).isLetter() || name.at(0) == QLatin1Char('_')))
        name.prepend(QLatin1Char('_'));
    if (!Validator::isValidPropertyName(name))
        name = QStringLiteral("variable");
    return definition.uniqueName(name);
}

QString ImportSupport::addVariableProperty(ConnectorDefinition &definition, const QString &raw, const QString &value,
                                           const QString &hint, const QStringList &choices)
{
    if (definition.indexOf(raw) >= 0 && Validator::isValidPropertyName(raw)) {
        const Property *existing = definition.property(raw);
        if (!existing->builtIn)
            return raw;
    }
    Property p;
    p.name = propertyNameFor(definition, raw);
    p.displayName = raw.left(200);
    p.value = clip(value, 2000);
    p.askUser = true;
    p.required = true;
    p.inputKind = choices.isEmpty() ? InputKind::Text : InputKind::Choice;
    p.choices = choices;
    p.hint = clip(hint, 2000);
    int order = 0;
    for (const Property &other : definition.properties)
        order = qMax(order, other.order);
    p.order = order + 1;
    p.sendAs.location = Location::NotSent;
    definition.properties.append(p);
    return p.name;
}

QString ImportSupport::renameVariable(const QString &text, const QString &from, const QString &to)
{
    if (from == to)
        return text;
    QString out = text;
    out.replace(QLatin1Char('{') + from + QLatin1Char('}'), QLatin1Char('{') + to + QLatin1Char('}'));
    return out;
}

void ImportSupport::dropSecret(ImportResult &result, const QString &what, const QString &value)
{
    if (ExchangeExtension::isPlaceholder(value))
        return;
    result.warnings.append(QCoreApplication::translate("cad::Importer",
                                                       "The source contains a value for %1 that looks like a real "
                                                       "secret; it was not imported. Enter it in the designer, which "
                                                       "keeps it in the keychain, and remove it from the source.")
                               .arg(what));
}

Result<QJsonValue> ImportSupport::resolve(const QJsonObject &root, const QJsonValue &value)
{
    QJsonValue current = value;
    QSet<QString> seen;
    for (int hops = 0; hops <= 64; ++hops) {
        if (!current.isObject() || !current.toObject().contains(QLatin1String("$ref")))
            return current;
        const QJsonValue refValue = current.toObject().value(QLatin1String("$ref"));
        if (!refValue.isString())
            return Error{QCoreApplication::translate("cad::Importer", "a $ref is not a text"),
                         QCoreApplication::translate("cad::Importer", "Write $ref as \"#/components/...\".")};
        const QString ref = refValue.toString();
        if (!ref.startsWith(QLatin1String("#/")) && ref != QLatin1String("#"))
            return Error{QCoreApplication::translate("cad::Importer", "the reference %1 points outside the file")
                             .arg(ref.left(200)),
                         QCoreApplication::translate("cad::Importer",
                                                     "Bundle the description into one file first (for example with "
                                                     "a bundler of your OpenAPI tools), then import it.")};
        if (seen.contains(ref))
            return Error{
                QCoreApplication::translate("cad::Importer", "the reference %1 is cyclic").arg(ref.left(200)),
                QCoreApplication::translate("cad::Importer", "Fix the $ref chain so that it ends at an object.")};
        seen.insert(ref);
        QJsonValue target = root;
        const QStringList parts = ref.mid(2).split(QLatin1Char('/'), Qt::KeepEmptyParts);
        for (QString part : parts) {
            if (ref == QLatin1String("#"))
                break;
            part.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
            if (target.isObject() && target.toObject().contains(part)) {
                target = target.toObject().value(part);
            } else if (target.isArray()) {
                bool ok = false;
                const int index = part.toInt(&ok);
                if (!ok || index < 0 || index >= target.toArray().size())
                    target = QJsonValue(QJsonValue::Undefined);
                else
                    target = target.toArray().at(index);
            } else {
                target = QJsonValue(QJsonValue::Undefined);
            }
            if (target.isUndefined())
                return Error{
                    QCoreApplication::translate("cad::Importer", "the reference %1 points nowhere").arg(ref.left(200)),
                    QCoreApplication::translate("cad::Importer", "Correct the $ref.")};
        }
        current = target;
    }
    return Error{QCoreApplication::translate("cad::Importer", "a $ref chain is too long"),
                 QCoreApplication::translate("cad::Importer", "Fix the $ref chain so that it ends at an object.")};
}

QString ImportSupport::clip(const QString &text, qsizetype max)
{
    return text.size() <= max ? text : text.left(max - 3) + QStringLiteral("...");
}

} // namespace cad
