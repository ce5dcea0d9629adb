#include "SignInDialog.h"

#include "LoopbackOnlyInterceptor.h"
#include "RedirectCapturingPage.h"
#include "core/Origin.h"

#include <QApplication>
#include <QClipboard>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineView>

namespace cad {

namespace {

/// A padlock (closed, green) for https; an open grey one otherwise. Drawn, so no image plugin is needed.
QPixmap securityPixmap(bool secure, qreal dpr)
{
    const int size = 16;
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor color = secure ? QColor(0x1e, 0x7e, 0x34) : QColor(0x8a, 0x8a, 0x8a);
    QPen pen(color, 1.8);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    QPainterPath shackle;
    if (secure) {
        shackle.moveTo(4.5, 7.5);
        shackle.lineTo(4.5, 5.0);
        shackle.arcTo(QRectF(4.5, 1.5, 7.0, 7.0), 180, -180);
        shackle.lineTo(11.5, 7.5);
    } else {
        shackle.moveTo(11.5, 7.5);
        shackle.lineTo(11.5, 5.0);
        shackle.arcTo(QRectF(11.5, 1.5, 7.0, 7.0), 180, -150);
    }
    p.drawPath(shackle);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawRoundedRect(QRectF(2.5, 7.0, 11.0, 8.0), 1.5, 1.5);
    return pixmap;
}

} // namespace

SignInDialog::SignInDialog(const SignInRequest &request, QWidget *parent)
    : QDialog(parent)
    , m_request(request)
{
    setObjectName(QStringLiteral("signInDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(m_request.connectorName.trimmed().isEmpty()
                       ? tr("Sign in")
                       : tr("Sign in – %1").arg(m_request.connectorName.trimmed()));
    resize(760, 720);

    // --- heading
    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("signInHeading"));
    heading->setWordWrap(true);
    const QString name = m_request.connectorName.trimmed();
    heading->setText(
        QStringLiteral("<span style='font-size:large; font-weight:600'>%1</span><br>"
                       "<span style='color:#5f6368'>%2</span>")
            .arg((name.isEmpty() ? tr("Sign in to create the design-time connection")
                                 : tr("Sign in to connect “%1”").arg(name))
                     .toHtmlEscaped(),
                 tr("This is the provider's own page. Check its address before you type a password.").toHtmlEscaped()));

    // --- address bar: security, read-only URL
    auto *addressFrame = new QFrame(this);
    addressFrame->setObjectName(QStringLiteral("addressBar"));
    addressFrame->setFrameShape(QFrame::StyledPanel);
    addressFrame->setStyleSheet(QStringLiteral("#addressBar { background: palette(base); border: 1px solid "
                                               "palette(mid); border-radius: 6px; }"));
    m_securityIcon = new QLabel(addressFrame);
    m_securityIcon->setObjectName(QStringLiteral("securityIcon"));
    m_securityText = new QLabel(addressFrame);
    m_securityText->setObjectName(QStringLiteral("securityText"));
    m_address = new QLineEdit(addressFrame);
    m_address->setObjectName(QStringLiteral("addressField"));
    m_address->setReadOnly(true);
    m_address->setFrame(false);
    m_address->setAccessibleName(tr("Address of the page"));
    auto *addressLayout = new QHBoxLayout(addressFrame);
    addressLayout->setContentsMargins(8, 3, 8, 3);
    addressLayout->setSpacing(6);
    addressLayout->addWidget(m_securityIcon);
    addressLayout->addWidget(m_securityText);
    auto *separator = new QFrame(addressFrame);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    addressLayout->addWidget(separator);
    addressLayout->addWidget(m_address, 1);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(3);
    m_progress->setStyleSheet(QStringLiteral("QProgressBar { border: none; background: transparent; } "
                                             "QProgressBar::chunk { background: #2f6fde; }"));

    // --- the page (fresh off-the-record profile: every attempt starts at the login page)
    m_profile = new QWebEngineProfile(); // no storage name: off the record
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    if (m_request.networkGuard.loopbackOnly) // tests only: before the page exists, so nothing slips out
        m_profile->setUrlRequestInterceptor(new LoopbackOnlyInterceptor(m_request.networkGuard.blocked, m_profile));
    m_page = new RedirectCapturingPage(m_profile, m_request.redirectUri);
    m_view = new QWebEngineView(this);
    m_view->setObjectName(QStringLiteral("signInView"));
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);

