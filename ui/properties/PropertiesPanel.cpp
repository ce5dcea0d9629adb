#include "properties/PropertiesPanel.h"

#include "commands/InsertPropertyCommand.h"
#include "commands/MovePropertyCommand.h"
#include "commands/RemovePropertyCommand.h"
#include "common/Icons.h"
#include "model/BuiltinSchemas.h"
#include "model/ConnectorDocument.h"
#include "properties/EditPropertyDialog.h"
#include "properties/PropertiesTableModel.h"
#include "properties/PropertyDelegate.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMenu>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace cad {

PropertiesPanel::PropertiesPanel(ConnectorDocument *document, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_undoStack(undoStack)
    , m_model(new PropertiesTableModel(document, undoStack, this))
    , m_view(new QTableView(this))
    , m_toolBar(new QToolBar(this))
{
    m_view->setObjectName(QStringLiteral("propertiesTable"));
    m_view->setAccessibleName(tr("Properties"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new PropertyDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    // Tab and Backtab leave the table (the arrow keys move inside it), as in KDE's item views.
    m_view->setTabKeyNavigation(false);
    m_view->installEventFilter(this);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    auto *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    // Every column as wide as its contents (fitColumns() sets them, measuring the contents only
    // when they change, not at every resize); the value takes the rest.
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(PropertiesTableModel::ValueColumn, QHeaderView::Stretch);
    // These two give way when the table is narrow.
    header->setSectionResizeMode(PropertiesTableModel::DisplayNameColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(PropertiesTableModel::SentAsColumn, QHeaderView::Interactive);
    m_view->viewport()->installEventFilter(this);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PropertiesPanel::contentsChanged);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &PropertiesPanel::contentsChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PropertiesPanel::contentsChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PropertiesPanel::contentsChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PropertiesPanel::contentsChanged);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &PropertiesPanel::contentsChanged);

    // The row actions work from anywhere in the window (they are in the Edit menu too), except
    // Delete, which a text field or another list needs for itself: it acts only in the table.
    auto makeAction = [this](Icons::Icon icon, const QString &text, const char *name, const QList<QKeySequence> &keys,
                             Qt::ShortcutContext context, void (PropertiesPanel::*slot)()) {
        auto *a = new QAction(Icons::icon(icon), text, this);
        a->setObjectName(QLatin1String(name));
        a->setShortcuts(keys);
        a->setShortcutContext(context);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_add = makeAction(Icons::Icon::Add, tr("&Add Property"), "addPropertyAction",
                       {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::Key_Insert)},
                       Qt::WindowShortcut, &PropertiesPanel::addProperty);
    m_duplicate =
        makeAction(Icons::Icon::Duplicate, tr("D&uplicate Property"), "duplicatePropertyAction",
                   {QKeySequence(Qt::CTRL | Qt::Key_D)}, Qt::WindowShortcut, &PropertiesPanel::duplicateProperty);
    m_edit = makeAction(Icons::Icon::Edit, tr("&Edit Property…"), "editPropertyAction",
                        {QKeySequence(Qt::CTRL | Qt::Key_E)}, Qt::WindowShortcut, &PropertiesPanel::editProperty);
    m_delete = makeAction(Icons::Icon::Remove, tr("De&lete Property"), "deletePropertyAction",
                          QKeySequence::keyBindings(QKeySequence::Delete), Qt::WidgetWithChildrenShortcut,
                          &PropertiesPanel::deleteProperty);
    m_moveUp = makeAction(Icons::Icon::MoveUp, tr("Move &Up"), "moveUpAction", {QKeySequence(Qt::CTRL | Qt::Key_Up)},
                          Qt::WindowShortcut, &PropertiesPanel::moveUp);
    m_moveDown = makeAction(Icons::Icon::MoveDown, tr("Move Do&wn"), "moveDownAction",
                            {QKeySequence(Qt::CTRL | Qt::Key_Down)}, Qt::WindowShortcut, &PropertiesPanel::moveDown);
    for (QAction *a : rowActions()) {
        m_view->addAction(a);
        m_toolBar->addAction(a);
    }
    // The advanced properties, listed when the menu opens: only those the design does not have.
    auto *advanced = new QMenu(this);
    advanced->setObjectName(QStringLiteral("addAdvancedPropertyMenu"));
    m_addAdvanced = new QAction(Icons::icon(Icons::Icon::MoreHorizontal), tr("Add Ad&vanced Property"), this);
    m_addAdvanced->setObjectName(QStringLiteral("addAdvancedPropertyAction"));
    m_addAdvanced->setMenu(advanced);
    m_addAdvanced->setToolTip(tr("How the provider's token response and the token's placement differ from the "
                                 "OAuth standard"));
    connect(advanced, &QMenu::aboutToShow, this, [this, advanced]() {
        advanced->clear();
        const ConnectorDefinition &d = m_document->definition();
        for (const Property &p : BuiltinSchemas::advancedPropertiesFor(d.authType)) {
            if (d.indexOf(p.name) >= 0)
                continue;
            QAction *a = advanced->addAction(QStringLiteral("%1 (%2)").arg(p.displayName, p.name));
            a->setObjectName(QStringLiteral("addAdvanced_") + p.name);
            a->setToolTip(p.hint);
            a->setStatusTip(p.hint);
            const QString name = p.name;
            connect(a, &QAction::triggered, this, [this, name]() { addAdvancedProperty(name); });
        }
        if (advanced->isEmpty())
            advanced->addAction(tr("The design has every advanced property"))->setEnabled(false);
    });
    m_toolBar->insertAction(m_duplicate, m_addAdvanced);
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(m_addAdvanced)))
        button->setPopupMode(QToolButton::InstantPopup);
    m_toolBar->insertSeparator(m_moveUp);
    m_toolBar->setObjectName(QStringLiteral("propertiesToolBar"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view);

    connect(m_view, &QWidget::customContextMenuRequested, this, &PropertiesPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &PropertiesPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PropertiesPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PropertiesPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PropertiesPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &PropertiesPanel::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PropertiesPanel::updateActions);
    updateActions();
}

