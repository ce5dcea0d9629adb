#include "exchangelog/ExchangeLogView.h"

#include "common/Fonts.h"
#include "common/WrappingLabel.h"
#include "connection/ResponseChecks.h"
#include "exchangelog/ExchangeLogModel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cad {

ExchangeLogView::ExchangeLogView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ExchangeLogModel(this))
{
    m_summary = new WrappingLabel(tr("No test yet. Connect, then press Test."), this);
    m_summary->setObjectName(QStringLiteral("testSummary"));
    m_summary->setTextFormat(Qt::PlainText); // the URL and the error come from the server and the design
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("exchangeTable"));
    m_table->setAccessibleName(tr("Exchange log"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    // One line a row: a long URL is elided in the middle (the tooltip and the detail have it whole).
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(ExchangeLogModel::UrlColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ExchangeLogModel::StageColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ExchangeLogModel::MethodColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ExchangeLogModel::StatusColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ExchangeLogModel::TimeColumn, QHeaderView::ResizeToContents);

    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("exchangeDetail"));
    m_detail->setAccessibleName(tr("Selected exchange"));
    m_detail->setReadOnly(true);
    m_detail->setFont(Fonts::monospace());
    m_detail->setPlaceholderText(tr("Select an exchange to see its headers and bodies. Tokens and secrets are "
                                    "redacted."));

    auto *copy = new QPushButton(tr("&Copy exchange"), this);
    copy->setObjectName(QStringLiteral("copyExchange"));
    auto *copyAllButton = new QPushButton(tr("Copy &all"), this);
    copyAllButton->setObjectName(QStringLiteral("copyAllExchanges"));
    auto *clearButton = new QPushButton(tr("C&lear"), this);
    clearButton->setObjectName(QStringLiteral("clearExchanges"));
    connect(copy, &QPushButton::clicked, this, &ExchangeLogView::copySelected);
    connect(copyAllButton, &QPushButton::clicked, this, &ExchangeLogView::copyAll);
    connect(clearButton, &QPushButton::clicked, this, &ExchangeLogView::clear);

    // The list and the selected exchange side by side; the exchange, with its headers and
    // parameters, gets the larger share. Neither side collapses.
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("exchangeSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setChildrenCollapsible(false);
    m_table->setMinimumWidth(160);
    m_detail->setMinimumWidth(200);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({400, 600});

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(copy);
    buttons->addWidget(copyAllButton);
    buttons->addWidget(clearButton);

    m_checks = new WrappingLabel(this);
    m_checks->setObjectName(QStringLiteral("testChecks"));
    m_checks->setTextFormat(Qt::PlainText); // values come from the service's answer
    m_checks->setWordWrap(true);
    m_checks->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checks->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_checks);
    layout->addWidget(m_splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ExchangeLogView::showSelected);
}

void ExchangeLogView::addRecord(const ExchangeRecord &record)
{
    m_model->append(record);
    m_table->scrollToBottom();
}

void ExchangeLogView::clear()
{
    m_model->clear();
    m_detail->clear();
}

void ExchangeLogView::showTestResult(const TestResult &result)
{
    QString text;
    if (!result.error.isEmpty() && result.status == 0)
        text = tr("Test failed: %1").arg(result.error);
    else if (result.succeeded())
        text = tr("✔ %1 %2 answered %3 in %4 ms")
                   .arg(result.method, result.displayUrl)
                   .arg(result.status)
                   .arg(result.elapsedMs);
    else
        text = tr("✘ %1 %2 answered %3 in %4 ms")
                   .arg(result.method, result.displayUrl)
                   .arg(result.status)
                   .arg(result.elapsedMs);
    if (!result.error.isEmpty() && result.status != 0)
        text += QLatin1Char(' ') + result.error; // e.g. a redirect that was not followed
    else if (!result.succeeded() && result.status != 0 && (!result.statusAccepted() || result.tooSlow()))
        text += QStringLiteral(". ") + ResponseChecks::failureMessage(result, ResponseChecks::Checks::Left);
    else if (result.truncated)
        text += QLatin1Char(' ') +
                tr("(only the first %1 MiB of the answer are shown)").arg(TestResult::MaxBodyBytes >> 20);
    m_summary->setText(text);
    QStringList checks;
    for (const CheckResult &check : result.checks)
        checks << (check.passed ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + ResponseChecks::describe(check);
    m_checks->setText(checks.join(QLatin1Char('\n')));
    m_checks->setVisible(!checks.isEmpty());
    m_summary->setStyleSheet(result.succeeded() ? QStringLiteral("color: #26803c; font-weight: 600;")
                                                : QStringLiteral("color: #c01c28; font-weight: 600;"));
    if (m_model->rowCount() > 0)
        m_table->selectRow(m_model->rowCount() - 1);
}

QString ExchangeLogView::testSummary() const
{
    return m_summary->text();
}

QString ExchangeLogView::checksText() const
{
    return m_checks->text();
}

void ExchangeLogView::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    m_detail->setPlainText(ExchangeLogModel::describe(m_model->record(current.row())));
}

void ExchangeLogView::copySelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid())
        QApplication::clipboard()->setText(ExchangeLogModel::describe(m_model->record(current.row())));
}

void ExchangeLogView::copyAll()
{
    QStringList all;
    for (const ExchangeRecord &r : m_model->records())
        all << ExchangeLogModel::describe(r);
    QApplication::clipboard()->setText(all.join(QStringLiteral("\n----\n\n")));
}

} // namespace cad
