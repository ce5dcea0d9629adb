#include "commands/ChangeAuthTypeCommand.h"

#include "model/ConnectorDocument.h"

#include <QCoreApplication>

namespace cad {

ChangeAuthTypeCommand::ChangeAuthTypeCommand(ConnectorDocument *document, AuthType type, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_before(document->definition())
    , m_type(type)
{
    setText(QCoreApplication::translate("cad::ChangeAuthTypeCommand", "Change authentication type to %1")
                .arg(authTypeDisplayName(type)));
}

void ChangeAuthTypeCommand::redo()
{
    if (m_document)
        m_document->setAuthType(m_type);
}

void ChangeAuthTypeCommand::undo()
{
    if (m_document)
        m_document->setDefinition(m_before);
}

} // namespace cad