    auto *waiting = new QLabel(this);
    waiting->setObjectName(QStringLiteral("systemBrowserWaiting"));
    waiting->setAlignment(Qt::AlignCenter);
    waiting->setWordWrap(true);
    waiting->setMargin(24);
    waiting->setText(tr("<p style='font-size:large'><b>Continue in your web browser</b></p>"
                        "<p>Sign in there. This window closes by itself when the provider sends the browser back "
                        "to %1.</p><p>Nothing arrives? Check that the provider accepts the redirect URI below, "
                        "or press Cancel and connect again.</p>")
                         .arg(m_request.redirectUri.toString().toHtmlEscaped()));

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(waiting);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    // --- the redirect URI to register
    const QString pattern = m_request.redirectUriPattern.isEmpty()
                                ? m_request.redirectUri.adjusted(QUrl::RemovePort | QUrl::RemoveQuery).toString()
                                : m_request.redirectUriPattern;
    auto *redirectLabel = new QLabel(this);
    redirectLabel->setObjectName(QStringLiteral("redirectUriLabel"));
    redirectLabel->setWordWrap(true);
    redirectLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    redirectLabel->setText(
        tr("Register this redirect URI with the provider: <code>%1</code> (any port)").arg(pattern.toHtmlEscaped()));
    redirectLabel->setToolTip(tr("This sign-in listens on %1. Providers that follow RFC 8252 accept any port for "
                                 "127.0.0.1 when the app is registered as a native app.")
                                  .arg(m_request.redirectUri.toString()));
    m_copyButton = new QPushButton(tr("Copy"), this);
    m_copyButton->setObjectName(QStringLiteral("copyRedirectUri"));
    m_copyButton->setToolTip(tr("Copy %1 to the clipboard").arg(pattern));
    m_copyButton->setAutoDefault(false);
    auto *redirectRow = new QHBoxLayout;
    redirectRow->addWidget(redirectLabel, 1);
    redirectRow->addWidget(m_copyButton);

    // --- buttons
    m_systemBrowserButton = new QPushButton(tr("Open in System Browser Instead"), this);
    m_systemBrowserButton->setObjectName(QStringLiteral("openSystemBrowser"));
    m_systemBrowserButton->setToolTip(tr("Some providers (Google, for one) refuse sign-ins in embedded browsers. "
                                         "Your browser will return to this app through %1.")
                                          .arg(m_request.redirectUri.toString()));
    m_systemBrowserButton->setAutoDefault(false);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelSignIn"));
    m_cancelButton->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_systemBrowserButton);
    buttons->addStretch(1);
    buttons->addWidget(m_cancelButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->setSpacing(6);
    layout->addWidget(heading);
    layout->addSpacing(2);
    layout->addWidget(addressFrame);
    layout->addWidget(m_progress);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_message);
    layout->addLayout(redirectRow);
    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    layout->addWidget(rule);
    layout->addLayout(buttons);

    connect(m_view, &QWebEngineView::urlChanged, this, &SignInDialog::onUrlChanged);
    connect(m_view, &QWebEngineView::titleChanged, this, &SignInDialog::onTitleChanged);
    connect(m_view, &QWebEngineView::loadStarted, m_progress, [this] {
        m_progress->setValue(0);
        m_progress->setVisible(true);
    });
    connect(m_view, &QWebEngineView::loadProgress, m_progress, &QProgressBar::setValue);
    connect(m_view, &QWebEngineView::loadFinished, m_progress, [this] { m_progress->setValue(0); });
    connect(m_page, &RedirectCapturingPage::redirectCaptured, this, &SignInDialog::onRedirectCaptured);
    connect(m_copyButton, &QPushButton::clicked, this, &SignInDialog::copyRedirectUri);
    connect(m_systemBrowserButton, &QPushButton::clicked, this, &SignInDialog::openInSystemBrowser);
    connect(m_cancelButton, &QPushButton::clicked, this, &SignInDialog::reject);

    onUrlChanged(m_request.authorizeUrl);
    m_view->load(m_request.authorizeUrl);
}

SignInDialog::~SignInDialog()
{
    // The page must go before its profile, the view before the page.
    delete m_view;
    m_view = nullptr;
    delete m_page;
    delete m_profile;
}

