#pragma once

#include "model/ConnectorDefinition.h"
#include "model/Diagnostic.h"

#include <QTreeWidget>

namespace cad {

/// The live list of validation findings, errors first, each with a severity icon, the problem,
/// what to do and where (in words: "Token URL in the properties table"; the JSON path is the
/// tooltip). Activating one (double-click, Enter) emits diagnosticActivated(); a finding with a
/// proposed fix offers it in its context menu (right click or the Menu key).
class DiagnosticsView : public QTreeWidget
{
    Q_OBJECT

public:
    explicit DiagnosticsView(QWidget *parent = nullptr);

    /// @p definition names the places: the properties' display names.
    void setDiagnostics(const Diagnostics &diagnostics, const ConnectorDefinition &definition = {});
    /// Where a finding is, for people: "Token URL in the properties table", "Base URL in the
    /// connector settings"; the JSON path when the finding names no known place.
    [[nodiscard]] static QString location(const Diagnostic &diagnostic, const ConnectorDefinition &definition);
    [[nodiscard]] const Diagnostics &diagnostics() const { return m_diagnostics; }
    /// "2 errors, 1 warning" or "No problems".
    [[nodiscard]] QString summary() const;

Q_SIGNALS:
    void diagnosticActivated(const cad::Diagnostic &diagnostic);
    /// The author chose the finding's proposed fix (its context menu).
    void fixRequested(const cad::Diagnostic &diagnostic);

private:
    Diagnostics m_diagnostics;
    QStringList m_locations; ///< of the shown findings, to redraw only when they change
};

} // namespace cad
