#include "mainwindow/MainWindow.h"

#include "commands/ChangeAuthTypeCommand.h"
#include "commands/EditPropertyCommand.h"
#include "commands/ReplaceDefinitionCommand.h"
#include "commands/SetConnectorFieldCommand.h"
#include "common/AccessibleName.h"
#include "common/Icons.h"
#include "common/ModalSeam.h"
#include "connection/DesignTimeConnection.h"
#include "connectionpanel/ConnectionPanel.h"
#include "connectionpanel/InvalidationBanner.h"
#include "console/RequestConsole.h"
#include "diagnostics/DiagnosticsView.h"
#include "discovery/DiscoveryDialog.h"
#include "exchangelog/ExchangeLogView.h"
#include "files/AutosaveManager.h"
#include "files/RecentFiles.h"
#include "gallery/TemplateGallery.h"
#include "inspector/TokenInspector.h"
#include "io/DefinitionFile.h"
#include "mainwindow/ConnectionController.h"
#include "mainwindow/ConnectorSettingsForm.h"
#include "mainwindow/ConsoleController.h"
#include "mainwindow/DocumentController.h"
#include "mainwindow/ImportExportController.h"
#include "mainwindow/InspectorController.h"
#include "mainwindow/SandboxController.h"
#include "mainwindow/WindowSettings.h"
#include "model/ConnectorDocument.h"
#include "model/Lint.h"
#include "preview/PreviewForm.h"
#include "properties/PropertiesPanel.h"
#include "properties/PropertiesTableModel.h"
#include "requestpane/RequestPane.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace cad {

