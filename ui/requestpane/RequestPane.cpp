#include "requestpane/RequestPane.h"

#include "common/Fonts.h"
#include "common/WrappingLabel.h"
#include "core/Redactor.h"
#include "requestpane/CurlHighlighter.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSpacerItem>
#include <QToolButton>
#include <QVBoxLayout>

namespace cad {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QPalette mutedPalette(QPalette palette)
{
    QColor c = palette.color(QPalette::WindowText);
    c.setAlphaF(0.66);
    palette.setColor(QPalette::WindowText, c);
    return palette;
}

} // namespace

RequestPane::RequestPane(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);

    auto *header = new QHBoxLayout;
    header->setSpacing(10);
    m_title = new QLabel(tr("Post-authorization request"), this);
    m_title->setObjectName(QStringLiteral("requestTitle"));
    m_title->setFont(Fonts::strong(m_title->font()));
    header->addWidget(m_title);
    header->addStretch(1);

    m_showSecrets = new QCheckBox(tr("Show secrets"), this);
    m_showSecrets->setObjectName(QStringLiteral("showSecrets"));
    m_showSecrets->setToolTip(tr("Show secret values in the command instead of %1").arg(Redactor::Mask));

    m_copyButton = new QToolButton(this);
    m_copyButton->setObjectName(QStringLiteral("copyCurl"));
    m_copyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_copyButton->setPopupMode(QToolButton::MenuButtonPopup);
    auto *menu = new QMenu(m_copyButton);
    m_copyWithSecrets = menu->addAction(tr("Copy with secrets"));
    m_copyWithSecrets->setObjectName(QStringLiteral("copyWithSecrets"));
    m_copyWithSecrets->setToolTip(tr("Copy the command with the real secret values"));
    m_copyButton->setMenu(menu);
    // Its text changes when the request gains or loses secrets; its width does not, so that the
    // pane (and the properties table beside it) never moves when a connection comes or goes.
    m_copyButton->setText(tr("Copy (secrets masked)"));
    m_copyButton->setMinimumWidth(m_copyButton->sizeHint().width());
    header->addWidget(m_copyButton);
    layout->addLayout(header);

    m_curl = new QPlainTextEdit(this);
    m_curl->setObjectName(QStringLiteral("requestCurl"));
    m_curl->setReadOnly(true);
    m_curl->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_curl->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_curl->setAccessibleName(tr("Post-authorization request as a curl command"));
    m_curl->setPlaceholderText(tr("Open or create a connector to see the request its API calls carry."));
    m_curl->setFont(Fonts::monospace());
    m_curl->document()->setDocumentMargin(8);
    // Four lines at the least: at 1024x700 the connection area below needs the rest.
    m_curl->setMinimumHeight(m_curl->fontMetrics().lineSpacing() * 4 + 24);
    {
        // A faintly tinted code surface, like a code block.
        QPalette p = m_curl->palette();
        const bool dark = isDark(palette());
        p.setColor(QPalette::Base, dark ? QColor(0x1e, 0x1f, 0x22) : QColor(0xf7, 0xf8, 0xfa));
        m_curl->setPalette(p);
    }
    m_highlighter = new CurlHighlighter(m_curl->document(), isDark(palette()));
    layout->addWidget(m_curl, 1);

    m_error = new WrappingLabel(this);
    m_error->setObjectName(QStringLiteral("requestError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAutoFillBackground(true);
    m_error->setMargin(10);
    {
        QPalette p = m_error->palette();
        const bool dark = isDark(palette());
        p.setColor(QPalette::Window, dark ? QColor(0x4a, 0x1c, 0x1c) : QColor(0xfd, 0xec, 0xea));
        p.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xb4, 0xab) : QColor(0x9b, 0x1c, 0x1c));
        m_error->setPalette(p);
    }
    m_error->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_error->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_error->hide();
    layout->addWidget(m_error);
    // Takes the command's place while an error is shown, so the error stays a compact box.
    m_errorSpacer = new QSpacerItem(0, 0, QSizePolicy::Minimum, QSizePolicy::Fixed);
    layout->addSpacerItem(m_errorSpacer);

    auto *note = new WrappingLabel(tr("Placeholders in {braces} are filled in when a connection exists."), this);
    note->setObjectName(QStringLiteral("requestNote"));
    note->setWordWrap(true);
    note->setPalette(mutedPalette(note->palette()));
    note->setFont(Fonts::small(note->font()));
    auto *footer = new QHBoxLayout;
    footer->setSpacing(10);
    footer->addWidget(note, 1);
    // "Show secrets" sits below the command, beside the note about placeholders: the header row
    // with the title and Copy is as wide as the window's right side can be at 1024x700.
    footer->addWidget(m_showSecrets, 0, Qt::AlignTop);
    layout->addLayout(footer);

    connect(m_showSecrets, &QCheckBox::toggled, this, &RequestPane::refresh);
    connect(m_copyButton, &QToolButton::clicked, this, &RequestPane::copyDisplayed);
    connect(m_copyWithSecrets, &QAction::triggered, this, &RequestPane::copyWithSecrets);

    refresh();
}