void SignInDialog::onUrlChanged(const QUrl &url)
{
    m_address->setText(url.toDisplayString());
    m_address->setCursorPosition(0);
    m_address->setToolTip(url.toDisplayString());
    const bool secure = url.scheme() == QLatin1String("https");
    m_securityIcon->setPixmap(securityPixmap(secure, devicePixelRatioF()));
    if (secure) {
        m_securityText->setText(url.host());
        m_securityText->setStyleSheet(QStringLiteral("color: #1e7e34; font-weight: 600;"));
        m_securityText->setToolTip(
            tr("The connection to %1 is encrypted (https). Check that this is your provider's address before "
               "you type a password.")
                .arg(url.host()));
    } else if (isLoopbackHost(url.host())) {
        m_securityText->setText(tr("Not secure (this computer)"));
        m_securityText->setStyleSheet(QStringLiteral("color: #8a5a00;"));
        m_securityText->setToolTip(tr("The page comes from this computer over plain http. That is fine for a test "
                                      "provider; a real provider must use https."));
    } else {
        m_securityText->setText(tr("Not secure"));
        m_securityText->setStyleSheet(QStringLiteral("color: #b00020; font-weight: 600;"));
        m_securityText->setToolTip(tr("The connection to %1 is not encrypted (http): anyone on the network can read "
                                      "what you type. Use the provider's https address in the authorization URL.")
                                       .arg(url.host()));
    }
    m_securityIcon->setToolTip(m_securityText->toolTip());
}

void SignInDialog::onTitleChanged(const QString &title)
{
    // "<page title> – <connector>": the provider's page names itself ("Sign-in", "Consent"), so the
    // window does not say "Sign in" a second time; the connector (or the host) says what it is for.
    const QString page = title.trimmed();
    QString context = m_request.connectorName.trimmed();
    if (context.isEmpty())
        context = m_view ? m_view->url().host() : QString();
    if (page.isEmpty())
        setWindowTitle(context.isEmpty() ? tr("Sign in") : tr("Sign in – %1").arg(context));
    else
        setWindowTitle(context.isEmpty() ? page
                                         : tr("%1 – %2", "sign-in window: page title – connector").arg(page, context));
}

void SignInDialog::onRedirectCaptured(const QUrl &url)
{
    m_captured = url;
    m_progress->setValue(0);
    m_view->stop();
    m_systemBrowserButton->setEnabled(false);
    const QUrlQuery query(url);
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (!error.isEmpty()) {
        const QString description = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        showFailure(description.isEmpty() ? tr("The provider refused the sign-in: %1.").arg(error)
                                          : tr("The provider refused the sign-in: %1 (%2).").arg(error, description));
    } else {
        showMessage(tr("Signed in at the provider. Exchanging the authorization code for tokens…").toHtmlEscaped(),
                    false);
    }
    if (m_request.redirectCaptured)
        m_request.redirectCaptured(url);
}

void SignInDialog::showFailure(const QString &message)
{
    m_failed = true;
    m_progress->setValue(0);
    m_systemBrowserButton->setEnabled(false);
    showMessage(QStringLiteral("<b>%1</b> %2").arg(tr("Sign-in failed.").toHtmlEscaped(), message.toHtmlEscaped()),
                true);
    m_cancelButton->setText(tr("Close"));
    m_cancelButton->setDefault(true);
}

void SignInDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { background: #fdecea; color: #8b1a1a; border: 1px solid "
                                                    "#f5c2c0; border-radius: 6px; padding: 8px; }")
                                   : QStringLiteral("QLabel { background: #e8f1fd; color: #17407a; border: 1px solid "
                                                    "#c3d7f5; border-radius: 6px; padding: 8px; }"));
    m_message->show();
}

void SignInDialog::openInSystemBrowser()
{
    m_view->stop();
    m_stack->setCurrentIndex(1);
    m_systemBrowserButton->setEnabled(false);
    m_progress->setValue(0);
    onUrlChanged(m_request.authorizeUrl);
    if (m_request.systemBrowserRequested)
        m_request.systemBrowserRequested(m_request.authorizeUrl);
}

void SignInDialog::copyRedirectUri()
{
    const QString pattern = m_request.redirectUriPattern.isEmpty()
                                ? m_request.redirectUri.adjusted(QUrl::RemovePort | QUrl::RemoveQuery).toString()
                                : m_request.redirectUriPattern;
    QApplication::clipboard()->setText(pattern);
    m_copyButton->setText(tr("Copied"));
    QTimer::singleShot(1500, m_copyButton, [button = m_copyButton] { button->setText(tr("Copy")); });
}

void SignInDialog::reject()
{
    // Cancel, Escape or the window's close button: unless the sign-in already failed, tell the caller.
    const bool notify = !m_failed && m_request.cancelled;
    if (notify) {
        auto cancelled = m_request.cancelled;
        m_request.cancelled = nullptr;
        m_request.redirectCaptured = nullptr;
        QDialog::reject();
        cancelled();
        return;
    }
    QDialog::reject();
}

} // namespace cad
