#include "gallery/TemplateGallery.h"

#include "common/AccessibleName.h"
#include "templates/TemplateCatalog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cad {

namespace {

constexpr int KeyRole = Qt::UserRole + 1;
constexpr int SearchRole = Qt::UserRole + 2;

} // namespace

TemplateGallery::TemplateGallery(QWidget *parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_list(new QTableView(this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("templateGallery"));
    setWindowTitle(tr("New from Template"));

    m_search->setObjectName(QStringLiteral("templateSearch"));
    m_search->setPlaceholderText(tr("Search by provider, authentication type or key"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_search->setAccessibleName(AccessibleName::fromLabel(searchLabel->text()));
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);

    m_model->setHorizontalHeaderLabels({tr("Provider"), tr("Authentication"), tr("Key")});
    for (const TemplateInfo &t : TemplateCatalog::all()) {
        auto *name = new QStandardItem(t.displayName);
        name->setData(t.key, KeyRole);
        const QString type = authTypeDisplayName(t.authType);
        name->setData(QStringList{t.displayName, type, t.key, t.description}.join(QLatin1Char('\n')), SearchRole);
        name->setToolTip(t.description);
        m_model->appendRow({name, new QStandardItem(type), new QStandardItem(t.key)});
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = 0; column < m_model->columnCount(); ++column)
            m_model->item(row, column)->setEditable(false);
    }
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(SearchRole);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setAccessibleName(tr("Templates"));
    m_list->setModel(m_proxy);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setTabKeyNavigation(false);
    m_list->setShowGrid(false);
    m_list->setAlternatingRowColors(true);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    m_details->setObjectName(QStringLiteral("templateDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setOpenExternalLinks(true);
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("templateCreateButton"));
    m_create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() {
        if (!selectedKey().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    layout->addWidget(buttons);
    resize(720, 560);

    connect(m_search, &QLineEdit::textChanged, this, &TemplateGallery::filter);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TemplateGallery::showSelected);
    connect(m_list, &QTableView::activated, this, [this]() {
        if (!selectedKey().isEmpty())
            accept();
    });
    // Down in the search field goes to the list; typing starts in the search field.
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::returnPressed, this, [this]() {
        if (!selectedKey().isEmpty())
            accept();
    });
    selectFirstRow();
    m_search->setFocus();
}

QString TemplateGallery::selectedKey() const
{
    const QModelIndex current = m_list->selectionModel()->currentIndex();
    if (!current.isValid())
        return QString();
    return m_proxy->index(current.row(), 0).data(KeyRole).toString();
}

bool TemplateGallery::eventFilter(QObject *watched, QEvent *event)
{
    // Up, Down and Page keys in the search field move through the list, as in a completer.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            QKeyEvent forwarded(QEvent::KeyPress, key, static_cast<QKeyEvent *>(event)->modifiers());
            QCoreApplication::sendEvent(m_list, &forwarded);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TemplateGallery::filter(const QString &text)
{
    // Every word must match (in any field): "zoho desk", "oauth google".
    QStringList words;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        words << QStringLiteral("(?=[\\s\\S]*%1)").arg(QRegularExpression::escape(word));
    m_proxy->setFilterRegularExpression(
        QRegularExpression(QLatin1Char('^') + words.join(QString()), QRegularExpression::CaseInsensitiveOption));
    selectFirstRow();
}

void TemplateGallery::selectFirstRow()
{
    if (m_proxy->rowCount() > 0)
        m_list->selectionModel()->setCurrentIndex(m_proxy->index(0, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else
        m_list->selectionModel()->clearCurrentIndex();
    showSelected();
}

void TemplateGallery::showSelected()
{
    const QString key = selectedKey();
    m_create->setEnabled(!key.isEmpty());
    const std::optional<TemplateInfo> t = TemplateCatalog::find(key);
    if (!t) {
        m_details->setText(m_search->text().isEmpty() ? QString()
                                                      : tr("No template matches \"%1\". Start from File > New "
                                                           "instead, or from Fill from Discovery.")
                                                            .arg(m_search->text().toHtmlEscaped()));
        return;
    }
    m_details->setText(QStringLiteral("<b>%1</b> — %2<br>%3<br>%4")
                           .arg(t->displayName.toHtmlEscaped(), authTypeDisplayName(t->authType).toHtmlEscaped(),
                                t->description.toHtmlEscaped(),
                                tr("Endpoints from the provider's documentation: <a href=\"%1\">%2</a>")
                                    .arg(t->documentationUrl.toHtmlEscaped(), t->documentationUrl.toHtmlEscaped())));
}

} // namespace cad
