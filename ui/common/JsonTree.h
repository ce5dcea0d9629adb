#pragma once

#include <QJsonValue>
#include <QString>

class QTreeWidget;
class QTreeWidgetItem;

namespace cad::JsonTree {

/// A JSON value as a tree item's value text: strings quoted, numbers as JSON writes them,
/// containers summarised ("{3 keys}", "[2 items]").
[[nodiscard]] QString valueText(const QJsonValue &value);
/// Adds @p value under @p parent as the item "key  value", its members and elements below it.
void add(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value);
/// Replaces what @p tree shows with the members of @p value (an object or an array), the top
/// level expanded.
void fill(QTreeWidget *tree, const QJsonValue &value);

} // namespace cad::JsonTree
