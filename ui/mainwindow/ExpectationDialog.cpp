#include "mainwindow/ExpectationDialog.h"

#include "core/DisplayText.h"
#include "model/Validator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cad {

namespace {
// The condition combo box's entries, in this order.
enum Condition
{
    Exists,
    Absent,
    Equals,
    Matches,
};

Condition conditionOf(const ResponseCheck &check)
{
    switch (check.kind) {
    case ResponseCheck::Kind::Exists:
        return check.value.toBool() ? Exists : Absent;
    case ResponseCheck::Kind::Equals:
        return Equals;
    case ResponseCheck::Kind::Matches:
        return Matches;
    }
    return Exists;
}
} // namespace

ExpectationDialog::ExpectationDialog(const ConnectorDefinition &definition, QWidget *parent)
    : QDialog(parent)
    , m_definition(definition)
    , m_status(new QLineEdit(this))
    , m_maxMs(new QSpinBox(this))
    , m_checks(new QTableWidget(0, 3, this))
    , m_problems(new QLabel(this))
{
    setObjectName(QStringLiteral("expectationDialog"));
    setWindowTitle(tr("Expected Answer of the Test Request"));
    m_status->setObjectName(QStringLiteral("expectStatusEdit"));
    m_maxMs->setObjectName(QStringLiteral("expectMaxMsSpin"));
    m_checks->setObjectName(QStringLiteral("expectChecksTable"));
    m_problems->setObjectName(QStringLiteral("expectProblems"));

    const TestExpectation &expect = definition.testRequest.expect;
    m_status->setText(expect.status.join(QStringLiteral(", ")));
    m_status->setPlaceholderText(QStringLiteral("200-299"));
    m_status->setToolTip(tr("Codes and ranges separated by commas, such as 200, 204 or 200-299. Empty: 200-299."));
    m_maxMs->setRange(0, TestExpectation::MaxMsLimit);
    m_maxMs->setSingleStep(100);
    m_maxMs->setSuffix(tr(" ms"));
    m_maxMs->setSpecialValueText(tr("No limit"));
    m_maxMs->setValue(expect.maxMs);

    m_checks->setHorizontalHeaderLabels({tr("JSON Pointer"), tr("Condition"), tr("Value")});
    m_checks->horizontalHeader()->setSectionResizeMode(PointerColumn, QHeaderView::Stretch);
    m_checks->horizontalHeader()->setSectionResizeMode(ConditionColumn, QHeaderView::ResizeToContents);
    m_checks->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_checks->verticalHeader()->hide();
    m_checks->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_checks->setAccessibleName(tr("Checks on the JSON answer"));
    for (const ResponseCheck &check : expect.json)
        addCheck(check);

    auto *add = new QPushButton(tr("&Add Check"), this);
    add->setObjectName(QStringLiteral("addCheckButton"));
    auto *remove = new QPushButton(tr("&Remove Check"), this);
    remove->setObjectName(QStringLiteral("removeCheckButton"));
    connect(add, &QPushButton::clicked, this, [this]() {
        const int row = addCheck(ResponseCheck{QStringLiteral("/"), ResponseCheck::Kind::Exists, true});
        m_checks->setCurrentCell(row, PointerColumn);
        m_checks->editItem(m_checks->item(row, PointerColumn));
    });
    connect(remove, &QPushButton::clicked, this, [this]() {
        const int row = m_checks->currentRow();
        if (row >= 0)
            m_checks->removeRow(row);
        updateProblems();
    });
    connect(m_checks, &QTableWidget::itemChanged, this, &ExpectationDialog::updateProblems);
    connect(m_status, &QLineEdit::textChanged, this, &ExpectationDialog::updateProblems);

    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b71c1c;"));

    auto *form = new QFormLayout;
    auto *statusLabel = new QLabel(tr("Accepted &status:"), this);
    statusLabel->setBuddy(m_status);
    m_status->setAccessibleName(tr("Accepted status"));
    form->addRow(statusLabel, m_status);
    auto *timeLabel = new QLabel(tr("&Time limit:"), this);
    timeLabel->setBuddy(m_maxMs);
    m_maxMs->setAccessibleName(tr("Time limit"));
    form->addRow(timeLabel, m_maxMs);

    auto *checksLabel =
        new QLabel(tr("&Checks on the JSON answer (RFC 6901 pointers such as /email or /data/0/id):"), this);
    checksLabel->setBuddy(m_checks);
    checksLabel->setWordWrap(true);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(checksLabel);
    layout->addWidget(m_checks, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    resize(640, 420);
    updateProblems();
}

int ExpectationDialog::addCheck(const ResponseCheck &check)
{
    const QSignalBlocker blocker(m_checks);
    const int row = m_checks->rowCount();
    m_checks->insertRow(row);
    m_checks->setItem(row, PointerColumn, new QTableWidgetItem(check.pointer));
    auto *condition = new QComboBox(m_checks);
    condition->addItems({tr("exists"), tr("is absent"), tr("equals"), tr("matches")});
    condition->setCurrentIndex(conditionOf(check));
    condition->setAccessibleName(tr("Condition"));
    m_checks->setCellWidget(row, ConditionColumn, condition);
    m_checks->setItem(
        row, ValueColumn,
        new QTableWidgetItem(check.kind == ResponseCheck::Kind::Exists ? QString() : valueText(check.value)));
    connect(condition, &QComboBox::currentIndexChanged, this, [this, condition]() {
        for (int r = 0; r < m_checks->rowCount(); ++r)
            if (m_checks->cellWidget(r, ConditionColumn) == condition)
                updateRow(r);
        updateProblems();
    });
    updateRow(row);
    return row;
}

void ExpectationDialog::updateRow(int row)
{
    auto *condition = qobject_cast<QComboBox *>(m_checks->cellWidget(row, ConditionColumn));
    QTableWidgetItem *value = m_checks->item(row, ValueColumn);
    if (!condition || !value)
        return;
    const QSignalBlocker blocker(m_checks);
    const bool needsValue = condition->currentIndex() == Equals || condition->currentIndex() == Matches;
    value->setFlags(needsValue ? value->flags() | Qt::ItemIsEditable | Qt::ItemIsEnabled
                               : value->flags() & ~(Qt::ItemIsEditable | Qt::ItemIsEnabled));
    value->setToolTip(condition->currentIndex() == Equals
                          ? tr("A JSON value: 42, true, null, \"text\"; anything else is compared as text")
                      : condition->currentIndex() == Matches
                          ? tr("A regular expression (Perl syntax) the value, as text, must match")
                          : QString());
}

TestExpectation ExpectationDialog::expectation() const
{
    TestExpectation e;
    for (const QString &part : m_status->text().split(QLatin1Char(','))) {
        const QString entry = part.trimmed();
        if (!entry.isEmpty())
            e.status.append(entry);
    }
    e.maxMs = m_maxMs->value();
    for (int row = 0; row < m_checks->rowCount(); ++row) {
        ResponseCheck check;
        check.pointer = m_checks->item(row, PointerColumn)->text().trimmed();
        const auto *condition = qobject_cast<QComboBox *>(m_checks->cellWidget(row, ConditionColumn));
        const QString value = m_checks->item(row, ValueColumn)->text();
        switch (condition ? condition->currentIndex() : Exists) {
        case Exists:
        case Absent:
            check.kind = ResponseCheck::Kind::Exists;
            check.value = condition && condition->currentIndex() == Exists;
            break;
        case Equals:
            check.kind = ResponseCheck::Kind::Equals;
            check.value = valueFromText(value);
            break;
        case Matches:
            check.kind = ResponseCheck::Kind::Matches;
            check.value = value;
            break;
        }
        e.json.append(check);
    }
    return e;
}

QString ExpectationDialog::valueText(const QJsonValue &value)
{
    // Text as it is, unless it would read back as something else (42, true, "quoted"): then as JSON.
    if (value.isString() && valueFromText(value.toString()) == value)
        return value.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QJsonValue ExpectationDialog::valueFromText(const QString &text)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.trimmed().toUtf8() + "]", &error);
    if (error.error == QJsonParseError::NoError && doc.array().size() == 1)
        return doc.array().at(0);
    return text;
}

void ExpectationDialog::updateProblems()
{
    ConnectorDefinition d = m_definition;
    d.testRequest.expect = expectation();
    QStringList problems;
    for (const Diagnostic &diagnostic : Validator::validate(d))
        if (diagnostic.path.startsWith(QLatin1String("connector.testRequest.expect"))) {
            // A sentence for people: the rule's message and what to do, without the JSON path.
            problems << DisplayText::sentenceStart(diagnostic.message) + QStringLiteral(". ") + diagnostic.hint;
        }
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
}

} // namespace cad
