#include "commands/MovePropertyCommand.h"

#include "model/ConnectorDocument.h"

#include <QCoreApplication>

namespace cad {

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
