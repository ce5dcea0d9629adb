#pragma once

#include "model/TestExpectation.h"

#include <QPointer>
#include <QUndoCommand>

namespace cad {

class ConnectorDocument;

/// Replaces what a good answer to the test request is (status, checks, time limit) in one step.
class SetTestExpectationCommand : public QUndoCommand
{
public:
    SetTestExpectationCommand(ConnectorDocument *document, const TestExpectation &expectation,
                              QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(const TestExpectation &expectation);

    QPointer<ConnectorDocument> m_document;
    TestExpectation m_old;
    TestExpectation m_new;
};

} // namespace cad
