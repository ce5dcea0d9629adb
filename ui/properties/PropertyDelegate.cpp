#include "properties/PropertyDelegate.h"

#include "common/SecretLineEdit.h"
#include "model/Property.h"
#include "properties/PropertiesTableModel.h"

#include <QComboBox>
#include <QIntValidator>
#include <QLineEdit>

namespace cad {

PropertyDelegate::PropertyDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QWidget *PropertyDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    const int column = index.column();
    if (column == PropertiesTableModel::SentAsColumn) {
        auto *combo = new QComboBox(parent);
        combo->setAccessibleName(tr("Sent as"));
        for (const QString &id : locationIds())
            combo->addItem(locationDisplayName(*locationFromId(id)), id);
        connect(combo, &QComboBox::activated, this, [this, combo](int) {
            auto *self = const_cast<PropertyDelegate *>(this);
            Q_EMIT self->commitData(combo);
            Q_EMIT self->closeEditor(combo);
        });
        return combo;
    }
    if (column == PropertiesTableModel::ValueColumn) {
        const auto kind = InputKind(index.data(PropertiesTableModel::InputKindRole).toInt());
        const QStringList choices = index.data(PropertiesTableModel::ChoicesRole).toStringList();
        if (kind == InputKind::Choice && !choices.isEmpty()) {
            auto *combo = new QComboBox(parent);
            combo->setAccessibleName(tr("Value"));
            combo->addItems(choices);
            connect(combo, &QComboBox::activated, this, [this, combo](int) {
                auto *self = const_cast<PropertyDelegate *>(this);
                Q_EMIT self->commitData(combo);
                Q_EMIT self->closeEditor(combo);
            });
            return combo;
        }
        if (index.data(PropertiesTableModel::SecretRole).toBool()) {
            auto *edit = new SecretLineEdit(parent);
            edit->setObjectName(QStringLiteral("secretValueEditor"));
            edit->setAccessibleName(tr("Secret value"));
            edit->setFrame(false);
            return edit;
        }
        auto *edit = new QLineEdit(parent);
        edit->setAccessibleName(tr("Value"));
        edit->setFrame(false);
        if (kind == InputKind::Number)
            edit->setValidator(new QIntValidator(edit));
        return edit;
    }
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    editor->setAccessibleName(index.model()->headerData(column, Qt::Horizontal).toString());
    return editor;
}

void PropertyDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QString raw = index.data(PropertiesTableModel::RawValueRole).toString();
        int i = combo->findData(raw);
        if (i < 0)
            i = combo->findText(raw);
        combo->setCurrentIndex(qMax(0, i));
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setText(index.data(PropertiesTableModel::RawValueRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void PropertyDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QVariant data = combo->currentData();
        model->setData(index, data.isValid() ? data.toString() : combo->currentText(), Qt::EditRole);
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        model->setData(index, edit->text(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace cad
