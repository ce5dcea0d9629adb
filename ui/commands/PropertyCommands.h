#pragma once

#include "model/Property.h"

#include <QPointer>
#include <QUndoCommand>

namespace cad {

class ConnectorDocument;

/// Replaces one row of the properties table.
class EditPropertyCommand : public QUndoCommand
{
public:
    EditPropertyCommand(ConnectorDocument *document, int row, const Property &property, const QString &text,
                        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QPointer<ConnectorDocument> m_document;
    int m_row;
    Property m_old;
    Property m_new;
};

/// Inserts a row (add, duplicate).
class InsertPropertyCommand : public QUndoCommand
{
public:
    InsertPropertyCommand(ConnectorDocument *document, int row, const Property &property, const QString &text,
                          QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QPointer<ConnectorDocument> m_document;
    int m_row;
    Property m_property;
};

/// Deletes a row.
class RemovePropertyCommand : public QUndoCommand
{
public:
    RemovePropertyCommand(ConnectorDocument *document, int row, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QPointer<ConnectorDocument> m_document;
    int m_row;
    Property m_property;
};

/// Moves a row up or down.
class MovePropertyCommand : public QUndoCommand
{
public:
    MovePropertyCommand(ConnectorDocument *document, int from, int to, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QPointer<ConnectorDocument> m_document;
    int m_from;
    int m_to;
};

} // namespace cad
