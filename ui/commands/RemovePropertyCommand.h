#pragma once

#include "model/Property.h"

#include <QPointer>
#include <QUndoCommand>

namespace cad {

class ConnectorDocument;

/// Deletes a row.
class RemovePropertyCommand : public QUndoCommand
{
public:
    RemovePropertyCommand(ConnectorDocument *document, int row, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QPointer<ConnectorDocument> m_document;
    int m_row;
    Property m_property;
};

} // namespace cad
