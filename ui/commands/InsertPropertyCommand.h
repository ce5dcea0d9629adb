#pragma once

#include "model/Property.h"

#include <QPointer>
#include <QUndoCommand>

namespace cad {

class ConnectorDocument;

/// Inserts a row (add, duplicate).
class InsertPropertyCommand : public QUndoCommand
{
public:
    InsertPropertyCommand(ConnectorDocument *document, int row, const Property &property, const QString &text,
                          QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QPointer<ConnectorDocument> m_document;
    int m_row;
    Property m_property;
};

} // namespace cad
