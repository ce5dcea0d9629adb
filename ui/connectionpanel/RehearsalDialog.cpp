#include "connectionpanel/RehearsalDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace cad {

namespace {

QString outcomeColor(RehearsalCheck::Outcome outcome)
{
    switch (outcome) {
    case RehearsalCheck::Outcome::Passed:
        return QStringLiteral("#2e7d32");
    case RehearsalCheck::Outcome::Finding:
        return QStringLiteral("#b26a00");
    case RehearsalCheck::Outcome::Failed:
        return QStringLiteral("#c62828");
    case RehearsalCheck::Outcome::Skipped:
        break;
    }
    return QStringLiteral("#6b7078");
}

QLabel *plainLabel(const QString &text, const char *name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText); // observations quote what the provider said: never rich text
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

RehearsalDialog::RehearsalDialog(QWidget *parent)
    : QDialog(parent)
    , m_progress(plainLabel(QString(), "rehearsalProgress", this))
    , m_summary(plainLabel(QString(), "rehearsalSummary", this))
    , m_connection(plainLabel(QString(), "rehearsalConnection", this))
    , m_rows(new QWidget(this))
    , m_rowsLayout(new QVBoxLayout(m_rows))
    , m_cancel(new QPushButton(tr("&Stop Rehearsal"), this))
    , m_again(new QPushButton(tr("Rehearse &Again"), this))
    , m_copy(new QPushButton(tr("Cop&y Report"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("rehearsalDialog"));
    setWindowTitle(tr("Rehearse the Token Lifecycle"));
    setModal(false);

    auto *intro = plainLabel(tr("The rehearsal works with the real provider, as the connector's end users will meet "
                                "it: it refreshes the token, tries a replaced refresh token again and revokes the "
                                "tokens. Every exchange appears in the Exchange Log."),
                             "rehearsalIntro", this);
    QFont strong = m_summary->font();
    strong.setWeight(QFont::DemiBold);
    m_summary->setFont(strong);
    m_summary->hide();
    m_connection->hide();
    m_progress->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));

    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(10);
    m_rowsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("rehearsalChecklist"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    scroll->setWidget(m_rows);
    m_rows->setContentsMargins(8, 8, 8, 8);

    m_cancel->setObjectName(QStringLiteral("cancelRehearsalButton"));
    m_again->setObjectName(QStringLiteral("rehearseAgainButton"));
    m_copy->setObjectName(QStringLiteral("copyRehearsalButton"));
    m_close->setObjectName(QStringLiteral("closeRehearsalButton"));
    m_cancel->setToolTip(tr("Stop after the current step; the report keeps what was checked"));
    m_again->setToolTip(tr("Run the rehearsal again with the connection's current tokens"));
    m_copy->setToolTip(tr("Copy the checklist as text (it holds no tokens)"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_again, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_cancel, &QPushButton::clicked, this, [this]() {
        if (m_rehearsal)
            m_rehearsal->cancel();
    });
    connect(m_again, &QPushButton::clicked, this, &RehearsalDialog::rehearseAgainRequested);
    connect(m_copy, &QPushButton::clicked, this, [this]() { QApplication::clipboard()->setText(m_report.toText()); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_progress);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_connection);
    layout->addWidget(buttons);
    resize(640, 560);
    updateButtons();
}

void RehearsalDialog::follow(Rehearsal *rehearsal)
{
    if (m_rehearsal)
        disconnect(m_rehearsal, nullptr, this, nullptr);
    m_rehearsal = rehearsal;
    m_report = {};
    m_finished = false;
    while (m_rowsLayout->count() > 1) {
        QLayoutItem *item = m_rowsLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    m_summary->hide();
    m_connection->hide();
    m_progress->setText(tr("Starting…"));
    m_progress->show();
    connect(rehearsal, &Rehearsal::progress, this, [this](const QString &step) {
        m_progress->setText(step);
        updateButtons(); // running: Stop instead of Rehearse Again
    });
    connect(rehearsal, &Rehearsal::checkAdded, this, &RehearsalDialog::addRow);
    connect(rehearsal, &Rehearsal::finished, this, &RehearsalDialog::showFinished);
    updateButtons();
}

void RehearsalDialog::setCanRehearseAgain(bool can)
{
    m_canRehearseAgain = can;
    updateButtons();
}

void RehearsalDialog::addRow(const RehearsalCheck &check)
{
    auto *row = new QWidget(m_rows);
    row->setObjectName(QStringLiteral("rehearsalCheck_") + RehearsalCheck::idKey(check.id));
    row->setProperty("checkId", int(check.id));
    auto *grid = new QGridLayout(row);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(2);
    auto *outcome = plainLabel(RehearsalCheck::outcomeDisplayName(check.outcome), "outcome", row);
    outcome->setWordWrap(false);
    outcome->setStyleSheet(QStringLiteral("color: %1;").arg(outcomeColor(check.outcome)));
    QFont bold = outcome->font();
    bold.setWeight(QFont::DemiBold);
    outcome->setFont(bold);
    // One width for every outcome, so that the questions line up.
    int width = 0;
    for (RehearsalCheck::Outcome o : {RehearsalCheck::Outcome::Passed, RehearsalCheck::Outcome::Finding,
                                      RehearsalCheck::Outcome::Failed, RehearsalCheck::Outcome::Skipped})
        width = std::max(width, outcome->fontMetrics().horizontalAdvance(RehearsalCheck::outcomeDisplayName(o)));
    outcome->setFixedWidth(width + 4);
    outcome->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *title = plainLabel(RehearsalCheck::title(check.id), "title", row);
    QFont strong = title->font();
    strong.setWeight(QFont::DemiBold);
    title->setFont(strong);
    auto *observation = plainLabel(check.observation, "observation", row);
    grid->addWidget(outcome, 0, 0, 3, 1);
    grid->addWidget(title, 0, 1);
    grid->addWidget(observation, 1, 1);
    if (!check.advice.isEmpty()) {
        auto *advice = plainLabel(QStringLiteral("→ ") + check.advice, "advice", row);
        advice->setStyleSheet(QStringLiteral("color: #5a4a00;"));
        grid->addWidget(advice, 2, 1);
    }
    grid->setColumnStretch(1, 1);
    row->setAccessibleName(RehearsalCheck::title(check.id) + QLatin1Char(' ') +
                           RehearsalCheck::outcomeDisplayName(check.outcome));

    // The rows read in the checklist's order, whatever order the steps ran in.
    int at = 0;
    for (; at < m_rowsLayout->count() - 1; ++at) {
        const QWidget *w = m_rowsLayout->itemAt(at)->widget();
        if (w && w->property("checkId").toInt() > int(check.id))
            break;
    }
    m_rowsLayout->insertWidget(at, row);
}

void RehearsalDialog::showFinished(const RehearsalReport &report)
{
    m_report = report;
    m_finished = true;
    QString summary = tr("Rehearsal finished: %1.").arg(report.summary());
    if (!report.stopped.isEmpty())
        summary = report.stopped + QLatin1Char(' ') + tr("Checked so far: %1.").arg(report.summary());
    m_summary->setText(summary);
    m_summary->show();
    m_connection->setText(report.connection);
    m_connection->setVisible(!report.connection.isEmpty());
    m_progress->hide();
    updateButtons();
}

void RehearsalDialog::updateButtons()
{
    const bool running = isRunning();
    m_cancel->setVisible(running);
    m_again->setVisible(!running);
    m_again->setEnabled(!running && m_canRehearseAgain);
    m_copy->setEnabled(m_finished);
}

void RehearsalDialog::done(int result)
{
    if (m_rehearsal && m_rehearsal->isRunning())
        m_rehearsal->cancel();
    QDialog::done(result);
}

} // namespace cad
