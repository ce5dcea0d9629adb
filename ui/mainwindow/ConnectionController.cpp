#include "mainwindow/ConnectionController.h"

#include "browser/SignInController.h"
#include "common/ModalSeam.h"
#include "connection/CredentialDestinations.h"
#include "connection/DesignTimeConnection.h"
#include "connection/Rehearsal.h"
#include "connectionpanel/ConnectionPanel.h"
#include "connectionpanel/RehearsalDialog.h"
#include "core/Logging.h"
#include "exchangelog/ExchangeLogView.h"
#include "model/ConnectorDocument.h"
#include "preview/PreviewForm.h"
#include "secrets/DefinitionSecrets.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QWidget>

namespace cad {

ConnectionController::ConnectionController(ConnectorDocument *document, ConnectionPanel *panel, ExchangeLogView *log,
                                           PreviewForm *preview, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_document(document)
    , m_panel(panel)
    , m_log(log)
    , m_preview(preview)
    , m_dialogParent(dialogParent)
    , m_network(new QNetworkAccessManager(this))
    , m_secrets(new SecretStore(SecretStore::Mode::Keychain, this))
{
    // The panel's requests go to whichever connection belongs to the current document.
    connect(m_panel, &ConnectionPanel::connectRequested, this, &ConnectionController::connectToService);
    connect(m_panel, &ConnectionPanel::testRequested, this, &ConnectionController::test);
    connect(m_panel, &ConnectionPanel::refreshRequested, this, [this]() { m_engine->refreshNow(); });
    connect(m_panel, &ConnectionPanel::disconnectRequested, this, [this]() { m_engine->disconnectFromService(); });
    connect(m_panel, &ConnectionPanel::rehearseRequested, this, &ConnectionController::rehearse);
    connect(m_panel, &ConnectionPanel::cancelSignInRequested, this, [this]() { m_engine->cancelAuthorization(); });
    connect(m_panel, &ConnectionPanel::preferSystemBrowserChanged, this, [this](bool prefer) {
        if (m_signIn)
            m_signIn->setPreferSystemBrowser(prefer);
    });
    connect(m_secrets, &SecretStore::persistenceChanged, this, &ConnectionController::showKeychainNotice);
    startOver();
}

ConnectionController::~ConnectionController()
{
    delete m_signIn;
    if (m_engine) {
        m_engine->disconnect();
        m_engine->cancelAuthorization();
        delete m_engine;
    }
}

QHash<QString, QString> ConnectionController::connectionValues() const
{
    // Secret values typed in the properties table (client_secret, ...) are kept in the definition
    // in memory only; what the end user typed in the preview wins when it is not empty.
    QHash<QString, QString> values;
    for (const Property &p : m_document->definition().properties) {
        if (p.secret && !p.value.isEmpty())
            values.insert(p.name, p.value);
    }
    const QHash<QString, QString> typed = m_preview->values();
    for (auto it = typed.cbegin(); it != typed.cend(); ++it) {
        if (!it.value().isEmpty())
            values.insert(it.key(), it.value());
    }
    return values;
}

QHash<QString, QString> ConnectionController::resolvedValues() const
{
    QHash<QString, QString> values;
    for (const Property &p : m_document->definition().properties)
        values.insert(p.name, p.value);
    const QHash<QString, QString> given = connectionValues();
    for (auto it = given.cbegin(); it != given.cend(); ++it)
        values.insert(it.key(), it.value());
    return values;
}

void ConnectionController::startOver()
{
    ++m_generation;
    m_loadPending = false;
    m_bindings.clear();
    // A rehearsal belongs to the design it started with: it stops, and its checklist goes.
    if (m_rehearsal) {
        m_rehearsal->cancel();
        delete m_rehearsal;
    }
    if (m_rehearsalDialog)
        m_rehearsalDialog->close();
    m_panel->setRehearsing(false);
    delete m_signIn;
    m_signIn = nullptr;
    if (m_engine) {
        m_engine->disconnect();
        m_engine->cancelAuthorization();
        m_engine->deleteLater();
    }
    m_engine = new DesignTimeConnection(m_network, m_secrets, this);
    m_engine->setObjectName(QStringLiteral("designTimeConnection"));
    m_signIn = new SignInController(m_engine, m_dialogParent);
    m_signIn->setPreferSystemBrowser(m_panel->prefersSystemBrowser());
    connect(m_signIn, &SignInController::embeddedBrowserUnavailable, this,
            [this](const QString &message) { Q_EMIT statusMessage(message, 15000); });
    // The sign-in waits in the system browser: the panel says so, with Cancel and the URL to copy.
    connect(m_signIn, &SignInController::systemBrowserSignIn, this,
            [this](const QUrl &url, bool opened, const QString &detail) {
                m_panel->showBrowserSignIn(url, opened, detail);
                Q_EMIT layoutChanged();
            });
    connect(m_engine, &DesignTimeConnection::stateChanged, this, &ConnectionController::onStateChanged);
    connect(m_engine, &DesignTimeConnection::statusMessageChanged, m_panel, &ConnectionPanel::setStatusMessage);
    connect(m_engine, &DesignTimeConnection::tokensChanged, this, &ConnectionController::onTokensChanged);
    connect(m_engine, &DesignTimeConnection::exchangeRecorded, m_log, &ExchangeLogView::addRecord);
    connect(m_engine, &DesignTimeConnection::confirmationRequired, this, &ConnectionController::confirmOrigins);
    connect(m_engine, &DesignTimeConnection::originsAllowed, this, &ConnectionController::keepAllowedOrigins);
    connect(m_engine, &DesignTimeConnection::testFinished, this, [this](const TestResult &result) {
        m_log->showTestResult(result);
        m_panel->setConnectionName(result.succeeded() ? result.label : QString());
        Q_EMIT testFinished();
    });
    m_log->clear();
    m_panel->setStatusMessage(QString());
    sync();
    onStateChanged();
    onTokensChanged();
}

void ConnectionController::sync()
{
    const ConnectorDefinition &d = m_document->definition();
    m_engine->setDefinition(d);
    m_engine->setValues(connectionValues());
    m_panel->setRefreshSupported(isOAuth(d.authType));
    const QString redirect = needsBrowser(d.authType) ? DesignTimeConnection::redirectUriPattern() : QString();
    if (redirect.isEmpty() != m_panel->redirectUri().isEmpty()) {
        m_panel->setRedirectUri(redirect);
        Q_EMIT layoutChanged();
    }
}

void ConnectionController::connectToService()
{
    m_engine->setValues(connectionValues());
    m_engine->connectToService();
}

void ConnectionController::test()
{
    m_engine->setValues(connectionValues());
    m_engine->test();
}

void ConnectionController::rehearse()
{
    if (m_rehearsal && m_rehearsal->isRunning()) {
        m_rehearsalDialog->raise();
        m_rehearsalDialog->activateWindow();
        return;
    }
    m_engine->setValues(connectionValues());
    const QString why = Rehearsal::cannotStart(*m_engine);
    if (!why.isEmpty()) {
        m_panel->setStatusMessage(why);
        return;
    }
    if (!m_rehearsalDialog) {
        m_rehearsalDialog = new RehearsalDialog(m_dialogParent);
        m_rehearsalDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_rehearsalDialog, &RehearsalDialog::rehearseAgainRequested, this, &ConnectionController::rehearse);
    }
    if (m_rehearsal)
        m_rehearsal->deleteLater();
    m_rehearsal = new Rehearsal(m_engine, this);
    connect(m_rehearsal, &Rehearsal::finished, this, [this]() {
        m_panel->setRehearsing(false);
        if (m_rehearsalDialog)
            m_rehearsalDialog->setCanRehearseAgain(m_engine->state() == ConnectionState::Connected);
    });
    m_rehearsalDialog->follow(m_rehearsal);
    m_panel->setRehearsing(true);
    m_rehearsalDialog->show();
    m_rehearsalDialog->raise();
    m_rehearsalDialog->activateWindow();
    m_rehearsal->start();
}

void ConnectionController::startKeychain()
{
    if (m_keychainStarted)
        return;
    m_keychainStarted = true;
    m_secrets->detectBackend(this, [this](bool persistent) { showKeychainNotice(persistent); });
    if (m_loadPending)
        loadSecrets();
}

void ConnectionController::showKeychainNotice(bool persistent)
{
    m_panel->setNotice(persistent ? QString() : m_secrets->backendMessage());
    Q_EMIT layoutChanged();
}

void ConnectionController::onStateChanged()
{
    m_panel->setState(m_engine->state());
    if (m_rehearsalDialog && !m_rehearsalDialog->isRunning())
        m_rehearsalDialog->setCanRehearseAgain(m_engine->state() == ConnectionState::Connected);
    updateAccessToken();
    Q_EMIT connectionChanged();
}

void ConnectionController::onTokensChanged()
{
    const TokenSet &tokens = m_engine->tokens();
    m_panel->setExpiry(tokens.expiresAt);
    m_panel->setScopes(tokens.scope);
    updateAccessToken();
    Q_EMIT connectionChanged();
}

void ConnectionController::updateAccessToken()
{
    // Tokens of a connection for another design (Invalidated) are not what the current design sends.
    const ConnectionState state = m_engine->state();
    const bool matches = state == ConnectionState::Connected || state == ConnectionState::Refreshing;
    const QString token = matches ? m_engine->tokens().accessToken : QString();
    const QHash<QString, QString> captured = matches ? m_engine->tokens().captured : QHash<QString, QString>();
    if (captured != m_captured) {
        m_captured = captured;
        Q_EMIT capturedValuesChanged(captured);
    }
    if (token == m_accessToken)
        return;
    m_accessToken = token;
    Q_EMIT accessTokenChanged(token);
}

void ConnectionController::loadSecrets()
{
    m_loadPending = !m_keychainStarted;
    if (m_loadPending)
        return;
    const quint64 generation = m_generation;
    DefinitionSecrets::load(
        m_secrets, m_document->definition(), this,
        [this, generation](const QHash<QString, SecretBindings::Entry> &entries, const Status &status) {
            if (generation != m_generation)
                return; // another document replaced this one meanwhile
            if (!status)
                Q_EMIT statusMessage(tr("Secret values could not be read from the keychain: %1 Enter them in the "
                                        "properties table.")
                                         .arg(status.error().message),
                                     10000);
            int found = 0;
            for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
                m_bindings.setEntry(it.key(), it.value());
                found += it->state == SecretBindings::ReadState::Found ? 1 : 0;
            }
            if (found > 0) {
                // Not an edit: no undo entry, and the modified state stays as it was.
                ConnectorDefinition d = m_document->definition();
                DefinitionSecrets::apply(d, entries);
                const bool modified = m_document->isModified();
                m_document->setDefinition(d);
                m_document->setModified(modified);
            }
            fillSecretDefaults(); // what the keychain did not have
            m_engine->setSecretBindings(m_bindings);
            m_engine->restore(); // a connection kept from an earlier session
            Q_EMIT secretsLoaded(found);
        });
}

