#include "model/ConnectionLabel.h"

#include "core/JsonPointer.h"
#include "model/ConnectorDefinition.h"

#include <QRegularExpression>

namespace cad::ConnectionLabel {

namespace {
const QRegularExpression &pointerPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{(/[^{}]*)\\}"));
    return re;
}
} // namespace

QStringList pointers(const QString &label)
{
    QStringList found;
    auto it = pointerPattern().globalMatch(label);
    while (it.hasNext()) {
        const QString pointer = it.next().captured(1);
        if (!found.contains(pointer))
            found.append(pointer);
    }
    return found;
}

QString fill(const QString &label, const QJsonValue &answer, const ConnectorDefinition &definition,
             const QHash<QString, QString> &values)
{
    // One pass over both kinds of placeholder, so that text from the answer or from a value is
    // never read as a placeholder itself.
    static const QRegularExpression placeholder(QStringLiteral("\\{(/[^{}]*|[A-Za-z_][A-Za-z0-9_.\\-]*)\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(label);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(label).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString what = m.captured(1);
        if (what.startsWith(QLatin1Char('/'))) {
            if (const std::optional<QJsonValue> value = JsonPointer::resolve(answer, what))
                out += JsonPointer::toText(*value);
            continue;
        }
        const Property *p = definition.property(what);
        if (!p || p->secret)
            continue;
        const auto given = values.constFind(what);
        out += given != values.constEnd() ? given.value() : p->value;
    }
    out += QStringView(label).mid(last);
    return out.simplified();
}

} // namespace cad::ConnectionLabel
