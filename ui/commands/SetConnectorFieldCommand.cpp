#include "commands/SetConnectorFieldCommand.h"

#include "model/ConnectorDocument.h"

#include <QCoreApplication>

namespace cad {

SetConnectorFieldCommand::SetConnectorFieldCommand(ConnectorDocument *document, Field field, const QString &value,
                                                   QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_field(field)
    , m_old(fieldValue(*document, field))
    , m_new(value)
{
    setText(QCoreApplication::translate("cad::SetConnectorFieldCommand", "Edit %1").arg(fieldLabel(field)));
}

QString SetConnectorFieldCommand::fieldValue(const ConnectorDocument &document, Field field)
{
    const ConnectorDefinition &d = document.definition();
    switch (field) {
    case Field::Key:
        return d.key;
    case Field::DisplayName:
        return d.displayName;
    case Field::BaseUrl:
        return d.baseUrl;
    case Field::Description:
        return d.description;
    case Field::TestMethod:
        return d.testRequest.method;
    case Field::TestPath:
        return d.testRequest.path;
    case Field::ConnectionLabel:
        return d.connectionLabel;
    }
    return {};
}

QString SetConnectorFieldCommand::fieldLabel(Field field)
{
    switch (field) {
    case Field::Key:
        return QCoreApplication::translate("cad::SetConnectorFieldCommand", "connector key");
    case Field::DisplayName:
        return QCoreApplication::translate("cad::SetConnectorFieldCommand", "display name");
    case Field::BaseUrl:
        return QCoreApplication::translate("cad::SetConnectorFieldCommand", "base URL");
    case Field::Description:
        return QCoreApplication::translate("cad::SetConnectorFieldCommand", "description");
    case Field::TestMethod:
        return QCoreApplication::translate("cad::SetConnectorFieldCommand", "test request method");
    case Field::TestPath:
        return QCoreApplication::translate("cad::SetConnectorFieldCommand", "test request path");
    case Field::ConnectionLabel:
        return QCoreApplication::translate("cad::SetConnectorFieldCommand", "connection label");
    }
    return {};
}

void SetConnectorFieldCommand::apply(const QString &value)
{
    if (!m_document)
        return;
    switch (m_field) {
    case Field::Key:
        m_document->setKey(value);
        break;
    case Field::DisplayName:
        m_document->setDisplayName(value);
        break;
    case Field::BaseUrl:
        m_document->setBaseUrl(value);
        break;
    case Field::Description:
        m_document->setDescription(value);
        break;
    case Field::TestMethod: {
        TestRequest r = m_document->definition().testRequest;
        r.method = value;
        m_document->setTestRequest(r);
        break;
    }
    case Field::TestPath: {
        TestRequest r = m_document->definition().testRequest;
        r.path = value;
        m_document->setTestRequest(r);
        break;
    }
    case Field::ConnectionLabel:
        m_document->setConnectionLabel(value);
        break;
    }
}

void SetConnectorFieldCommand::redo()
{
    apply(m_new);
}

void SetConnectorFieldCommand::undo()
{
    apply(m_old);
}

int SetConnectorFieldCommand::id() const
{
    return 1000 + int(m_field);
}

bool SetConnectorFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetConnectorFieldCommand *>(other);
    if (o->m_document != m_document || o->m_field != m_field)
        return false;
    m_new = o->m_new;
    setObsolete(m_new == m_old);
    return true;
}

} // namespace cad
