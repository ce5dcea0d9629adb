#pragma once

#include "model/Property.h"

#include <QPointer>
#include <QUndoCommand>

namespace cad {

class ConnectorDocument;

/// Replaces one row of the properties table.
class EditPropertyCommand : public QUndoCommand
{
public:
    EditPropertyCommand(ConnectorDocument *document, int row, const Property &property, const QString &text,
                        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QPointer<ConnectorDocument> m_document;
    int m_row;
    Property m_old;
    Property m_new;
};

} // namespace cad
