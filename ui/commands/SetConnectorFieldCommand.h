#pragma once

#include <QPointer>
#include <QString>
#include <QUndoCommand>

namespace cad {

class ConnectorDocument;

/// Changes one connector setting. Consecutive edits of the same field merge into one undo step,
/// so typing a name is undone in one go.
class SetConnectorFieldCommand : public QUndoCommand
{
public:
    enum class Field
    {
        Key,
        DisplayName,
        BaseUrl,
        Description,
        TestMethod,
        TestPath,
        ConnectionLabel,
    };

    SetConnectorFieldCommand(ConnectorDocument *document, Field field, const QString &value,
                             QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    [[nodiscard]] int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    [[nodiscard]] static QString fieldValue(const ConnectorDocument &document, Field field);
    [[nodiscard]] static QString fieldLabel(Field field);

private:
    void apply(const QString &value);

    QPointer<ConnectorDocument> m_document;
    Field m_field;
    QString m_old;
    QString m_new;
};

} // namespace cad
