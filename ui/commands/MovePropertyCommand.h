#pragma once

#include "model/Property.h"

#include <QPointer>
#include <QUndoCommand>

namespace cad {

class ConnectorDocument;

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