namespace {

bool isDefinitionFile(const QString &path)
{
    return path.endsWith(DefinitionFile::Suffix, Qt::CaseInsensitive) ||
           path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

QGroupBox *group(const QString &title, const char *objectName, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    box->setObjectName(QLatin1String(objectName));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(content);
    return box;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(QString(), parent)
{}

MainWindow::MainWindow(const QString &fileToOpen, QWidget *parent)
    : QMainWindow(parent)
    , m_document(new ConnectorDocument(this))
    , m_undoStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::icon(Icons::Icon::App));
    setAcceptDrops(true);
    setUnifiedTitleAndToolBarOnMac(true);

    m_documents = new DocumentController(m_document, m_undoStack, this);
    connect(m_documents, &DocumentController::statusMessage, this, &MainWindow::showStatus);
    // The file first, so that the views below are made for it (nothing else listens yet; what
    // follows an opened document is done once the controllers exist).
    const bool opened = !fileToOpen.isEmpty() && m_documents->openFile(fileToOpen);
    m_importExport = new ImportExportController(m_documents, this);
    m_sandbox = new SandboxController(this);
    createActions();
    setCentralWidget(createCentralWidget());
    createMenus();
    m_connections = new ConnectionController(m_document, m_connectionPanel, m_exchangeLog, m_preview, this);
    m_consoles = new ConsoleController(m_document, m_undoStack, m_connections, m_requestTabs);
    m_inspectors = new InspectorController(m_document, m_connections, m_exchangeLog, m_requestTabs);
    wireControllers();

    syncTypeCombo();
    if (opened)
        onDocumentReplaced(DocumentController::Replacement::Opened); // the sandbox first, then the views
    else
        updateDependentViews();
    updateTitle();
    // First start: give the table and the preview the room they need; then what was remembered.
    m_mainSplitter->setSizes({800, 560});
    m_leftSplitter->setSizes({640, 150});
    // The connection area as tall as its rows (it grows when a notice appears): the rest is the preview's.
    m_rightSplitter->setSizes({330, 210, m_connectionBox->sizeHint().height()});
    WindowSettings::restore(this, splitters(), m_connectionPanel);
    if (!opened)
        statusBar()->showMessage(tr("Ready"), 2000);
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    if (m_firstFramePainted)
        return;
    // Ask the keychain once the first frame is on screen (and read the secrets of the file opened
    // at start-up): D-Bus, the Secret Service and the library behind them must never delay the window.
    m_firstFramePainted = true;
    QTimer::singleShot(0, m_connections, &ConnectionController::startKeychain);
}

MainWindow::~MainWindow()
{
    delete m_connections;
    m_connections = nullptr;
    // Views and commands refer to the document: destroy them before it.
    delete m_documents;
    delete m_undoStack;
    delete takeCentralWidget();
}

void MainWindow::wireControllers()
{
    connect(m_document, &ConnectorDocument::changed, this, &MainWindow::updateDependentViews);
    connect(m_document, &ConnectorDocument::authTypeChanged, this, &MainWindow::syncTypeCombo);
    connect(m_document, &ConnectorDocument::reset, this, &MainWindow::syncTypeCombo);
    connect(m_preview, &PreviewForm::valuesChanged, this, [this]() {
        m_requestPane->setValues(m_preview->values());
        m_connections->sync();
    });

    // One document at a time: a new one gets a fresh connection, and its secrets when it has a file.
    connect(m_documents, &DocumentController::aboutToReplaceDocument, m_connections, &ConnectionController::startOver);
    connect(m_documents, &DocumentController::documentReplaced, this, &MainWindow::onDocumentReplaced);
    connect(m_connectionPanel, &ConnectionPanel::inspectRequested, this, &MainWindow::showTokenInspector);
    // A sandbox design gets the sandbox's own secret values (never a design that points elsewhere).
    m_connections->setSecretDefaults(
        [this](const ConnectorDefinition &definition) { return m_sandbox->secretsFor(definition); });
    connect(m_documents, &DocumentController::saved, m_connections, &ConnectionController::saveSecrets);
    connect(m_documents, &DocumentController::fileStateChanged, this, &MainWindow::updateTitle);
    // Open Recent is filled when it opens (the list is not needed for the first frame).
    connect(m_documents->recentFiles(), &RecentFiles::changed, this, [this]() { m_recentMenuStale = true; });
    connect(m_recentMenu, &QMenu::aboutToShow, this, [this]() {
        if (m_recentMenuStale)
            rebuildRecentMenu();
    });

    connect(m_importExport, &ImportExportController::statusMessage, this, &MainWindow::showStatus);
    connect(m_sandbox, &SandboxController::statusMessage, this, &MainWindow::showStatus);
    connect(m_document, &ConnectorDocument::changed, m_sandbox,
            [this]() { m_sandbox->follow(m_document->definition()); });
    connect(m_importExport, &ImportExportController::importFinished, this, &MainWindow::importFinished);

    connect(m_connections, &ConnectionController::statusMessage, this, &MainWindow::showStatus);
    connect(m_connections, &ConnectionController::accessTokenChanged, m_requestPane, &RequestPane::setAccessToken);
    connect(m_connections, &ConnectionController::capturedValuesChanged, m_requestPane,
            &RequestPane::setCapturedValues);
    connect(m_connections, &ConnectionController::secretsSaved, this, &MainWindow::secretsSaved);
    connect(m_connections, &ConnectionController::secretsLoaded, this, &MainWindow::secretsLoaded);
    connect(m_connections, &ConnectionController::testFinished, this,
            [this]() { m_requestTabs->setCurrentWidget(m_exchangeLog); });
    connect(m_connections, &ConnectionController::layoutChanged, this, [this]() {
        QTimer::singleShot(0, this, &MainWindow::fitConnectionArea); // after the layout settled
    });
    connect(m_connectionPanel, &ConnectionPanel::preferSystemBrowserChanged, this,
            &WindowSettings::savePreferSystemBrowser);
}

void MainWindow::onDocumentReplaced(DocumentController::Replacement how)
{
    m_sandbox->follow(m_document->definition()); // before the views: Connect may follow at once
    updateDependentViews();
    if (how == DocumentController::Replacement::Opened || how == DocumentController::Replacement::Recovered)
        m_connections->loadSecrets(); // then the sandbox's values for what the keychain lacks
    else
        m_connections->fillSecretDefaults();
    m_consoles->startOver(); // the answers of the previous design are not this one's
    m_inspectors->startOver();
}

QString MainWindow::filePath() const
{
    return m_documents->filePath();
}

AutosaveManager *MainWindow::autosave() const
{
    return m_documents->autosave();
}

DesignTimeConnection *MainWindow::designTimeConnection() const
{
    return m_connections->engine();
}

SignInController *MainWindow::signInController() const
{
    return m_connections->signInController();
}

SecretStore *MainWindow::secretStore() const
{
    return m_connections->secretStore();
}

QNetworkAccessManager *MainWindow::network() const
{
    return m_connections->network();
}

QHash<QString, QString> MainWindow::connectionValues() const
{
    return m_connections->connectionValues();
}

bool MainWindow::openFile(const QString &path)
{
    return m_documents->openFile(path);
}

bool MainWindow::saveFile(const QString &path)
{
    return m_documents->saveFile(path);
}

bool MainWindow::importFile(const QString &path)
{
    return m_importExport->importFile(path);
}

bool MainWindow::exportFile(const QString &path, ExportFormat format)
{
    return m_importExport->exportFile(path, format);
}

bool MainWindow::maybeSave()
{
    return m_documents->maybeSave();
}

void MainWindow::offerRecovery()
{
    m_documents->offerRecovery();
}

void MainWindow::newFile()
{
    m_documents->newFile();
}

bool MainWindow::save()
{
    return m_documents->save();
}

bool MainWindow::saveAs()
{
    return m_documents->saveAs();
}

void MainWindow::revert()
{
    m_documents->revert();
}

void MainWindow::showStatus(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

QList<QSplitter *> MainWindow::splitters() const
{
    return {m_mainSplitter, m_leftSplitter, m_rightSplitter};
}

void MainWindow::createActions()
{
    auto make = [this](const QString &text, const char *name, const QKeySequence &key, const QIcon &icon = QIcon()) {
        auto *a = new QAction(icon, text, this);
        a->setObjectName(QLatin1String(name));
        if (!key.isEmpty())
            a->setShortcut(key);
        return a;
    };
    m_newAction = make(tr("&New…"), "newAction", QKeySequence::New, Icons::icon(Icons::Icon::New));
    m_newAction->setStatusTip(tr("Start a new connector definition"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newFile);
    m_openAction = make(tr("&Open…"), "openAction", QKeySequence::Open, Icons::icon(Icons::Icon::Open));
    m_openAction->setStatusTip(tr("Open a connector definition file"));
    connect(m_openAction, &QAction::triggered, m_documents, &DocumentController::open);
    m_saveAction = make(tr("&Save"), "saveAction", QKeySequence::Save, Icons::icon(Icons::Icon::Save));
    m_saveAction->setStatusTip(tr("Save the definition (secret values stay in the keychain)"));
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);
    // KDE's and Windows' key schemes have no Save As key: Ctrl+Shift+S, as in GNOME and macOS.
    m_saveAsAction =
        make(tr("Save &As…"), "saveAsAction",
             QKeySequence::keyBindings(QKeySequence::SaveAs).isEmpty() ? QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)
                                                                       : QKeySequence(QKeySequence::SaveAs));
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);
    m_revertAction = make(tr("&Revert"), "revertAction", QKeySequence(), Icons::icon(Icons::Icon::Revert));
    m_revertAction->setStatusTip(tr("Discard unsaved changes and reload the file"));
    connect(m_revertAction, &QAction::triggered, this, &MainWindow::revert);
    m_importAction = make(tr("&Import…"), "importAction", QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(
        tr("Create a connector from an OpenAPI / Swagger description or a Postman collection"));
    connect(m_importAction, &QAction::triggered, m_importExport, &ImportExportController::importDescription);
    m_exportOpenApiAction = make(tr("&OpenAPI 3.0…"), "exportOpenApiAction", QKeySequence());
    connect(m_exportOpenApiAction, &QAction::triggered, this,
            [this]() { m_importExport->exportDescription(ExportFormat::OpenApi); });
    m_exportPostmanAction = make(tr("&Postman Collection…"), "exportPostmanAction", QKeySequence());
    connect(m_exportPostmanAction, &QAction::triggered, this,
            [this]() { m_importExport->exportDescription(ExportFormat::Postman); });
    m_quitAction = make(tr("&Quit"), "quitAction", QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(Icons::icon(Icons::Icon::Undo));
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setIcon(Icons::icon(Icons::Icon::Redo));

    m_discoveryAction = make(tr("Fill from &Discovery…"), "fillFromDiscoveryAction", QKeySequence());
    m_discoveryAction->setStatusTip(
        tr("Read the provider's OAuth or OpenID discovery document and fill in its endpoints, PKCE and scopes"));
    connect(m_discoveryAction, &QAction::triggered, this, &MainWindow::fillFromDiscovery);

    m_aboutAction = make(tr("&About Connector Auth Designer"), "aboutAction", QKeySequence());
    connect(m_aboutAction, &QAction::triggered, this, [this]() {
        ModalSeam::inform(this, QMessageBox::Information, tr("About Connector Auth Designer"),
                          tr("Connector Auth Designer %1").arg(QCoreApplication::applicationVersion()),
                          tr("Design, preview and test the authentication of REST API connectors."));
    });
}

QWidget *MainWindow::createCentralWidget()
{
    // Left: connector settings, authentication, problems.
    m_settings = new ConnectorSettingsForm(m_document, m_undoStack, this);
    auto *settingsBox = group(tr("Connector"), "connectorGroup", m_settings, this);

    auto *authWidget = new QWidget(this);
    auto *authLayout = new QVBoxLayout(authWidget);
    authLayout->setContentsMargins(0, 0, 0, 0);
    auto *typeRow = new QFormLayout;
    typeRow->setContentsMargins(0, 0, 0, 0);
    m_typeCombo = new QComboBox(authWidget);
    m_typeCombo->setObjectName(QStringLiteral("authTypeCombo"));
    for (AuthType t : allAuthTypes())
        m_typeCombo->addItem(authTypeDisplayName(t), authTypeId(t));
    m_typeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *typeLabel = new QLabel(tr("Authentication &type:"), authWidget);
    typeLabel->setBuddy(m_typeCombo);
    m_typeCombo->setAccessibleName(AccessibleName::fromLabel(typeLabel->text()));
    typeRow->addRow(typeLabel, m_typeCombo);
    authLayout->addLayout(typeRow);
    m_properties = new PropertiesPanel(m_document, m_undoStack, authWidget);
    authLayout->addWidget(m_properties, 1);
    connect(m_typeCombo, &QComboBox::activated, this, [this](int index) {
        if (const auto type = authTypeFromId(m_typeCombo->itemData(index).toString()))
            changeAuthType(*type);
    });
    auto *authBox = group(tr("Authentication"), "authenticationGroup", authWidget, this);

    m_diagnostics = new DiagnosticsView(this);
    m_diagnosticsGroup = group(tr("Problems"), "problemsGroup", m_diagnostics, this);
    connect(m_diagnostics, &DiagnosticsView::diagnosticActivated, this, &MainWindow::onDiagnosticActivated);
    connect(m_diagnostics, &DiagnosticsView::fixRequested, this, &MainWindow::applyFix);

    auto *editor = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(settingsBox);
    editorLayout->addWidget(authBox, 1);

    m_leftSplitter = new QSplitter(Qt::Vertical, this);
    m_leftSplitter->setObjectName(QStringLiteral("leftSplitter"));
    m_leftSplitter->addWidget(editor);
    m_leftSplitter->addWidget(m_diagnosticsGroup);
    m_leftSplitter->setStretchFactor(0, 4);
    m_leftSplitter->setStretchFactor(1, 1);
    m_leftSplitter->setChildrenCollapsible(false);

    // Right: preview, request, connection.
    m_preview = new PreviewForm(this);
    m_preview->setObjectName(QStringLiteral("previewForm"));
    auto *previewBox = group(tr("End-User Preview"), "previewGroup", m_preview, this);

    m_requestPane = new RequestPane(this);
    m_requestPane->setObjectName(QStringLiteral("requestPane"));
    // The request pane shows its own heading.
    // The exchange log sits in a tab beside the request: every exchange of the connection, redacted.
    m_exchangeLog = new ExchangeLogView(this);
    m_exchangeLog->setObjectName(QStringLiteral("exchangeLog"));
    m_requestTabs = new QTabWidget(this);
    m_requestTabs->setObjectName(QStringLiteral("requestTabs"));
    m_requestTabs->setDocumentMode(true);
    m_requestTabs->addTab(m_requestPane, tr("Request"));
    m_requestTabs->addTab(m_exchangeLog, tr("Exchange Log"));
    auto *requestBox = group(QString(), "requestGroup", m_requestTabs, this);

    m_connectionPanel = new ConnectionPanel(this);
    m_connectionBox = group(tr("Design-Time Connection"), "connectionGroup", m_connectionPanel, this);
    connect(m_preview, &PreviewForm::connectRequested, m_connectionPanel, &ConnectionPanel::connectRequested);

    m_rightSplitter = new QSplitter(Qt::Vertical, this);
    m_rightSplitter->setObjectName(QStringLiteral("rightSplitter"));
    m_rightSplitter->addWidget(previewBox);
    m_rightSplitter->addWidget(requestBox);
    m_rightSplitter->addWidget(m_connectionBox);
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 1);
    m_rightSplitter->setStretchFactor(2, 0);
    m_rightSplitter->setChildrenCollapsible(false);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_leftSplitter);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);
    m_mainSplitter->setChildrenCollapsible(false);

    // The banner sits in the connection area, above the panel it is about: showing it never moves
    // the table or the preview (a click aimed at a row stays on that row). The area grows into the
    // request pane to make room.
    m_banner = new InvalidationBanner(m_connectionBox);
    m_banner->hide();
    static_cast<QVBoxLayout *>(m_connectionBox->layout())->insertWidget(0, m_banner);
    connect(m_banner, &InvalidationBanner::connectAgainRequested, m_connectionPanel,
            &ConnectionPanel::connectRequested);
    connect(m_connectionPanel, &ConnectionPanel::stateChanged, this, [this](ConnectionState state) {
        const bool show = state == ConnectionState::Invalidated;
        if (show == m_banner->isVisibleTo(m_connectionBox))
            return;
        m_banner->setVisible(show);
        QTimer::singleShot(0, this, &MainWindow::fitConnectionArea); // after the layout settled
    });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_mainSplitter, 1);

    // Tab order follows the layout: settings, type, table, problems, preview, request, connection.
    setTabOrder(m_settings->editorForField(QStringLiteral("testRequest.path")), m_typeCombo);
    setTabOrder(m_typeCombo, m_properties->view());
    setTabOrder(m_properties->view(), m_diagnostics);
    return central;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    QAction *fromTemplate = file->addAction(tr("New from &Template…"));
    fromTemplate->setObjectName(QStringLiteral("newFromTemplateAction"));
    fromTemplate->setStatusTip(tr("Start from a provider's template: its endpoints, scopes and test request"));
    connect(fromTemplate, &QAction::triggered, this, [this]() {
        // The gallery reads the templates when it opens, never at start-up.
        auto *gallery = new TemplateGallery(this);
        gallery->setAttribute(Qt::WA_DeleteOnClose);
        connect(gallery, &QDialog::accepted, this,
                [this, gallery]() { m_documents->newFromTemplate(gallery->selectedKey()); });
        gallery->open();
    });
    // The samples are read when the menu opens, never at start-up.
    QMenu *samples = file->addMenu(tr("New from S&ample"));
    samples->setObjectName(QStringLiteral("samplesMenu"));
    connect(samples, &QMenu::aboutToShow, this, [this, samples]() {
        if (!samples->isEmpty())
            return;
        for (const auto &[path, name] : DocumentController::samples()) {
            QAction *a = samples->addAction(name);
            a->setObjectName(QStringLiteral("sample_") +
                             QFileInfo(path).completeBaseName().section(QLatin1Char('.'), 0, 0));
            a->setStatusTip(tr("Start a new connector from the sample %1").arg(QFileInfo(path).fileName()));
            connect(a, &QAction::triggered, m_documents, [this, path]() { m_documents->newFromSample(path); });
        }
    });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addAction(m_revertAction);
    file->addSeparator();
    file->addAction(m_importAction);
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    exportMenu->addAction(m_exportOpenApiAction);
    exportMenu->addAction(m_exportPostmanAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->setToolTipsVisible(true);
    for (QAction *a : m_properties->rowActions())
        edit->addAction(a);
    edit->addAction(m_properties->addAdvancedAction());
    edit->addSeparator();
    edit->addAction(m_discoveryAction);

    QMenu *connection = menuBar()->addMenu(tr("&Connection"));
    auto addConnectionAction = [this, connection](const QString &text, const char *name, Icons::Icon icon,
                                                  void (ConnectionPanel::*signal)()) {
        QAction *a = connection->addAction(Icons::icon(icon), text);
        a->setObjectName(QLatin1String(name));
        connect(a, &QAction::triggered, m_connectionPanel, signal);
        return a;
    };
    addConnectionAction(tr("&Connect"), "connectAction", Icons::Icon::Connect, &ConnectionPanel::connectRequested)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    addConnectionAction(tr("&Test Request"), "testAction", Icons::Icon::Test, &ConnectionPanel::testRequested)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    addConnectionAction(tr("&Refresh Token Now"), "refreshAction", Icons::Icon::Refresh,
                        &ConnectionPanel::refreshRequested);
    addConnectionAction(tr("&Disconnect"), "disconnectAction", Icons::Icon::Disconnect,
                        &ConnectionPanel::disconnectRequested);
    connection->addSeparator();
    QAction *rehearse = connection->addAction(tr("Re&hearse Token Lifecycle…"));
    rehearse->setObjectName(QStringLiteral("rehearseAction"));
    rehearse->setToolTip(tr("Check how the provider handles expiry, refresh, rotation, reuse and revocation"));
    connect(rehearse, &QAction::triggered, m_connectionPanel, &ConnectionPanel::rehearseRequested);
    QAction *inspect = connection->addAction(tr("&Inspect Tokens"));
    inspect->setObjectName(QStringLiteral("inspectTokensAction"));
    inspect->setToolTip(tr("The tokens of the connection, decoded and checked against the design"));
    connect(inspect, &QAction::triggered, m_connectionPanel, &ConnectionPanel::inspectRequested);
    QAction *sandbox = connection->addAction(tr("Sand&box Provider…"));
    sandbox->setObjectName(QStringLiteral("sandboxAction"));
    sandbox->setToolTip(tr("The built-in OAuth provider: start and stop it, its clients, switches and request log"));
    connect(sandbox, &QAction::triggered, this, [this]() { m_sandbox->showDialog(this); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setMovable(false);
    tools->setIconSize(QSize(18, 18));
    tools->addAction(m_newAction);
    tools->addAction(m_openAction);
    tools->addAction(m_saveAction);
    tools->addSeparator();
    tools->addAction(m_undoAction);
    tools->addAction(m_redoAction);

    // View: the toolbar, and a key for each area of the window, so that every part of it is one
    // shortcut away with the keyboard (Tab alone walks through dozens of fields first).
    QMenu *view = new QMenu(tr("&View"), this);
    view->setObjectName(QStringLiteral("viewMenu"));
    menuBar()->insertMenu(help->menuAction(), view);
    QAction *toolbarToggle = tools->toggleViewAction();
    toolbarToggle->setText(tr("&Toolbar"));
    toolbarToggle->setObjectName(QStringLiteral("toggleToolbarAction"));
    view->addAction(toolbarToggle);
    view->addSeparator();
    auto addGoTo = [this, view](const QString &text, const char *name, Qt::Key key, auto &&show) {
        QAction *a = view->addAction(text);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(QKeySequence(Qt::CTRL | key));
        connect(a, &QAction::triggered, this, show);
    };
    addGoTo(tr("&Properties"), "goToPropertiesAction", Qt::Key_1,
            [this]() { m_properties->view()->setFocus(Qt::ShortcutFocusReason); });
    addGoTo(tr("P&roblems"), "goToProblemsAction", Qt::Key_2,
            [this]() { m_diagnostics->setFocus(Qt::ShortcutFocusReason); });
    addGoTo(tr("End-User Pre&view"), "goToPreviewAction", Qt::Key_3, [this]() {
        const QList<QWidget *> fields = m_preview->fieldEditors();
        QWidget *target =
            fields.isEmpty() ? m_preview->findChild<QWidget *>(QStringLiteral("previewConnect")) : fields.constFirst();
        if (target)
            target->setFocus(Qt::ShortcutFocusReason);
    });
    addGoTo(tr("&Request"), "goToRequestAction", Qt::Key_4, [this]() {
        m_requestTabs->setCurrentWidget(m_requestPane);
        if (auto *curl = m_requestPane->findChild<QWidget *>(QStringLiteral("requestCurl")))
            curl->setFocus(Qt::ShortcutFocusReason);
    });
    addGoTo(tr("&Exchange Log"), "goToExchangeLogAction", Qt::Key_5, [this]() {
        m_requestTabs->setCurrentWidget(m_exchangeLog);
        if (auto *table = m_exchangeLog->findChild<QWidget *>(QStringLiteral("exchangeTable")))
            table->setFocus(Qt::ShortcutFocusReason);
    });
    addGoTo(tr("&Connection"), "goToConnectionAction", Qt::Key_6, [this]() {
        if (auto *connect = m_connectionPanel->findChild<QWidget *>(QStringLiteral("connectButton")))
            connect->setFocus(Qt::ShortcutFocusReason);
    });
    addGoTo(tr("Re&quests"), "goToRequestsAction", Qt::Key_7, [this]() {
        m_requestTabs->setCurrentWidget(m_consoles->page());
        if (auto *target = m_consoles->console()->findChild<QWidget *>(QStringLiteral("consoleTarget")))
            target->setFocus(Qt::ShortcutFocusReason);
    });
    addGoTo(tr("T&okens"), "goToTokensAction", Qt::Key_8, [this]() { showTokenInspector(); });
}

void MainWindow::showTokenInspector()
{
    m_requestTabs->setCurrentWidget(m_inspectors->page());
    m_inspectors->inspector()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenuStale = false;
    m_recentMenu->clear();
    const QStringList files = m_documents->recentFiles()->files();
    int n = 1;
    for (const QString &path : files) {
        const QString label =
            n < 10 ? QStringLiteral("&%1 %2").arg(n).arg(QFileInfo(path).fileName()) : QFileInfo(path).fileName();
        QAction *a = m_recentMenu->addAction(label);
        a->setToolTip(path);
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path]() { openFile(path); });
        ++n;
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        QAction *clear = m_recentMenu->addAction(tr("&Clear List"));
        connect(clear, &QAction::triggered, m_documents->recentFiles(), &RecentFiles::clear);
    }
}

