#pragma once

#include "commands/SetConnectorFieldCommand.h"
#include "model/TestExpectation.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QUndoStack;

namespace cad {

class ConnectorDocument;

/// Key, display name, base URL, description, test request (with its expected answer) and
/// connection label of the connector. Every edit is an undo command; consecutive keystrokes in
/// one field merge.
class ConnectorSettingsForm : public QWidget
{
    Q_OBJECT

public:
    using Field = SetConnectorFieldCommand::Field;

    ConnectorSettingsForm(ConnectorDocument *document, QUndoStack *undoStack, QWidget *parent = nullptr);

    /// The input for a connector field named as in Diagnostic::field ("key", "baseUrl", "testRequest.path", ...).
    [[nodiscard]] QWidget *editorForField(const QString &field) const;
    /// Focuses that input; returns false if the field is not a connector field.
    bool focusField(const QString &field);
    /// Opens the dialog for the test request's expected answer (the "Expect…" button).
    void editExpectation();
    /// The button's text: what the test request must answer ("Expect 200-299 · 2 checks").
    [[nodiscard]] static QString expectationSummary(const TestExpectation &expectation);

private:
    void refresh();
    void edit(Field field, const QString &value);

    ConnectorDocument *m_document;
    QUndoStack *m_undoStack;
    bool m_updating = false;
    QLineEdit *m_key;
    QLineEdit *m_displayName;
    QLineEdit *m_baseUrl;
    QPlainTextEdit *m_description;
    QComboBox *m_method;
    QLineEdit *m_path;
    QPushButton *m_expect;
    QLineEdit *m_label;
};

} // namespace cad
