#include "sandboxwindow/SandboxDialog.h"

#include "common/AccessibleName.h"
#include "sandbox/SandboxServer.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QBoxLayout>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace cad {

/// The provider's request log as a table: Time, Method, Path, Status; at most
/// SandboxProvider::MaxLogEntries rows, the oldest dropped first (as the provider does).
class SandboxLogModel : public QAbstractTableModel
{
public:
    enum Column
    {
        TimeColumn,
        MethodColumn,
        PathColumn,
        StatusColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_entries.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_entries.size())
            return {};
        const SandboxLogEntry &e = m_entries.at(index.row());
        if (role == Qt::DisplayRole) {
            switch (index.column()) {
            case TimeColumn:
                return e.time.toString(QStringLiteral("HH:mm:ss"));
            case MethodColumn:
                return e.method;
            case PathColumn:
                return e.path;
            case StatusColumn:
                return e.status;
            default:
                return {};
            }
        }
        if (role == Qt::ToolTipRole && index.column() == PathColumn)
            return e.path;
        if (role == Qt::TextAlignmentRole && index.column() == StatusColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ForegroundRole && index.column() == StatusColumn && e.status >= 400)
            return QColor(0xc0, 0x1c, 0x28);
        return {};
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        switch (section) {
        case TimeColumn:
            return SandboxDialog::tr("Time");
        case MethodColumn:
            return SandboxDialog::tr("Method");
        case PathColumn:
            return SandboxDialog::tr("Path");
        case StatusColumn:
            return SandboxDialog::tr("Status");
        default:
            return {};
        }
    }

    void append(const SandboxLogEntry &entry)
    {
        if (m_entries.size() >= SandboxProvider::MaxLogEntries) {
            beginRemoveRows({}, 0, 0);
            m_entries.removeFirst();
            endRemoveRows();
        }
        beginInsertRows({}, int(m_entries.size()), int(m_entries.size()));
        m_entries.append(entry);
        endInsertRows();
    }

    void clear()
    {
        beginResetModel();
        m_entries.clear();
        endResetModel();
    }

    [[nodiscard]] const SandboxLogEntry &entry(int row) const { return m_entries.at(row); }

private:
    QList<SandboxLogEntry> m_entries;
};

namespace {

QLabel *plainLabel(const QString &text, const char *name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    if (name)
        label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText); // values come from the network and the provider: never rich text
    return label;
}

