#include "model/Http.h"

#include <QRegularExpression>

namespace cad {

const QStringList &Http::methods()
{
    static const QStringList list{QStringLiteral("GET"),   QStringLiteral("POST"),   QStringLiteral("PUT"),
                                  QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("HEAD")};
    return list;
}

bool Http::isMethod(const QString &method)
{
    return methods().contains(method);
}

bool Http::isHeaderName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    return re.match(name).hasMatch();
}

bool Http::isHeaderValue(const QString &value)
{
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t') || u == 0x7f)
            return false;
    }
    return true;
}

} // namespace cad
