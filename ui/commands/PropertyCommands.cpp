#include "commands/PropertyCommands.h"

#include "model/ConnectorDocument.h"

#include <QCoreApplication>

namespace cad {

EditPropertyCommand::EditPropertyCommand(ConnectorDocument *document, int row, const Property &property,
                                         const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_row(row)
    , m_old(document->propertyAt(row))
    , m_new(property)
{}

void EditPropertyCommand::redo()
{
    if (m_document)
        m_document->setProperty(m_row, m_new);
}

void EditPropertyCommand::undo()
{
    if (m_document)
        m_document->setProperty(m_row, m_old);
}

InsertPropertyCommand::InsertPropertyCommand(ConnectorDocument *document, int row, const Property &property,
                                             const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_row(row)
    , m_property(property)
{}

void InsertPropertyCommand::redo()
{
    if (m_document)
        m_document->insertProperty(m_row, m_property);
}

void InsertPropertyCommand::undo()
{
    if (m_document)
        m_document->removeProperty(m_row);
}

RemovePropertyCommand::RemovePropertyCommand(ConnectorDocument *document, int row, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_row(row)
    , m_property(document->propertyAt(row))
{
    setText(QCoreApplication::translate("cad::RemovePropertyCommand", "Delete property %1").arg(m_property.name));
}

void RemovePropertyCommand::redo()
{
    if (m_document)
        m_document->removeProperty(m_row);
}

void RemovePropertyCommand::undo()
{
    if (m_document)
        m_document->insertProperty(m_row, m_property);
}

MovePropertyCommand::MovePropertyCommand(ConnectorDocument *document, int from, int to, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_from(from)
    , m_to(to)
{
    setText(QCoreApplication::translate("cad::MovePropertyCommand", "Move property %1")
                .arg(document->propertyAt(from).name));
}

void MovePropertyCommand::redo()
{
    if (m_document)
        m_document->moveProperty(m_from, m_to);
}

void MovePropertyCommand::undo()
{
    if (m_document)
        m_document->moveProperty(m_to, m_from);
}

} // namespace cad
