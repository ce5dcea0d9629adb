#include "common/JsonTree.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTreeWidget>

namespace cad::JsonTree {

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return QCoreApplication::translate("cad::JsonTree", "{%n key(s)}", nullptr, int(value.toObject().size()));
    case QJsonValue::Array:
        return QCoreApplication::translate("cad::JsonTree", "[%n item(s)]", nullptr, int(value.toArray().size()));
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Double:
        return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

void add(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value)
{
    auto *item = new QTreeWidgetItem(parent, {key, valueText(value)});
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            add(item, it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            add(item, QString::number(i), array.at(i));
    }
}

void fill(QTreeWidget *tree, const QJsonValue &value)
{
    tree->clear();
    QTreeWidgetItem *root = tree->invisibleRootItem();
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            add(root, it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            add(root, QString::number(i), array.at(i));
    }
    tree->expandToDepth(0);
}

} // namespace cad::JsonTree
