#pragma once

#include "model/Diagnostic.h"
#include "model/Property.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

class QUndoStack;

namespace cad {

class ConnectorDocument;

/// The properties table, directly over the ConnectorDocument (no copy of its data). Edits made
/// through setData() are pushed as undo commands; the model follows the document's precise
/// change signals.
class PropertiesTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        DisplayNameColumn,
        ValueColumn,
        AskUserColumn,
        SentAsColumn,
        RequiredColumn,
        ColumnCount
    };

    enum Role
    {
        RawValueRole = Qt::UserRole + 1, ///< the unformatted field (the real value of a secret, the location id)
        InputKindRole,                   ///< int(InputKind) of the row
        ChoicesRole,                     ///< QStringList of the row's choices
        SecretRole,                      ///< bool
        BuiltInRole,                     ///< bool
        MissingValueRole,                ///< bool: required, empty and not asked from the user
        DeletableRole,                   ///< bool
        DiagnosticsRole,                 ///< QStringList: messages of the findings shown in this cell
    };

    /// undoStack may be null: edits then go straight to the document.
    PropertiesTableModel(ConnectorDocument *document, QUndoStack *undoStack, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    [[nodiscard]] ConnectorDocument *document() const { return m_document; }
    /// Column that shows a property field named as in Diagnostic::field ("name", "value", "sendAs.key", ...).
    [[nodiscard]] static int columnForField(const QString &field);
    /// "Header: X-Access-Token", "Query: audience", "Body: tenant", "Not sent".
    [[nodiscard]] static QString sentAsText(const Property &property);
    /// What the red marker of a missing required value says.
    [[nodiscard]] static QString missingValueText(const Property &property);

    /// Pushes a property edit as an undo command (or applies it when there is no stack).
    void editProperty(int row, const Property &property, const QString &undoText);

private:
    [[nodiscard]] bool isMissing(int row) const;
    /// The document's findings shown in one cell (ConnectorDocument::diagnostics(), not validated again).
    [[nodiscard]] Diagnostics cellDiagnostics(int row, int column) const;
    void onDocumentChanged();
    [[nodiscard]] bool isRow(const QModelIndex &index) const;
    void onAboutToReset();
    void onReset();

    ConnectorDocument *m_document;
    QPointer<QUndoStack> m_undoStack;
    mutable QList<int> m_missing;
    mutable bool m_missingValid = false;
    mutable QHash<int, Diagnostics> m_cellDiagnostics; ///< row * ColumnCount + column -> findings
    mutable bool m_cellDiagnosticsValid = false;
    bool m_resetting = false;
};

} // namespace cad
