#include "mainwindow/ConnectorSettingsForm.h"

#include "commands/SetTestExpectationCommand.h"
#include "common/AccessibleName.h"
#include "common/Fonts.h"
#include "mainwindow/ExpectationDialog.h"
#include "model/ConnectorDocument.h"
#include "model/Http.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>

namespace cad {

ConnectorSettingsForm::ConnectorSettingsForm(ConnectorDocument *document, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_undoStack(undoStack)
    , m_key(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_baseUrl(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_method(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_expect(new QPushButton(this))
    , m_label(new QLineEdit(this))
{
    setObjectName(QStringLiteral("connectorSettings"));
    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_baseUrl->setObjectName(QStringLiteral("baseUrlEdit"));
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_method->setObjectName(QStringLiteral("testMethodCombo"));
    m_path->setObjectName(QStringLiteral("testPathEdit"));
    m_expect->setObjectName(QStringLiteral("expectButton"));
    m_label->setObjectName(QStringLiteral("connectionLabelEdit"));

    m_key->setPlaceholderText(tr("acme-crm"));
    m_key->setToolTip(tr("Short identifier: lower-case letters, digits and dashes"));
    m_displayName->setPlaceholderText(tr("Acme CRM"));
    m_baseUrl->setPlaceholderText(tr("https://{organization}.example.com/api/v1"));
    m_baseUrl->setToolTip(tr("Base URL of the API. {name} inserts the value of the property called name."));
    m_description->setPlaceholderText(tr("What this connector gives access to"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 2 + 14);
    m_method->addItems(Http::methods());
    m_path->setPlaceholderText(tr("/me"));
    const QFont mono = Fonts::monospace();
    m_key->setFont(mono);
    m_baseUrl->setFont(mono);
    m_path->setFont(mono);
    m_expect->setToolTip(tr("What a good answer is: status codes, checks on the JSON answer, a time limit. The Test "
                            "button and auth-designer-cli test hold the answer to it."));
    m_label->setPlaceholderText(tr("{/email}"));
    m_label->setToolTip(tr("The connection's name after a successful test: {/pointer} takes a field of the test "
                           "answer, {name} a property's value, such as {/user/login} at {subdomain}"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [this, form](const QString &label, QWidget *field, QWidget *input) {
        auto *l = new QLabel(label, this);
        l->setBuddy(input);
        input->setAccessibleName(AccessibleName::fromLabel(label));
        form->addRow(l, field);
    };
    addRow(tr("Connector &key:"), m_key, m_key);
    addRow(tr("Display &name:"), m_displayName, m_displayName);
    addRow(tr("&Base URL:"), m_baseUrl, m_baseUrl);
    addRow(tr("Descri&ption:"), m_description, m_description);
    auto *test = new QWidget(this);
    auto *testLayout = new QHBoxLayout(test);
    testLayout->setContentsMargins(0, 0, 0, 0);
    testLayout->addWidget(m_method);
    testLayout->addWidget(m_path, 1);
    testLayout->addWidget(m_expect);
    addRow(tr("Test re&quest:"), test, m_method);
    m_path->setAccessibleName(tr("Test request path"));
    m_expect->setAccessibleName(tr("Expected answer"));
    addRow(tr("Connection &label:"), m_label, m_label);

    connect(m_key, &QLineEdit::textEdited, this, [this](const QString &t) { edit(Field::Key, t); });
    connect(m_displayName, &QLineEdit::textEdited, this, [this](const QString &t) { edit(Field::DisplayName, t); });
    connect(m_baseUrl, &QLineEdit::textEdited, this, [this](const QString &t) { edit(Field::BaseUrl, t); });
    connect(m_path, &QLineEdit::textEdited, this, [this](const QString &t) { edit(Field::TestPath, t); });
    connect(m_description, &QPlainTextEdit::textChanged, this,
            [this]() { edit(Field::Description, m_description->toPlainText()); });
    connect(m_method, &QComboBox::currentTextChanged, this, [this](const QString &t) { edit(Field::TestMethod, t); });
    connect(m_label, &QLineEdit::textEdited, this, [this](const QString &t) { edit(Field::ConnectionLabel, t); });
    connect(m_expect, &QPushButton::clicked, this, &ConnectorSettingsForm::editExpectation);

    connect(document, &ConnectorDocument::settingsChanged, this, &ConnectorSettingsForm::refresh);
    connect(document, &ConnectorDocument::reset, this, &ConnectorSettingsForm::refresh);
    refresh();
}

void ConnectorSettingsForm::edit(Field field, const QString &value)
{
    if (m_updating || SetConnectorFieldCommand::fieldValue(*m_document, field) == value)
        return;
    m_undoStack->push(new SetConnectorFieldCommand(m_document, field, value));
}

void ConnectorSettingsForm::refresh()
{
    m_updating = true;
    const ConnectorDefinition &d = m_document->definition();
    auto sync = [](QLineEdit *e, const QString &v) {
        if (e->text() != v)
            e->setText(v);
    };
    sync(m_key, d.key);
    sync(m_displayName, d.displayName);
    sync(m_baseUrl, d.baseUrl);
    sync(m_path, d.testRequest.path);
    sync(m_label, d.connectionLabel);
    m_expect->setText(expectationSummary(d.testRequest.expect));
    if (m_description->toPlainText() != d.description)
        m_description->setPlainText(d.description);
    if (m_method->currentText() != d.testRequest.method) {
        if (m_method->findText(d.testRequest.method) < 0)
            m_method->addItem(d.testRequest.method);
        m_method->setCurrentText(d.testRequest.method);
    }
    m_updating = false;
}

QWidget *ConnectorSettingsForm::editorForField(const QString &field) const
{
    if (field == QLatin1String("key"))
        return m_key;
    if (field == QLatin1String("displayName"))
        return m_displayName;
    if (field == QLatin1String("baseUrl"))
        return m_baseUrl;
    if (field == QLatin1String("description"))
        return m_description;
    if (field == QLatin1String("testRequest.method"))
        return m_method;
    if (field.startsWith(QLatin1String("testRequest.expect")))
        return m_expect;
    if (field == QLatin1String("connectionLabel"))
        return m_label;
    if (field.startsWith(QLatin1String("testRequest")))
        return m_path;
    return nullptr;
}

QString ConnectorSettingsForm::expectationSummary(const TestExpectation &expectation)
{
    QString text = tr("Expect %1").arg(expectation.statusText());
    if (!expectation.json.isEmpty())
        text += QStringLiteral(" · ") +
                (expectation.json.size() == 1 ? tr("1 check") : tr("%1 checks").arg(expectation.json.size()));
    if (expectation.maxMs > 0)
        text += QStringLiteral(" · ≤ ") + tr("%1 ms").arg(expectation.maxMs);
    return text + QStringLiteral("…");
}

void ConnectorSettingsForm::editExpectation()
{
    auto *dialog = new ExpectationDialog(m_document->definition(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        const TestExpectation expectation = dialog->expectation();
        if (expectation != m_document->definition().testRequest.expect)
            m_undoStack->push(new SetTestExpectationCommand(m_document, expectation));
    });
    dialog->open();
}

bool ConnectorSettingsForm::focusField(const QString &field)
{
    QWidget *w = editorForField(field);
    if (!w)
        return false;
    w->setFocus(Qt::OtherFocusReason);
    if (auto *line = qobject_cast<QLineEdit *>(w))
        line->selectAll();
    return true;
}

} // namespace cad
