#include "mainwindow/MainWindow.h"

#include "commands/ChangeAuthTypeCommand.h"
#include "common/Icons.h"
#include "common/ModalSeam.h"
#include "connection/ConnectionPanel.h"
#include "connection/InvalidationBanner.h"
#include "diagnostics/DiagnosticsView.h"
#include "files/AutosaveManager.h"
#include "files/RecentFiles.h"
#include "io/DefinitionFile.h"
#include "mainwindow/ConnectorSettingsForm.h"
#include "model/ConnectorDocument.h"
#include "properties/PropertiesPanel.h"
#include "properties/PropertiesTableModel.h"
#ifdef CAD_HAVE_PREVIEW
#include "preview/PreviewForm.h"
#endif
#ifdef CAD_HAVE_REQUESTPANE
#include "requestpane/RequestPane.h"
#endif

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
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
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

    createActions();
    setCentralWidget(createCentralWidget());
    createMenus();
    statusBar()->showMessage(tr("Ready"), 2000);

    connect(m_document, &ConnectorDocument::changed, this, &MainWindow::updateDependentViews);
    connect(m_document, &ConnectorDocument::authTypeChanged, this, &MainWindow::syncTypeCombo);
    connect(m_document, &ConnectorDocument::reset, this, &MainWindow::syncTypeCombo);
    connect(m_document, &ConnectorDocument::authenticationChanged, this, &MainWindow::onAuthenticationChanged);
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
}

MainWindow::~MainWindow()
{
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
#ifdef CAD_HAVE_PREVIEW
    m_preview = new PreviewForm(this);
    m_preview->setObjectName(QStringLiteral("previewForm"));
    QWidget *previewWidget = m_preview;
#else
    // TEMPORARY placeholder until ui/preview lands.
    QWidget *previewWidget = new QLabel(tr("End-user preview"), this);
#endif
    auto *previewBox = group(tr("End-User Preview"), "previewGroup", previewWidget, this);

#ifdef CAD_HAVE_REQUESTPANE
    auto *requestPane = new RequestPane(this);
    m_requestPane = requestPane;
#else
    // TEMPORARY placeholder until ui/requestpane lands.
    m_requestPane = new QLabel(tr("Post-authorization request"), this);
#endif
    m_requestPane->setObjectName(QStringLiteral("requestPane"));
    // The request pane shows its own heading.
    auto *requestBox = group(QString(), "requestGroup", m_requestPane, this);

    m_connection = new ConnectionPanel(this);
    auto *connectionBox = group(tr("Design-Time Connection"), "connectionGroup", m_connection, this);
#ifdef CAD_HAVE_PREVIEW
    connect(m_preview, &PreviewForm::valuesChanged, this, [this]() {
#ifdef CAD_HAVE_REQUESTPANE
        static_cast<RequestPane *>(m_requestPane)->setValues(m_preview->values());
#endif
    });
    connect(m_preview, &PreviewForm::connectRequested, m_connection, &ConnectionPanel::connectRequested);
#endif

    m_rightSplitter = new QSplitter(Qt::Vertical, this);
    m_rightSplitter->setObjectName(QStringLiteral("rightSplitter"));
    m_rightSplitter->addWidget(previewBox);
    m_rightSplitter->addWidget(requestBox);
    m_rightSplitter->addWidget(connectionBox);
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 2);
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
    connect(m_connection, &ConnectionPanel::stateChanged, this, [this](ConnectionState state) {
        if (state != ConnectionState::Invalidated)
            m_banner->hide();
    });

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
#ifdef CAD_HAVE_PREVIEW
    m_preview->setDefinition(d);
#endif
#ifdef CAD_HAVE_REQUESTPANE
    auto *pane = static_cast<RequestPane *>(m_requestPane);
    pane->setDefinition(d);
#ifdef CAD_HAVE_PREVIEW
    pane->setValues(m_preview->values());
#endif
#endif
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

void MainWindow::onAuthenticationChanged()
{
    if (!connectionExists(m_connection->state()))
        return;
    m_connection->setState(ConnectionState::Invalidated);
    m_banner->show();
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
    m_document->setDefinition(*result.definition);
    m_undoStack->clear();
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_autosave->setSourcePath(m_filePath);
    m_autosave->discard();
    m_recent->add(m_filePath);
    updateDependentViews();
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
        tr("Recover restores the design as it was a few seconds before; secret values must be entered again. "
           "Discard deletes the recovered copy."),
        QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        m_autosave->discard();
        return;
    }
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
    m_rightSplitter->setSizes({420, 250, 130});
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

} // namespace cad
