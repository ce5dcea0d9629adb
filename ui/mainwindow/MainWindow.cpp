#include "mainwindow/MainWindow.h"

#include "browser/SignInController.h"
#include "commands/ChangeAuthTypeCommand.h"
#include "commands/EditPropertyCommand.h"
#include "common/Icons.h"
#include "common/ModalSeam.h"
#include "connectionpanel/ConnectionPanel.h"
#include "connection/CredentialDestinations.h"
#include "connection/DesignTimeConnection.h"
#include "connectionpanel/InvalidationBanner.h"
#include "core/Logging.h"
#include "diagnostics/DiagnosticsView.h"
#include "exchange/DiscoveryFetcher.h"
#include "exchange/Importer.h"
#include "exchangelog/ExchangeLogView.h"
#include "files/AutosaveManager.h"
#include "files/RecentFiles.h"
#include "io/AtomicFile.h"
#include "io/DefinitionFile.h"
#include "mainwindow/ConnectorSettingsForm.h"
#include "model/ConnectorDocument.h"
#include "preview/PreviewForm.h"
#include "properties/PropertiesPanel.h"
#include "properties/PropertiesTableModel.h"
#include "requestpane/RequestPane.h"
#include "secrets/DefinitionSecrets.h"
#include "secrets/SecretStore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
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

QString fileFilter()
{
    return QCoreApplication::translate("cad::MainWindow", "Connector definitions (*%1);;All files (*)")
        .arg(DefinitionFile::Suffix);
}

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
    : QMainWindow(parent)
    , m_document(new ConnectorDocument(this))
    , m_undoStack(new QUndoStack(this))
    , m_autosave(new AutosaveManager(m_document, this))
    , m_recent(new RecentFiles(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::icon(Icons::Icon::App));
    setAcceptDrops(true);
    setUnifiedTitleAndToolBarOnMac(true);
    m_network = new QNetworkAccessManager(this);
    m_secrets = new SecretStore(SecretStore::Mode::Keychain, this);

    createActions();
    setCentralWidget(createCentralWidget());
    createMenus();
    createConnection();
    statusBar()->showMessage(tr("Ready"), 2000);

    connect(m_document, &ConnectorDocument::changed, this, &MainWindow::updateDependentViews);
    connect(m_document, &ConnectorDocument::authTypeChanged, this, &MainWindow::syncTypeCombo);
    connect(m_document, &ConnectorDocument::reset, this, &MainWindow::syncTypeCombo);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        m_document->setModified(!clean);
        if (clean)
            m_autosave->discard();
        updateTitle();
    });
    connect(m_recent, &RecentFiles::changed, this, &MainWindow::rebuildRecentMenu);

    syncTypeCombo();
    updateDependentViews();
    rebuildRecentMenu();
    updateTitle();
    readSettings();

    // Ask the keychain after the first paint: a slow Secret Service must never delay the window.
    connect(m_secrets, &SecretStore::persistenceChanged, this, &MainWindow::showKeychainNotice);
    QTimer::singleShot(0, this, [this]() {
        m_secrets->detectBackend(this, [this](bool persistent) { showKeychainNotice(persistent); });
    });
}

