#pragma once

#include "model/ConnectorDefinition.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace cad {

class PreviewField;

/// The live end-user preview: the connection screen an end user sees, generated only from the
/// definition. A header with the connector's name and what kind of sign-in this is, then the
/// ask-the-user fields in display order, then the primary button ("Connect", or "Sign in to X"
/// for the authorization-code types).
///
/// At design time this is also the real form: values() are what the design-time connection uses.
///
/// setDefinition() is incremental: field widgets whose InputKind is unchanged are updated in place,
/// only added, removed or re-kinded fields create or destroy widgets, and typed values and focus
/// survive the update. A typed value is kept by technical name when its field goes away and comes
/// back with it (undo of a type change).
///
/// Object names for tests and automation: "preview_<technical name>" for each input widget,
/// "previewTitle", "previewSubtitle", "previewNotice", "previewConnect".
class PreviewForm : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewForm(QWidget *parent = nullptr);
    ~PreviewForm() override;

    void setDefinition(const ConnectorDefinition &definition);

    /// What is typed in the form, by technical name. Empty text fields are left out, so a request
    /// preview shows their {placeholder}; booleans are always present ("true"/"false").
    [[nodiscard]] QHash<QString, QString> values() const;
    /// Sets the given fields as if typed; other fields keep their values. Values for names not
    /// (yet) in the form are kept and applied when such a field appears.
    void setValues(const QHash<QString, QString> &values);

    /// The input widgets in display order (for tests and the benchmark).
    [[nodiscard]] QList<QWidget *> fieldEditors() const;

signals:
    void valuesChanged();
    void connectRequested();

private:
    void updateHeader();
    void updateFields();
    void updateFooter();
    void relayoutFields(const QList<PreviewField *> &ordered);
    void onFieldValueChanged();
    void suspendUpdates();

    ConnectorDefinition m_definition;
    bool m_hasDefinition = false;
    bool m_updatesSuspended = false;
    QHash<QString, PreviewField *> m_fields;
    QList<PreviewField *> m_ordered;
    QHash<QString, QString> m_pendingValues;

    QScrollArea *m_scrollArea = nullptr;
    QLabel *m_avatar = nullptr;
    QChar m_avatarLetter;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QWidget *m_fieldsHost = nullptr;
    QVBoxLayout *m_fieldsLayout = nullptr;
    QLabel *m_notice = nullptr;
    QPushButton *m_connectButton = nullptr;
};

} // namespace cad
