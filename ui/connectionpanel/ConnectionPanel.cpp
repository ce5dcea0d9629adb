#include "connectionpanel/ConnectionPanel.h"

#include "common/Fonts.h"
#include "common/Icons.h"
#include "common/WrappingLabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
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
    , m_scopesLabel(new WrappingLabel(this))
    , m_nameLabel(new WrappingLabel(this))
    , m_statusLabel(new WrappingLabel(this))
    , m_noticeLabel(new WrappingLabel(this))
    , m_redirectRow(new QWidget(this))
    , m_redirectLabel(new WrappingLabel(m_redirectRow))
    , m_copyRedirect(new QPushButton(tr("Cop&y"), m_redirectRow))
    , m_systemBrowser(new QCheckBox(tr("Sign in with the s&ystem browser"), m_redirectRow))
    , m_browserRow(new QWidget(this))
    , m_browserLabel(new WrappingLabel(m_browserRow))
    , m_browserDetail(new WrappingLabel(m_browserRow))
    , m_cancelSignIn(new QPushButton(tr("Cance&l"), m_browserRow))
    , m_copySignInUrl(new QPushButton(tr("Copy Sign-in &URL"), m_browserRow))
    , m_connect(new QPushButton(Icons::icon(Icons::Icon::Connect), tr("&Connect"), this))
    , m_test(new QPushButton(Icons::icon(Icons::Icon::Test), tr("&Test"), this))
    , m_refresh(new QPushButton(Icons::icon(Icons::Icon::Refresh), tr("Re&fresh Now"), this))
    , m_disconnect(new QPushButton(Icons::icon(Icons::Icon::Disconnect), tr("Dis&connect"), this))
    , m_rehearse(new QPushButton(tr("Re&hearse…"), this))
    , m_inspect(new QPushButton(tr("I&nspect"), this))
{
    setObjectName(QStringLiteral("connectionPanel"));
    // Scopes, error descriptions and URLs come from servers and definition files: never rich text.
    for (QLabel *label : {m_stateLabel, m_expiryLabel, m_scopesLabel, m_nameLabel, m_statusLabel, m_noticeLabel,
                          m_redirectLabel, m_browserLabel, m_browserDetail})
        label->setTextFormat(Qt::PlainText);
    m_stateLabel->setObjectName(QStringLiteral("connectionStateLabel"));
    m_expiryLabel->setObjectName(QStringLiteral("connectionExpiryLabel"));
    m_scopesLabel->setObjectName(QStringLiteral("connectionScopesLabel"));
    m_scopesLabel->setWordWrap(true);
    m_scopesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_nameLabel->setObjectName(QStringLiteral("connectionNameLabel"));
    m_nameLabel->setWordWrap(true);
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_nameLabel->setToolTip(tr("The connection's name, from the connection label after a successful test"));
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_test->setObjectName(QStringLiteral("testButton"));
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_disconnect->setObjectName(QStringLiteral("disconnectButton"));
    m_connect->setToolTip(tr("Create the design-time connection with the current authentication"));
    m_test->setToolTip(tr("Send the test request with the connection"));
    m_refresh->setToolTip(tr("Refresh the access token now"));
    m_disconnect->setToolTip(tr("Remove the connection and revoke its tokens"));
    m_inspect->setObjectName(QStringLiteral("inspectTokensButton"));
    m_inspect->setToolTip(tr("Show the tokens, decoded and checked against the design (the Tokens tab)"));
    m_rehearse->setObjectName(QStringLiteral("rehearseButton"));
    m_rehearse->setToolTip(tr("Rehearse the token lifecycle with the provider: expiry, refresh, rotation, reuse "
                              "and revocation"));

    auto *stateRow = new QHBoxLayout;
    stateRow->setSpacing(6);
    m_stateDot->setFixedSize(10, 10);
    stateRow->addWidget(m_stateDot);
    stateRow->addWidget(m_stateLabel, 1);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->addRow(tr("State:"), stateRow);
    // Rehearse sits with the token's lifetime, which it is about (and keeps the button row narrow).
    auto *expiryRow = new QHBoxLayout;
    expiryRow->addWidget(m_expiryLabel, 1);
    expiryRow->addWidget(m_rehearse);
    form->addRow(tr("Token expires:"), expiryRow);
    // Inspect sits with the scopes: it compares them with the requested ones, among other things.
    auto *scopesRow = new QHBoxLayout;
    scopesRow->addWidget(m_scopesLabel, 1);
    scopesRow->addWidget(m_inspect, 0, Qt::AlignTop);
    form->addRow(tr("Scopes:"), scopesRow);
    form->addRow(tr("Connection:"), m_nameLabel);

    m_statusLabel->setObjectName(QStringLiteral("connectionStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_statusLabel->hide();
    m_noticeLabel->setObjectName(QStringLiteral("keychainNotice"));
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setStyleSheet(QStringLiteral("background: #eef4fb; border: 1px solid #b5cde8; border-radius: 3px; "
                                                "padding: 3px 6px; color: #1f3b5a;"));
    m_noticeLabel->hide();

    m_redirectLabel->setObjectName(QStringLiteral("connectionRedirectLabel"));
    m_redirectLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_redirectLabel->setWordWrap(true); // never widens the window's right side
    m_copyRedirect->setObjectName(QStringLiteral("copyRedirectUriButton"));
    m_copyRedirect->setToolTip(tr("Copy the redirect URI to register with the provider"));
    m_systemBrowser->setObjectName(QStringLiteral("systemBrowserCheck"));
    m_systemBrowser->setToolTip(
        tr("Open the sign-in page in your default browser instead of the designer's window (needed for Google)"));
    auto *redirectLayout = new QVBoxLayout(m_redirectRow);
    redirectLayout->setContentsMargins(0, 0, 0, 0);
    redirectLayout->setSpacing(2);
    auto *uriLine = new QHBoxLayout;
    uriLine->addWidget(m_redirectLabel, 1);
    uriLine->addWidget(m_copyRedirect);
    redirectLayout->addLayout(uriLine);
    redirectLayout->addWidget(m_systemBrowser);
    m_redirectRow->hide();
    connect(m_copyRedirect, &QPushButton::clicked, this,
            [this]() { QApplication::clipboard()->setText(m_redirectPattern); });
    connect(m_systemBrowser, &QCheckBox::toggled, this, &ConnectionPanel::preferSystemBrowserChanged);

    // The sign-in in the system browser: what it waits for, and the ways out.
    m_browserRow->setObjectName(QStringLiteral("browserSignIn"));
    m_browserRow->setAttribute(Qt::WA_StyledBackground);
    m_browserRow->setStyleSheet(QStringLiteral("#browserSignIn { background: #eef4fb; border: 1px solid #b5cde8; "
                                               "border-radius: 3px; } #browserSignIn QLabel { color: #1f3b5a; }"));
    m_browserLabel->setObjectName(QStringLiteral("browserSignInLabel"));
    m_browserLabel->setWordWrap(true);
    m_browserLabel->setFont(Fonts::strong(m_browserLabel->font()));
    m_browserDetail->setObjectName(QStringLiteral("browserSignInDetail"));
    m_browserDetail->setWordWrap(true);
    m_browserDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancelSignIn->setObjectName(QStringLiteral("cancelSignInButton"));
    m_cancelSignIn->setToolTip(tr("Stop waiting for the sign-in"));
    m_copySignInUrl->setObjectName(QStringLiteral("copySignInUrlButton"));
    m_copySignInUrl->setToolTip(tr("Copy the provider's sign-in address, to open it in a browser yourself"));
    auto *browserLayout = new QVBoxLayout(m_browserRow);
    browserLayout->setContentsMargins(6, 4, 6, 4);
    browserLayout->setSpacing(3);
    browserLayout->addWidget(m_browserLabel);
    browserLayout->addWidget(m_browserDetail);
    auto *browserButtons = new QHBoxLayout;
    browserButtons->addWidget(m_copySignInUrl);
    browserButtons->addWidget(m_cancelSignIn);
    browserButtons->addStretch();
    browserLayout->addLayout(browserButtons);
    m_browserRow->hide();
    connect(m_cancelSignIn, &QPushButton::clicked, this, &ConnectionPanel::cancelSignInRequested);
    connect(m_copySignInUrl, &QPushButton::clicked, this,
            [this]() { QApplication::clipboard()->setText(m_signInUrl.toString(QUrl::FullyEncoded)); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_connect);
    buttons->addWidget(m_test);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_disconnect);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_noticeLabel);
    layout->addLayout(form);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_browserRow);
    layout->addWidget(m_redirectRow);
    layout->addLayout(buttons);
    layout->addStretch(1); // room the area has beyond its rows stays below them, not between them

    connect(m_connect, &QPushButton::clicked, this, &ConnectionPanel::connectRequested);
    connect(m_test, &QPushButton::clicked, this, &ConnectionPanel::testRequested);
    connect(m_refresh, &QPushButton::clicked, this, &ConnectionPanel::refreshRequested);
    connect(m_disconnect, &QPushButton::clicked, this, &ConnectionPanel::disconnectRequested);
    connect(m_rehearse, &QPushButton::clicked, this, &ConnectionPanel::rehearseRequested);
    connect(m_inspect, &QPushButton::clicked, this, &ConnectionPanel::inspectRequested);

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &ConnectionPanel::updateExpiry);
    m_scopesLabel->setText(tr("—"));
    m_nameLabel->setText(tr("—"));
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
    if (state != ConnectionState::Authorizing)
        hideBrowserSignIn();
    if (!connectionExists(state))
        setConnectionName(QString());
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

