#include "inspector/TokenInspector.h"

#include "common/Icons.h"
#include "common/JsonTree.h"
#include "common/ModalSeam.h"
#include "common/SecretLineEdit.h"
#include "inspect/Jwt.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cad {

namespace {

const QString AccessToken = QStringLiteral("access_token");
const QString RefreshToken = QStringLiteral("refresh_token");
const QString IdToken = QStringLiteral("id_token");

/// The claims that are times (RFC 7519 4.1, OpenID Connect Core 2): shown as local times too.
bool isTimeClaim(const QString &claim)
{
    return claim == QLatin1String("exp") || claim == QLatin1String("iat") || claim == QLatin1String("nbf") ||
           claim == QLatin1String("auth_time") || claim == QLatin1String("updated_at");
}

QIcon levelIcon(ClaimFinding::Level level)
{
    switch (level) {
    case ClaimFinding::Level::Ok:
        return Icons::icon(Icons::Icon::Ok);
    case ClaimFinding::Level::Warning:
        return Icons::icon(Icons::Icon::Warning);
    case ClaimFinding::Level::Error:
        return Icons::icon(Icons::Icon::Error);
    case ClaimFinding::Level::Info:
        break;
    }
    // A blank of the same size, so that every check's text starts in the same place.
    static const QIcon blank = [] {
        QPixmap pixmap(16, 16);
        pixmap.fill(Qt::transparent);
        return QIcon(pixmap);
    }();
    return blank;
}

QString levelName(ClaimFinding::Level level)
{
    switch (level) {
    case ClaimFinding::Level::Ok:
        return TokenInspector::tr("OK");
    case ClaimFinding::Level::Warning:
        return TokenInspector::tr("Warning");
    case ClaimFinding::Level::Error:
        return TokenInspector::tr("Error");
    case ClaimFinding::Level::Info:
        break;
    }
    return TokenInspector::tr("Note");
}

QTreeWidget *tree(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTreeWidget(parent);
    t->setObjectName(name);
    t->setHeaderLabels(headers);
    t->setRootIsDecorated(true);
    t->setUniformRowHeights(true);
    t->setWordWrap(false);
    t->header()->setStretchLastSection(true);
    return t;
}

} // namespace