MainWindow::~MainWindow()
{
    delete m_signIn;
    if (m_engine) {
        m_engine->disconnect();
        m_engine->cancelAuthorization();
        delete m_engine;
    }
    // Views and commands refer to the document: destroy them before it.
    disconnect(m_undoStack, nullptr, this, nullptr);
    delete m_undoStack;
    delete takeCentralWidget();
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
    QStyle *s = style();
    m_newAction = make(tr("&New…"), "newAction", QKeySequence::New, s->standardIcon(QStyle::SP_FileIcon));
    m_newAction->setStatusTip(tr("Start a new connector definition"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newFile);
    m_openAction = make(tr("&Open…"), "openAction", QKeySequence::Open, s->standardIcon(QStyle::SP_DialogOpenButton));
    m_openAction->setStatusTip(tr("Open a connector definition file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::open);
    m_saveAction = make(tr("&Save"), "saveAction", QKeySequence::Save, s->standardIcon(QStyle::SP_DialogSaveButton));
    m_saveAction->setStatusTip(tr("Save the definition (secret values stay in the keychain)"));
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);
    m_saveAsAction = make(tr("Save &As…"), "saveAsAction", QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);
    m_revertAction = make(tr("&Revert"), "revertAction", QKeySequence(), s->standardIcon(QStyle::SP_BrowserReload));
    m_revertAction->setStatusTip(tr("Discard unsaved changes and reload the file"));
    connect(m_revertAction, &QAction::triggered, this, &MainWindow::revert);
    m_importAction = make(tr("&Import…"), "importAction", QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(
        tr("Create a connector from an OpenAPI / Swagger description or a Postman collection"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importDescription);
    m_exportOpenApiAction = make(tr("&OpenAPI 3.0…"), "exportOpenApiAction", QKeySequence());
    connect(m_exportOpenApiAction, &QAction::triggered, this, [this]() { exportDescription(ExportFormat::OpenApi); });
    m_exportPostmanAction = make(tr("&Postman Collection…"), "exportPostmanAction", QKeySequence());
    connect(m_exportPostmanAction, &QAction::triggered, this, [this]() { exportDescription(ExportFormat::Postman); });
    m_quitAction = make(tr("&Quit"), "quitAction", QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(s->standardIcon(QStyle::SP_ArrowBack));
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setIcon(s->standardIcon(QStyle::SP_ArrowForward));

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
    m_typeCombo->setAccessibleName(tr("Authentication type"));
    for (AuthType t : allAuthTypes())
        m_typeCombo->addItem(authTypeDisplayName(t), authTypeId(t));
    m_typeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *typeLabel = new QLabel(tr("Authentication &type:"), authWidget);
    typeLabel->setBuddy(m_typeCombo);
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

    m_connection = new ConnectionPanel(this);
    auto *connectionBox = group(tr("Design-Time Connection"), "connectionGroup", m_connection, this);
    m_connectionBox = connectionBox;
    // The panel's requests go to whichever connection belongs to the current document.
    connect(m_connection, &ConnectionPanel::connectRequested, this, [this]() {
        syncConnectionValues();
        m_engine->connectToService();
    });
    connect(m_connection, &ConnectionPanel::testRequested, this, [this]() {
        syncConnectionValues();
        m_engine->test();
    });
    connect(m_connection, &ConnectionPanel::refreshRequested, this, [this]() { m_engine->refreshNow(); });
    connect(m_connection, &ConnectionPanel::disconnectRequested, this, [this]() { m_engine->disconnectFromService(); });
    {
        QSettings settings;
        m_connection->setPreferSystemBrowser(settings.value(QStringLiteral("connection/systemBrowser")).toBool());
    }
    connect(m_connection, &ConnectionPanel::preferSystemBrowserChanged, this, [this](bool prefer) {
        if (m_signIn)
            m_signIn->setPreferSystemBrowser(prefer);
        QSettings().setValue(QStringLiteral("connection/systemBrowser"), prefer);
    });
    connect(m_preview, &PreviewForm::valuesChanged, this, [this]() {
        m_requestPane->setValues(m_preview->values());
        syncConnectionValues();
    });
    connect(m_preview, &PreviewForm::connectRequested, m_connection, &ConnectionPanel::connectRequested);

    m_rightSplitter = new QSplitter(Qt::Vertical, this);
    m_rightSplitter->setObjectName(QStringLiteral("rightSplitter"));
    m_rightSplitter->addWidget(previewBox);
    m_rightSplitter->addWidget(requestBox);
    m_rightSplitter->addWidget(connectionBox);
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

    m_banner = new InvalidationBanner(this);
    m_banner->hide();
    connect(m_banner, &InvalidationBanner::connectAgainRequested, m_connection, &ConnectionPanel::connectRequested);
    connect(m_connection, &ConnectionPanel::stateChanged, this,
            [this](ConnectionState state) { m_banner->setVisible(state == ConnectionState::Invalidated); });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_banner);
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

    QMenu *connection = menuBar()->addMenu(tr("&Connection"));
    auto addConnectionAction = [this, connection](const QString &text, const char *name, Icons::Icon icon,
                                                  void (ConnectionPanel::*signal)()) {
        QAction *a = connection->addAction(Icons::icon(icon), text);
        a->setObjectName(QLatin1String(name));
        connect(a, &QAction::triggered, m_connection, signal);
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

    QMenu *view = menuBar()->addMenu(tr("&View"));
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
    view->addAction(tools->toggleViewAction());
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recent->files();
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
        connect(clear, &QAction::triggered, m_recent, &RecentFiles::clear);
    }
}

void MainWindow::updateDependentViews()
{
    const ConnectorDefinition &d = m_document->definition();
    m_preview->setDefinition(d);
    m_requestPane->setRequest(d, m_preview->values());
    if (m_engine)
        syncConnection();
    m_diagnostics->setDiagnostics(m_document->diagnostics());
    m_diagnosticsGroup->setTitle(
        m_document->diagnostics().isEmpty() ? tr("Problems") : tr("Problems (%1)").arg(m_diagnostics->summary()));
    m_revertAction->setEnabled(!m_filePath.isEmpty() && !m_undoStack->isClean());
    updateTitle();
}

void MainWindow::updateTitle()
{
    const QString name = m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
    setWindowTitle(tr("%1[*] — Connector Auth Designer").arg(name));
    setWindowModified(!m_undoStack->isClean());
    if (m_revertAction)
        m_revertAction->setEnabled(!m_filePath.isEmpty() && !m_undoStack->isClean());
}

void MainWindow::syncTypeCombo()
{
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
    QStringList own;
    for (const Property &p : d.properties) {
        if (!p.builtIn)
            own.append(p.name);
    }
    if (!own.isEmpty()) {
        const auto answer = ModalSeam::ask(
            this, QMessageBox::Question, tr("Change Authentication Type"),
            own.size() == 1 ? tr("Switching to %1 discards the property you added.").arg(authTypeDisplayName(type))
                            : tr("Switching to %1 discards the %2 properties you added.")
                                  .arg(authTypeDisplayName(type))
                                  .arg(own.size()),
            tr("These are removed: %1. You can undo the switch with %2.")
                .arg(own.join(QStringLiteral(", ")),
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
    if (!diagnostic.hasFix() || diagnostic.propertyIndex < 0 || diagnostic.propertyIndex >= d.properties.size())
        return false;
    Property p = d.properties.at(diagnostic.propertyIndex);
    if (diagnostic.field == QLatin1String("sendAs.template"))
        p.sendAs.valueTemplate = diagnostic.fixValue;
    else if (diagnostic.field == QLatin1String("sendAs.key"))
        p.sendAs.key = diagnostic.fixValue;
    else if (diagnostic.field == QLatin1String("value"))
        p.value = diagnostic.fixValue;
    else
        return false;
    m_undoStack->push(new EditPropertyCommand(m_document, diagnostic.propertyIndex, p, diagnostic.fixLabel));
    statusBar()->showMessage(
        tr("Applied: %1. Undo with %2.")
            .arg(diagnostic.fixLabel, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
        5000);
    return true;
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

bool MainWindow::maybeSave()
{
    if (m_undoStack->isClean())
        return true;
    const QString name = m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
    const auto answer =
        ModalSeam::ask(this, QMessageBox::Warning, tr("Unsaved Changes"),
                       tr("Save the changes to \"%1\" before continuing?").arg(name),
                       tr("Your changes are lost if you don't save them."),
                       QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    switch (answer) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void MainWindow::newFile()
{
    if (!maybeSave())
        return;
    QStringList names;
    for (AuthType t : allAuthTypes())
        names.append(authTypeDisplayName(t));
    const QString chosen =
        ModalSeam::choose(this, tr("New Connector"), tr("Authentication &type of the new connector:"), names,
                          int(allAuthTypes().indexOf(DefaultAuthType)));
    if (chosen.isEmpty())
        return;
    const AuthType type = allAuthTypes().at(std::max<qsizetype>(0, names.indexOf(chosen)));
    createConnection();
    m_document->setDefinition(ConnectorDefinition::create(type));
    m_undoStack->clear();
    m_filePath.clear();
    m_autosave->setSourcePath({});
    m_autosave->discard();
    updateDependentViews();
    statusBar()->showMessage(tr("New connector with %1").arg(authTypeDisplayName(type)), 4000);
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = ModalSeam::openFileName(this, tr("Open Connector Definition"), startDirectory(), fileFilter());
    if (!path.isEmpty())
        loadWithoutPrompt(path);
}

bool MainWindow::openFile(const QString &path)
{
    if (!maybeSave())
        return false;
    return loadWithoutPrompt(path);
}

bool MainWindow::loadWithoutPrompt(const QString &path)
{
    const DefinitionFile::ReadResult result = DefinitionFile::read(path);
    if (!result.ok()) {
        QStringList lines;
        for (const Diagnostic &d : result.diagnostics)
            lines.append(d.toString());
        ModalSeam::inform(this, QMessageBox::Warning, tr("Cannot Open File"),
                          tr("\"%1\" is not a valid connector definition.").arg(QFileInfo(path).fileName()),
                          tr("The current design was left as it was. Fix these problems in the file and open it "
                             "again:\n\n%1")
                              .arg(lines.mid(0, 10).join(QLatin1Char('\n'))),
                          lines.join(QLatin1Char('\n')));
        if (!QFileInfo::exists(path))
            m_recent->remove(path);
        return false;
    }
    createConnection();
    m_document->setDefinition(*result.definition);
    m_undoStack->clear();
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_autosave->setSourcePath(m_filePath);
    m_autosave->discard();
    m_recent->add(m_filePath);
    updateDependentViews();
    loadSecrets();
    if (!result.diagnostics.isEmpty())
        statusBar()->showMessage(result.diagnostics.constFirst().toString(), 8000);
    else
        statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_filePath)), 4000);
    return true;
}

bool MainWindow::save()
{
    if (m_filePath.isEmpty())
        return saveAs();
    return saveFile(m_filePath);
}

bool MainWindow::saveAs()
{
    QString suggested = m_filePath;
    if (suggested.isEmpty())
        suggested = startDirectory() + QLatin1Char('/') + m_document->definition().key + DefinitionFile::Suffix;
    QString path = ModalSeam::saveFileName(this, tr("Save Connector Definition"), suggested, fileFilter());
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += DefinitionFile::Suffix;
    return saveFile(path);
}

bool MainWindow::saveFile(const QString &path)
{
    const Status status = DefinitionFile::write(path, m_document->definition());
    if (!status.ok()) {
        ModalSeam::inform(this, QMessageBox::Critical, tr("Cannot Save"),
                          tr("\"%1\" could not be saved.").arg(QDir::toNativeSeparators(path)),
                          status.error().toString());
        return false;
    }
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_autosave->setSourcePath(m_filePath);
    m_undoStack->setClean();
    m_autosave->discard();
    m_recent->add(m_filePath);
    updateTitle();
    statusBar()->showMessage(
        tr("Saved %1. Secret values are not written to the file.").arg(QDir::toNativeSeparators(m_filePath)), 5000);
    // The secret values go to the keychain under the connector's key, never into the file, each with
    // the origins it may be sent to. A value never read (a locked keychain) is never deleted.
    const ConnectorDefinition &d = m_document->definition();
    const quint64 generation = m_documentGeneration;
    DefinitionSecrets::save(
        m_secrets, d, m_bindings, CredentialDestinations::originsBySecret(d, connectionValues()), this,
        [this, generation](const Status &status, const DefinitionSecrets::SavedEntries &saved) {
            if (generation == m_documentGeneration) {
                for (auto it = saved.cbegin(); it != saved.cend(); ++it)
                    m_bindings.setEntry(it.key(), it.value());
                m_engine->setSecretBindings(m_bindings);
            }
            if (!status)
                statusBar()->showMessage(tr("The secret values could not be kept in the keychain: %1 Enter them "
                                            "again after reopening the file.")
                                             .arg(status.error().message),
                                         10000);
            Q_EMIT secretsSaved(status.ok());
        });
    return true;
}

void MainWindow::revert()
{
    if (m_filePath.isEmpty() || m_undoStack->isClean())
        return;
    const auto answer =
        ModalSeam::ask(this, QMessageBox::Question, tr("Revert"),
                       tr("Discard all unsaved changes and reload \"%1\"?").arg(QFileInfo(m_filePath).fileName()),
                       tr("This cannot be undone."), QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    loadWithoutPrompt(m_filePath);
}

void MainWindow::offerRecovery()
{
    if (!AutosaveManager::hasRecovery())
        return;
    QString source;
    const DefinitionFile::ReadResult result = AutosaveManager::readRecovery(&source);
    if (!result.ok()) {
        m_autosave->discard();
        return;
    }
    const auto answer = ModalSeam::ask(
        this, QMessageBox::Question, tr("Recover Unsaved Work"),
        tr("The designer did not close properly last time. Recover the unsaved changes to \"%1\"?")
            .arg(result.definition->displayName),
        tr("Yes restores the design as it was a few seconds before; secret values must be entered again. "
           "Discard deletes the recovered copy."),
        QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        m_autosave->discard();
        return;
    }
    createConnection();
    m_document->setDefinition(*result.definition);
    m_undoStack->clear();
    m_undoStack->resetClean();
    m_document->setModified(true);
    m_filePath = source;
    m_autosave->setSourcePath(source);
    updateDependentViews();
    statusBar()->showMessage(tr("Recovered unsaved work. Save it to keep it."), 6000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    m_autosave->discard();
    // A sign-in still waiting in the browser ends with the window.
    if (m_engine && m_engine->state() == ConnectionState::Authorizing)
        m_engine->cancelAuthorization();
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

QString MainWindow::startDirectory() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).absolutePath();
    const QStringList recent = m_recent->files();
    if (!recent.isEmpty())
        return QFileInfo(recent.constFirst()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::readSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1360, 860);
    // First start: give the table and the preview the room they need.
    m_mainSplitter->setSizes({800, 560});
    m_leftSplitter->setSizes({680, 110});
    m_rightSplitter->setSizes({330, 210, 240});
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    for (QSplitter *s : {m_mainSplitter, m_leftSplitter, m_rightSplitter})
        s->restoreState(settings.value(QStringLiteral("splitters/") + s->objectName()).toByteArray());
    settings.endGroup();
}

void MainWindow::writeSettings() const
{
    // Only window layout: never anything from the definition, never a secret.
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    for (QSplitter *s : {m_mainSplitter, m_leftSplitter, m_rightSplitter})
        settings.setValue(QStringLiteral("splitters/") + s->objectName(), s->saveState());
    settings.endGroup();
}

QHash<QString, QString> MainWindow::connectionValues() const
{
    // Secret values typed in the properties table (client_secret, ...) are kept in the definition
    // in memory only; what the end user typed in the preview wins when it is not empty.
    QHash<QString, QString> values;
    for (const Property &p : m_document->definition().properties) {
        if (p.secret && !p.value.isEmpty())
            values.insert(p.name, p.value);
    }
    const QHash<QString, QString> typed = m_preview->values();
    for (auto it = typed.cbegin(); it != typed.cend(); ++it) {
        if (!it.value().isEmpty())
            values.insert(it.key(), it.value());
    }
    return values;
}

void MainWindow::createConnection()
{
    // One connection per document: another document gets a fresh one (the old connection's tokens
    // stay in the keychain under its connector key), and what is known of its secrets starts over.
    ++m_documentGeneration;
    m_bindings.clear();
    delete m_signIn;
    m_signIn = nullptr;
    if (m_engine) {
        m_engine->disconnect();
        m_engine->cancelAuthorization();
        m_engine->deleteLater();
    }
    m_engine = new DesignTimeConnection(m_network, m_secrets, this);
    m_engine->setObjectName(QStringLiteral("designTimeConnection"));
    m_signIn = new SignInController(m_engine, this);
    m_signIn->setPreferSystemBrowser(m_connection->prefersSystemBrowser());
    connect(m_signIn, &SignInController::embeddedBrowserUnavailable, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_engine, &DesignTimeConnection::stateChanged, this, &MainWindow::onConnectionStateChanged);
    connect(m_engine, &DesignTimeConnection::statusMessageChanged, m_connection, &ConnectionPanel::setStatusMessage);
    connect(m_engine, &DesignTimeConnection::tokensChanged, this, &MainWindow::onConnectionTokensChanged);
    connect(m_engine, &DesignTimeConnection::exchangeRecorded, m_exchangeLog, &ExchangeLogView::addRecord);
    connect(m_engine, &DesignTimeConnection::confirmationRequired, this, &MainWindow::confirmOrigins);
    connect(m_engine, &DesignTimeConnection::originsAllowed, this, &MainWindow::keepAllowedOrigins);
    connect(m_engine, &DesignTimeConnection::testFinished, this, [this](const TestResult &result) {
        m_exchangeLog->showTestResult(result);
        m_requestTabs->setCurrentWidget(m_exchangeLog);
    });
    m_exchangeLog->clear();
    m_connection->setStatusMessage(QString());
    syncConnection();
    onConnectionStateChanged();
    onConnectionTokensChanged();
}

void MainWindow::syncConnection()
{
    const ConnectorDefinition &d = m_document->definition();
    m_engine->setDefinition(d);
    syncConnectionValues();
    m_connection->setRefreshSupported(isOAuth(d.authType));
    const QString redirect = needsBrowser(d.authType) ? DesignTimeConnection::redirectUriPattern() : QString();
    if (redirect.isEmpty() != m_connection->redirectUri().isEmpty()) {
        m_connection->setRedirectUri(redirect);
        QTimer::singleShot(0, this, &MainWindow::fitConnectionArea); // after the layout settled
    }
}

void MainWindow::showKeychainNotice(bool persistent)
{
    m_connection->setNotice(persistent ? QString() : m_secrets->backendMessage());
    QTimer::singleShot(0, this, &MainWindow::fitConnectionArea); // after the layout settled
}

void MainWindow::fitConnectionArea()
{
    // The connection area grows (taking room from the request pane, then the preview) when a notice
    // or the redirect row appears, so that nothing in it is squeezed.
    QList<int> sizes = m_rightSplitter->sizes();
    if (sizes.size() != 3 || sizes.at(2) <= 0)
        return;
    int missing = m_connectionBox->sizeHint().height() - sizes.at(2);
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

void MainWindow::syncConnectionValues()
{
    m_engine->setValues(connectionValues());
}

void MainWindow::onConnectionStateChanged()
{
    m_connection->setState(m_engine->state());
    m_banner->setVisible(m_engine->state() == ConnectionState::Invalidated);
}

void MainWindow::onConnectionTokensChanged()
{
    const TokenSet &tokens = m_engine->tokens();
    m_connection->setExpiry(tokens.expiresAt);
    m_connection->setScopes(tokens.scope);
}

void MainWindow::loadSecrets()
{
    const quint64 generation = m_documentGeneration;
    DefinitionSecrets::load(
        m_secrets, m_document->definition(), this,
        [this, generation](const QHash<QString, SecretBindings::Entry> &entries, const Status &status) {
            if (generation != m_documentGeneration)
                return; // another document replaced this one meanwhile
            if (!status)
                statusBar()->showMessage(tr("Secret values could not be read from the keychain: %1 Enter them in "
                                            "the properties table.")
                                             .arg(status.error().message),
                                         10000);
            int found = 0;
            for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
                m_bindings.setEntry(it.key(), it.value());
                found += it->state == SecretBindings::ReadState::Found ? 1 : 0;
            }
            if (found > 0) {
                // Not an edit: no undo entry, and the document stays unmodified.
                ConnectorDefinition d = m_document->definition();
                DefinitionSecrets::apply(d, entries);
                const bool clean = m_undoStack->isClean();
                m_document->setDefinition(d);
                if (clean)
                    m_document->setModified(false);
            }
            m_engine->setSecretBindings(m_bindings);
            m_engine->restore(); // a connection kept from an earlier session
            Q_EMIT secretsLoaded(found);
        });
}

void MainWindow::confirmOrigins(const OriginConfirmation &confirmation)
{
    // Asked after the engine's call returned: no dialog inside its stack.
    const quint64 generation = m_documentGeneration;
    QMetaObject::invokeMethod(
        this,
        [this, confirmation, generation] {
            if (generation != m_documentGeneration)
                return;
            const QMessageBox::StandardButton answer =
                ModalSeam::ask(this, QMessageBox::Warning, tr("Send a Stored Secret to a New Origin?"),
                               confirmation.sentences().join(QLatin1Char('\n')),
                               confirmation.consequence() + QLatin1Char(' ') +
                                   tr("Yes remembers the new origin with the secret in the keychain."),
                               QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            m_engine->answerConfirmation(answer == QMessageBox::Yes);
        },
        Qt::QueuedConnection);
}

void MainWindow::keepAllowedOrigins(const QList<CredentialUse> &uses)
{
    // The author allowed a stored secret to go to a new origin: remember it with the secret now, so
    // that the next session does not ask again. Only the secrets named are written.
    QStringList names;
    for (const CredentialUse &use : uses) {
        m_bindings.allow(use.name, use.origin);
        if (!names.contains(use.name))
            names.append(use.name);
    }
    const ConnectorDefinition &d = m_document->definition();
    DefinitionSecrets::save(
        m_secrets, d, m_bindings, {}, this,
        [](const Status &status, const DefinitionSecrets::SavedEntries &) {
            if (!status)
                qCWarning(lcSecrets) << "could not keep the allowed origins:" << status.error().message;
        },
        names);
}

void MainWindow::importDescription()
{
    if (!maybeSave())
        return;
    const QString path = ModalSeam::openFileName(this, tr("Import API Description"), startDirectory(),
                                                 tr("API descriptions (*.json *.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        importWithoutPrompt(path);
}

bool MainWindow::importFile(const QString &path)
{
    if (!maybeSave())
        return false;
    return importWithoutPrompt(path);
}

bool MainWindow::importWithoutPrompt(const QString &path)
{
    // The same importer as auth-designer-cli import.
    auto failed = [this, &path](const Error &error) {
        ModalSeam::inform(this, QMessageBox::Warning, tr("Cannot Import"),
                          tr("\"%1\" could not be imported.").arg(QFileInfo(path).fileName()), error.toString());
        return false;
    };
    Result<ImportResult> imported = Importer::importFile(path, {});
    if (!imported)
        return failed(imported.error());
    ImportResult result = std::move(imported).value();
    if (result.schemes.size() > 1) {
        const QString chosen = ModalSeam::choose(
            this, tr("Import API Description"), tr("The description has several security schemes. Import &which one?"),
            result.schemes, int(std::max<qsizetype>(0, result.schemes.indexOf(result.chosenScheme))));
        if (chosen.isEmpty())
            return false;
        if (chosen != result.chosenScheme) {
            imported = Importer::importFile(path, {chosen});
            if (!imported)
                return failed(imported.error());
            result = std::move(imported).value();
        }
    }
    if (result.discoveryUrl.isValid()) {
        // OpenID Connect: the endpoints are in a discovery document, read only when the author says so.
        const auto answer = ModalSeam::ask(
            this, QMessageBox::Question, tr("Import API Description"),
            tr("The description points to an OpenID Connect discovery document. Read the endpoints from it?"),
            tr("The designer would fetch %1 now and fill the authorization, token and revocation URLs from it. No "
               "(or a document that fails its checks) leaves them for you to fill in.")
                .arg(result.discoveryUrl.toString()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes) {
            result.notes.append(tr("The discovery document %1 was not read, as you chose: fill in the authorization "
                                   "and token URLs yourself, or import again and answer Yes.")
                                    .arg(result.discoveryUrl.toString(QUrl::RemoveUserInfo)));
            finishImport(std::move(result), path);
            return true;
        }
        auto *fetcher = new DiscoveryFetcher(m_network, this);
        const QUrl url = result.discoveryUrl;
        connect(fetcher, &DiscoveryFetcher::finished, this,
                [this, fetcher, result, path](const QJsonObject &document, const QString &error) mutable {
                    fetcher->deleteLater();
                    if (error.isEmpty())
                        Importer::applyDiscovery(result, document);
                    else
                        Importer::discoveryFailed(result, error);
                    finishImport(std::move(result), path);
                });
        statusBar()->showMessage(tr("Reading the OpenID Connect discovery document…"));
        fetcher->fetch(url);
        return true;
    }
    finishImport(std::move(result), path);
    return true;
}

void MainWindow::finishImport(ImportResult result, const QString &path)
{
    createConnection();
    m_document->setDefinition(result.definition);
    m_undoStack->clear();
    m_undoStack->resetClean(); // a new, unsaved document
    m_document->setModified(true);
    m_filePath.clear();
    m_autosave->setSourcePath({});
    updateDependentViews();
    const QString summary =
        tr("Imported \"%1\" (%2) as %3.")
            .arg(QFileInfo(path).fileName(), result.sourceFormat, authTypeDisplayName(result.definition.authType));
    QStringList lines = result.notes;
    for (const QString &warning : std::as_const(result.warnings))
        lines.append(QStringLiteral("⚠ ") + warning);
    if (!lines.isEmpty())
        ModalSeam::inform(this, result.warnings.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                          tr("Import API Description"), summary, lines.join(QStringLiteral("\n\n")));
    statusBar()->showMessage(summary, 8000);
    Q_EMIT importFinished();
}

void MainWindow::exportDescription(ExportFormat format)
{
    const QString suffix =
        format == ExportFormat::OpenApi ? QStringLiteral(".openapi.json") : QStringLiteral(".postman_collection.json");
    const QString suggested = startDirectory() + QLatin1Char('/') + m_document->definition().key + suffix;
    const QString title =
        format == ExportFormat::OpenApi ? tr("Export as OpenAPI 3.0") : tr("Export as Postman Collection");
    const QString path = ModalSeam::saveFileName(this, title, suggested, tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        exportFile(path, format);
}

bool MainWindow::exportFile(const QString &path, ExportFormat format)
{
    // The same bytes as auth-designer-cli export; secret values are never part of them.
    const QByteArray bytes = exportDefinition(m_document->definition(), format);
    const Status written = AtomicFile::write(path, bytes);
    if (!written) {
        ModalSeam::inform(this, QMessageBox::Critical, tr("Cannot Export"),
                          tr("\"%1\" could not be written.").arg(QDir::toNativeSeparators(path)),
                          tr("%1 Choose another folder and export again.").arg(written.error().message));
        return false;
    }
    statusBar()->showMessage(tr("Exported %1. Secret values are not part of it.").arg(QDir::toNativeSeparators(path)),
                             5000);
    return true;
}

} // namespace cad
