#include "oauth/FormBody.h"

#include <QUrl>

namespace cad {

FormBody &FormBody::add(const QString &name, const QString &value)
{
    m_fields.append({name, value});
    return *this;
}

FormBody &FormBody::add(const OAuthParams &params)
{
    for (const auto &p : params)
        add(p.first, p.second);
    return *this;
}

QString FormBody::value(const QString &name) const
{
    for (const auto &p : m_fields) {
        if (p.first == name)
            return p.second;
    }
    return {};
}

QByteArray FormBody::encode(const QString &text)
{
    // toPercentEncoding keeps exactly the unreserved set ALPHA / DIGIT / "-" / "." / "_" / "~".
    return QUrl::toPercentEncoding(text).replace("%20", "+");
}

QByteArray FormBody::toByteArray() const
{
    QByteArray out;
    for (const auto &p : m_fields) {
        if (!out.isEmpty())
            out += '&';
        out += encode(p.first) + '=' + encode(p.second);
    }
    return out;
}

OAuthParams FormBody::parse(const QByteArray &body)
{
    OAuthParams out;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        out.append({QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return out;
}

} // namespace cad
