#pragma once

#include "exchange/Discovery.h"
#include "model/ConnectorDefinition.h"

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cad {

class DiscoveryFetcher;

/// Edit > Fill from Discovery…: asks for the issuer or metadata URL, reads the provider's metadata
/// (DiscoveryFetcher: RFC 8414, then OpenID Connect), and shows what it would change in the design,
/// field by field, now and from discovery, before anything changes. Accepting it means "apply":
/// planFor() gives the design with the changes (Discovery::plan, the rules `discover --update` uses).
class DiscoveryDialog : public QDialog
{
    Q_OBJECT

public:
    DiscoveryDialog(const ConnectorDefinition &design, QWidget *parent = nullptr);

    /// The changes the document read makes to @p design (the design at the time it is applied).
    [[nodiscard]] Discovery::Plan planFor(const ConnectorDefinition &design) const;
    /// Reads the URL in the field (what the Read button does).
    void read();

    /// An address to start from: the design's issuer, else the origin of its authorization or token URL.
    [[nodiscard]] static QString suggestedUrl(const ConnectorDefinition &design);

private:
    void onFinished(const QJsonObject &document, const QString &error);
    void showChanges();

    ConnectorDefinition m_design;
    QJsonObject m_metadata;
    DiscoveryFetcher *m_fetcher;
    QLineEdit *m_url;
    QPushButton *m_read;
    QLabel *m_status;
    QTableWidget *m_changes;
    QPushButton *m_apply;
};

} // namespace cad
