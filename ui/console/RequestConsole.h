#pragma once

#include "connection/TestResult.h"
#include "core/Result.h"
#include "request/CustomRequest.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTabWidget;
class QToolButton;
class QTreeWidget;

namespace cad {

/// The "Requests" tab: the author composes a request (method, path below the base URL or a full URL
/// on its origin, query, headers, a JSON / form / raw body), sends it with the design-time
/// connection's credentials, and reads the answer: status, time, size, headers, and the body as a
/// collapsible JSON tree or as text. What was sent since the design was opened stays in a history
/// (memory only: answers may hold personal data) to look at again or re-send.
///
/// The console only composes and shows; its host sends (setSender), renders curl (setCurlRenderer)
/// and turns a request into the design's test request (useAsTestRequest).
///
/// Object names: "consoleMethod", "consoleTarget", "consoleSend", "consoleQuery", "consoleHeaders",
/// "consoleBodyKind", "consoleContentType", "consoleBody", "consoleStatus", "consoleResponseTree",
/// "consoleResponseText", "consoleResponseHeaders", "consoleHistory", "consoleResend",
/// "consoleCopyCurl", "consoleCopyWithSecrets", "consoleUseAsTest", "consoleNote".
class RequestConsole : public QWidget
{
    Q_OBJECT

public:
    /// Sends the request; calls back with the answer (its texts already masked), never after @p context is gone.
    using Sender =
        std::function<void(const CustomRequest &, QObject *context, std::function<void(const TestResult &)>)>;
    /// The request as a curl command with the connection's credentials; secrets masked unless @p showSecrets.
    using CurlRenderer = std::function<Result<QString>(const CustomRequest &, bool showSecrets)>;

    /// At most this much of a body goes into the text view; the tree is built for bodies up to TreeLimitBytes.
    static constexpr qsizetype TextLimitBytes = 256 * 1024;
    static constexpr qsizetype TreeLimitBytes = 1024 * 1024;

    struct Entry
    {
        CustomRequest request;
        TestResult result;
        QDateTime sentAt;
    };

    explicit RequestConsole(QWidget *parent = nullptr);
    ~RequestConsole() override;

    void setSender(Sender sender) { m_sender = std::move(sender); }
    void setCurlRenderer(CurlRenderer renderer) { m_curl = std::move(renderer); }
    /// Where a fresh console starts: the design's test request.
    void setDefaultRequest(const QString &method, const QString &path);

    /// The request as the form holds it now.
    [[nodiscard]] CustomRequest request() const;
    void setRequest(const CustomRequest &request);
    [[nodiscard]] const QList<Entry> &history() const { return m_history; }
    /// Forgets the history (another design was opened: its answers are not this design's).
    void clearHistory();
    /// A line under the status: what happened (@p error: why nothing was sent or what failed).
    void showNote(const QString &text, bool error) { setNote(text, error); }

public Q_SLOTS:
    void send();
    void resend();

Q_SIGNALS:
    /// "Use as Test Request": make the method and path of @p request the design's test request.
    void useAsTestRequest(const cad::CustomRequest &request);

private:
    void showEntry(int row);
    void showResult(const TestResult &result);
    void setNote(const QString &text, bool error);
    void copyCurl(bool showSecrets);
    void promote();
    void updateBodyControls();
    [[nodiscard]] static CustomRequest::Pairs pairs(const QTableWidget *table);
    static void setPairs(QTableWidget *table, const CustomRequest::Pairs &pairs);

    Sender m_sender;
    CurlRenderer m_curl;
    QList<Entry> m_history;
    int m_inFlight = 0;

    QComboBox *m_method = nullptr;
    QLineEdit *m_target = nullptr;
    QPushButton *m_send = nullptr;
    QTabWidget *m_parts = nullptr;
    QTableWidget *m_query = nullptr;
    QTableWidget *m_headers = nullptr;
    QComboBox *m_bodyKind = nullptr;
    QLineEdit *m_contentType = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_note = nullptr;
    QTabWidget *m_responseTabs = nullptr;
    QStackedWidget *m_bodyStack = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QTableWidget *m_responseHeaders = nullptr;
    QListWidget *m_historyList = nullptr;
    QPushButton *m_resend = nullptr;
    QToolButton *m_copy = nullptr;
    QAction *m_copyWithSecrets = nullptr;
    QPushButton *m_useAsTest = nullptr;
};

} // namespace cad
