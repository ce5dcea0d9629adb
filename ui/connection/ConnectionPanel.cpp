#include "connection/ConnectionPanel.h"

#include "common/Icons.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cad {

namespace {

QString stateColor(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Connected:
        return QStringLiteral("#2e7d32");
    case ConnectionState::Authorizing:
    case ConnectionState::Refreshing:
        return QStringLiteral("#1565c0");
    case ConnectionState::NeedsReauthorization:
    case ConnectionState::Invalidated:
        return QStringLiteral("#e08a00");
    case ConnectionState::Failed:
        return QStringLiteral("#c62828");
    case ConnectionState::NotConnected:
        break;
    }
    return QStringLiteral("#8a8f98");
}

} // namespace

ConnectionPanel::ConnectionPanel(QWidget *parent)
    : QWidget(parent)
    , m_stateDot(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_expiryLabel(new QLabel(this))
    , m_scopesLabel(new QLabel(this))
    , m_connect(new QPushButton(Icons::icon(Icons::Icon::Connect), tr("&Connect"), this))
    , m_test(new QPushButton(Icons::icon(Icons::Icon::Test), tr("&Test"), this))
    , m_refresh(new QPushButton(Icons::icon(Icons::Icon::Refresh), tr("Re&fresh Now"), this))
    , m_disconnect(new QPushButton(Icons::icon(Icons::Icon::Disconnect), tr("Dis&connect"), this))
{
    setObjectName(QStringLiteral("connectionPanel"));
    m_stateLabel->setObjectName(QStringLiteral("connectionStateLabel"));
    m_expiryLabel->setObjectName(QStringLiteral("connectionExpiryLabel"));
    m_scopesLabel->setObjectName(QStringLiteral("connectionScopesLabel"));
    m_scopesLabel->setWordWrap(true);
    m_scopesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_test->setObjectName(QStringLiteral("testButton"));
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_disconnect->setObjectName(QStringLiteral("disconnectButton"));
    m_connect->setToolTip(tr("Create the design-time connection with the current authentication"));
    m_test->setToolTip(tr("Send the test request with the connection"));
    m_refresh->setToolTip(tr("Refresh the access token now"));
    m_disconnect->setToolTip(tr("Remove the connection and revoke its tokens"));

    auto *stateRow = new QHBoxLayout;
    stateRow->setSpacing(6);
    m_stateDot->setFixedSize(10, 10);
    stateRow->addWidget(m_stateDot);
    stateRow->addWidget(m_stateLabel, 1);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->addRow(tr("State:"), stateRow);
    form->addRow(tr("Token expires:"), m_expiryLabel);
    form->addRow(tr("Scopes:"), m_scopesLabel);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_connect);
    buttons->addWidget(m_test);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_disconnect);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_connect, &QPushButton::clicked, this, &ConnectionPanel::connectRequested);
    connect(m_test, &QPushButton::clicked, this, &ConnectionPanel::testRequested);
    connect(m_refresh, &QPushButton::clicked, this, &ConnectionPanel::refreshRequested);
    connect(m_disconnect, &QPushButton::clicked, this, &ConnectionPanel::disconnectRequested);

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &ConnectionPanel::updateExpiry);
    m_scopesLabel->setText(tr("—"));
    setState(ConnectionState::NotConnected);
    updateExpiry();
}

void ConnectionPanel::setState(ConnectionState state)
{
    const bool changed = state != m_state;
    m_state = state;
    m_stateLabel->setText(connectionStateDisplayName(state));
    m_stateDot->setStyleSheet(QStringLiteral("background: %1; border-radius: 5px;").arg(stateColor(state)));
    m_stateDot->setAccessibleName(connectionStateDisplayName(state));
    updateButtons();
    if (changed)
        Q_EMIT stateChanged(state);
}

void ConnectionPanel::setExpiry(const QDateTime &expiry)
{
    m_expiry = expiry;
    updateExpiry();
}

void ConnectionPanel::setScopes(const QString &scopes)
{
    m_scopes = scopes;
    m_scopesLabel->setText(scopes.isEmpty() ? tr("—") : scopes);
}

QString ConnectionPanel::expiryText(const QDateTime &expiry, const QDateTime &now)
{
    if (!expiry.isValid())
        return tr("—");
    const qint64 seconds = now.secsTo(expiry);
    if (seconds <= 0)
        return tr("Expired");
    if (seconds < 60)
        return tr("in %1 s").arg(seconds);
    if (seconds < 3600)
        return tr("in %1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("in %1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

void ConnectionPanel::updateExpiry()
{
    const bool counting = m_expiry.isValid() && connectionExists(m_state);
    m_expiryLabel->setText(counting ? expiryText(m_expiry, QDateTime::currentDateTimeUtc()) : tr("—"));
    if (counting && !m_countdown.isActive())
        m_countdown.start();
    else if (!counting)
        m_countdown.stop();
}

void ConnectionPanel::updateButtons()
{
    const bool exists = connectionExists(m_state);
    const bool busy = m_state == ConnectionState::Authorizing || m_state == ConnectionState::Refreshing;
    m_connect->setEnabled(!busy);
    m_connect->setText(exists ? tr("Re&connect") : tr("&Connect"));
    m_test->setEnabled(m_state == ConnectionState::Connected);
    m_refresh->setEnabled(m_state == ConnectionState::Connected || m_state == ConnectionState::NeedsReauthorization);
    m_disconnect->setEnabled(exists || busy);
    updateExpiry();
}

} // namespace cad
