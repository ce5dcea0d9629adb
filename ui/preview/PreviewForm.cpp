#include "preview/PreviewForm.h"

#include "common/Fonts.h"
#include "common/WrappingLabel.h"
#include "model/BuiltinSchemas.h"
#include "model/Variables.h"
#include "preview/PreviewCard.h"
#include "preview/PreviewField.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

namespace cad {

namespace {

constexpr int CardMaxWidth = 460;
constexpr int AvatarSize = 44;

QColor mutedTextColor(const QPalette &palette)
{
    QColor c = palette.color(QPalette::WindowText);
    c.setAlphaF(0.66);
    return c;
}

/// "login.example.com" from "https://login.example.com/oauth/authorize"; also works with
/// {variables} in the host, which QUrl rejects.
QString hostOf(const QString &url)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/?#]*@)?([^/?#:]+)"));
    const QRegularExpressionMatch m = re.match(url.trimmed());
    return m.hasMatch() ? m.captured(1) : QString();
}

/// The host as the end user reads it: each {variable} is what they typed for it, or a hint such as
/// "your-subdomain" while the field is empty (never a raw {placeholder}).
QString readableHost(const QString &host, const QHash<QString, QString> &typed)
{
    QHash<QString, QString> shown;
    for (const QString &name : Variables::referenced(host)) {
        const QString value = typed.value(name).trimmed();
        shown.insert(name, value.isEmpty()
                               ? PreviewForm::tr("your-%1", "a host name part the end user has not typed yet")
                                     .arg(QString(name).replace(QLatin1Char('_'), QLatin1Char('-')))
                               : value);
    }
    return shown.isEmpty() ? host : Variables::substitute(host, shown);
}

QPixmap avatarPixmap(QChar letter, qreal dpr)
{
    QPixmap pixmap(QSize(AvatarSize, AvatarSize) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    // A stable, calm colour per letter.
    const int hue = (letter.unicode() * 47) % 360;
    p.setPen(Qt::NoPen);
    p.setBrush(QColor::fromHsl(hue, 120, 105));
    p.drawRoundedRect(QRectF(0, 0, AvatarSize, AvatarSize), 11, 11);
    QFont font = p.font();
    font.setPixelSize(AvatarSize / 2);
    font.setWeight(QFont::DemiBold);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRectF(0, 0, AvatarSize, AvatarSize), Qt::AlignCenter, QString(letter));
    p.end();
    return pixmap;
}

} // namespace

