#pragma once

#include <QStyledItemDelegate>

namespace cad {

/// Editors of the properties table: a combo box for choices and for "Sent as", a masked entry
/// with a reveal toggle for secret values, a plain line edit otherwise. Check boxes (booleans,
/// ask the user, required) come from Qt::CheckStateRole. Combo boxes commit as soon as the
/// choice changes.
class PropertyDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit PropertyDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace cad
