#include "diagnostics/DiagnosticsView.h"

#include "common/Icons.h"
#include "core/DisplayText.h"

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
    // The columns share the width the pane has (no sideways scrolling at 1024 pixels); text
    // that does not fit is elided and shown whole in the tool tip.
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::Stretch);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Room for three findings at the least: two rows said too little in the walkthrough.
    setMinimumHeight(header()->sizeHint().height() + 3 * (fontMetrics().height() + 5) + 2 * frameWidth());
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

QString DiagnosticsView::location(const Diagnostic &d, const ConnectorDefinition &definition)
{
    if (d.propertyIndex >= 0 && d.propertyIndex < definition.properties.size()) {
        const Property &p = definition.properties.at(d.propertyIndex);
        QString name = p.displayName.trimmed();
        if (name.isEmpty())
            name = p.name.trimmed();
        if (name.isEmpty())
            name = tr("Row %1").arg(d.propertyIndex + 1);
        // The column, unless it is the value (what most findings are about).
        QString column;
        if (d.field == QLatin1String("name"))
            column = tr("Name");
        else if (d.field == QLatin1String("displayName"))
            column = tr("Display name");
        else if (d.field.startsWith(QLatin1String("sendAs")))
            column = tr("Sent as");
        else if (d.field == QLatin1String("choices"))
            column = tr("Choices");
        else if (d.field == QLatin1String("askUser"))
            column = tr("Ask the user");
        else if (d.field == QLatin1String("required"))
            column = tr("Required");
        return column.isEmpty() ? tr("%1 in the properties table").arg(name)
                                : tr("%1 (%2) in the properties table").arg(name, column);
    }
    QString setting;
    if (d.field == QLatin1String("key"))
        setting = tr("Connector key");
    else if (d.field == QLatin1String("displayName"))
        setting = tr("Display name");
    else if (d.field == QLatin1String("baseUrl"))
        setting = tr("Base URL");
    else if (d.field == QLatin1String("description"))
        setting = tr("Description");
    else if (d.field.startsWith(QLatin1String("testRequest.expect")))
        setting = tr("Expected answer of the test request");
    else if (d.field.startsWith(QLatin1String("testRequest")))
        setting = tr("Test request");
    else if (d.field == QLatin1String("connectionLabel"))
        setting = tr("Connection label");
    if (!setting.isEmpty())
        return tr("%1 in the connector settings").arg(setting);
    if (d.path.startsWith(QLatin1String("authentication.properties")))
        return tr("The properties table");
    if (d.path.startsWith(QLatin1String("authentication")))
        return tr("Authentication type");
    return d.path;
}

void DiagnosticsView::setDiagnostics(const Diagnostics &diagnostics, const ConnectorDefinition &definition)
{
    Diagnostics sorted = diagnostics;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Diagnostic &a, const Diagnostic &b) { return a.isError() && !b.isError(); });
    QStringList locations;
    locations.reserve(sorted.size());
    for (const Diagnostic &d : std::as_const(sorted))
        locations.append(location(d, definition));
    if (sorted == m_diagnostics && locations == m_locations && topLevelItemCount() > 0)
        return;
    m_diagnostics = sorted;
    m_locations = locations;
    clear();
    QList<QTreeWidgetItem *> items;
    for (int i = 0; i < m_diagnostics.size(); ++i) {
        const Diagnostic &d = m_diagnostics.at(i);
        // Validator messages are sentence parts ("the base URL is empty"); a row is a sentence.
        const QString message = DisplayText::sentenceStart(d.message);
        auto *item = new QTreeWidgetItem({message, d.hint, m_locations.at(i)});
        item->setToolTip(2, d.path);
        item->setIcon(0, Icons::icon(d.isError() ? Icons::Icon::Error : Icons::Icon::Warning));
        item->setData(0, Qt::UserRole, i);
        item->setData(0, Qt::AccessibleTextRole, (d.isError() ? tr("Error: %1") : tr("Warning: %1")).arg(message));
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