bool PropertiesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    // The table's own font or style (the panel's reach it through changeEvent()).
    if (watched == m_view && (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange))
        contentsChanged();
    // Return opens "Edit property" for the current row (F2 edits the cell in place). While a cell is
    // edited, the keys go to its editor, not to the view.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && m_edit->isEnabled()) {
            m_edit->trigger();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PropertiesPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        contentsChanged();
}

void PropertiesPanel::contentsChanged()
{
    m_contentWidths.clear();
    fitColumns();
}

void PropertiesPanel::fitColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    if (m_contentWidths.size() != m_model->columnCount())
        m_contentWidths = QList<int>(m_model->columnCount(), -1);
    const auto contentWidth = [this, header](int column) {
        int &width = m_contentWidths[column];
        if (width < 0) {
            // (public in QAbstractItemView, protected in QTableView)
            const QAbstractItemView *view = m_view;
            width = std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
        }
        return width;
    };
    const int displayName = contentWidth(PropertiesTableModel::DisplayNameColumn);
    const int sentAs = contentWidth(PropertiesTableModel::SentAsColumn);
    int others = 0;
    for (int c : {PropertiesTableModel::NameColumn, PropertiesTableModel::AskUserColumn,
                  PropertiesTableModel::RequiredColumn}) {
        if (header->sectionSize(c) != contentWidth(c))
            header->resizeSection(c, contentWidth(c));
        others += contentWidth(c);
    }
    const int valueMinimum = m_view->fontMetrics().averageCharWidth() * 14;
    const int room = m_view->viewport()->width() - others - valueMinimum;
    int shownDisplayName = displayName;
    int shownSentAs = sentAs;
    if (displayName + sentAs > room) {
        // The display name gives way first (the technical name beside it says which row it is), then
        // "Sent as"; neither below its heading or ten characters.
        const auto floor = [this, header](int column, int content) {
            return std::min(content,
                            std::max(header->sectionSizeHint(column), m_view->fontMetrics().averageCharWidth() * 10));
        };
        shownDisplayName = std::max(floor(PropertiesTableModel::DisplayNameColumn, displayName), room - sentAs);
        shownSentAs = std::max(floor(PropertiesTableModel::SentAsColumn, sentAs), room - shownDisplayName);
    }
    header->resizeSection(PropertiesTableModel::DisplayNameColumn, shownDisplayName);
    header->resizeSection(PropertiesTableModel::SentAsColumn, shownSentAs);
}

QList<QAction *> PropertiesPanel::rowActions() const
{
    return {m_add, m_duplicate, m_edit, m_delete, m_moveUp, m_moveDown};
}

int PropertiesPanel::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void PropertiesPanel::selectCell(int row, int column)
{
    const QModelIndex index = m_model->index(row, column);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(index);
    m_view->setFocus(Qt::OtherFocusReason);
}