TokenInspector::TokenInspector(QWidget *parent)
    : QWidget(parent)
    , m_placeholder(new QLabel(this))
    , m_content(new QWidget(this))
{
    setObjectName(QStringLiteral("tokenInspector"));
    m_placeholder->setObjectName(QStringLiteral("inspectorPlaceholder"));
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));

    // --- Summary and the tokens, side by side: what was granted, and the tokens themselves.
    auto *summaryBox = new QGroupBox(tr("Granted"), m_content);
    auto *summary = new QFormLayout(summaryBox);
    m_typeLabel = new QLabel(summaryBox);
    m_typeLabel->setObjectName(QStringLiteral("inspectorTokenType"));
    m_expiryLabel = new QLabel(summaryBox);
    m_expiryLabel->setObjectName(QStringLiteral("inspectorExpiry"));
    m_refreshLabel = new QLabel(summaryBox);
    m_refreshLabel->setObjectName(QStringLiteral("inspectorRefreshToken"));
    m_scopeLabel = new QLabel(summaryBox);
    m_scopeLabel->setObjectName(QStringLiteral("inspectorScopes"));
    m_scopeLabel->setWordWrap(true);
    // Scopes come from the provider: rich text is built here with every value escaped.
    m_scopeLabel->setTextFormat(Qt::RichText);
    m_scopeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *l : {m_typeLabel, m_expiryLabel, m_refreshLabel}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    summary->addRow(tr("Token type:"), m_typeLabel);
    summary->addRow(tr("Expires:"), m_expiryLabel);
    summary->addRow(tr("Refresh token:"), m_refreshLabel);
    summary->addRow(tr("Scopes:"), m_scopeLabel);

    auto *tokensBox = new QGroupBox(tr("Tokens"), m_content);
    auto *tokens = new QFormLayout(tokensBox);
    addTokenRow(tokens, AccessToken, tr("Access token:"));
    addTokenRow(tokens, RefreshToken, tr("Refresh token:"));
    addTokenRow(tokens, IdToken, tr("ID token:"));

    // One column: the tab is often narrow (beside the preview), and a wide window only makes the
    // trees wider.
    auto *top = new QVBoxLayout;
    top->addWidget(summaryBox);
    top->addWidget(tokensBox);

    // --- The decoded JWT: which one, its signature, its claims and what the checks found.
    m_decodedChoice = new QComboBox(m_content);
    m_decodedChoice->setObjectName(QStringLiteral("inspectorDecodedChoice"));
    m_signatureLabel = new QLabel(m_content);
    m_signatureLabel->setObjectName(QStringLiteral("inspectorSignature"));
    m_signatureLabel->setTextFormat(Qt::PlainText);
    m_signatureLabel->setWordWrap(true);
    m_signatureLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_opaqueLabel = new QLabel(m_content);
    m_opaqueLabel->setObjectName(QStringLiteral("inspectorOpaque"));
    m_opaqueLabel->setTextFormat(Qt::PlainText);
    m_opaqueLabel->setWordWrap(true);
    auto *decodeLabel = new QLabel(tr("&Decoded:"), m_content);
    decodeLabel->setBuddy(m_decodedChoice);
    auto *decodedRow = new QHBoxLayout;
    decodedRow->addWidget(decodeLabel);
    decodedRow->addWidget(m_decodedChoice);
    decodedRow->addWidget(m_signatureLabel, 1);

    m_claims = tree(QStringLiteral("inspectorClaims"), {tr("Claim"), tr("Value")}, m_content);
    m_claims->setAccessibleName(tr("Header and claims of the decoded token"));
    m_checks = tree(QStringLiteral("inspectorChecks"), {tr("Claim"), tr("Check")}, m_content);
    m_checks->setAccessibleName(tr("The decoded token compared with the design"));
    m_checks->setRootIsDecorated(false);
    m_checks->setWordWrap(true);
    m_checks->setUniformRowHeights(false);
    auto *split = new QSplitter(Qt::Vertical, m_content);
    split->setChildrenCollapsible(false);
    split->addWidget(m_claims);
    split->addWidget(m_checks);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    // --- RFC 7662: the provider says what an (opaque) token is.
    m_introspectionRow = new QWidget(m_content);
    m_introspectionRow->setObjectName(QStringLiteral("inspectorIntrospectionRow"));
    m_introspectWhich = new QComboBox(m_introspectionRow);
    m_introspectWhich->setObjectName(QStringLiteral("inspectorIntrospectWhich"));
    m_introspect = new QPushButton(tr("&Ask the Provider"), m_introspectionRow);
    m_introspect->setObjectName(QStringLiteral("inspectorIntrospect"));
    m_introspect->setToolTip(tr("Ask the provider's introspection endpoint about the token (RFC 7662)"));
    m_introspectionStatus = new QLabel(m_introspectionRow);
    m_introspectionStatus->setObjectName(QStringLiteral("inspectorIntrospectionStatus"));
    m_introspectionStatus->setTextFormat(Qt::PlainText);
    m_introspectionStatus->setWordWrap(true);
    m_introspectionStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *introspectionLine = new QHBoxLayout(m_introspectionRow);
    introspectionLine->setContentsMargins(0, 0, 0, 0);
    introspectionLine->addWidget(new QLabel(tr("Introspection:"), m_introspectionRow));
    introspectionLine->addWidget(m_introspectWhich);
    introspectionLine->addWidget(m_introspect);
    introspectionLine->addWidget(m_introspectionStatus, 1);
    m_introspection = tree(QStringLiteral("inspectorIntrospection"), {tr("Member"), tr("Value")}, m_content);
    m_introspection->setAccessibleName(tr("The provider's answer about the token"));
    m_introspection->hide();
    connect(m_introspect, &QPushButton::clicked, this,
            [this]() { Q_EMIT introspectionRequested(m_introspectWhich->currentData().toString()); });

    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addLayout(top);
    content->addLayout(decodedRow);
    content->addWidget(m_opaqueLabel);
    content->addWidget(split, 2);
    content->addWidget(m_introspectionRow);
    content->addWidget(m_introspection, 1);

    // The tab may be short: the content scrolls rather than squeezing the trees to a line each.
    m_claims->setMinimumHeight(180);
    m_checks->setMinimumHeight(140);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("inspectorScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_content);
    m_scroll = scroll;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_placeholder);
    layout->addWidget(scroll);

    connect(m_decodedChoice, &QComboBox::currentIndexChanged, this, [this]() { updateDecoded(); });
    // The countdown ticks only while someone can see it.
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &TokenInspector::updateCountdown);

    clear(tr("Connect to see the tokens the provider issues."));
}

