#pragma once

#include "model/ConnectorDefinition.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace cad {

/// Edits connector.testRequest.expect: the accepted status codes, the time limit and the checks
/// on the JSON answer (pointer, condition, value). Problems are shown as they are typed, with the
/// same rules as the Problems list; nothing typed is thrown away.
/// Object names: "expectationDialog", "expectStatusEdit", "expectMaxMsSpin", "expectChecksTable",
/// "addCheckButton", "removeCheckButton", "expectProblems".
class ExpectationDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        PointerColumn,
        ConditionColumn,
        ValueColumn,
    };

    ExpectationDialog(const ConnectorDefinition &definition, QWidget *parent = nullptr);

    [[nodiscard]] TestExpectation expectation() const;
    /// Adds a check row; returns its row.
    int addCheck(const ResponseCheck &check);

    /// The value column's text for a check value, and back: JSON for numbers, booleans and null,
    /// text as it is (quoted only where it would read as JSON).
    [[nodiscard]] static QString valueText(const QJsonValue &value);
    [[nodiscard]] static QJsonValue valueFromText(const QString &text);

private:
    void updateProblems();
    void updateRow(int row);

    ConnectorDefinition m_definition;
    QLineEdit *m_status;
    QSpinBox *m_maxMs;
    QTableWidget *m_checks;
    QLabel *m_problems;
};

} // namespace cad
