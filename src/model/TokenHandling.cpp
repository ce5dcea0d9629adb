#include "model/TokenHandling.h"

#include "core/JsonPointer.h"
#include "model/BuiltinSchemas.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cad::TokenHandling {

namespace {

/// The value of the advanced property @p name: @p values over the design's, or nothing when the
/// design has no such property.
std::optional<QString> valueOf(const ConnectorDefinition &d, QStringView name, const QHash<QString, QString> &values)
{
    const Property *p = d.property(name);
    if (!p || !isOAuth(d.authType))
        return std::nullopt;
    const auto given = values.constFind(p->name);
    return given != values.cend() && !given->isEmpty() ? *given : p->value;
}

} // namespace

ParsedVariables parseResponseVariables(const QString &text)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    ParsedVariables parsed;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        const QString name = line.left(eq).trimmed();
        const QString pointer = eq < 0 ? QString() : line.mid(eq + 1).trimmed();
        if (eq < 0 || !identifier.match(name).hasMatch()) {
            parsed.problems.append(QCoreApplication::translate("cad::TokenHandling",
                                                               "line %1 is not NAME=/pointer, such as "
                                                               "instance_url=/instance_url")
                                       .arg(i + 1));
            continue;
        }
        if (const QString problem = JsonPointer::problem(pointer); !problem.isEmpty() || pointer.isEmpty()) {
            parsed.problems.append(
                QCoreApplication::translate("cad::TokenHandling", "line %1: %2")
                    .arg(i + 1)
                    .arg(pointer.isEmpty() ? QCoreApplication::translate("cad::TokenHandling", "no pointer after =")
                                           : problem));
            continue;
        }
        bool duplicate = false;
        for (const ResponseVariable &v : std::as_const(parsed.variables))
            duplicate |= v.name == name;
        if (duplicate) {
            parsed.problems.append(QCoreApplication::translate("cad::TokenHandling", "line %1 names {%2} a second time")
                                       .arg(i + 1)
                                       .arg(name));
            continue;
        }
        parsed.variables.append({name, pointer});
    }
    return parsed;
}

QList<ResponseVariable> responseVariables(const ConnectorDefinition &definition)
{
    const std::optional<QString> text = valueOf(definition, PropertyNames::ResponseVariables, {});
    if (!text)
        return {};
    QList<ResponseVariable> list;
    for (const ResponseVariable &v : parseResponseVariables(*text).variables) {
        if (definition.indexOf(v.name) < 0) // a property's value wins; the validator says so
            list.append(v);
    }
    return list;
}

bool isResponseVariable(const ConnectorDefinition &definition, const QString &name)
{
    for (const ResponseVariable &v : responseVariables(definition)) {
        if (v.name == name)
            return true;
    }
    return false;
}

Placement placement(const ConnectorDefinition &definition, const QHash<QString, QString> &values)
{
    using namespace PropertyNames;
    Placement p;
    if (const std::optional<QString> query = valueOf(definition, TokenQueryParameter, values);
        query && !query->trimmed().isEmpty()) {
        p.queryParameter = query->trimmed();
        return p;
    }
    if (const std::optional<QString> header = valueOf(definition, TokenHeader, values);
        header && !header->trimmed().isEmpty())
        p.header = header->trimmed();
    if (const std::optional<QString> prefix = valueOf(definition, TokenPrefix, values))
        p.prefix = prefix->trimmed();
    return p;
}

QString scopeSeparator(const ConnectorDefinition &definition, const QHash<QString, QString> &values)
{
    const std::optional<QString> separator = valueOf(definition, PropertyNames::ScopeSeparator, values);
    return separator && !separator->isEmpty() ? *separator : QStringLiteral(" ");
}

} // namespace cad::TokenHandling
