#include "commands/SetTestExpectationCommand.h"

#include "model/ConnectorDocument.h"

#include <QCoreApplication>

namespace cad {

SetTestExpectationCommand::SetTestExpectationCommand(ConnectorDocument *document, const TestExpectation &expectation,
                                                     QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_old(document->definition().testRequest.expect)
    , m_new(expectation)
{
    setText(QCoreApplication::translate("cad::SetTestExpectationCommand", "Edit the expected answer"));
}

void SetTestExpectationCommand::redo()
{
    apply(m_new);
}

void SetTestExpectationCommand::undo()
{
    apply(m_old);
}

void SetTestExpectationCommand::apply(const TestExpectation &expectation)
{
    if (!m_document)
        return;
    TestRequest request = m_document->definition().testRequest;
    request.expect = expectation;
    m_document->setTestRequest(request);
}

} // namespace cad
