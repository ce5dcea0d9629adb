#pragma once

#include "model/AuthType.h"
#include "model/Property.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace cad {

class SecretLineEdit;

/// Edits every attribute of one property. Built-in properties keep their technical name and, but
/// for the PKCE client secret, their Required flag.
class EditPropertyDialog : public QDialog
{
    Q_OBJECT

public:
    /// otherNames: names of the other rows, to refuse duplicates; type: the definition's
    /// authentication type, which decides whether Required may change.
    EditPropertyDialog(const Property &property, const QStringList &otherNames, AuthType type,
                       QWidget *parent = nullptr);

    [[nodiscard]] Property property() const;
    void accept() override;

private:
    void updateState();
    [[nodiscard]] QString problem() const;

    Property m_original;
    QStringList m_otherNames;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_displayName = nullptr;
    SecretLineEdit *m_value = nullptr;
    QCheckBox *m_askUser = nullptr;
    QCheckBox *m_required = nullptr;
    QCheckBox *m_secret = nullptr;
    QComboBox *m_inputKind = nullptr;
    QPlainTextEdit *m_choices = nullptr;
    QLineEdit *m_hint = nullptr;
    QSpinBox *m_order = nullptr;
    QComboBox *m_location = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_valueTemplate = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cad