int ConnectionController::fillSecretDefaults()
{
    if (!m_secretDefaults)
        return 0;
    const QHash<QString, QString> defaults = m_secretDefaults(m_document->definition());
    ConnectorDefinition d = m_document->definition();
    int filled = 0;
    for (Property &p : d.properties) {
        if (p.secret && p.value.isEmpty() && defaults.contains(p.name)) {
            p.value = defaults.value(p.name);
            ++filled;
        }
    }
    if (filled == 0)
        return 0;
    // Not an edit: no undo entry, and the modified state stays as it was.
    const bool modified = m_document->isModified();
    m_document->setDefinition(d);
    m_document->setModified(modified);
    return filled;
}

void ConnectionController::saveSecrets()
{
    // The secret values go to the keychain under the connector's key, never into the file, each with
    // the origins it may be sent to. A value never read (a locked keychain) is never deleted.
    const ConnectorDefinition &d = m_document->definition();
    const quint64 generation = m_generation;
    DefinitionSecrets::save(m_secrets, d, m_bindings, CredentialDestinations::originsBySecret(d, connectionValues()),
                            this,
                            [this, generation](const Status &status, const DefinitionSecrets::SavedEntries &saved) {
                                if (generation == m_generation) {
                                    for (auto it = saved.cbegin(); it != saved.cend(); ++it)
                                        m_bindings.setEntry(it.key(), it.value());
                                    m_engine->setSecretBindings(m_bindings);
                                }
                                if (!status)
                                    Q_EMIT statusMessage(tr("The secret values could not be kept in the keychain: "
                                                            "%1 Enter them again after reopening the file.")
                                                             .arg(status.error().message),
                                                         10000);
                                Q_EMIT secretsSaved(status.ok());
                            });
}

