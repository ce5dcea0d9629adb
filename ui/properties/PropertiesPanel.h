#pragma once

#include <QWidget>

class QAction;
class QTableView;
class QToolBar;
class QUndoStack;

namespace cad {

class ConnectorDocument;
class PropertiesTableModel;

/// The properties table with its row actions (toolbar and context menu): add, duplicate,
/// edit, delete, move up / down. Their shortcuts work anywhere in the window (Ctrl+Shift+N or
/// Insert, Ctrl+D, Ctrl+E, Ctrl+Up, Ctrl+Down), except Delete, which acts in the table only;
/// Return in the table edits the current property. Tab leaves the table.
class PropertiesPanel : public QWidget
{
    Q_OBJECT

public:
    PropertiesPanel(ConnectorDocument *document, QUndoStack *undoStack, QWidget *parent = nullptr);

    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] PropertiesTableModel *model() const { return m_model; }
    [[nodiscard]] QList<QAction *> rowActions() const;
    [[nodiscard]] QAction *addPropertyAction() const { return m_add; }
    [[nodiscard]] QAction *duplicateAction() const { return m_duplicate; }
    [[nodiscard]] QAction *editAction() const { return m_edit; }
    [[nodiscard]] QAction *deleteAction() const { return m_delete; }
    [[nodiscard]] QAction *moveUpAction() const { return m_moveUp; }
    [[nodiscard]] QAction *moveDownAction() const { return m_moveDown; }
    /// "Add Advanced Property": a menu of the type's advanced properties the design lacks (the OAuth
    /// types' token-response and token-placement settings), each added as one undoable edit.
    [[nodiscard]] QAction *addAdvancedAction() const { return m_addAdvanced; }
    /// Adds the advanced property @p name with its starting value, selects its value; false when the
    /// type has no such property or the design has it already.
    bool addAdvancedProperty(const QString &name);

    [[nodiscard]] int currentRow() const;
    /// Selects a cell and gives the table the focus (diagnostics use this).
    void selectCell(int row, int column);

public Q_SLOTS:
    void addProperty();
    void duplicateProperty();
    /// Opens the "Edit property" dialog (window-modal, non-blocking).
    void editProperty();
    void deleteProperty();
    void moveUp();
    void moveDown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateActions();
    /// Columns as wide as their contents; when the table is too narrow for all of them (1024x700),
    /// "Display name" and "Sent as" give way (elided) so that the value keeps a readable width and
    /// no horizontal scrolling is needed.
    void fitColumns();
    /// The contents changed: measured again at the next fitColumns(), which follows.
    void contentsChanged();
    void showContextMenu(const QPoint &pos);

    ConnectorDocument *m_document;
    QUndoStack *m_undoStack;
    PropertiesTableModel *m_model;
    QTableView *m_view;
    QToolBar *m_toolBar;
    QList<int> m_contentWidths; ///< per column, -1 until measured
    QAction *m_add;
    QAction *m_addAdvanced;
    QAction *m_duplicate;
    QAction *m_edit;
    QAction *m_delete;
    QAction *m_moveUp;
    QAction *m_moveDown;
};

} // namespace cad
