#include "model/Variables.h"

#include <QRegularExpression>
#include <QUrl>

namespace cad {

namespace {
const QRegularExpression &pattern()
{
    static const QRegularExpression re(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_.\\-]*)\\}"));
    return re;
}
} // namespace

QStringList Variables::referenced(const QString &text)
{
    QStringList names;
    auto it = pattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QString Variables::substitute(const QString &text, const QHash<QString, QString> &values, bool urlEncode)
{
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    auto it = pattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const auto found = values.constFind(m.captured(1));
        if (found == values.cend())
            out += m.captured(0);
        else
            out += urlEncode ? QString::fromLatin1(QUrl::toPercentEncoding(*found)) : *found;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace cad