PreviewForm::PreviewForm(QWidget *parent)
    : QWidget(parent)
{
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 0);

    m_scrollArea = new QScrollArea(this);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    root->addWidget(m_scrollArea);

    auto *canvas = new QWidget;
    canvas->setObjectName(QStringLiteral("previewCanvas"));
    auto *canvasLayout = new QVBoxLayout(canvas);
    canvasLayout->setContentsMargins(20, 24, 20, 24);
    auto *centering = new QHBoxLayout;
    centering->setContentsMargins(0, 0, 0, 0);
    auto *card = new PreviewCard(canvas);
    card->setObjectName(QStringLiteral("previewCard"));
    card->setMaximumWidth(CardMaxWidth);
    card->setMinimumWidth(260);
    centering->addStretch(1);
    centering->addWidget(card, 100);
    centering->addStretch(1);
    canvasLayout->addLayout(centering);
    canvasLayout->addStretch(1);
    m_scrollArea->setWidget(canvas);

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(28, 26, 28, 26);
    cardLayout->setSpacing(20);

    // Header: avatar, connector name, what kind of sign-in this is.
    auto *header = new QHBoxLayout;
    header->setSpacing(14);
    m_avatar = new QLabel(card);
    m_avatar->setFixedSize(AvatarSize, AvatarSize);
    m_avatar->setAccessibleName(tr("Connector logo"));
    header->addWidget(m_avatar, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(3);
    m_title = new WrappingLabel(card);
    m_title->setObjectName(QStringLiteral("previewTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setFont(Fonts::heading(m_title->font()));
    m_subtitle = new WrappingLabel(card);
    m_subtitle->setObjectName(QStringLiteral("previewSubtitle"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    QPalette mutedPalette = m_subtitle->palette();
    mutedPalette.setColor(QPalette::WindowText, mutedTextColor(mutedPalette));
    m_subtitle->setPalette(mutedPalette);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    cardLayout->addLayout(header);

    m_fieldsHost = new QWidget(card);
    m_fieldsHost->setObjectName(QStringLiteral("previewFields"));
    m_fieldsLayout = new QVBoxLayout(m_fieldsHost);
    m_fieldsLayout->setContentsMargins(0, 4, 0, 0);
    m_fieldsLayout->setSpacing(18);
    cardLayout->addWidget(m_fieldsHost);

    m_notice = new WrappingLabel(card);
    m_notice->setObjectName(QStringLiteral("previewNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->setPalette(mutedPalette);
    cardLayout->addWidget(m_notice);

    m_connectButton = new QPushButton(card);
    m_connectButton->setObjectName(QStringLiteral("previewConnect"));
    m_connectButton->setMinimumHeight(38);
    m_connectButton->setDefault(true);
    m_connectButton->setCursor(Qt::PointingHandCursor);
    m_connectButton->setFont(Fonts::strong(m_connectButton->font()));
    {
        // The one primary action: a flat accent button. A style sheet on this button alone keeps the
        // rest of the form on the fast native style.
        const QColor accent = palette().color(QPalette::Highlight).darker(118);
        const QColor text = palette().color(QPalette::HighlightedText);
        m_connectButton->setStyleSheet(
            QStringLiteral("QPushButton { background: %1; color: %2; border: none; border-radius: 6px;"
                           " padding: 8px 18px; }"
                           "QPushButton:hover { background: %3; }"
                           "QPushButton:pressed { background: %4; }"
                           "QPushButton:focus { outline: none; border: 2px solid %5; }")
                .arg(accent.name(), text.name(), accent.lighter(110).name(), accent.darker(115).name(),
                     accent.darker(140).name()));
    }
    cardLayout->addWidget(m_connectButton);
    connect(m_connectButton, &QPushButton::clicked, this, &PreviewForm::connectRequested);

    // An empty definition until the first setDefinition(): shows a neutral "Connect" screen.
    m_definition.authType = AuthType::None;
    updateHeader();
    updateFooter();
}

PreviewForm::~PreviewForm() = default;

void PreviewForm::setDefinition(const ConnectorDefinition &definition)
{
    if (m_hasDefinition && definition == m_definition)
        return;
    const QHash<QString, QString> before = values();
    m_definition = definition;
    m_hasDefinition = true;
    updateHeader();
    updateFields();
    updateFooter();
    if (m_updatesSuspended) {
        // Re-enabling repaints the whole form: done only after structural changes, never after an
        // in-place edit, where only the changed label repaints.
        m_updatesSuspended = false;
        setUpdatesEnabled(true);
    }
    if (values() != before)
        emit valuesChanged();
}

void PreviewForm::updateHeader()
{
    const QString name =
        m_definition.displayName.trimmed().isEmpty() ? tr("Untitled connector") : m_definition.displayName.trimmed();
    if (m_title->text() != name)
        m_title->setText(name);

    QString subtitle;
    switch (m_definition.authType) {
    case AuthType::OAuth2AuthorizationCode:
    case AuthType::OAuth2AuthorizationCodePkce:
        subtitle = tr("Sign in with your %1 account").arg(name);
        break;
    case AuthType::OAuth2ClientCredentials:
        subtitle = tr("Connect %1 with your app's credentials").arg(name);
        break;
    case AuthType::Basic:
        subtitle = tr("Sign in with your %1 user name and password").arg(name);
        break;
    case AuthType::ApiKey:
        subtitle = tr("Connect with your %1 API key").arg(name);
        break;
    case AuthType::PersonalAccessToken:
        subtitle = tr("Connect with a %1 personal access token").arg(name);
        break;
    case AuthType::Custom:
        subtitle = tr("Enter the details %1 needs to connect").arg(name);
        break;
    case AuthType::None:
        subtitle = tr("No sign-in needed");
        break;
    }
    if (m_subtitle->text() != subtitle)
        m_subtitle->setText(subtitle);

    const QChar letter = name.at(0).toUpper();
    if (letter != m_avatarLetter || m_avatar->pixmap().isNull()) {
        m_avatarLetter = letter;
        m_avatar->setPixmap(avatarPixmap(letter, std::max(2.0, devicePixelRatioF())));
    }
}

void PreviewForm::suspendUpdates()
{
    if (m_updatesSuspended || !updatesEnabled())
        return;
    m_updatesSuspended = true;
    setUpdatesEnabled(false);
}

void PreviewForm::updateFields()
{
    const QList<Property> fields = m_definition.endUserFields();
    QList<PreviewField *> ordered;
    ordered.reserve(fields.size());
    QSet<QString> seen;
    seen.reserve(fields.size());

    for (const Property &p : fields) {
        if (seen.contains(p.name))
            continue; // duplicate names are a validation error elsewhere; show the first one
        seen.insert(p.name);
        PreviewField *field = m_fields.value(p.name);
        QString carriedValue;
        bool carry = false;
        if (field && field->kind() != p.inputKind) {
            // A different kind needs a different widget; keep what was typed when it still fits.
            carriedValue = field->value();
            carry = field->value() != (field->property().secret ? QString() : field->property().value);
            suspendUpdates();
            m_fields.remove(p.name);
            m_ordered.removeOne(field);
            m_fieldsLayout->removeWidget(field);
            field->hide();
            field->setParent(nullptr);
            field->deleteLater();
            field = nullptr;
        }
        if (field) {
            field->update(p);
        } else {
            suspendUpdates();
            field = new PreviewField(p, m_fieldsHost);
            connect(field, &PreviewField::valueChanged, this, &PreviewForm::onFieldValueChanged);
            const auto pending = m_pendingValues.constFind(p.name);
            if (pending != m_pendingValues.cend()) {
                field->setValue(*pending);
                m_pendingValues.erase(pending);
            } else if (carry && p.inputKind != InputKind::Boolean) {
                field->setValue(carriedValue);
            }
            m_fields.insert(p.name, field);
        }
        ordered.append(field);
    }

    // Fields that are no longer ask-the-user (or were deleted).
    for (auto it = m_fields.begin(); it != m_fields.end();) {
        if (seen.contains(it.key())) {
            ++it;
            continue;
        }
        suspendUpdates();
        PreviewField *gone = it.value();
        // What was typed comes back when the field does (undo of a type change or a deletion).
        if (gone->isEdited())
            m_pendingValues.insert(it.key(), gone->value());
        it = m_fields.erase(it);
        m_ordered.removeOne(gone);
        m_fieldsLayout->removeWidget(gone);
        gone->hide();
        gone->setParent(nullptr);
        gone->deleteLater();
    }

    if (ordered != m_ordered) {
        suspendUpdates();
        relayoutFields(ordered);
    }
    m_fieldsHost->setVisible(!ordered.isEmpty());
}

void PreviewForm::relayoutFields(const QList<PreviewField *> &ordered)
{
    for (PreviewField *field : std::as_const(m_ordered))
        m_fieldsLayout->removeWidget(field);
    for (PreviewField *field : ordered) {
        m_fieldsLayout->addWidget(field);
        field->show();
    }
    m_ordered = ordered;

    QWidget *previous = nullptr;
    for (PreviewField *field : ordered) {
        if (previous)
            setTabOrder(previous, field->editor());
        previous = field->editor();
    }
    if (previous)
        setTabOrder(previous, m_connectButton);
}

void PreviewForm::updateFooter()
{
    const QString name = m_title->text();
    const AuthType type = m_definition.authType;
    const QString buttonText = needsBrowser(type) ? tr("Sign in to %1").arg(name) : tr("Connect");
    if (m_connectButton->text() != buttonText)
        m_connectButton->setText(buttonText);

    QString notice;
    if (needsBrowser(type)) {
        const QString host = readableHost(hostOf(m_definition.valueOf(PropertyNames::AuthorizationUrl)), values());
        notice = host.isEmpty() ? tr("You will be redirected to the %1 sign-in page.").arg(name)
                                : tr("You will be redirected to %1 to sign in.").arg(host);
    } else if (type == AuthType::None) {
        notice = tr("This connector needs no credentials.");
    } else if (m_ordered.isEmpty()) {
        notice = type == AuthType::OAuth2ClientCredentials
                     ? tr("%1 connects with the app's own credentials: there is nothing to enter.").arg(name)
                     : tr("There is nothing to enter: %1 supplies everything it needs.").arg(name);
    }
    if (m_notice->text() != notice)
        m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

QHash<QString, QString> PreviewForm::values() const
{
    QHash<QString, QString> result;
    result.reserve(m_ordered.size());
    for (PreviewField *field : m_ordered) {
        const QString v = field->value();
        if (!v.isEmpty())
            result.insert(field->property().name, v);
    }
    return result;
}

void PreviewForm::setValues(const QHash<QString, QString> &values)
{
    const QHash<QString, QString> before = this->values();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (PreviewField *field = m_fields.value(it.key()))
            field->setValue(it.value());
        else
            m_pendingValues.insert(it.key(), it.value());
    }
    if (this->values() != before)
        emit valuesChanged();
}

QList<QWidget *> PreviewForm::fieldEditors() const
{
    QList<QWidget *> editors;
    editors.reserve(m_ordered.size());
    for (PreviewField *field : m_ordered)
        editors.append(field->editor());
    return editors;
}

void PreviewForm::onFieldValueChanged()
{
    updateFooter(); // the sign-in host may name what was just typed
    emit valuesChanged();
}

} // namespace cad