RequestPane::~RequestPane() = default;

void RequestPane::setDefinition(const ConnectorDefinition &definition)
{
    if (m_hasDefinition && definition == m_definition)
        return;
    m_definition = definition;
    m_hasDefinition = true;
    refresh();
}

void RequestPane::setRequest(const ConnectorDefinition &definition, const QHash<QString, QString> &values)
{
    if (m_hasDefinition && definition == m_definition && values == m_values)
        return;
    m_definition = definition;
    m_hasDefinition = true;
    m_values = values;
    refresh();
}

void RequestPane::setValues(const QHash<QString, QString> &values)
{
    if (values == m_values)
        return;
    m_values = values;
    refresh();
}

void RequestPane::setAccessToken(const QString &token)
{
    if (token == m_accessToken)
        return;
    m_accessToken = token;
    refresh();
}

void RequestPane::setCapturedValues(const QHash<QString, QString> &captured)
{
    if (captured == m_captured)
        return;
    m_captured = captured;
    refresh();
}

QString RequestPane::displayedText() const
{
    return m_curl->toPlainText();
}

void RequestPane::refresh()
{
    QString text;
    QString error;
    m_request.reset();
    if (m_hasDefinition) {
        RequestAuthorizer::Options options;
        options.allowMissing = true;
        QHash<QString, QString> values = m_values;
        if (!m_accessToken.isEmpty())
            values.insert(QString(RequestAuthorizer::AccessTokenKey), m_accessToken);
        for (auto it = m_captured.cbegin(); it != m_captured.cend(); ++it) {
            if (values.value(it.key()).isEmpty())
                values.insert(it.key(), it.value());
        }
        Result<AuthorizedRequest> result = RequestAuthorizer::authorize(m_definition, values, options);
        if (result) {
            CurlRenderer::Options renderOptions;
            renderOptions.showSecrets = m_showSecrets->isChecked();
            text = CurlRenderer::render(result.value(), renderOptions);
            m_request = std::move(result).value();
        } else {
            error = tr("The request cannot be built: %1").arg(result.error().toString());
        }
    }
    if (m_curl->toPlainText() != text)
        m_curl->setPlainText(text);
    m_curl->setVisible(error.isEmpty());
    if (m_error->text() != error)
        m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_errorSpacer->changeSize(0, 0, QSizePolicy::Minimum,
                              error.isEmpty() ? QSizePolicy::Fixed : QSizePolicy::Expanding);
    layout()->invalidate();
    updateCopyButton();
}

void RequestPane::updateCopyButton()
{
    const bool shown = m_showSecrets->isChecked();
    const bool hasSecrets = m_request && !m_request->secretValues.isEmpty();
    m_copyButton->setText(shown || !hasSecrets ? tr("Copy") : tr("Copy (secrets masked)"));
    m_copyButton->setToolTip(shown ? tr("Copy the command as shown, with secret values")
                                   : tr("Copy the command as shown; secrets stay masked"));
    m_copyButton->setEnabled(m_request.has_value());
    m_copyWithSecrets->setEnabled(m_request.has_value());
}

void RequestPane::copyDisplayed()
{
    if (!m_request)
        return;
    QGuiApplication::clipboard()->setText(m_curl->toPlainText());
}

void RequestPane::copyWithSecrets()
{
    if (!m_request)
        return;
    CurlRenderer::Options options;
    options.showSecrets = true;
    QGuiApplication::clipboard()->setText(CurlRenderer::render(*m_request, options));
}

void RequestPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_highlighter)
        m_highlighter->setDarkBackground(isDark(palette()));
    QWidget::changeEvent(event);
}

} // namespace cad
