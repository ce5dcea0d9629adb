#pragma once

#include "connection/TestResult.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QSplitter;
class QTableView;

namespace cad {

class ExchangeLogModel;
struct ExchangeRecord;

/// The exchange log (every request the engine made, redacted) and the last test result: a list of
/// exchanges on the left, the selected one in full on the right (a splitter, "exchangeSplitter"), each
/// copyable.
class ExchangeLogView : public QWidget
{
    Q_OBJECT

public:
    explicit ExchangeLogView(QWidget *parent = nullptr);

    [[nodiscard]] ExchangeLogModel *model() const { return m_model; }
    void addRecord(const ExchangeRecord &record);
    void clear();
    /// Shows a test result summary ("200 OK in 84 ms") above the log and selects its exchange.
    void showTestResult(const TestResult &result);
    [[nodiscard]] QString testSummary() const;
    /// The last test's checks as shown, one per line ("✔ /email exists: passed").
    [[nodiscard]] QString checksText() const;

private:
    void showSelected();
    void copySelected();
    void copyAll();

    ExchangeLogModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_checks = nullptr;      ///< "testChecks": one line per check of the last test, hidden without checks
    QSplitter *m_splitter = nullptr; ///< "exchangeSplitter": the list | the selected exchange
};

} // namespace cad
