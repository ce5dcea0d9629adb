#include "mainwindow/ConsoleController.h"

#include "commands/SetConnectorFieldCommand.h"
#include "connection/DesignTimeConnection.h"
#include "console/RequestConsole.h"
#include "mainwindow/ConnectionController.h"
#include "model/ConnectorDocument.h"
#include "model/Variables.h"
#include "oauth/OAuthClient.h"
#include "request/RequestAuthorizer.h"

#include <QTabWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cad {

ConsoleController::ConsoleController(ConnectorDocument *document, QUndoStack *undoStack,
                                     ConnectionController *connections, QTabWidget *tabs)
    : QObject(connections)
    , m_document(document)
    , m_undoStack(undoStack)
    , m_connections(connections)
    , m_tabs(tabs)
{
    // An empty page until the tab is first shown: the console costs nothing at start-up.
    m_page = new QWidget(tabs);
    m_page->setObjectName(QStringLiteral("requestsPage"));
    auto *layout = new QVBoxLayout(m_page);
    layout->setContentsMargins(0, 0, 0, 0);
    tabs->addTab(m_page, tr("Requests"));
    connect(tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs && m_tabs->widget(index) == m_page)
            (void)console();
    });
    connect(connections, &ConnectionController::accessTokenChanged, this,
            [this](const QString &token) { m_accessToken = token; });
    connect(connections, &ConnectionController::capturedValuesChanged, this,
            [this](const QHash<QString, QString> &captured) { m_captured = captured; });
}

ConsoleController::~ConsoleController() = default;

RequestConsole *ConsoleController::console()
{
    if (m_console)
        return m_console;
    m_console = new RequestConsole(m_page);
    m_console->setObjectName(QStringLiteral("requestConsole"));
    m_page->layout()->addWidget(m_console);
    const TestRequest &test = m_document->definition().testRequest;
    m_console->setDefaultRequest(test.method, test.path);

    m_console->setSender(
        [this](const CustomRequest &request, QObject *context, std::function<void(const TestResult &)> done) {
            DesignTimeConnection *engine = m_connections->engine();
            engine->send(request, context, [engine = QPointer(engine), done](const TestResult &answer) {
                // What the console keeps and shows has every secret of the connection masked (an
                // answer may echo the credentials), so the history never holds one.
                TestResult shown = answer;
                if (engine) {
                    const Redactor redactor = engine->oauthClient()->redactor();
                    shown.body = redactor.redact(QString::fromUtf8(answer.body)).toUtf8();
                    for (auto &h : shown.responseHeaders)
                        h.second = redactor.redact(QString::fromUtf8(h.second)).toUtf8();
                    shown.error = redactor.redactFields(answer.error);
                }
                done(shown);
            });
        });
    m_console->setCurlRenderer([this](const CustomRequest &request, bool showSecrets) -> Result<QString> {
        RequestAuthorizer::Options options;
        options.custom = &request;
        options.allowMissing = true; // before a connection exists: {access_token} and the like as placeholders
        const Result<AuthorizedRequest> built =
            RequestAuthorizer::authorize(m_document->definition(), requestValues(), options);
        if (!built)
            return built.error();
        CurlRenderer::Options render;
        render.showSecrets = showSecrets;
        return CurlRenderer::render(*built, render);
    });
    connect(m_console, &RequestConsole::useAsTestRequest, this, &ConsoleController::useAsTestRequest);
    return m_console;
}

QHash<QString, QString> ConsoleController::requestValues() const
{
    QHash<QString, QString> values = m_connections->connectionValues();
    if (!m_accessToken.isEmpty())
        values.insert(QString(RequestAuthorizer::AccessTokenKey), m_accessToken);
    for (auto it = m_captured.cbegin(); it != m_captured.cend(); ++it) {
        if (values.value(it.key()).isEmpty())
            values.insert(it.key(), it.value());
    }
    return values;
}

void ConsoleController::startOver()
{
    if (!m_console)
        return;
    m_console->clearHistory();
    const TestRequest &test = m_document->definition().testRequest;
    CustomRequest fresh;
    fresh.method = test.method;
    fresh.target = test.path;
    m_console->setRequest(fresh);
}

void ConsoleController::useAsTestRequest(const CustomRequest &request)
{
    const ConnectorDefinition &definition = m_document->definition();
    // The base URL as requests use it, to turn a pasted full URL into the path below it.
    QHash<QString, QString> values = m_connections->resolvedValues();
    const QHash<QString, QString> given = requestValues();
    for (auto it = given.cbegin(); it != given.cend(); ++it)
        values.insert(it.key(), it.value());
    const QUrl base(Variables::substitute(definition.baseUrl, values, true));
    const QString path = request.testRequestPath(base);
    const QString method = request.method.toUpper();
    if (path.isEmpty()) {
        m_console->showNote(tr("%1 is not below the base URL %2, so it cannot be the test request.")
                                .arg(request.target, definition.baseUrl),
                            true);
        return;
    }
    if (method == definition.testRequest.method && path == definition.testRequest.path) {
        m_console->showNote(tr("This is the test request already."), false);
        return;
    }
    auto *edit = new QUndoCommand(tr("Use %1 %2 as Test Request").arg(method, path));
    new SetConnectorFieldCommand(m_document, SetConnectorFieldCommand::Field::TestMethod, method, edit);
    new SetConnectorFieldCommand(m_document, SetConnectorFieldCommand::Field::TestPath, path, edit);
    m_undoStack->push(edit);
    QString note = tr("The test request is now %1 %2 (Edit > Undo puts the previous one back).").arg(method, path);
    if (!request.fitsTestRequest())
        note += QLatin1Char(' ') + tr("Its headers and body are not part of it: a test request has a method and a "
                                      "path only.");
    m_console->showNote(note, false);
}

} // namespace cad
