#pragma once

#include "model/ConnectorDefinition.h"
#include "model/Diagnostic.h"

#include <QObject>

namespace cad {

/// The one editable copy of a definition. Every edit goes through here (the designer's undo
/// commands call these mutators), and each emits a precise signal so views update cheaply.
class ConnectorDocument : public QObject
{
    Q_OBJECT

public:
    explicit ConnectorDocument(QObject *parent = nullptr);

    [[nodiscard]] const ConnectorDefinition &definition() const { return m_definition; }
    /// Replaces everything (open, revert, undo of a type change). Emits reset().
    void setDefinition(const ConnectorDefinition &definition);

    // Connector settings
    void setKey(const QString &key);
    void setDisplayName(const QString &name);
    void setBaseUrl(const QString &url);
    void setDescription(const QString &description);
    void setTestRequest(const TestRequest &request);
    void setConnectionLabel(const QString &label);

    // Authentication
    void setAuthType(AuthType type); ///< emits authTypeChanged() and propertiesReset()
    [[nodiscard]] int propertyCount() const { return int(m_definition.properties.size()); }
    [[nodiscard]] const Property &propertyAt(int row) const { return m_definition.properties.at(row); }
    void setProperty(int row, const Property &property); ///< emits propertyChanged(row)
    void insertProperty(int row, const Property &property);
    void removeProperty(int row);
    void moveProperty(int from, int to);

    /// Validation of the current definition (cached until the next edit).
    [[nodiscard]] const Diagnostics &diagnostics() const;

    [[nodiscard]] bool isModified() const { return m_modified; }
    void setModified(bool modified);

Q_SIGNALS:
    /// Emitted before the change, for item models that must call begin...() first.
    void aboutToReset(); ///< before reset() and before propertiesReset()
    void propertyAboutToBeInserted(int row);
    void propertyAboutToBeRemoved(int row);
    void propertyAboutToBeMoved(int from, int to);

    void reset();
    void settingsChanged();
    void authTypeChanged(cad::AuthType type);
    void propertiesReset();
    void propertyChanged(int row);
    void propertyInserted(int row);
    void propertyRemoved(int row);
    void propertyMoved(int from, int to);
    /// Any change at all (after the specific signal).
    void changed();
    /// Any change to the authentication (type or properties): a design-time connection made
    /// before no longer matches.
    void authenticationChanged();
    void modifiedChanged(bool modified);

private:
    void touch(bool authentication);

    ConnectorDefinition m_definition;
    mutable Diagnostics m_diagnostics;
    mutable bool m_diagnosticsValid = false;
    bool m_modified = false;
};

} // namespace cad
