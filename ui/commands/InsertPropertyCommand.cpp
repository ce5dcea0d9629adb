#include "commands/InsertPropertyCommand.h"

#include "model/ConnectorDocument.h"

#include <QCoreApplication>

namespace cad {

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

} // namespace cad