/// A value the author may want to copy (a URL, a sandbox credential).
QLabel *valueLabel(const char *name, QWidget *parent)
{
    QLabel *label = plainLabel(QString(), name, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return label;
}

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    QLabel *label = plainLabel(text, nullptr, parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    return label;
}

/// Adds "label: value" to @p form; the value's accessible name is the label's text.
void addValueRow(QFormLayout *form, const QString &label, QLabel *value)
{
    QLabel *l = plainLabel(label, nullptr, value->parentWidget());
    l->setBuddy(value);
    value->setAccessibleName(AccessibleName::fromLabel(label));
    form->addRow(l, value);
}

/// The Server tab's groups: endpoints and credentials side by side above the clients when the tab is
/// wide enough for both, else endpoints, clients and credentials one below the other (so that the
/// clients come before the scroll bar and nothing needs a horizontal one at 640 pixels).
class ServerTabArranger : public QObject
{
public:
    ServerTabArranger(QScrollArea *area, QGridLayout *grid, QWidget *endpoints, QWidget *credentials, QWidget *clients)
        : QObject(area)
        , m_grid(grid)
        , m_endpoints(endpoints)
        , m_credentials(credentials)
        , m_clients(clients)
    {
        area->installEventFilter(this);
        arrange(true);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize) {
            // The scroll area's own width, not its viewport's: a vertical scroll bar appearing after
            // the change must not change it back.
            const QMargins margins = m_grid->contentsMargins();
            const int needed = m_endpoints->sizeHint().width() + m_credentials->sizeHint().width() +
                               m_grid->horizontalSpacing() + margins.left() + margins.right() +
                               qApp->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
            const bool wide = static_cast<QWidget *>(watched)->width() >= needed;
            if (wide != m_wide)
                arrange(wide);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void arrange(bool wide)
    {
        m_wide = wide;
        for (QWidget *w : {m_endpoints, m_credentials, m_clients})
            m_grid->removeWidget(w);
        m_grid->addWidget(m_endpoints, 0, 0);
        if (wide) {
            m_grid->addWidget(m_credentials, 0, 1);
            m_grid->addWidget(m_clients, 1, 0, 1, 2);
        } else {
            m_grid->addWidget(m_clients, 1, 0);
            m_grid->addWidget(m_credentials, 2, 0);
        }
        m_grid->setColumnStretch(0, 1);
        m_grid->setColumnStretch(1, wide ? 1 : 0);
        m_grid->setRowStretch(3, 1);
    }

    QGridLayout *m_grid;
    QWidget *m_endpoints;
    QWidget *m_credentials;
    QWidget *m_clients;
    bool m_wide = false;
};

QScrollArea *scrolling(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}

QString describe(const SandboxLogEntry &e)
{
    QStringList lines;
    lines << QStringLiteral("%1 %2  →  %3").arg(e.method, e.path).arg(e.status);
    lines << e.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const auto section = [&lines](const QString &title, const QList<QPair<QString, QString>> &pairs,
                                  const QString &separator) {
        if (pairs.isEmpty())
            return;
        lines << QString() << title;
        for (const auto &[name, value] : pairs)
            lines << QStringLiteral("  ") + name + separator + value;
    };
    // What OAuth is about first; the headers (always there) last.
    section(SandboxDialog::tr("Query parameters:"), e.query, QStringLiteral("="));
    section(SandboxDialog::tr("Form fields:"), e.fields, QStringLiteral("="));
    section(SandboxDialog::tr("Headers:"), e.headers, QStringLiteral(": "));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

SandboxDialog::SandboxDialog(SandboxServer *server, QWidget *parent)
    : QDialog(parent)
    , m_server(server)
    , m_logModel(new SandboxLogModel(this))
{
    setObjectName(QStringLiteral("sandboxDialog"));
    setWindowTitle(tr("Sandbox Provider"));
    setModal(false);

    // Whether it runs and where, Start/Stop and the port.
    m_state = plainLabel(QString(), "sandboxState", this);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont strong = m_state->font();
    strong.setWeight(QFont::DemiBold);
    m_state->setFont(strong);

    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("sandboxPort"));
    m_port->setRange(1024, 65535);
    m_port->setValue(SandboxSettings::DefaultPort);
    m_port->setKeyboardTracking(false); // one portChanged for the port typed, not one a digit
    m_port->setToolTip(tr("The port on 127.0.0.1 the sandbox listens on; the sandbox samples use %1")
                           .arg(SandboxSettings::DefaultPort));
    QLabel *portLabel = plainLabel(tr("&Port:"), nullptr, this);
    portLabel->setBuddy(m_port);
    m_port->setAccessibleName(AccessibleName::fromLabel(portLabel->text()));

    m_start = new QPushButton(tr("&Start"), this);
    m_start->setObjectName(QStringLiteral("sandboxStartButton"));
    m_start->setToolTip(tr("Start the sandbox on 127.0.0.1 at the port"));
    m_stop = new QPushButton(tr("S&top"), this);
    m_stop->setObjectName(QStringLiteral("sandboxStopButton"));
    m_stop->setToolTip(tr("Stop the sandbox; its clients, tokens and switches stay as they are"));

    m_startError = plainLabel(QString(), "sandboxStartError", this);
    m_startError->setWordWrap(true);
    m_startError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_startError->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_usePortButton = new QPushButton(this);
    m_usePortButton->setObjectName(QStringLiteral("sandboxUsePortButton"));
    m_errorRow = new QWidget(this);
    auto *errorLayout = new QHBoxLayout(m_errorRow);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    errorLayout->addWidget(m_startError, 1);
    errorLayout->addWidget(m_usePortButton);
    m_errorRow->hide();

    connect(m_start, &QPushButton::clicked, this, [this]() { Q_EMIT startRequested(port()); });
    connect(m_stop, &QPushButton::clicked, this, &SandboxDialog::stopRequested);
    connect(m_port, &QSpinBox::valueChanged, this, [this](int value) { Q_EMIT portChanged(quint16(value)); });
    connect(m_usePortButton, &QPushButton::clicked, this, [this]() {
        const quint16 free = m_usePort;
        if (free == 0)
            return;
        m_port->setValue(free); // the author chose it: portChanged, to be remembered
        Q_EMIT startRequested(free);
    });

    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_state, 1);
    stateRow->addSpacing(12);
    stateRow->addWidget(portLabel);
    stateRow->addWidget(m_port);
    stateRow->addWidget(m_start);
    stateRow->addWidget(m_stop);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("sandboxTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createServerTab(), tr("Server"));
    m_tabs->addTab(createSwitchesTab(), tr("Switches"));
    m_tabs->addTab(createLogTab(), tr("Request Log"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter confirms a value (the port, the token lifetime); it never starts the sandbox or closes the window.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(stateRow);
    layout->addWidget(m_errorRow);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    SandboxProvider *provider = m_server->provider();
    connect(m_server, &SandboxServer::runningChanged, this, &SandboxDialog::updateRunning);
    connect(provider, &SandboxProvider::settingsChanged, this, [this]() {
        updateSwitches();
        updateClients(); // the authentication methods follow the client authentication switch
    });
    connect(provider, &SandboxProvider::requestLogged, this, &SandboxDialog::addLogEntry);
    for (const SandboxLogEntry &entry : provider->log())
        m_logModel->append(entry);

    updateRunning();
    updateClients();
    updateSwitches();
    resize(900, 640);
}

SandboxDialog::~SandboxDialog() = default;

QWidget *SandboxDialog::createServerTab()
{
    auto *content = new QWidget;

    QLabel *note = hintLabel(tr("The client secrets and credentials below are the sandbox's own values, shown on "
                                "purpose: they open nothing but this sandbox."),
                             content);
    note->setObjectName(QStringLiteral("sandboxCredentialsNote"));

    auto *endpoints = new QGroupBox(tr("Endpoints"), content);
    endpoints->setObjectName(QStringLiteral("sandboxEndpoints"));
    auto *endpointForm = new QFormLayout(endpoints);
    m_issuer = valueLabel("sandboxIssuer", endpoints);
    m_authorizeUrl = valueLabel("sandboxAuthorizeUrl", endpoints);
    m_tokenUrl = valueLabel("sandboxTokenUrl", endpoints);
    m_revokeUrl = valueLabel("sandboxRevokeUrl", endpoints);
    m_apiUrl = valueLabel("sandboxApiUrl", endpoints);
    addValueRow(endpointForm, tr("Issuer:"), m_issuer);
    addValueRow(endpointForm, tr("Authorization URL:"), m_authorizeUrl);
    addValueRow(endpointForm, tr("Token URL:"), m_tokenUrl);
    addValueRow(endpointForm, tr("Revocation URL:"), m_revokeUrl);
    addValueRow(endpointForm, tr("API base URL:"), m_apiUrl);
    m_issuer->setToolTip(tr("Discovery: %1 and %2")
                             .arg(QStringLiteral("/.well-known/openid-configuration"),
                                  QStringLiteral("/.well-known/oauth-authorization-server")));
    m_apiUrl->setToolTip(tr("/api/me takes the access token; /api/basic/me, /api/key/me, /api/pat/me and "
                            "/api/custom/me the other credentials"));

    auto *credentials = new QGroupBox(tr("Other credentials"), content);
    credentials->setObjectName(QStringLiteral("sandboxCredentials"));
    auto *credentialForm = new QFormLayout(credentials);
    const auto credential = [credentials](const char *name, QStringView value, const QString &toolTip) {
        QLabel *label = valueLabel(name, credentials);
        label->setText(value.toString());
        label->setToolTip(toolTip);
        return label;
    };
    const QString basic = tr("Basic authentication, at /api/basic/me");
    addValueRow(credentialForm, tr("User name:"), credential("sandboxUserName", SandboxCredentials::UserName, basic));
    addValueRow(credentialForm, tr("Password:"), credential("sandboxPassword", SandboxCredentials::Password, basic));
    addValueRow(credentialForm, tr("API key:"),
                credential("sandboxApiKey", SandboxCredentials::ApiKey,
                           tr("At /api/key/me, in an X-API-Key or X-Access-Token header or as the api_key query "
                              "parameter")));
    addValueRow(credentialForm, tr("Personal access token:"),
                credential("sandboxPersonalAccessToken", SandboxCredentials::PersonalAccessToken,
                           tr("At /api/pat/me, in the Authorization header")));
    QLabel *headers = credential("sandboxCustomHeaders", {}, tr("At /api/custom/me, both headers"));
    headers->setText(SandboxCredentials::CustomKeyHeader.toString() + QStringLiteral(": ") +
                     SandboxCredentials::CustomKey.toString() + QLatin1Char('\n') +
                     SandboxCredentials::CustomSecretHeader.toString() + QStringLiteral(": ") +
                     SandboxCredentials::CustomSecret.toString());
    addValueRow(credentialForm, tr("Custom headers:"), headers);

    auto *clients = new QGroupBox(tr("Clients"), content);
    auto *clientsLayout = new QVBoxLayout(clients);
    m_clients = new QTableWidget(0, 4, clients);
    m_clients->setObjectName(QStringLiteral("sandboxClients"));
    m_clients->setAccessibleName(tr("Clients"));
    m_clients->setHorizontalHeaderLabels(
        {tr("Client ID"), tr("Client secret"), tr("Authentication"), tr("Grant types")});
    m_clients->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_clients->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_clients->setSelectionMode(QAbstractItemView::SingleSelection);
    m_clients->verticalHeader()->hide();
    m_clients->setWordWrap(false);
    m_clients->setShowGrid(false);
    m_clients->setAlternatingRowColors(true);
    m_clients->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_clients->verticalHeader()->setDefaultSectionSize(m_clients->fontMetrics().height() + 8);
    QHeaderView *header = m_clients->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int rows = int(SandboxProvider::clients().size());
    m_clients->setFixedHeight(header->sizeHint().height() + rows * m_clients->verticalHeader()->defaultSectionSize() +
                              2 * m_clients->frameWidth() + 2);
    clientsLayout->addWidget(m_clients);

    auto *grid = new QGridLayout;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(note);
    layout->addSpacing(4);
    layout->addLayout(grid, 1);

    QScrollArea *area = scrolling(content, nullptr);
    new ServerTabArranger(area, grid, endpoints, credentials, clients);
    return area;
}

QWidget *SandboxDialog::createSwitchesTab()
{
    auto *content = new QWidget;
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow); // only the hint below takes the width

    const auto labelled = [content, form](const QString &text, QWidget *field) {
        QLabel *label = plainLabel(text, nullptr, content);
        label->setBuddy(field);
        field->setAccessibleName(AccessibleName::fromLabel(text));
        form->addRow(label, field);
    };
    const auto checkRow = [content, form](const QString &group, QCheckBox *box) {
        form->addRow(plainLabel(group, nullptr, content), box);
    };

    m_lifetime = new QSpinBox(content);
    m_lifetime->setObjectName(QStringLiteral("sandboxTokenLifetime"));
    m_lifetime->setRange(1, 86400);
    m_lifetime->setSuffix(tr(" s"));
    m_lifetime->setKeyboardTracking(false);
    m_lifetime->setToolTip(tr("How long new access tokens are valid (expires_in), in seconds"));
    labelled(tr("Token &lifetime:"), m_lifetime);

    m_rotate = new QCheckBox(tr("&Rotate on every refresh (the old refresh token stops working)"), content);
    m_rotate->setObjectName(QStringLiteral("sandboxRotate"));
    checkRow(tr("Refresh tokens:"), m_rotate);

    m_clientAuth = new QComboBox(content);
    m_clientAuth->setObjectName(QStringLiteral("sandboxClientAuth"));
    m_clientAuth->addItem(tr("Any"), int(SandboxClientAuth::Any));
    m_clientAuth->addItem(tr("Basic header only"), int(SandboxClientAuth::Basic));
    m_clientAuth->addItem(tr("Body only"), int(SandboxClientAuth::Post));
    m_clientAuth->setToolTip(tr("How the token endpoint accepts the client ID and secret of confidential clients: "
                                "in an Authorization: Basic header (client_secret_basic), in the body "
                                "(client_secret_post) or either"));
    labelled(tr("Client &authentication:"), m_clientAuth);

    m_pkceRequired = new QCheckBox(tr("Re&quire PKCE, also from confidential clients"), content);
    m_pkceRequired->setObjectName(QStringLiteral("sandboxPkceRequired"));
    checkRow(tr("PKCE:"), m_pkceRequired);

    m_omitExpiresIn = new QCheckBox(tr("&Omit expires_in"), content);
    m_omitExpiresIn->setObjectName(QStringLiteral("sandboxOmitExpiresIn"));
    m_omitExpiresIn->setToolTip(tr("As some providers do: the client cannot know when the token expires"));
    checkRow(tr("Token answer:"), m_omitExpiresIn);

    m_autoApprove = new QCheckBox(tr("Auto-appro&ve: sign in and consent without showing the page"), content);
    m_autoApprove->setObjectName(QStringLiteral("sandboxAutoApprove"));
    checkRow(tr("Sign-in:"), m_autoApprove);

    m_failNext = new QComboBox;
    m_failNext->setObjectName(QStringLiteral("sandboxFailNext"));
    m_failNext->addItem(tr("None"), int(SandboxFailure::None));
    m_failNext->addItem(QStringLiteral("invalid_grant"), int(SandboxFailure::InvalidGrant));
    m_failNext->addItem(QStringLiteral("server_error"), int(SandboxFailure::ServerError));
    m_failNext->addItem(tr("HTTP 500"), int(SandboxFailure::Http500));
    m_failNext->addItem(tr("%1 s delay").arg(SandboxSettings::FailureDelayMs / 1000), int(SandboxFailure::Delay));
    // The combo box with what "once" means below it, both in the field column.
    auto *failField = new QWidget(content);
    auto *failLayout = new QVBoxLayout(failField);
    failLayout->setContentsMargins(0, 0, 0, 0);
    failLayout->setSpacing(4);
    failLayout->addWidget(m_failNext, 0, Qt::AlignLeft);
    failLayout->addWidget(hintLabel(
        tr("Once: the next token or refresh request gets this answer, then the switch is back at None."), failField));
    failField->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    QLabel *failLabel = plainLabel(tr("Fail the &next token request:"), nullptr, content);
    failLabel->setBuddy(m_failNext);
    m_failNext->setAccessibleName(AccessibleName::fromLabel(failLabel->text()));
    form->addRow(failLabel, failField);

    const auto change = [this](const std::function<void(SandboxSettings &)> &apply) {
        if (m_updatingSwitches)
            return;
        SandboxSettings settings = m_server->provider()->settings();
        apply(settings);
        m_server->provider()->setSettings(settings);
    };
    connect(m_lifetime, &QSpinBox::valueChanged, this,
            [change](int value) { change([value](SandboxSettings &s) { s.tokenLifetimeSeconds = value; }); });
    connect(m_rotate, &QCheckBox::toggled, this,
            [change](bool on) { change([on](SandboxSettings &s) { s.rotateRefreshTokens = on; }); });
    connect(m_clientAuth, &QComboBox::currentIndexChanged, this, [this, change]() {
        const auto auth = SandboxClientAuth(m_clientAuth->currentData().toInt());
        change([auth](SandboxSettings &s) { s.clientAuth = auth; });
    });
    connect(m_pkceRequired, &QCheckBox::toggled, this,
            [change](bool on) { change([on](SandboxSettings &s) { s.pkceRequired = on; }); });
    connect(m_omitExpiresIn, &QCheckBox::toggled, this,
            [change](bool on) { change([on](SandboxSettings &s) { s.omitExpiresIn = on; }); });
    connect(m_autoApprove, &QCheckBox::toggled, this,
            [change](bool on) { change([on](SandboxSettings &s) { s.autoApprove = on; }); });
    connect(m_failNext, &QComboBox::currentIndexChanged, this, [this, change]() {
        const auto failure = SandboxFailure(m_failNext->currentData().toInt());
        change([failure](SandboxSettings &s) { s.failNext = failure; });
    });

    auto *layout = new QVBoxLayout(content);
    layout->addWidget(hintLabel(tr("The switches apply at once, also while the sandbox runs."), content));
    layout->addLayout(form);
    layout->addStretch(1);
    return scrolling(content, nullptr);
}

QWidget *SandboxDialog::createLogTab()
{
    auto *page = new QWidget;

    m_log = new QTableView(page);
    m_log->setObjectName(QStringLiteral("sandboxLog"));
    m_log->setAccessibleName(tr("Request log"));
    m_log->setModel(m_logModel);
    m_log->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_log->setSelectionMode(QAbstractItemView::SingleSelection);
    m_log->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_log->verticalHeader()->hide();
    m_log->setShowGrid(false);
    m_log->setAlternatingRowColors(true);
    m_log->setWordWrap(false);
    m_log->setTextElideMode(Qt::ElideMiddle);
    m_log->verticalHeader()->setDefaultSectionSize(m_log->fontMetrics().height() + 8);
    QHeaderView *header = m_log->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int digitWidth = m_log->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00")) + 24;
    header->setSectionResizeMode(SandboxLogModel::TimeColumn, QHeaderView::Fixed);
    header->resizeSection(SandboxLogModel::TimeColumn, digitWidth);
    header->setSectionResizeMode(SandboxLogModel::MethodColumn, QHeaderView::Fixed);
    header->resizeSection(SandboxLogModel::MethodColumn,
                          m_log->fontMetrics().horizontalAdvance(QStringLiteral("OPTIONS")) + 24);
    header->setSectionResizeMode(SandboxLogModel::PathColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SandboxLogModel::StatusColumn, QHeaderView::Fixed);
    header->resizeSection(SandboxLogModel::StatusColumn, m_log->fontMetrics().horizontalAdvance(tr("Status")) + 32);

    m_logDetail = new QPlainTextEdit(page);
    m_logDetail->setObjectName(QStringLiteral("sandboxLogDetail"));
    m_logDetail->setAccessibleName(tr("Selected request"));
    m_logDetail->setReadOnly(true);
    m_logDetail->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_logDetail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_logDetail->setPlaceholderText(tr("Select a request to see its query parameters, headers and form fields."));

    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->setObjectName(QStringLiteral("sandboxLogSplitter"));
    splitter->addWidget(m_log);
    splitter->addWidget(m_logDetail);
    splitter->setChildrenCollapsible(false);
    m_log->setMinimumHeight(80);
    m_logDetail->setMinimumHeight(80);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *clear = new QPushButton(tr("&Clear"), page);
    clear->setObjectName(QStringLiteral("sandboxClearLog"));
    clear->setToolTip(tr("Forget the requests logged so far"));
    connect(clear, &QPushButton::clicked, this, &SandboxDialog::clearLog);

    auto *top = new QHBoxLayout;
    top->addWidget(hintLabel(tr("The requests the sandbox received, newest last; secrets are masked."), page), 1);
    top->addWidget(clear);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_log->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SandboxDialog::showSelectedEntry);
    return page;
}

void SandboxDialog::setPort(quint16 port)
{
    const QSignalBlocker blocker(m_port);
    m_port->setValue(port);
}

quint16 SandboxDialog::port() const
{
    return quint16(m_port->value());
}

void SandboxDialog::showStartError(const QString &error, quint16 freePort)
{
    m_usePort = freePort;
    m_startError->setText(error);
    m_usePortButton->setText(tr("&Use Port %1").arg(freePort));
    m_usePortButton->setVisible(freePort != 0);
    m_errorRow->show();
}

void SandboxDialog::clearStartError()
{
    m_usePort = 0;
    m_startError->clear();
    m_errorRow->hide();
}

void SandboxDialog::updateRunning()
{
    const bool running = m_server->isRunning();
    m_state->setText(running ? tr("Running at %1").arg(m_server->provider()->issuer().toString()) : tr("Stopped"));
    m_state->setStyleSheet(running ? QStringLiteral("color: #26803c;") : QString());
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
    m_port->setEnabled(!running);
    if (running) {
        clearStartError();
        // The box shows the port it runs on (not a choice: no portChanged).
        const QSignalBlocker quiet(m_port);
        m_port->setValue(m_server->port());
    }
    updateEndpoints();
}

void SandboxDialog::updateEndpoints()
{
    const SandboxProvider *provider = m_server->provider();
    m_issuer->setText(provider->issuer().toString());
    m_authorizeUrl->setText(provider->endpoint(QStringLiteral("/authorize")).toString());
    m_tokenUrl->setText(provider->endpoint(QStringLiteral("/token")).toString());
    m_revokeUrl->setText(provider->endpoint(QStringLiteral("/revoke")).toString());
    m_apiUrl->setText(provider->apiUrl().toString());
}

void SandboxDialog::updateClients()
{
    const SandboxProvider *provider = m_server->provider();
    const QList<SandboxClient> &clients = SandboxProvider::clients();
    m_clients->setRowCount(int(clients.size()));
    for (int row = 0; row < clients.size(); ++row) {
        const SandboxClient &c = clients.at(row);
        const QStringList values{c.id, c.isPublic() ? tr("none (public client)") : c.secret,
                                 provider->effectiveAuthMethod(c), c.grantTypes.join(QStringLiteral(", "))};
        for (int column = 0; column < values.size(); ++column) {
            auto *item = m_clients->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                m_clients->setItem(row, column, item);
            }
            item->setText(values.at(column));
            item->setToolTip(column == 0 ? c.name : values.at(column));
        }
    }
}

void SandboxDialog::updateSwitches()
{
    const SandboxSettings &s = m_server->provider()->settings();
    m_updatingSwitches = true;
    m_lifetime->setValue(s.tokenLifetimeSeconds);
    m_rotate->setChecked(s.rotateRefreshTokens);
    m_clientAuth->setCurrentIndex(m_clientAuth->findData(int(s.clientAuth)));
    m_pkceRequired->setChecked(s.pkceRequired);
    m_omitExpiresIn->setChecked(s.omitExpiresIn);
    m_autoApprove->setChecked(s.autoApprove);
    m_failNext->setCurrentIndex(m_failNext->findData(int(s.failNext)));
    m_updatingSwitches = false;
}

void SandboxDialog::addLogEntry(const SandboxLogEntry &entry)
{
    const QScrollBar *bar = m_log->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum();
    m_logModel->append(entry);
    if (atBottom)
        m_log->scrollToBottom();
}

void SandboxDialog::showSelectedEntry()
{
    const QModelIndex current = m_log->selectionModel()->currentIndex();
    if (!current.isValid() || current.row() >= m_logModel->rowCount()) {
        m_logDetail->clear();
        return;
    }
    m_logDetail->setPlainText(describe(m_logModel->entry(current.row())));
}

void SandboxDialog::clearLog()
{
    m_server->provider()->clearLog();
    m_logModel->clear();
    m_logDetail->clear();
}

} // namespace cad
