#pragma once

#include "model/ConnectorDefinition.h"

#include <QPointer>
#include <QUndoCommand>

namespace cad {

class ConnectorDocument;

/// One undoable edit that replaces the whole design with another (Fill from Discovery changes
/// several properties at once). Undo restores the exact previous design.
class ReplaceDefinitionCommand : public QUndoCommand
{
public:
    ReplaceDefinitionCommand(ConnectorDocument *document, ConnectorDefinition after, const QString &text,
                             QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<ConnectorDocument> m_document;
    ConnectorDefinition m_before;
    ConnectorDefinition m_after;
};

} // namespace cad