void ConnectionPanel::setConnectionName(const QString &name)
{
    m_name = name;
    m_nameLabel->setText(name.isEmpty() ? tr("—") : name);
}

QString ConnectionPanel::statusMessage() const
{
    return m_statusLabel->text();
}

bool ConnectionPanel::prefersSystemBrowser() const
{
    return m_systemBrowser->isChecked();
}

void ConnectionPanel::setStatusMessage(const QString &message)
{
    m_statusLabel->setText(message);
    m_statusLabel->setToolTip(message);
    // The engine moved on (e.g. the browser came back with the code): the wait is over.
    if (m_browserRow->isVisibleTo(this) && message != m_statusWhileWaiting)
        hideBrowserSignIn();
    m_statusLabel->setVisible(!message.isEmpty() && !m_browserRow->isVisibleTo(this));
}

void ConnectionPanel::showBrowserSignIn(const QUrl &authorizeUrl, bool opened, const QString &detail)
{
    if (m_state != ConnectionState::Authorizing)
        return;
    m_signInUrl = authorizeUrl;
    m_statusWhileWaiting = m_statusLabel->text();
    m_browserLabel->setText(opened ? tr("Waiting for the sign-in in your browser…")
                                   : tr("No web browser could be opened."));
    m_browserDetail->setText(detail);
    m_browserDetail->setVisible(!detail.isEmpty());
    m_browserRow->show();
    m_statusLabel->hide(); // the row says it (the engine's "Waiting for the sign-in…")
}

