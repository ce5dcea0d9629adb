#include "console/RequestConsole.h"

#include "common/AccessibleName.h"
#include "common/JsonTree.h"
#include "model/Http.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cad {

namespace {

QTableWidget *pairTable(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *table = new QTableWidget(1, 2, parent);
    table->setObjectName(name);
    table->setAccessibleName(accessible);
    table->setHorizontalHeaderLabels({RequestConsole::tr("Name"), RequestConsole::tr("Value")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setVisible(false);
    table->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move inside it
    // A row is added as soon as the last one gets a name, so there is always an empty one to type into.
    QObject::connect(table, &QTableWidget::itemChanged, table, [table](QTableWidgetItem *item) {
        if (item->row() == table->rowCount() - 1 && !item->text().isEmpty())
            table->insertRow(table->rowCount());
    });
    return table;
}

QString sizeText(qsizetype bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

RequestConsole::RequestConsole(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);

    // The request line: method, target, Send.
    auto *line = new QHBoxLayout;
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("consoleMethod"));
    m_method->addItems(Http::methods());
    m_method->setAccessibleName(tr("Method"));
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("consoleTarget"));
    m_target->setPlaceholderText(tr("Path below the base URL, or a full URL on its origin"));
    m_target->setAccessibleName(tr("Path"));
    m_target->setClearButtonEnabled(true);
    m_send = new QPushButton(tr("&Send"), this);
    m_send->setObjectName(QStringLiteral("consoleSend"));
    m_send->setToolTip(tr("Send the request with the connection's credentials (Ctrl+Return)"));
    line->addWidget(m_method);
    line->addWidget(m_target, 1);
    line->addWidget(m_send);
    layout->addLayout(line);

    // Query, headers, body.
    m_parts = new QTabWidget(this);
    m_parts->setDocumentMode(true);
    m_query = pairTable(QStringLiteral("consoleQuery"), tr("Query parameters"), this);
    m_headers = pairTable(QStringLiteral("consoleHeaders"), tr("Headers"), this);
    auto *bodyPage = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(bodyPage);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    auto *bodyLine = new QHBoxLayout;
    m_bodyKind = new QComboBox(bodyPage);
    m_bodyKind->setObjectName(QStringLiteral("consoleBodyKind"));
    m_bodyKind->addItem(tr("No body"), int(CustomRequest::BodyKind::None));
    m_bodyKind->addItem(tr("JSON"), int(CustomRequest::BodyKind::Json));
    m_bodyKind->addItem(tr("Form (name=value lines)"), int(CustomRequest::BodyKind::Form));
    m_bodyKind->addItem(tr("Raw"), int(CustomRequest::BodyKind::Raw));
    m_bodyKind->setAccessibleName(tr("Body type"));
    m_contentType = new QLineEdit(QStringLiteral("text/plain"), bodyPage);
    m_contentType->setObjectName(QStringLiteral("consoleContentType"));
    m_contentType->setAccessibleName(tr("Content type"));
    m_contentType->setToolTip(tr("Content-Type of a raw body"));
    bodyLine->addWidget(m_bodyKind);
    bodyLine->addWidget(m_contentType, 1);
    bodyLayout->addLayout(bodyLine);
    m_body = new QPlainTextEdit(bodyPage);
    m_body->setObjectName(QStringLiteral("consoleBody"));
    m_body->setAccessibleName(tr("Body"));
    m_body->setTabChangesFocus(true);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    bodyLayout->addWidget(m_body);
    m_parts->addTab(m_query, tr("Query"));
    m_parts->addTab(m_headers, tr("Headers"));
    m_parts->addTab(bodyPage, tr("Body"));

    // The answer: status line, body / headers, history beside it.
    auto *answer = new QWidget(this);
    auto *answerLayout = new QVBoxLayout(answer);
    answerLayout->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(tr("Nothing sent yet."), answer);
    m_status->setObjectName(QStringLiteral("consoleStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note = new QLabel(answer);
    m_note->setObjectName(QStringLiteral("consoleNote"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->hide();
    m_responseTabs = new QTabWidget(answer);
    m_responseTabs->setDocumentMode(true);
    m_bodyStack = new QStackedWidget(answer);
    m_tree = new QTreeWidget(answer);
    m_tree->setObjectName(QStringLiteral("consoleResponseTree"));
    m_tree->setAccessibleName(tr("Response body as a JSON tree"));
    m_tree->setHeaderLabels({tr("Key"), tr("Value")});
    m_tree->setUniformRowHeights(true);
    m_text = new QPlainTextEdit(answer);
    m_text->setObjectName(QStringLiteral("consoleResponseText"));
    m_text->setAccessibleName(tr("Response body"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_bodyStack->addWidget(m_text);
    m_bodyStack->addWidget(m_tree);
    m_responseHeaders = new QTableWidget(0, 2, answer);
    m_responseHeaders->setObjectName(QStringLiteral("consoleResponseHeaders"));
    m_responseHeaders->setAccessibleName(tr("Response headers"));
    m_responseHeaders->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_responseHeaders->horizontalHeader()->setStretchLastSection(true);
    m_responseHeaders->verticalHeader()->setVisible(false);
    m_responseHeaders->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_responseHeaders->setTabKeyNavigation(false);
    m_responseTabs->addTab(m_bodyStack, tr("Response"));
    m_responseTabs->addTab(m_responseHeaders, tr("Response Headers"));
    answerLayout->addWidget(m_status);
    answerLayout->addWidget(m_note);
    answerLayout->addWidget(m_responseTabs, 1);

    auto *historyBox = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    auto *historyLabel = new QLabel(tr("&History"), historyBox);
    m_historyList = new QListWidget(historyBox);
    m_historyList->setObjectName(QStringLiteral("consoleHistory"));
    m_historyList->setAccessibleName(AccessibleName::fromLabel(historyLabel->text()));
    m_historyList->setToolTip(tr("The requests sent since the design was opened; kept in memory only"));
    historyLabel->setBuddy(m_historyList);
    auto *historyButtons = new QHBoxLayout;
    m_resend = new QPushButton(tr("&Re-send"), historyBox);
    m_resend->setObjectName(QStringLiteral("consoleResend"));
    m_resend->setEnabled(false);
    m_copy = new QToolButton(historyBox);
    m_copy->setObjectName(QStringLiteral("consoleCopyCurl"));
    m_copy->setText(tr("Copy as curl"));
    m_copy->setToolTip(tr("Copy the request as a curl command, secrets masked"));
    m_copy->setPopupMode(QToolButton::MenuButtonPopup);
    auto *copyMenu = new QMenu(m_copy);
    m_copyWithSecrets = copyMenu->addAction(tr("Copy as curl with secrets"));
    m_copyWithSecrets->setObjectName(QStringLiteral("consoleCopyWithSecrets"));
    m_copy->setMenu(copyMenu);
    m_useAsTest = new QPushButton(tr("Use as &Test Request"), historyBox);
    m_useAsTest->setObjectName(QStringLiteral("consoleUseAsTest"));
    m_useAsTest->setToolTip(tr("Make this method and path the design's test request (undoable)"));
    historyButtons->addWidget(m_resend);
    historyButtons->addWidget(m_copy);
    historyLayout->addWidget(historyLabel);
    historyLayout->addWidget(m_historyList, 1);
    historyLayout->addLayout(historyButtons);
    historyLayout->addWidget(m_useAsTest);

    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->setObjectName(QStringLiteral("consoleAnswerSplitter"));
    bottom->addWidget(answer);
    bottom->addWidget(historyBox);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 1);
    bottom->setChildrenCollapsible(false);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("consoleSplitter"));
    split->addWidget(m_parts);
    split->addWidget(bottom);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    connect(m_send, &QPushButton::clicked, this, &RequestConsole::send);
    connect(m_target, &QLineEdit::returnPressed, this, &RequestConsole::send);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &RequestConsole::send);
    }
    connect(m_resend, &QPushButton::clicked, this, &RequestConsole::resend);
    connect(m_copy, &QToolButton::clicked, this, [this] { copyCurl(false); });
    connect(m_copyWithSecrets, &QAction::triggered, this, [this] { copyCurl(true); });
    connect(m_useAsTest, &QPushButton::clicked, this, &RequestConsole::promote);
    connect(m_historyList, &QListWidget::currentRowChanged, this, &RequestConsole::showEntry);
    connect(m_historyList, &QListWidget::itemActivated, this, [this] { resend(); });
    connect(m_bodyKind, &QComboBox::currentIndexChanged, this, &RequestConsole::updateBodyControls);
    updateBodyControls();
}

RequestConsole::~RequestConsole() = default;

void RequestConsole::setDefaultRequest(const QString &method, const QString &path)
{
    if (!m_target->text().isEmpty() || !m_history.isEmpty())
        return;
    m_method->setCurrentText(method);
    m_target->setText(path);
}

void RequestConsole::updateBodyControls()
{
    const auto kind = CustomRequest::BodyKind(m_bodyKind->currentData().toInt());
    m_contentType->setVisible(kind == CustomRequest::BodyKind::Raw);
    m_body->setEnabled(kind != CustomRequest::BodyKind::None);
    m_body->setPlaceholderText(kind == CustomRequest::BodyKind::Form   ? tr("name=value, one field a line")
                               : kind == CustomRequest::BodyKind::Json ? tr("{\"name\": \"value\"}")
                                                                       : QString());
}

CustomRequest::Pairs RequestConsole::pairs(const QTableWidget *table)
{
    CustomRequest::Pairs result;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem *name = table->item(row, 0);
        const QTableWidgetItem *value = table->item(row, 1);
        const QString n = name ? name->text().trimmed() : QString();
        if (!n.isEmpty())
            result.append({n, value ? value->text() : QString()});
    }
    return result;
}

void RequestConsole::setPairs(QTableWidget *table, const CustomRequest::Pairs &pairs)
{
    const QSignalBlocker blocker(table);
    table->setRowCount(0);
    table->setRowCount(int(pairs.size()) + 1);
    for (int row = 0; row < pairs.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(pairs.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(pairs.at(row).second));
    }
}

CustomRequest RequestConsole::request() const
{
    CustomRequest r;
    r.method = m_method->currentText();
    r.target = m_target->text().trimmed();
    r.query = pairs(m_query);
    r.headers = pairs(m_headers);
    r.bodyKind = CustomRequest::BodyKind(m_bodyKind->currentData().toInt());
    r.body = r.bodyKind == CustomRequest::BodyKind::None ? QString() : m_body->toPlainText();
    r.rawContentType = m_contentType->text().trimmed();
    return r;
}

void RequestConsole::setRequest(const CustomRequest &request)
{
    m_method->setCurrentText(request.method);
    m_target->setText(request.target);
    setPairs(m_query, request.query);
    setPairs(m_headers, request.headers);
    m_bodyKind->setCurrentIndex(std::max(0, m_bodyKind->findData(int(request.bodyKind))));
    m_body->setPlainText(request.body);
    m_contentType->setText(request.rawContentType);
}

void RequestConsole::clearHistory()
{
    m_history.clear();
    m_historyList->clear();
    m_resend->setEnabled(false);
    m_status->setText(tr("Nothing sent yet."));
    m_text->clear();
    m_tree->clear();
    m_responseHeaders->setRowCount(0);
    setNote(QString(), false);
}

void RequestConsole::setNote(const QString &text, bool error)
{
    m_note->setText(text);
    m_note->setStyleSheet(error ? QStringLiteral("color: palette(highlight);") : QString());
    m_note->setProperty("error", error);
    m_note->setVisible(!text.isEmpty());
}

void RequestConsole::send()
{
    if (!m_sender)
        return;
    const CustomRequest sent = request();
    if (sent.target.isEmpty()) {
        setNote(tr("Write a path below the base URL (for example /me), then send."), true);
        m_target->setFocus();
        return;
    }
    if (Result<QByteArray> body = sent.encodedBody(); !body) {
        setNote(body.error().toString(), true);
        return;
    }
    setNote(QString(), false);
    m_status->setText(tr("Sending %1 %2…").arg(sent.method, sent.target));
    ++m_inFlight;
    const QDateTime sentAt = QDateTime::currentDateTime();
    m_sender(sent, this, [this, sent, sentAt](const TestResult &result) {
        --m_inFlight;
        m_history.prepend({sent, result, sentAt});
        const QString status = result.status ? QString::number(result.status) : tr("no answer");
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 %2 · %3 · %4")
                .arg(sent.method, sent.target, status, QLocale().toString(sentAt.time(), QLocale::ShortFormat)));
        item->setToolTip(result.displayUrl);
        m_historyList->insertItem(0, item);
        m_resend->setEnabled(true);
        const QSignalBlocker blocker(m_historyList);
        m_historyList->setCurrentRow(0);
        showResult(result);
    });
}

void RequestConsole::resend()
{
    const int row = m_historyList->currentRow();
    if (row >= 0 && row < m_history.size())
        setRequest(m_history.at(row).request);
    send();
}

void RequestConsole::showEntry(int row)
{
    if (row < 0 || row >= m_history.size())
        return;
    setRequest(m_history.at(row).request);
    showResult(m_history.at(row).result);
}

void RequestConsole::showResult(const TestResult &result)
{
    m_tree->clear();
    m_text->clear();
    m_responseHeaders->setRowCount(0);
    if (result.status == 0) {
        m_status->setText(tr("No answer"));
        setNote(result.error.isEmpty() ? tr("The request was not sent.") : result.error, true);
        m_bodyStack->setCurrentWidget(m_text);
        return;
    }
    m_status->setText(tr("%1 · %2 ms · %3")
                          .arg(result.status)
                          .arg(result.elapsedMs)
                          .arg(sizeText(result.body.size()) + (result.truncated ? tr(" (cut off)") : QString())));
    setNote(result.error, !result.error.isEmpty());
    m_responseHeaders->setRowCount(int(result.responseHeaders.size()));
    for (int row = 0; row < result.responseHeaders.size(); ++row) {
        const auto &h = result.responseHeaders.at(row);
        m_responseHeaders->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(h.first)));
        m_responseHeaders->setItem(row, 1, new QTableWidgetItem(QString::fromUtf8(h.second)));
    }
    m_responseHeaders->resizeColumnToContents(0);

    // JSON as a tree (top level open), anything else, and bodies too large for a tree, as text.
    QJsonParseError error{};
    const QJsonDocument json = result.body.size() <= TreeLimitBytes && !result.truncated
                                   ? QJsonDocument::fromJson(result.body, &error)
                                   : QJsonDocument();
    if (!json.isNull() && error.error == QJsonParseError::NoError) {
        JsonTree::fill(m_tree, json.isObject() ? QJsonValue(json.object()) : QJsonValue(json.array()));
        m_tree->resizeColumnToContents(0);
        // Long keys never push the values out of sight.
        m_tree->setColumnWidth(0, std::min(m_tree->columnWidth(0), std::max(120, m_tree->viewport()->width() / 2)));
        m_bodyStack->setCurrentWidget(m_tree);
        return;
    }
    const bool cut = result.body.size() > TextLimitBytes;
    m_text->setPlainText(QString::fromUtf8(result.body.left(TextLimitBytes)));
    if (cut)
        setNote(tr("Showing the first %1 of %2.").arg(sizeText(TextLimitBytes), sizeText(result.body.size())), false);
    m_bodyStack->setCurrentWidget(m_text);
}

void RequestConsole::copyCurl(bool showSecrets)
{
    if (!m_curl)
        return;
    const Result<QString> command = m_curl(request(), showSecrets);
    if (!command) {
        setNote(command.error().toString(), true);
        return;
    }
    QApplication::clipboard()->setText(command.value());
    setNote(showSecrets ? tr("Copied the curl command with its secrets: paste it only where they may go.")
                        : tr("Copied the curl command, secrets masked."),
            false);
}

void RequestConsole::promote()
{
    const CustomRequest r = request();
    if (r.target.isEmpty()) {
        setNote(tr("Write a path below the base URL first."), true);
        return;
    }
    Q_EMIT useAsTestRequest(r);
}

} // namespace cad
