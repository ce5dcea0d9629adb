#include "commands/EditPropertyCommand.h"

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

} // namespace cad