void ConnectionController::confirmOrigins(const OriginConfirmation &confirmation)
{
    // Asked after the engine's call returned: no dialog inside its stack.
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, confirmation, generation] {
            if (generation != m_generation)
                return;
            const QMessageBox::StandardButton answer =
                ModalSeam::ask(m_dialogParent, QMessageBox::Warning, tr("Send a Stored Secret to a New Origin?"),
                               confirmation.sentences().join(QLatin1Char('\n')),
                               confirmation.consequence() + QLatin1Char(' ') +
                                   tr("Yes remembers the new origin with the secret in the keychain."),
                               QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            m_engine->answerConfirmation(answer == QMessageBox::Yes);
        },
        Qt::QueuedConnection);
}

void ConnectionController::keepAllowedOrigins(const QList<CredentialUse> &uses)
{
    // The author allowed a stored secret to go to a new origin: remember it with the secret now, so
    // that the next session does not ask again. Only the secrets named are written.
    QStringList names;
    for (const CredentialUse &use : uses) {
        m_bindings.allow(use.name, use.origin);
        if (!names.contains(use.name))
            names.append(use.name);
    }
    DefinitionSecrets::save(
        m_secrets, m_document->definition(), m_bindings, {}, this,
        [](const Status &status, const DefinitionSecrets::SavedEntries &) {
            if (!status)
                qCWarning(lcSecrets) << "could not keep the allowed origins:" << status.error().message;
        },
        names);
}

} // namespace cad
