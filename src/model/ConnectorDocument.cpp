#include "model/ConnectorDocument.h"

#include "model/Lint.h"
#include "model/Validator.h"

namespace cad {

ConnectorDocument::ConnectorDocument(QObject *parent)
    : QObject(parent)
    , m_definition(ConnectorDefinition::create())
{}

void ConnectorDocument::setDefinition(const ConnectorDefinition &definition)
{
    const bool authChanged =
        definition.authType != m_definition.authType || definition.properties != m_definition.properties;
    Q_EMIT aboutToReset();
    m_definition = definition;
    m_diagnosticsValid = false;
    Q_EMIT reset();
    Q_EMIT changed();
    if (authChanged)
        Q_EMIT authenticationChanged();
}

void ConnectorDocument::touch(bool authentication)
{
    m_diagnosticsValid = false;
    setModified(true);
    Q_EMIT changed();
    if (authentication)
        Q_EMIT authenticationChanged();
}

void ConnectorDocument::setKey(const QString &key)
{
    if (m_definition.key == key)
        return;
    m_definition.key = key;
    Q_EMIT settingsChanged();
    touch(false);
}

void ConnectorDocument::setDisplayName(const QString &name)
{
    if (m_definition.displayName == name)
        return;
    m_definition.displayName = name;
    Q_EMIT settingsChanged();
    touch(false);
}

void ConnectorDocument::setBaseUrl(const QString &url)
{
    if (m_definition.baseUrl == url)
        return;
    m_definition.baseUrl = url;
    Q_EMIT settingsChanged();
    touch(false);
}

void ConnectorDocument::setDescription(const QString &description)
{
    if (m_definition.description == description)
        return;
    m_definition.description = description;
    Q_EMIT settingsChanged();
    touch(false);
}

void ConnectorDocument::setTestRequest(const TestRequest &request)
{
    if (m_definition.testRequest == request)
        return;
    m_definition.testRequest = request;
    Q_EMIT settingsChanged();
    touch(false);
}

void ConnectorDocument::setConnectionLabel(const QString &label)
{
    if (m_definition.connectionLabel == label)
        return;
    m_definition.connectionLabel = label;
    Q_EMIT settingsChanged();
    touch(false);
}

void ConnectorDocument::setAuthType(AuthType type)
{
    if (m_definition.authType == type)
        return;
    Q_EMIT aboutToReset();
    m_definition.changeAuthType(type);
    Q_EMIT authTypeChanged(type);
    Q_EMIT propertiesReset();
    touch(true);
}

void ConnectorDocument::setProperty(int row, const Property &property)
{
    Q_ASSERT(row >= 0 && row < propertyCount());
    if (m_definition.properties.at(row) == property)
        return;
    m_definition.properties[row] = property;
    Q_EMIT propertyChanged(row);
    touch(true);
}

void ConnectorDocument::insertProperty(int row, const Property &property)
{
    Q_ASSERT(row >= 0 && row <= propertyCount());
    Q_EMIT propertyAboutToBeInserted(row);
    m_definition.properties.insert(row, property);
    Q_EMIT propertyInserted(row);
    touch(true);
}

void ConnectorDocument::removeProperty(int row)
{
    Q_ASSERT(row >= 0 && row < propertyCount());
    Q_EMIT propertyAboutToBeRemoved(row);
    m_definition.properties.removeAt(row);
    Q_EMIT propertyRemoved(row);
    touch(true);
}

void ConnectorDocument::moveProperty(int from, int to)
{
    Q_ASSERT(from >= 0 && from < propertyCount() && to >= 0 && to < propertyCount());
    if (from == to)
        return;
    Q_EMIT propertyAboutToBeMoved(from, to);
    m_definition.properties.move(from, to);
    Q_EMIT propertyMoved(from, to);
    touch(true);
}

const Diagnostics &ConnectorDocument::diagnostics() const
{
    if (!m_diagnosticsValid) {
        m_diagnostics = Validator::validate(m_definition, Validator::SecretValues::Included);
        m_diagnostics += Lint::lint(m_definition);
        m_diagnosticsValid = true;
    }
    return m_diagnostics;
}

void ConnectorDocument::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

} // namespace cad
