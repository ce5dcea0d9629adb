#pragma once

#include "connection/Rehearsal.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace cad {

/// The checklist of a lifecycle rehearsal (Rehearsal) as it runs: one row a check with its
/// outcome, what the provider did and what it means for the design. Not modal, so the exchange
/// log can be read meanwhile; closing it while the rehearsal runs cancels the rehearsal.
///
/// Object names: "rehearsalProgress", "rehearsalSummary", "rehearsalConnection", rows
/// "rehearsalCheck_<id>" (RehearsalCheck::idKey) with "outcome", "title", "observation",
/// "advice" labels, buttons "cancelRehearsalButton", "rehearseAgainButton", "copyRehearsalButton".
class RehearsalDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RehearsalDialog(QWidget *parent = nullptr);

    /// Shows @p rehearsal from now on (it should not have started yet); the previous checklist is cleared.
    void follow(Rehearsal *rehearsal);
    [[nodiscard]] bool isRunning() const { return m_rehearsal && m_rehearsal->isRunning(); }
    /// Whether "Rehearse Again" may be offered (the connection is Connected).
    void setCanRehearseAgain(bool can);

Q_SIGNALS:
    void rehearseAgainRequested();

protected:
    void done(int result) override;

private:
    void addRow(const RehearsalCheck &check);
    void showFinished(const RehearsalReport &report);
    void updateButtons();

    QPointer<Rehearsal> m_rehearsal;
    RehearsalReport m_report;
    bool m_finished = false;
    bool m_canRehearseAgain = false;
    QLabel *m_progress;
    QLabel *m_summary;
    QLabel *m_connection;
    QWidget *m_rows;
    QVBoxLayout *m_rowsLayout;
    QPushButton *m_cancel;
    QPushButton *m_again;
    QPushButton *m_copy;
    QPushButton *m_close;
};

} // namespace cad
