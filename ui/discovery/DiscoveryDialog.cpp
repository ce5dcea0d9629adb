#include "discovery/DiscoveryDialog.h"

#include "common/AccessibleName.h"
#include "core/Origin.h"
#include "exchange/DiscoveryFetcher.h"
#include "model/BuiltinSchemas.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cad {

DiscoveryDialog::DiscoveryDialog(const ConnectorDefinition &design, QWidget *parent)
    : QDialog(parent)
    , m_design(design)
    , m_fetcher(new DiscoveryFetcher(nullptr, this))
    , m_url(new QLineEdit(this))
    , m_read(new QPushButton(tr("&Read"), this))
    , m_status(new QLabel(this))
    , m_changes(new QTableWidget(0, 3, this))
{
    setObjectName(QStringLiteral("discoveryDialog"));
    setWindowTitle(tr("Fill from Discovery"));
    auto *intro = new QLabel(tr("Reads the provider's authorization server metadata (RFC 8414) or OpenID Connect "
                                "discovery document and fills in the endpoints, PKCE, the client authentication and "
                                "the scopes it offers. Nothing changes before you apply; Undo takes it back."),
                             this);
    intro->setWordWrap(true);

    m_url->setObjectName(QStringLiteral("discoveryUrlEdit"));
    m_url->setPlaceholderText(tr("https://login.example.com"));
    m_url->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_url->setText(suggestedUrl(design));
    m_read->setObjectName(QStringLiteral("discoveryReadButton"));
    auto *urlLabel = new QLabel(tr("Issuer or metadata &URL:"), this);
    urlLabel->setBuddy(m_url);
    m_url->setAccessibleName(AccessibleName::fromLabel(urlLabel->text()));
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(urlLabel);
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_read);

    m_status->setObjectName(QStringLiteral("discoveryStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setText(tr("Enter the issuer, such as https://login.example.com, or the address of its metadata."));

    m_changes->setObjectName(QStringLiteral("discoveryChanges"));
    m_changes->setHorizontalHeaderLabels({tr("Field"), tr("Now"), tr("From discovery")});
    m_changes->setAccessibleName(tr("Changes from discovery"));
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changes->setWordWrap(true);
    m_changes->setTabKeyNavigation(false);
    m_changes->verticalHeader()->hide();
    m_changes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_changes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_changes->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_changes->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Apply Changes"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("discoveryApplyButton"));
    m_apply->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(urlRow);
    layout->addWidget(m_status);
    layout->addWidget(m_changes, 1);
    layout->addWidget(buttons);
    resize(820, 460);

    connect(m_read, &QPushButton::clicked, this, &DiscoveryDialog::read);
    connect(m_url, &QLineEdit::returnPressed, this, &DiscoveryDialog::read);
    connect(m_url, &QLineEdit::textEdited, this, [this]() {
        // What was read belongs to the old address.
        m_metadata = QJsonObject();
        m_changes->setRowCount(0);
        m_apply->setEnabled(false);
    });
    connect(m_fetcher, &DiscoveryFetcher::finished, this, &DiscoveryDialog::onFinished);
    m_read->setDefault(true);
}

QString DiscoveryDialog::suggestedUrl(const ConnectorDefinition &design)
{
    if (const QString issuer = design.valueOf(PropertyNames::Issuer); !issuer.isEmpty())
        return issuer;
    for (QStringView name : {PropertyNames::AuthorizationUrl, PropertyNames::TokenUrl}) {
        const QUrl url(design.valueOf(name));
        // Only a concrete address: {subdomain} must be filled in by the author first.
        if (url.isValid() && !url.host().isEmpty() && !url.toString().contains(QLatin1Char('{')))
            return Origin::of(url).toString();
    }
    return QString();
}

void DiscoveryDialog::read()
{
    const QString text = m_url->text().trimmed();
    if (text.isEmpty()) {
        m_status->setText(tr("Enter the issuer, such as https://login.example.com, or the address of its metadata."));
        m_url->setFocus();
        return;
    }
    m_metadata = QJsonObject();
    m_changes->setRowCount(0);
    m_apply->setEnabled(false);
    m_read->setEnabled(false);
    m_status->setText(tr("Reading the metadata of %1…").arg(text));
    m_fetcher->fetch(QUrl(text));
}

void DiscoveryDialog::onFinished(const QJsonObject &document, const QString &error)
{
    m_read->setEnabled(true);
    if (!error.isEmpty()) {
        m_status->setText(tr("Could not read the discovery document: %1. Check the address, or fill in the "
                             "endpoints yourself.")
                              .arg(error));
        return;
    }
    m_metadata = document;
    showChanges();
}

void DiscoveryDialog::showChanges()
{
    const Discovery::Plan plan = planFor(m_design);
    const QString from = m_fetcher->documentUrl().toString(QUrl::RemoveUserInfo);
    m_changes->setRowCount(int(plan.changes.size()));
    const QString empty = tr("(empty)");
    for (int row = 0; row < plan.changes.size(); ++row) {
        const Discovery::Change &c = plan.changes.at(row);
        const QStringList cells{c.label, c.before.isEmpty() ? empty : c.before, c.after.isEmpty() ? empty : c.after};
        for (int column = 0; column < 3; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_changes->setItem(row, column, item);
        }
    }
    m_apply->setEnabled(!plan.changes.isEmpty());
    if (plan.changes.isEmpty())
        m_status->setText(tr("Read %1. The design already matches it: nothing to change.").arg(from));
    else
        m_status->setText(plan.changes.size() == 1
                              ? tr("Read %1. Applying it changes 1 field:").arg(from)
                              : tr("Read %1. Applying it changes %2 fields:").arg(from).arg(plan.changes.size()));
    if (!plan.changes.isEmpty())
        m_apply->setFocus();
}

Discovery::Plan DiscoveryDialog::planFor(const ConnectorDefinition &design) const
{
    if (m_metadata.isEmpty())
        return Discovery::Plan{design, {}};
    return Discovery::plan(design, m_metadata);
}

} // namespace cad