void ConnectionPanel::hideBrowserSignIn()
{
    if (!m_browserRow->isVisibleTo(this))
        return;
    m_browserRow->hide();
    m_signInUrl.clear();
    m_statusWhileWaiting.clear();
    m_statusLabel->setVisible(!m_statusLabel->text().isEmpty());
}

void ConnectionPanel::setRefreshSupported(bool supported)
{
    m_refreshSupported = supported;
    updateButtons();
}

void ConnectionPanel::setRehearsing(bool rehearsing)
{
    m_rehearsing = rehearsing;
    updateButtons();
}

void ConnectionPanel::setRedirectUri(const QString &pattern)
{
    m_redirectPattern = pattern;
    m_redirectLabel->setText(tr("Redirect URI: %1 — any port (RFC 8252)").arg(pattern));
    m_redirectRow->setVisible(!pattern.isEmpty());
}

void ConnectionPanel::setPreferSystemBrowser(bool prefer)
{
    m_systemBrowser->setChecked(prefer);
}

void ConnectionPanel::setNotice(const QString &notice)
{
    m_noticeLabel->setText(notice);
    m_noticeLabel->setVisible(!notice.isEmpty());
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
    m_test->setEnabled(m_state == ConnectionState::Connected && !m_rehearsing);
    m_refresh->setEnabled(m_refreshSupported && !m_rehearsing &&
                          (m_state == ConnectionState::Connected || m_state == ConnectionState::NeedsReauthorization));
    m_rehearse->setVisible(m_refreshSupported);
    m_rehearse->setEnabled(m_state == ConnectionState::Connected && !m_rehearsing);
    m_inspect->setVisible(m_refreshSupported);
    m_inspect->setEnabled(m_state == ConnectionState::Connected || m_state == ConnectionState::Refreshing);
    m_disconnect->setEnabled(exists || busy);
    updateExpiry();
}

} // namespace cad
