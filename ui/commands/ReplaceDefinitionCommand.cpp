#include "commands/ReplaceDefinitionCommand.h"

#include "model/ConnectorDocument.h"

namespace cad {

ReplaceDefinitionCommand::ReplaceDefinitionCommand(ConnectorDocument *document, ConnectorDefinition after,
                                                   const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_before(document->definition())
    , m_after(std::move(after))
{}

void ReplaceDefinitionCommand::redo()
{
    if (m_document)
        m_document->setDefinition(m_after);
}

void ReplaceDefinitionCommand::undo()
{
    if (m_document)
        m_document->setDefinition(m_before);
}

} // namespace cad
