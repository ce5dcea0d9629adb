#include "diagnostics/DiagnosticsView.h"

#include "common/Icons.h"

#include <QHeaderView>
#include <QMenu>

#include <algorithm>

namespace cad {

DiagnosticsView::DiagnosticsView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("diagnosticsView"));
    setAccessibleName(tr("Problems"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setColumnCount(3);
    setHeaderLabels({tr("Problem"), tr("What to do"), tr("Where")});
    header()->setStretchLastSection(true);
    header()->resizeSection(0, 300);
    header()->resizeSection(1, 360);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *item = itemAt(pos);
        if (!item)
            item = currentItem();
        const int i = item ? item->data(0, Qt::UserRole).toInt() : -1;
        if (i < 0 || i >= m_diagnostics.size() || !m_diagnostics.at(i).hasFix())
            return;
        const Diagnostic d = m_diagnostics.at(i);
        QMenu menu(this);
        QAction *fix = menu.addAction(Icons::icon(Icons::Icon::Ok), d.fixLabel);
        fix->setObjectName(QStringLiteral("applyFixAction"));
        if (menu.exec(viewport()->mapToGlobal(pos)) == fix)
            Q_EMIT fixRequested(d);
    });
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item, int) {
        const int i = item->data(0, Qt::UserRole).toInt();
        if (i >= 0 && i < m_diagnostics.size())
            Q_EMIT diagnosticActivated(m_diagnostics.at(i));
    });
}

void DiagnosticsView::setDiagnostics(const Diagnostics &diagnostics)
{
    if (diagnostics == m_diagnostics && topLevelItemCount() > 0)
        return;
    m_diagnostics = diagnostics;
    std::stable_sort(m_diagnostics.begin(), m_diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) { return a.isError() && !b.isError(); });
    clear();
    QList<QTreeWidgetItem *> items;
    for (int i = 0; i < m_diagnostics.size(); ++i) {
        const Diagnostic &d = m_diagnostics.at(i);
        auto *item = new QTreeWidgetItem({d.message, d.hint, d.path});
        item->setIcon(0, Icons::icon(d.isError() ? Icons::Icon::Error : Icons::Icon::Warning));
        item->setData(0, Qt::UserRole, i);
        item->setData(0, Qt::AccessibleTextRole, (d.isError() ? tr("Error: %1") : tr("Warning: %1")).arg(d.message));
        item->setToolTip(0, d.hasFix()
                                ? d.toString() + QLatin1Char('\n') + tr("Fix from the context menu: %1").arg(d.fixLabel)
                                : d.toString());
        item->setToolTip(1, d.hint);
        items.append(item);
    }
    if (items.isEmpty()) {
        auto *none = new QTreeWidgetItem({tr("No problems found in the definition.")});
        none->setIcon(0, Icons::icon(Icons::Icon::Ok));
        none->setData(0, Qt::UserRole, -1);
        items.append(none);
    }
    addTopLevelItems(items);
    if (items.size() == 1 && m_diagnostics.isEmpty())
        items.constFirst()->setFirstColumnSpanned(true);
}

QString DiagnosticsView::summary() const
{
    const auto errors =
        int(std::count_if(m_diagnostics.begin(), m_diagnostics.end(), [](const Diagnostic &d) { return d.isError(); }));
    const int warnings = int(m_diagnostics.size()) - errors;
    if (m_diagnostics.isEmpty())
        return tr("No problems");
    QStringList parts;
    if (errors > 0)
        parts.append(errors == 1 ? tr("1 error") : tr("%1 errors").arg(errors));
    if (warnings > 0)
        parts.append(warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings));
    return parts.join(QStringLiteral(", "));
}

} // namespace cad
