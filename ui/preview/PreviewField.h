#pragma once

#include "model/Property.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace cad {

/// One ask-the-user field of the end-user preview: label with required marker, the input widget
/// chosen by the property's InputKind, and the hint as helper text underneath.
///
/// The input widget is named "preview_<technical name>" and carries the display name as its
/// accessible name. update() changes label, hint, choices and default in place; the widget is
/// only replaced by the form when the InputKind changes.
class PreviewField : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewField(const Property &property, QWidget *parent = nullptr);

    [[nodiscard]] InputKind kind() const { return m_property.inputKind; }
    [[nodiscard]] const Property &property() const { return m_property; }
    /// The input widget (QLineEdit, QCheckBox, QComboBox, QListWidget or QPlainTextEdit).
    [[nodiscard]] QWidget *editor() const { return m_editor; }

    /// Applies a changed property of the same InputKind in place. A value the user has not edited
    /// follows a changed default; an edited value is kept.
    void update(const Property &property);

    /// The current value: text, "true"/"false", the chosen item, or the space-separated checked items.
    [[nodiscard]] QString value() const;
    /// Sets the value as if the user had entered it.
    void setValue(const QString &value);
    /// Whether the value was typed (or set with setValue()) rather than the property's default.
    [[nodiscard]] bool isEdited() const { return m_edited; }

signals:
    void valueChanged();

private:
    void createEditor();
    void applyLabels();
    void applyChoices();
    void applyDefault();
    void setEditorValue(const QString &value);
    void markEdited();
    [[nodiscard]] QString defaultValue() const;

    Property m_property;
    bool m_edited = false;
    QLabel *m_label = nullptr;
    QLabel *m_requiredMarker = nullptr;
    QLabel *m_hint = nullptr;
    QWidget *m_editor = nullptr;
    QLineEdit *m_lineEdit = nullptr;
    QAction *m_revealAction = nullptr;
    QCheckBox *m_checkBox = nullptr;
    QComboBox *m_comboBox = nullptr;
    QListWidget *m_listWidget = nullptr;
    QPlainTextEdit *m_plainTextEdit = nullptr;
};

} // namespace cad