TokenInspector::~TokenInspector() = default;

void TokenInspector::addTokenRow(QFormLayout *form, const QString &name, const QString &text)
{
    TokenRow row;
    row.name = name;
    row.field = new SecretLineEdit(m_content);
    row.field->setObjectName(QStringLiteral("inspectorToken_") + name);
    row.field->setReadOnly(true);
    row.field->setAccessibleName(displayName(name));
    row.copy = new QToolButton(m_content);
    row.copy->setObjectName(QStringLiteral("inspectorCopy_") + name);
    row.copy->setText(tr("Copy"));
    row.copy->setToolTip(tr("Copy the %1 to the clipboard").arg(displayName(name)));
    auto *line = new QHBoxLayout;
    line->addWidget(row.field, 1);
    line->addWidget(row.copy);
    row.label = new QLabel(text, m_content);
    row.label->setBuddy(row.field);
    form->addRow(row.label, line);
    m_rows.append(row);
    const int index = int(m_rows.size()) - 1;
    connect(row.copy, &QToolButton::clicked, this, [this, index]() { copyToken(m_rows.at(index)); });
}

QString TokenInspector::displayName(const QString &name) const
{
    if (name == AccessToken)
        return tr("access token");
    if (name == RefreshToken)
        return tr("refresh token");
    return tr("ID token");
}

QString TokenInspector::tokenText(const QString &name) const
{
    if (name == AccessToken)
        return m_tokens.accessToken;
    if (name == RefreshToken)
        return m_tokens.refreshToken;
    return m_tokens.idToken;
}

