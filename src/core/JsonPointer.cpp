#include "core/JsonPointer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace cad::JsonPointer {

std::optional<QStringList> parse(const QString &pointer)
{
    if (pointer.isEmpty())
        return QStringList{};
    if (!pointer.startsWith(QLatin1Char('/')))
        return std::nullopt;
    QStringList tokens;
    for (const QString &raw : pointer.mid(1).split(QLatin1Char('/'))) {
        QString token;
        token.reserve(raw.size());
        for (qsizetype i = 0; i < raw.size(); ++i) {
            const QChar c = raw.at(i);
            if (c != QLatin1Char('~')) {
                token.append(c);
                continue;
            }
            const QChar next = i + 1 < raw.size() ? raw.at(i + 1) : QChar();
            if (next == QLatin1Char('0'))
                token.append(QLatin1Char('~'));
            else if (next == QLatin1Char('1'))
                token.append(QLatin1Char('/'));
            else
                return std::nullopt;
            ++i;
        }
        tokens.append(token);
    }
    return tokens;
}

QString problem(const QString &pointer)
{
    if (parse(pointer))
        return {};
    if (!pointer.startsWith(QLatin1Char('/')))
        return QCoreApplication::translate("cad::JsonPointer",
                                           "\"%1\" is not a JSON Pointer: it must start with / (such as /email "
                                           "or /user/login), or be empty for the whole answer")
            .arg(pointer);
    return QCoreApplication::translate("cad::JsonPointer",
                                       "\"%1\" is not a JSON Pointer: ~ must be written ~0, and a / inside a "
                                       "name ~1")
        .arg(pointer);
}

namespace {
std::optional<qsizetype> arrayIndex(const QString &token, qsizetype size)
{
    if (token.isEmpty() || token.size() > 9 || (token.size() > 1 && token.startsWith(QLatin1Char('0'))))
        return std::nullopt;
    for (const QChar c : token)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    const qsizetype index = token.toLongLong();
    if (index >= size)
        return std::nullopt;
    return index;
}
} // namespace

std::optional<QJsonValue> resolve(const QJsonValue &document, const QString &pointer)
{
    const std::optional<QStringList> tokens = parse(pointer);
    if (!tokens)
        return std::nullopt;
    QJsonValue current = document;
    for (const QString &token : *tokens) {
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            const auto it = object.constFind(token);
            if (it == object.constEnd())
                return std::nullopt;
            current = it.value();
        } else if (current.isArray()) {
            const QJsonArray array = current.toArray();
            const std::optional<qsizetype> index = arrayIndex(token, array.size());
            if (!index)
                return std::nullopt;
            current = array.at(*index);
        } else {
            return std::nullopt;
        }
    }
    return current;
}

QString toText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace cad::JsonPointer
