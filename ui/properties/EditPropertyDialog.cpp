#include "properties/EditPropertyDialog.h"

#include "common/AccessibleName.h"
#include "common/SecretLineEdit.h"
#include "model/BuiltinSchemas.h"
#include "model/Validator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cad {

EditPropertyDialog::EditPropertyDialog(const Property &property, const QStringList &otherNames, AuthType type,
                                       QWidget *parent)
    : QDialog(parent)
    , m_original(property)
    , m_otherNames(otherNames)
{
    setObjectName(QStringLiteral("editPropertyDialog"));
    setWindowTitle(tr("Edit Property – %1").arg(property.name));

    auto *general = new QGroupBox(tr("Property"), this);
    auto *form = new QFormLayout(general);
    auto addRow = [&form](const QString &label, QWidget *w, const char *objectName) {
        w->setObjectName(QLatin1String(objectName));
        auto *l = new QLabel(label);
        l->setBuddy(w);
        w->setAccessibleName(AccessibleName::fromLabel(label));
        form->addRow(l, w);
    };

    m_name = new QLineEdit(property.name);
    m_name->setReadOnly(property.builtIn);
    if (property.builtIn)
        m_name->setToolTip(tr("Built-in properties keep their technical name."));
    addRow(tr("&Technical name:"), m_name, "nameEdit");
    m_displayName = new QLineEdit(property.displayName);
    addRow(tr("&Display name:"), m_displayName, "displayNameEdit");
    m_value = new SecretLineEdit;
    m_value->setText(property.value);
    m_value->setRevealed(!property.secret);
    addRow(tr("&Value / default:"), m_value, "valueEdit");
    m_hint = new QLineEdit(property.hint);
    addRow(tr("&Hint:"), m_hint, "hintEdit");

    auto *flags = new QWidget;
    auto *flagsLayout = new QHBoxLayout(flags);
    flagsLayout->setContentsMargins(0, 0, 0, 0);
    m_askUser = new QCheckBox(tr("&Ask the user"));
    m_askUser->setObjectName(QStringLiteral("askUserCheck"));
    m_askUser->setChecked(property.askUser);
    m_required = new QCheckBox(tr("&Required"));
    m_required->setObjectName(QStringLiteral("requiredCheck"));
    m_required->setChecked(property.required);
    // Required is fixed on built-in properties but one (BuiltinSchemas::mayChangeRequired).
    m_required->setEnabled(BuiltinSchemas::mayChangeRequired(type, property));
    m_secret = new QCheckBox(tr("&Secret (kept in the keychain)"));
    m_secret->setObjectName(QStringLiteral("secretCheck"));
    m_secret->setChecked(property.secret);
    for (QCheckBox *box : {m_askUser, m_required, m_secret})
        box->setAccessibleName(AccessibleName::fromLabel(box->text()));
    flagsLayout->addWidget(m_askUser);
    flagsLayout->addWidget(m_required);
    flagsLayout->addWidget(m_secret);
    flagsLayout->addStretch();
    form->addRow(QString(), flags);

    auto *input = new QGroupBox(tr("End-user input"), this);
    auto *inputForm = new QFormLayout(input);
    form = inputForm;
    m_inputKind = new QComboBox;
    for (const QString &id : inputKindIds())
        m_inputKind->addItem(inputKindDisplayName(*inputKindFromId(id)), id);
    m_inputKind->setCurrentIndex(m_inputKind->findData(inputKindId(property.inputKind)));
    addRow(tr("&Input kind:"), m_inputKind, "inputKindCombo");
    m_choices = new QPlainTextEdit(property.choices.join(QLatin1Char('\n')));
    m_choices->setPlaceholderText(tr("One choice per line"));
    m_choices->setTabChangesFocus(true);
    m_choices->setMaximumHeight(80);
    addRow(tr("C&hoices:"), m_choices, "choicesEdit");
    m_order = new QSpinBox;
    m_order->setRange(0, 9999);
    m_order->setValue(property.order);
    addRow(tr("&Order:"), m_order, "orderSpin");

    auto *send = new QGroupBox(tr("Sent as"), this);
    form = new QFormLayout(send);
    m_location = new QComboBox;
    for (const QString &id : locationIds())
        m_location->addItem(locationDisplayName(*locationFromId(id)), id);
    m_location->setCurrentIndex(m_location->findData(locationId(property.sendAs.location)));
    addRow(tr("&Location:"), m_location, "locationCombo");
    m_key = new QLineEdit(property.sendAs.key);
    m_key->setPlaceholderText(tr("Empty: the technical name"));
    addRow(tr("&Key:"), m_key, "keyEdit");
    m_valueTemplate = new QLineEdit(property.sendAs.valueTemplate);
    m_valueTemplate->setPlaceholderText(tr("{value}, e.g. Bearer {value}"));
    addRow(tr("Value &template:"), m_valueTemplate, "templateEdit");

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_problem->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditPropertyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EditPropertyDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(input);
    layout->addWidget(send);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &EditPropertyDialog::updateState);
    connect(m_inputKind, &QComboBox::currentIndexChanged, this, &EditPropertyDialog::updateState);
    connect(m_location, &QComboBox::currentIndexChanged, this, &EditPropertyDialog::updateState);
    connect(m_secret, &QCheckBox::toggled, this, [this](bool secret) { m_value->setRevealed(!secret); });
    updateState();
    resize(520, sizeHint().height());
}

Property EditPropertyDialog::property() const
{
    Property p = m_original;
    p.name = m_name->text().trimmed();
    p.displayName = m_displayName->text();
    p.value = m_value->text();
    p.askUser = m_askUser->isChecked();
    p.required = m_required->isChecked();
    p.secret = m_secret->isChecked();
    p.inputKind = inputKindFromId(m_inputKind->currentData().toString()).value_or(InputKind::Text);
    p.choices.clear();
    for (const QString &line : m_choices->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            p.choices.append(line.trimmed());
    }
    p.hint = m_hint->text();
    p.order = m_order->value();
    p.sendAs.location = locationFromId(m_location->currentData().toString()).value_or(Location::NotSent);
    p.sendAs.key = m_key->text().trimmed();
    p.sendAs.valueTemplate = m_valueTemplate->text();
    return p;
}

QString EditPropertyDialog::problem() const
{
    const QString name = m_name->text().trimmed();
    if (!Validator::isValidPropertyName(name))
        return tr("Enter a technical name made of letters, digits, '_', '.' or '-', starting with a letter or '_'.");
    if (m_otherNames.contains(name))
        return tr("Another property is already called \"%1\". Choose a different name.").arg(name);
    return {};
}

void EditPropertyDialog::updateState()
{
    const auto kind = inputKindFromId(m_inputKind->currentData().toString());
    m_choices->setEnabled(kind == InputKind::Choice || kind == InputKind::MultiChoice);
    const bool sent = m_location->currentData().toString() != locationId(Location::NotSent);
    m_key->setEnabled(sent);
    m_valueTemplate->setEnabled(sent);
    const QString p = problem();
    m_problem->setText(p);
    m_problem->setVisible(!p.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

void EditPropertyDialog::accept()
{
    if (!problem().isEmpty())
        return;
    QDialog::accept();
}

} // namespace cad