void TokenInspector::copyToken(const TokenRow &row)
{
    const QString token = tokenText(row.name);
    if (token.isEmpty())
        return;
    // A token on the clipboard is readable by every program of the session, and by clipboard history.
    const auto answer =
        ModalSeam::ask(this, QMessageBox::Warning, tr("Copy Token"), tr("Copy the %1?").arg(displayName(row.name)),
                       tr("Whoever reads the clipboard can use it as you until it expires or is revoked. Clipboard "
                          "managers may keep it."),
                       QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QApplication::clipboard()->setText(token);
}

void TokenInspector::clear(const QString &why)
{
    m_tokens = TokenSet();
    m_jwks = QJsonObject();
    m_keysKnown = false;
    m_keysMessage.clear();
    for (const TokenRow &row : std::as_const(m_rows)) {
        row.field->clear();
        row.field->setRevealed(false);
    }
    m_claims->clear();
    m_checks->clear();
    m_introspection->clear();
    m_introspection->hide();
    m_introspectionStatus->clear();
    m_placeholder->setText(why);
    m_placeholder->show();
    m_scroll->hide();
    m_countdown.stop();
}

void TokenInspector::setTokens(const TokenSet &tokens, const Expectations &expectations)
{
    if (tokens.isEmpty()) {
        clear(tr("The connection has no tokens."));
        return;
    }
    const bool sameIssuer = m_expectations.claims.issuer == expectations.claims.issuer &&
                            m_expectations.claims.tokenUrl == expectations.claims.tokenUrl;
    m_tokens = tokens;
    m_expectations = expectations;
    if (!sameIssuer) {
        m_jwks = QJsonObject();
        m_keysKnown = false;
    }
    m_placeholder->hide();
    m_scroll->show();
    for (const TokenRow &row : std::as_const(m_rows)) {
        const QString text = tokenText(row.name);
        row.field->setText(text);
        row.field->setCursorPosition(0);
        row.field->setRevealed(false);
        row.field->setPlaceholderText(row.name == RefreshToken ? tr("None issued") : tr("None"));
        row.field->setEnabled(!text.isEmpty());
        row.copy->setEnabled(!text.isEmpty());
    }

    const QString previous = m_decodedChoice->currentData().toString();
    {
        const QSignalBlocker block(m_decodedChoice);
        m_decodedChoice->clear();
        if (Jwt::looksLikeJwt(m_tokens.idToken))
            m_decodedChoice->addItem(tr("ID token"), IdToken);
        if (Jwt::looksLikeJwt(m_tokens.accessToken))
            m_decodedChoice->addItem(tr("Access token"), AccessToken);
        const int keep = m_decodedChoice->findData(previous);
        m_decodedChoice->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    m_introspection->clear();
    m_introspection->hide();
    m_introspectionStatus->clear();
    updateSummary();
    updateDecoded();
    updateIntrospectionRow();
    if (isVisible())
        m_countdown.start();
}

void TokenInspector::setKeys(const QJsonObject &jwks, const QUrl &jwksUri)
{
    m_jwks = jwks;
    m_keysKnown = true;
    m_keysMessage = jwksUri.toString();
    updateSignatureLabel();
}

void TokenInspector::setKeysUnavailable(const QString &message)
{
    m_jwks = QJsonObject();
    m_keysKnown = true;
    m_keysMessage = message;
    updateSignatureLabel();
}

void TokenInspector::setKeysPending()
{
    m_keysKnown = false;
    m_keysMessage.clear();
    updateSignatureLabel();
}

void TokenInspector::showDecoded(const QString &which)
{
    const int index = m_decodedChoice->findData(which);
    if (index >= 0)
        m_decodedChoice->setCurrentIndex(index);
}

QString TokenInspector::decodedToken() const
{
    return m_decodedChoice->currentData().toString();
}

QStringList TokenInspector::decodableTokens() const
{
    QStringList names;
    for (int i = 0; i < m_decodedChoice->count(); ++i)
        names << m_decodedChoice->itemData(i).toString();
    return names;
}

SignatureCheck TokenInspector::signatureOf(const QString &which) const
{
    const auto jwt = Jwt::decode(tokenText(which));
    if (!jwt)
        return {};
    return JwsVerifier::verify(*jwt, m_jwks, m_expectations.clientSecret);
}

void TokenInspector::updateSummary()
{
    m_typeLabel->setText(m_tokens.tokenType.isEmpty() ? tr("Not stated (sent as Bearer)") : m_tokens.tokenType);
    m_refreshLabel->setText(m_tokens.hasRefreshToken()
                                ? tr("Issued: the connection renews the access token by itself")
                                : tr("Not issued: when the access token expires, the end user signs in again"));
    updateCountdown();

    const ScopeComparison scopes =
        TokenChecks::compareScopes(m_expectations.requestedScope, m_tokens.scope, m_expectations.scopeSeparator);
    auto list = [](const QStringList &items) {
        QStringList escaped;
        for (const QString &s : items)
            escaped << QStringLiteral("<code>%1</code>").arg(s.toHtmlEscaped());
        return escaped.join(QStringLiteral(" "));
    };
    QStringList lines;
    lines << tr("Requested: %1").arg(scopes.requested.isEmpty() ? tr("none") : list(scopes.requested));
    if (!scopes.grantedReported) {
        lines << tr("Granted: the provider did not say, which means as requested (RFC 6749 3.3).");
    } else {
        lines << tr("Granted: %1").arg(scopes.granted.isEmpty() ? tr("none") : list(scopes.granted));
        if (!scopes.missing.isEmpty())
            lines << QStringLiteral("<span style=\"color:#c62828\">%1</span>")
                         .arg(tr("Missing: %1 (requested, not granted: calls that need them will fail)")
                                  .arg(list(scopes.missing)));
        if (!scopes.extra.isEmpty())
            lines << QStringLiteral("<span style=\"color:#b26a00\">%1</span>")
                         .arg(tr("Extra: %1 (granted without being requested)").arg(list(scopes.extra)));
        if (scopes.missing.isEmpty() && scopes.extra.isEmpty())
            lines << tr("Granted as requested.");
    }
    m_scopeLabel->setText(lines.join(QStringLiteral("<br>")));
}

void TokenInspector::updateCountdown()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_tokens.expiresAt.isValid()) {
        m_expiryLabel->setText(TokenChecks::describeLifetime(QDateTime(), now));
        return;
    }
    m_expiryLabel->setText(tr("%1 (%2)").arg(TokenChecks::localTime(m_tokens.expiresAt),
                                             TokenChecks::describeLifetime(m_tokens.expiresAt, now)));
}

