#pragma once

#include "console/RequestConsole.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class QTabWidget;
class QUndoStack;
class QWidget;

namespace cad {

class ConnectionController;
class ConnectorDocument;

/// The "Requests" tab: a RequestConsole, made when the tab is first shown (nothing of it at
/// start-up), whose requests go through the design-time connection (DesignTimeConnection::send)
/// and whose answers are shown with every secret the connection knows masked.
///
///   Send          ──► engine's send(): the credentials as every API call, refresh on 401
///   Copy as curl  ──► RequestAuthorizer + CurlRenderer with the values the request pane uses
///   Use as Test Request ──► one undoable edit of the test request's method and path
///   another document ──► the history is forgotten (its answers belong to the previous design)
class ConsoleController : public QObject
{
    Q_OBJECT

public:
    /// Adds the tab to @p tabs (after the existing ones).
    ConsoleController(ConnectorDocument *document, QUndoStack *undoStack, ConnectionController *connections,
                      QTabWidget *tabs);
    ~ConsoleController() override;

    /// The console, made on first use.
    RequestConsole *console();
    [[nodiscard]] bool hasConsole() const { return m_console; }
    [[nodiscard]] QWidget *page() const { return m_page; }

    /// Another document replaced the current one.
    void startOver();

private:
    void useAsTestRequest(const CustomRequest &request);
    [[nodiscard]] QHash<QString, QString> requestValues() const;

    ConnectorDocument *m_document;
    QUndoStack *m_undoStack;
    ConnectionController *m_connections;
    QPointer<QTabWidget> m_tabs;
    QWidget *m_page = nullptr;
    QPointer<RequestConsole> m_console;
    QString m_accessToken;
    QHash<QString, QString> m_captured;
};

} // namespace cad