void PropertiesPanel::updateActions()
{
    const int row = currentRow();
    const bool has = row >= 0 && row < m_document->propertyCount();
    m_duplicate->setEnabled(has);
    m_edit->setEnabled(has);
    m_moveUp->setEnabled(has && row > 0);
    m_moveDown->setEnabled(has && row < m_document->propertyCount() - 1);
    m_addAdvanced->setEnabled(isOAuth(m_document->definition().authType)); // advancedPropertiesFor()'s types
    const bool deletable =
        has && BuiltinSchemas::isDeletable(m_document->definition().authType, m_document->propertyAt(row));
    m_delete->setEnabled(deletable);
    if (has && !deletable) {
        const QString why = tr("Built-in required properties of this authentication type cannot be deleted.");
        m_delete->setToolTip(why);
        m_delete->setStatusTip(why);
    } else {
        m_delete->setToolTip(tr("Delete the selected property (Del)"));
        m_delete->setStatusTip(QString());
    }
}

void PropertiesPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (index.isValid())
        m_view->setCurrentIndex(index);
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    menu.addAction(m_edit);
    menu.addSeparator();
    menu.addAction(m_add);
    menu.addAction(m_duplicate);
    menu.addAction(m_delete);
    menu.addSeparator();
    menu.addAction(m_moveUp);
    menu.addAction(m_moveDown);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void PropertiesPanel::addProperty()
{
    const ConnectorDefinition &d = m_document->definition();
    Property p;
    p.name = d.uniqueName(QStringLiteral("property"));
    p.displayName = tr("New property");
    p.askUser = true;
    p.sendAs.location = Location::Header;
    int maxOrder = 0;
    for (const Property &other : d.properties)
        maxOrder = std::max(maxOrder, other.order);
    p.order = maxOrder + 1;
    const int row = currentRow() >= 0 ? currentRow() + 1 : m_document->propertyCount();
    m_undoStack->push(new InsertPropertyCommand(m_document, row, p, tr("Add property %1").arg(p.name)));
    selectCell(row, PropertiesTableModel::NameColumn);
    m_view->edit(m_model->index(row, PropertiesTableModel::NameColumn));
}

bool PropertiesPanel::addAdvancedProperty(const QString &name)
{
    const ConnectorDefinition &d = m_document->definition();
    if (d.indexOf(name) >= 0)
        return false;
    for (Property p : BuiltinSchemas::advancedPropertiesFor(d.authType)) {
        if (p.name != name)
            continue;
        int maxOrder = 0;
        for (const Property &other : d.properties)
            maxOrder = std::max(maxOrder, other.order);
        p.order = maxOrder + 1;
        const int row = m_document->propertyCount();
        m_undoStack->push(new InsertPropertyCommand(m_document, row, p, tr("Add property %1").arg(p.name)));
        selectCell(row, PropertiesTableModel::ValueColumn);
        return true;
    }
    return false;
}

void PropertiesPanel::duplicateProperty()
{
    const int row = currentRow();
    if (row < 0)
        return;
    Property p = m_document->propertyAt(row);
    p.name = m_document->definition().uniqueName(p.name);
    p.builtIn = false;
    m_undoStack->push(new InsertPropertyCommand(m_document, row + 1, p, tr("Duplicate property %1").arg(p.name)));
    selectCell(row + 1, PropertiesTableModel::NameColumn);
}

void PropertiesPanel::editProperty()
{
    const int row = currentRow();
    if (row < 0)
        return;
    QStringList others;
    for (int i = 0; i < m_document->propertyCount(); ++i) {
        if (i != row)
            others.append(m_document->propertyAt(i).name);
    }
    auto *dialog = new EditPropertyDialog(m_document->propertyAt(row), others, m_document->definition().authType, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = m_document->propertyAt(row).name;
    connect(dialog, &QDialog::accepted, this, [this, dialog, name]() {
        const int r = m_document->definition().indexOf(name);
        if (r < 0)
            return;
        m_model->editProperty(r, dialog->property(), tr("Edit property %1").arg(name));
    });
    dialog->open();
}

void PropertiesPanel::deleteProperty()
{
    const int row = currentRow();
    if (row < 0 || !BuiltinSchemas::isDeletable(m_document->definition().authType, m_document->propertyAt(row)))
        return;
    const int column = m_view->currentIndex().column();
    m_undoStack->push(new RemovePropertyCommand(m_document, row));
    if (m_document->propertyCount() > 0)
        selectCell(std::min(row, m_document->propertyCount() - 1), column);
}

void PropertiesPanel::moveUp()
{
    const int row = currentRow();
    if (row <= 0)
        return;
    const int column = m_view->currentIndex().column();
    m_undoStack->push(new MovePropertyCommand(m_document, row, row - 1));
    selectCell(row - 1, column);
}

void PropertiesPanel::moveDown()
{
    const int row = currentRow();
    if (row < 0 || row >= m_document->propertyCount() - 1)
        return;
    const int column = m_view->currentIndex().column();
    m_undoStack->push(new MovePropertyCommand(m_document, row, row + 1));
    selectCell(row + 1, column);
}

} // namespace cad