void TokenInspector::updateDecoded()
{
    m_claims->clear();
    m_checks->clear();
    const QString which = decodedToken();
    const bool opaqueAccess = !m_tokens.accessToken.isEmpty() && !Jwt::looksLikeJwt(m_tokens.accessToken);
    QString opaque;
    if (opaqueAccess)
        opaque = m_expectations.introspectionUrl.isEmpty()
                     ? tr("The access token is opaque (not a JWT): only the provider can say what it grants. Add the "
                          "property token_introspection_url to ask it (RFC 7662).")
                     : tr("The access token is opaque (not a JWT): Ask the Provider below says what it grants.");
    m_opaqueLabel->setText(opaque);
    m_opaqueLabel->setVisible(!opaque.isEmpty());
    m_decodedChoice->setEnabled(m_decodedChoice->count() > 1);
    if (which.isEmpty()) {
        m_signatureLabel->setText(tr("No token is a JWT."));
        return;
    }

    QString why;
    const auto jwt = Jwt::decode(tokenText(which), &why);
    if (!jwt) {
        m_signatureLabel->setText(why);
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto section = [this](const QString &title, const QJsonObject &object) {
        auto *top = new QTreeWidgetItem(m_claims, {title});
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        top->setFirstColumnSpanned(true);
        for (auto it = object.begin(); it != object.end(); ++it) {
            JsonTree::add(top, it.key(), it.value());
            QTreeWidgetItem *item = top->child(top->childCount() - 1);
            if (isTimeClaim(it.key()) && it.value().isDouble()) {
                const QDateTime at = QDateTime::fromSecsSinceEpoch(qint64(it.value().toDouble()), Qt::UTC);
                item->setText(1, tr("%1 (%2)").arg(JsonTree::valueText(it.value()), TokenChecks::localTime(at)));
            }
        }
        top->setExpanded(true);
    };
    section(tr("Header"), jwt->header);
    section(tr("Claims"), jwt->claims);
    m_claims->resizeColumnToContents(0);

    TokenChecks::Expectations expectations = m_expectations.claims;
    expectations.kind = which == IdToken ? TokenChecks::TokenKind::IdToken : TokenChecks::TokenKind::AccessToken;
    for (const ClaimFinding &f : TokenChecks::checkClaims(*jwt, expectations, now)) {
        auto *item = new QTreeWidgetItem(m_checks, {f.claim, f.text});
        item->setIcon(0, levelIcon(f.level));
        item->setToolTip(0, levelName(f.level));
        item->setToolTip(1, f.text);
        item->setData(0, Qt::UserRole, int(f.level));
    }
    m_checks->resizeColumnToContents(0);
    updateSignatureLabel();
}

void TokenInspector::updateSignatureLabel()
{
    const QString which = decodedToken();
    if (which.isEmpty())
        return;
    const auto jwt = Jwt::decode(tokenText(which));
    if (!jwt)
        return;
    const bool hmac = jwt->algorithm().startsWith(QLatin1String("HS"));
    if (!hmac && !m_keysKnown) {
        m_signatureLabel->setText(tr("Signature (%1): reading the provider's keys…").arg(jwt->algorithm()));
        m_signatureLabel->setStyleSheet(QString());
        return;
    }
    const SignatureCheck check = JwsVerifier::verify(*jwt, m_jwks, m_expectations.clientSecret);
    QString text;
    QString color;
    switch (check.status) {
    case SignatureStatus::Verified:
        text = tr("Signature verified (%1, key %2).")
                   .arg(check.algorithm, check.keyId.isEmpty() ? tr("without id") : check.keyId);
        color = QStringLiteral("#2e7d32");
        break;
    case SignatureStatus::Invalid:
        text = tr("Signature INVALID: %1").arg(check.explanation);
        color = QStringLiteral("#c62828");
        break;
    case SignatureStatus::Unverified:
        text = tr("Signature not verified: %1").arg(check.explanation);
        if (!hmac && m_jwks.isEmpty() && !m_keysMessage.isEmpty())
            text += QLatin1Char(' ') + m_keysMessage;
        color = QStringLiteral("#b26a00");
        break;
    }
    m_signatureLabel->setText(text);
    m_signatureLabel->setStyleSheet(QStringLiteral("color: %1;").arg(color));
}

void TokenInspector::updateIntrospectionRow()
{
    const bool available = !m_expectations.introspectionUrl.isEmpty();
    m_introspectionRow->setVisible(available);
    if (!available)
        return;
    const QString previous = m_introspectWhich->currentData().toString();
    m_introspectWhich->clear();
    m_introspectWhich->addItem(tr("Access token"), AccessToken);
    if (m_tokens.hasRefreshToken())
        m_introspectWhich->addItem(tr("Refresh token"), RefreshToken);
    const int keep = m_introspectWhich->findData(previous);
    m_introspectWhich->setCurrentIndex(keep >= 0 ? keep : 0);
    m_introspect->setEnabled(true);
    m_introspectionStatus->setText(m_expectations.introspectionUrl);
}

void TokenInspector::setIntrospectionBusy()
{
    m_introspect->setEnabled(false);
    m_introspectionStatus->setText(tr("Asking %1…").arg(m_expectations.introspectionUrl));
}

void TokenInspector::setIntrospectionAnswer(const QJsonObject &answer)
{
    m_introspect->setEnabled(true);
    const bool active = answer.value(QLatin1String("active")).toBool();
    m_introspectionStatus->setText(active ? tr("Active: the provider accepts the token.")
                                          : tr("Inactive: the provider does not accept the token (expired, revoked "
                                               "or unknown to it)."));
    JsonTree::fill(m_introspection, answer);
    // The times of the answer (exp, iat, nbf) as local times, as in the decoded token.
    for (int i = 0; i < m_introspection->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_introspection->topLevelItem(i);
        const QJsonValue value = answer.value(item->text(0));
        if (isTimeClaim(item->text(0)) && value.isDouble()) {
            const QDateTime at = QDateTime::fromSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC);
            item->setText(1, tr("%1 (%2)").arg(JsonTree::valueText(value), TokenChecks::localTime(at)));
        }
    }
    m_introspection->resizeColumnToContents(0);
    m_introspection->show();
}

void TokenInspector::setIntrospectionFailed(const QString &message)
{
    m_introspect->setEnabled(true);
    m_introspectionStatus->setText(message);
    m_introspection->clear();
    m_introspection->hide();
}

void TokenInspector::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (hasTokens()) {
        updateCountdown();
        m_countdown.start();
    }
}

void TokenInspector::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_countdown.stop();
}

} // namespace cad