void MainWindow::updateDependentViews()
{
    const ConnectorDefinition &d = m_document->definition();
    m_preview->setDefinition(d);
    m_requestPane->setRequest(d, m_preview->values());
    if (m_connections)
        m_connections->sync();
    m_diagnostics->setDiagnostics(m_document->diagnostics(), d);
    m_diagnosticsGroup->setTitle(
        m_document->diagnostics().isEmpty() ? tr("Problems") : tr("Problems (%1)").arg(m_diagnostics->summary()));
    updateTitle();
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Connector Auth Designer").arg(m_documents->displayName()));
    setWindowModified(!m_undoStack->isClean());
    m_revertAction->setEnabled(!m_documents->filePath().isEmpty() && !m_undoStack->isClean());
}

void MainWindow::syncTypeCombo()
{
    const AuthType type = m_document->definition().authType;
    // Discovery fills what only the OAuth types have.
    m_discoveryAction->setEnabled(isOAuth(type));
    const int i = m_typeCombo->findData(authTypeId(m_document->definition().authType));
    if (i != m_typeCombo->currentIndex()) {
        const QSignalBlocker blocker(m_typeCombo);
        m_typeCombo->setCurrentIndex(i);
    }
}

bool MainWindow::changeAuthType(AuthType type)
{
    const ConnectorDefinition &d = m_document->definition();
    if (type == d.authType)
        return true;
    // Ask only about what the author made and the switch really discards (the model decides).
    const QStringList lost = d.lostByChangeAuthType(type);
    if (!lost.isEmpty()) {
        const auto answer = ModalSeam::ask(
            this, QMessageBox::Question, tr("Change Authentication Type"),
            lost.size() == 1
                ? tr("Switching to %1 discards a property you added or filled in.").arg(authTypeDisplayName(type))
                : tr("Switching to %1 discards %2 properties you added or filled in.")
                      .arg(authTypeDisplayName(type))
                      .arg(lost.size()),
            tr("These are removed: %1. You can undo the switch with %2.")
                .arg(lost.join(QStringLiteral(", ")),
                     QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard && answer != QMessageBox::Yes && answer != QMessageBox::Ok) {
            syncTypeCombo();
            return false;
        }
    }
    m_undoStack->push(new ChangeAuthTypeCommand(m_document, type));
    return true;
}

bool MainWindow::applyFix(const Diagnostic &finding)
{
    // A copy: the edit below replaces the problems list, where the caller's reference may point.
    const Diagnostic diagnostic = finding;
    const ConnectorDefinition &d = m_document->definition();
    ConnectorDefinition fixed = d;
    if (!Fixes::apply(fixed, diagnostic))
        return false;
    // The same fix as `auth-designer-cli lint --fix`, as one undoable edit of what it changes.
    if (diagnostic.propertyIndex >= 0)
        m_undoStack->push(new EditPropertyCommand(m_document, diagnostic.propertyIndex,
                                                  fixed.properties.at(diagnostic.propertyIndex), diagnostic.fixLabel));
    else if (fixed.baseUrl != d.baseUrl)
        m_undoStack->push(
            new SetConnectorFieldCommand(m_document, SetConnectorFieldCommand::Field::BaseUrl, fixed.baseUrl));
    else if (fixed.testRequest.path != d.testRequest.path)
        m_undoStack->push(new SetConnectorFieldCommand(m_document, SetConnectorFieldCommand::Field::TestPath,
                                                       fixed.testRequest.path));
    else
        return false;
    statusBar()->showMessage(
        tr("Applied: %1. Undo with %2.")
            .arg(diagnostic.fixLabel, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
        5000);
    return true;
}

void MainWindow::fillFromDiscovery()
{
    auto *dialog = new DiscoveryDialog(m_document->definition(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        // Against the design as it is now, with the document the dialog read.
        const Discovery::Plan plan = dialog->planFor(m_document->definition());
        if (plan.changes.isEmpty())
            return;
        m_undoStack->push(new ReplaceDefinitionCommand(m_document, plan.definition, tr("Fill from discovery")));
        const QString undo = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
        statusBar()->showMessage(
            plan.changes.size() == 1
                ? tr("Filled 1 field from discovery. Undo with %1.").arg(undo)
                : tr("Filled %1 fields from discovery. Undo with %2.").arg(plan.changes.size()).arg(undo),
            5000);
    });
    dialog->open();
}

void MainWindow::onDiagnosticActivated(const Diagnostic &diagnostic)
{
    if (diagnostic.propertyIndex >= 0 && diagnostic.propertyIndex < m_document->propertyCount()) {
        m_properties->selectCell(diagnostic.propertyIndex, PropertiesTableModel::columnForField(diagnostic.field));
        return;
    }
    if (m_settings->focusField(diagnostic.field))
        return;
    if (diagnostic.path.startsWith(QLatin1String("authentication")))
        m_typeCombo->setFocus(Qt::OtherFocusReason);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    WindowSettings::save(this, splitters());
    m_documents->autosave()->discard();
    // A sign-in still waiting in the browser ends with the window.
    if (designTimeConnection()->state() == ConnectionState::Authorizing)
        designTimeConnection()->cancelAuthorization();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.constFirst().isLocalFile() && isDefinitionFile(urls.constFirst().toLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.constFirst().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.constFirst().toLocalFile();
    // Open after the drop returns: the drag source must not wait for our dialogs.
    QMetaObject::invokeMethod(
        this, [this, path]() { openFile(path); }, Qt::QueuedConnection);
}

void MainWindow::fitConnectionArea()
{
    // The connection area grows (taking room from the request pane, then the preview) when a notice
    // or the redirect row appears, so that nothing in it is squeezed.
    QList<int> sizes = m_rightSplitter->sizes();
    if (sizes.size() != 3 || sizes.at(2) <= 0)
        return;
    // Wrapped text (the banner, the status, a notice) needs the height for the area's real width.
    const int needed = m_connectionBox->hasHeightForWidth() ? m_connectionBox->heightForWidth(m_connectionBox->width())
                                                            : m_connectionBox->sizeHint().height();
    int missing = needed - sizes.at(2);
    for (int i : {1, 0}) {
        if (missing <= 0)
            break;
        const int spare = std::max(0, sizes.at(i) - m_rightSplitter->widget(i)->minimumSizeHint().height());
        const int taken = std::min(missing, spare);
        sizes[i] -= taken;
        sizes[2] += taken;
        missing -= taken;
    }
    m_rightSplitter->setSizes(sizes);
}

} // namespace cad
