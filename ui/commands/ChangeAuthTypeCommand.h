#pragma once

#include "model/AuthType.h"
#include "model/ConnectorDefinition.h"

#include <QPointer>
#include <QUndoCommand>

namespace cad {

class ConnectorDocument;

/// Switches the authentication type (ConnectorDefinition::changeAuthType() decides what stays).
/// Undo restores the exact previous definition, including whatever the switch discarded.
class ChangeAuthTypeCommand : public QUndoCommand
{
public:
    ChangeAuthTypeCommand(ConnectorDocument *document, AuthType type, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<ConnectorDocument> m_document;
    ConnectorDefinition m_before;
    AuthType m_type;
};

} // namespace cad
