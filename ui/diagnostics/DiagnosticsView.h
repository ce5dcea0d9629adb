#pragma once

#include "model/Diagnostic.h"

#include <QTreeWidget>

namespace cad {

/// The live list of validation findings, errors first, each with a severity icon, the problem,
/// what to do and where. Activating one (double-click, Enter) emits diagnosticActivated(); a finding
/// with a proposed fix offers it in its context menu (right click or the Menu key).
class DiagnosticsView : public QTreeWidget
{
    Q_OBJECT

public:
    explicit DiagnosticsView(QWidget *parent = nullptr);

    void setDiagnostics(const Diagnostics &diagnostics);
    [[nodiscard]] const Diagnostics &diagnostics() const { return m_diagnostics; }
    /// "2 errors, 1 warning" or "No problems".
    [[nodiscard]] QString summary() const;

Q_SIGNALS:
    void diagnosticActivated(const cad::Diagnostic &diagnostic);
    /// The author chose the finding's proposed fix (its context menu).
    void fixRequested(const cad::Diagnostic &diagnostic);

private:
    Diagnostics m_diagnostics;
};

} // namespace cad
