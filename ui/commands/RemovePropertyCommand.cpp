#include "commands/RemovePropertyCommand.h"

#include "model/ConnectorDocument.h"

#include <QCoreApplication>

namespace cad {

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

} // namespace cad
