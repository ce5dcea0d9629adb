#include "connection/DesignTimeConnection.h"

#include "connection/ApiCall.h"
#include "connection/OAuthSettings.h"
#include "connection/ResponseChecks.h"
#include "core/Logging.h"
#include "model/BuiltinSchemas.h"
#include "model/Fingerprint.h"
#include "model/Validator.h"
#include "oauth/LoopbackReceiver.h"
#include "oauth/OAuthClient.h"
#include "oauth/RevocationResult.h"
#include "request/RequestAuthorizer.h"
#include "secrets/KeychainNames.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QUrlQuery>

namespace cad {

namespace {
QList<Destination> stepDestinations(OriginConfirmation::Step step, AuthType type)
{
    switch (step) {
    case OriginConfirmation::Step::Connect:
        return {Destination::Authorization, Destination::Token, Destination::Refresh, Destination::Revoke};
    case OriginConfirmation::Step::Test:
        if (isOAuth(type))
            return {Destination::Api, Destination::Token, Destination::Refresh};
        return {Destination::Api};
    case OriginConfirmation::Step::Refresh:
        return {Destination::Token, Destination::Refresh};
    case OriginConfirmation::Step::Disconnect:
        return {Destination::Revoke};
    }
    return {};
}
} // namespace

DesignTimeConnection::DesignTimeConnection(QNetworkAccessManager *network, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_secrets(secrets)
    , m_oauth(new OAuthClient(network, this))
    , m_loopback(new LoopbackReceiver(this))
{
    qRegisterMetaType<cad::OriginConfirmation>();
    qRegisterMetaType<cad::TestResult>();
    connect(m_oauth, &OAuthClient::tokensChanged, this, &DesignTimeConnection::onTokensChanged);
    connect(m_oauth, &OAuthClient::failed, this, &DesignTimeConnection::onOAuthFailed);
    connect(m_oauth, &OAuthClient::revoked, this, &DesignTimeConnection::onRevoked);
    connect(m_oauth, &OAuthClient::exchange, this, &DesignTimeConnection::recordExchange);
    connect(m_loopback, &LoopbackReceiver::redirectReceived, this, &DesignTimeConnection::handleRedirect);
    connect(m_loopback, &LoopbackReceiver::timedOut, this, [this] {
        if (m_state != ConnectionState::Authorizing)
            return;
        m_oauth->cancel();
        setState(ConnectionState::Failed, tr("No sign-in arrived in time. Press Connect to try again."));
        Q_EMIT authorizationFinished(false);
    });
}

DesignTimeConnection::~DesignTimeConnection() = default;

const TokenSet &DesignTimeConnection::tokens() const
{
    return m_oauth->tokens();
}

QUrl DesignTimeConnection::redirectUri() const
{
    return m_loopback->isListening() ? m_loopback->redirectUri() : QUrl(redirectUriPattern());
}

QString DesignTimeConnection::connectorKey() const
{
    return m_definition.storageKey();
}

bool DesignTimeConnection::matchesConnectedDesign() const
{
    return Fingerprint::of(m_definition) == m_connectedFingerprint &&
           ConnectionRecord::originsMatch(m_connectedOrigins, CredentialDestinations::origins(m_definition, m_values));
}

void DesignTimeConnection::setDefinition(const ConnectorDefinition &definition)
{
    const bool changed = !(definition == m_definition);
    m_definition = definition;
    reevaluate(changed);
}

void DesignTimeConnection::setValues(const QHash<QString, QString> &values)
{
    const bool changed = values != m_values;
    m_values = values;
    reevaluate(changed);
}

void DesignTimeConnection::setSecretBindings(const SecretBindings &bindings)
{
    m_bindings = bindings;
}

void DesignTimeConnection::reevaluate(bool changed)
{
    if (m_state == ConnectionState::Failed) {
        // The failure was about the design as it was: after any edit, its message would be stale.
        if (changed)
            setState(ConnectionState::NotConnected, QString());
        return;
    }
    if (m_state == ConnectionState::Authorizing) {
        if (!matchesConnectedDesign()) {
            // Tokens that arrive now would belong to the design as it was: stop the sign-in.
            m_loopback->close();
            m_oauth->cancel();
            setState(ConnectionState::NotConnected,
                     tr("The design changed during the sign-in, so its tokens would belong to another design. "
                        "Connect again."));
            Q_EMIT authorizationFinished(false);
        }
        return;
    }
    if (!connectionExists(m_state) || m_stale)
        return;
    const bool matches = matchesConnectedDesign();
    if (!matches && m_state != ConnectionState::Invalidated) {
        m_oauth->setAutoRefresh(false);
        m_oauth->cancel(); // a refresh in flight must not install tokens for the old design
        setState(ConnectionState::Invalidated,
                 tr("The authentication changed since this connection was made. Connect again to test the current "
                    "design."));
    } else if (matches && m_state == ConnectionState::Invalidated) {
        // An undo brought the design back to what the connection was made with.
        m_oauth->setAutoRefresh(isOAuth(m_definition.authType));
        setState(ConnectionState::Connected, tr("The design matches this connection again."));
    }
}

void DesignTimeConnection::setState(ConnectionState state, const QString &message)
{
    const bool stateChange = m_state != state;
    m_state = state;
    if (m_statusMessage != message) {
        m_statusMessage = message;
        Q_EMIT statusMessageChanged(message);
    }
    if (stateChange) {
        qCDebug(lcConnection) << "state" << connectionStateDisplayName(state);
        Q_EMIT stateChanged(state);
    }
}

bool DesignTimeConnection::configureOAuth()
{
    QUrl redirect;
    if (needsBrowser(m_definition.authType)) {
        m_loopback->close();
        m_loopback->setTimeout(m_authorizationTimeoutMs);
        if (!m_loopback->listen(0)) {
            setState(ConnectionState::Failed,
                     tr("Cannot listen for the sign-in redirect on 127.0.0.1: %1").arg(m_loopback->errorString()));
            return false;
        }
        redirect = m_loopback->redirectUri();
    }
    const Result<OAuthConfig> config = OAuthSettings::fromDefinition(m_definition, m_values, redirect);
    if (!config) {
        setState(ConnectionState::Failed, config.error().toString());
        return false;
    }
    OAuthConfig c = config.value();
    c.timeoutMs = m_timeoutMs;
    m_oauth->setConfig(c);
    return true;
}

// --- Origin confirmations -------------------------------------------------------------------------

bool DesignTimeConnection::needsConfirmation(OriginConfirmation::Step step, const QList<Destination> &destinations)
{
    QList<CredentialUse> uses;
    QHash<QString, QString> current;
    if (step == OriginConfirmation::Step::Disconnect) {
        // Revocation goes where the tokens came from, with the secret they were obtained with.
        const OAuthConfig &c = m_oauth->config();
        const Origin origin = Origin::of(c.revokeUrl);
        if (!c.clientSecret.isEmpty() && origin.isValid()) {
            const Property *p = m_definition.property(PropertyNames::ClientSecret);
            uses.append({QString(PropertyNames::ClientSecret.toString()),
                         p && !p->displayName.isEmpty() ? p->displayName : tr("Client secret"), Destination::Revoke,
                         origin});
            current.insert(PropertyNames::ClientSecret.toString(), c.clientSecret);
        }
    } else {
        current = OAuthSettings::effectiveValues(m_definition, m_values);
        for (const CredentialUse &use : CredentialDestinations::uses(m_definition, m_values)) {
            if (destinations.contains(use.destination))
                uses.append(use);
        }
    }
    OriginConfirmation confirmation;
    confirmation.step = step;
    for (const CredentialUse &use : std::as_const(uses)) {
        if (m_bindings.mayGo(use.name, current.value(use.name), use.origin))
            continue;
        confirmation.uses.append(use);
        confirmation.savedFor.insert(use.name,
                                     m_bindings.allowedOrigins(use.name, current.value(use.name)).value_or(Origins{}));
    }
    if (confirmation.isEmpty())
        return false;
    m_confirmation = confirmation;
    setState(m_state, tr("Waiting for you to allow a stored secret to go to a new origin."));
    Q_EMIT confirmationRequired(confirmation);
    return true;
}

bool DesignTimeConnection::allowed(const QList<Destination> &destinations) const
{
    const QHash<QString, QString> current = OAuthSettings::effectiveValues(m_definition, m_values);
    for (const CredentialUse &use : CredentialDestinations::uses(m_definition, m_values)) {
        if (destinations.contains(use.destination) && !m_bindings.mayGo(use.name, current.value(use.name), use.origin))
            return false;
    }
    return true;
}

void DesignTimeConnection::answerConfirmation(bool allow)
{
    if (!m_confirmation)
        return;
    const OriginConfirmation c = *std::exchange(m_confirmation, std::nullopt);
    if (allow) {
        for (const CredentialUse &use : c.uses)
            m_bindings.allow(use.name, use.origin);
        Q_EMIT originsAllowed(c.uses);
        runStep(c.step);
        return;
    }
    if (c.step == OriginConfirmation::Step::Disconnect) {
        revokeOrForget(false);
        return;
    }
    QStringList origins;
    for (const CredentialUse &use : c.uses) {
        if (!origins.contains(use.origin.toString()))
            origins.append(use.origin.toString());
    }
    setState(m_state, tr("Nothing was sent: you did not allow the stored secrets to go to %1. Check the URLs of the "
                         "design, or enter the secrets again for this design.")
                          .arg(origins.join(QStringLiteral(", "))));
}

void DesignTimeConnection::runStep(OriginConfirmation::Step step)
{
    switch (step) {
    case OriginConfirmation::Step::Connect:
        connectToService();
        break;
    case OriginConfirmation::Step::Test:
        test();
        break;
    case OriginConfirmation::Step::Refresh:
        refreshNow();
        break;
    case OriginConfirmation::Step::Disconnect:
        disconnectFromService();
        break;
    }
}

// --- Connecting -----------------------------------------------------------------------------------

void DesignTimeConnection::connectToService()
{
    if (m_state == ConnectionState::Authorizing || m_confirmation || m_connectAfterRevoke)
        return;
    const Diagnostics diagnostics = Validator::validate(m_definition);
    for (const Diagnostic &d : diagnostics) {
        if (d.isError()) {
            setState(ConnectionState::Failed, tr("The design has errors; fix them first. %1").arg(d.toString()));
            return;
        }
    }
    if (isOAuth(m_definition.authType) &&
        needsConfirmation(OriginConfirmation::Step::Connect,
                          stepDestinations(OriginConfirmation::Step::Connect, m_definition.authType)))
        return;

    m_revokeSummary.clear();
    if (m_stale) {
        // Tokens kept for another design are never sent anywhere, not even to be revoked.
        forgetStored();
        m_revokeSummary = tr("The connection kept from an earlier session for another design was deleted without "
                             "revoking it (its tokens came from %1).")
                              .arg(m_stale->origins.value(Destination::Token).toString());
        m_stale.reset();
    }
    if (isOAuth(m_definition.authType) && !m_oauth->tokens().isEmpty()) {
        // Connect again: the previous tokens are revoked first, where and with what they were issued.
        if (!m_oauth->config().revokeUrl.isEmpty()) {
            m_connectAfterRevoke = true;
            m_disconnecting = true;
            m_oauth->setAutoRefresh(false);
            setState(m_state, tr("Revoking the previous tokens…"));
            m_oauth->revoke();
            return;
        }
        m_oauth->clearTokens();
        forgetStored();
        m_revokeSummary = tr("The previous tokens were deleted here; without a revoke URL they stay valid at the "
                             "provider until they expire.");
    }
    startConnecting();
}

void DesignTimeConnection::startConnecting()
{
    m_oauth->setAutoRefresh(false);
    m_oauth->clearTokens();
    m_connectedFingerprint = Fingerprint::of(m_definition);
    m_connectedOrigins = CredentialDestinations::origins(m_definition, m_values);

    if (!isOAuth(m_definition.authType)) {
        // Basic, API key, PAT, custom, none: nothing to exchange; the values must make a request.
        const Result<AuthorizedRequest> request = RequestAuthorizer::authorize(m_definition, m_values);
        if (!request) {
            setState(ConnectionState::Failed, request.error().toString());
            return;
        }
        setState(ConnectionState::Connected,
                 tr("Connected: the values are applied to every request. Press Test to try them."));
        return;
    }

    // Required values nobody gave (an ask-the-user subdomain left empty in the preview): the same
    // rule the command line stops on. The client secret has its own message below.
    QStringList missing;
    for (const int row : Validator::missingValues(m_definition, m_values, Validator::SecretValues::Included)) {
        const Property &p = m_definition.properties.at(row);
        if (p.name != PropertyNames::ClientSecret)
            missing << (p.displayName.isEmpty() ? p.name : p.displayName);
    }
    if (!missing.isEmpty()) {
        setState(ConnectionState::Failed,
                 tr("Fill in %1 first: in the end-user preview for what end users give, in the properties table "
                    "for the rest.")
                     .arg(missing.join(QStringLiteral(", "))));
        return;
    }

    // The client secret may be asked of the end user, but client_id and the URLs must be there.
    const QString secret =
        OAuthSettings::effectiveValues(m_definition, m_values).value(PropertyNames::ClientSecret.toString());
    if (secret.isEmpty() && BuiltinSchemas::needsClientSecret(m_definition)) {
        const Property *p = m_definition.property(PropertyNames::ClientSecret);
        setState(ConnectionState::Failed,
                 p && BuiltinSchemas::mayChangeRequired(m_definition.authType, *p)
                     ? tr("The client secret is empty. Enter it in the properties table, or untick its \"Required\" "
                          "box if the app is a public client without a secret, and connect again.")
                     : tr("The client secret is empty. Enter it in the properties table (it is kept in the "
                          "keychain) and connect again."));
        return;
    }
    if (!configureOAuth())
        return;

    if (m_definition.authType == AuthType::OAuth2ClientCredentials) {
        setState(ConnectionState::Authorizing, tr("Requesting a token…"));
        m_oauth->requestClientCredentialsToken();
        return;
    }
    const QUrl url = m_oauth->startAuthorization();
    if (url.isEmpty()) {
        m_loopback->close();
        if (m_state != ConnectionState::Failed)
            setState(ConnectionState::Failed, tr("The authorization request could not be made."));
        return;
    }
    // Only the answer to this request may end the sign-in: a local process cannot end it with ?error=x.
    m_loopback->setExpectedState(QUrlQuery(url).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded));
    setState(ConnectionState::Authorizing, tr("Waiting for the sign-in in the browser…"));
    Q_EMIT authorizationRequired(url, m_loopback->redirectUri());
}

void DesignTimeConnection::handleRedirect(const QUrl &url)
{
    if (m_state != ConnectionState::Authorizing || !m_oauth->isAwaitingRedirect())
        return;
    m_loopback->close();
    setState(ConnectionState::Authorizing, tr("Exchanging the authorization code for tokens…"));
    m_oauth->handleRedirect(url);
}

void DesignTimeConnection::cancelAuthorization()
{
    if (m_state != ConnectionState::Authorizing)
        return;
    m_loopback->close();
    m_oauth->cancel();
    setState(ConnectionState::NotConnected, tr("Sign-in cancelled."));
    Q_EMIT authorizationFinished(false);
}

void DesignTimeConnection::onTokensChanged(const TokenSet &tokens)
{
    if (tokens.isEmpty())
        return;
    const bool wasAuthorizing = m_state == ConnectionState::Authorizing;
    if (m_rehearsing)
        m_autoRefreshBeforeRehearsal = true; // switched back on when the rehearsal ends
    else
        m_oauth->setAutoRefresh(true);
    const QString expiry =
        tokens.expiresAt.isValid()
            ? tr("valid until %1").arg(QLocale().toString(tokens.expiresAt.toLocalTime(), QLocale::ShortFormat))
            : tr("no expiry given");
    if (m_state != ConnectionState::Invalidated) {
        QString message = (wasAuthorizing ? tr("Connected") : tr("Token refreshed")) + QStringLiteral(" (") + expiry +
                          QStringLiteral(").");
        if (wasAuthorizing && !m_revokeSummary.isEmpty())
            message += QLatin1Char(' ') + std::exchange(m_revokeSummary, QString());
        setState(ConnectionState::Connected, message);
    }
    persist();
    Q_EMIT tokensChanged();
    if (wasAuthorizing)
        Q_EMIT authorizationFinished(true);
}

void DesignTimeConnection::onOAuthFailed(const OAuthError &error)
{
    if (error.kind == OAuthErrorKind::Cancelled)
        return;
    const bool wasAuthorizing = m_state == ConnectionState::Authorizing;
    m_loopback->close();
    if (error.kind == OAuthErrorKind::NeedsReauthorization) {
        setState(ConnectionState::NeedsReauthorization, error.toError().toString());
    } else if (m_disconnecting) {
        return; // revocation errors are summarised in onRevoked()
    } else if (m_state == ConnectionState::Refreshing || (m_state == ConnectionState::Connected && !wasAuthorizing)) {
        // A failed refresh leaves the connection as it was: the tokens may still work.
        setState(ConnectionState::Connected, tr("Refreshing the token failed: %1").arg(error.toError().toString()));
    } else {
        setState(ConnectionState::Failed, error.toError().toString());
    }
    if (wasAuthorizing)
        Q_EMIT authorizationFinished(false);
}

void DesignTimeConnection::refreshNow()
{
    if (!isOAuth(m_definition.authType) || !connectionExists(m_state))
        return;
    if (m_state == ConnectionState::Invalidated) {
        setState(m_state, tr("The design changed: connect again instead of refreshing."));
        return;
    }
    if (m_rehearsing) {
        setState(m_state, tr("The rehearsal is using the connection; wait until it has finished."));
        return;
    }
    if (needsConfirmation(OriginConfirmation::Step::Refresh,
                          stepDestinations(OriginConfirmation::Step::Refresh, m_definition.authType)))
        return;
    setState(ConnectionState::Refreshing, tr("Refreshing the token…"));
    m_oauth->refresh();
}

// --- Testing --------------------------------------------------------------------------------------

void DesignTimeConnection::test()
{
    if (m_testCall || m_confirmation)
        return;
    if (m_rehearsing) {
        setState(m_state, tr("The rehearsal is using the connection; wait until it has finished."));
        return;
    }
    if (m_state == ConnectionState::Invalidated) {
        setState(m_state, tr("The design changed since this connection was made. Connect again, then test."));
        return;
    }
    if (!connectionExists(m_state)) {
        setState(m_state, tr("Connect first, then test."));
        return;
    }
    if (needsConfirmation(OriginConfirmation::Step::Test,
                          stepDestinations(OriginConfirmation::Step::Test, m_definition.authType)))
        return;
    if (!isOAuth(m_definition.authType)) {
        sendTestRequest(QString(), false);
        return;
    }
    m_oauth->requestValidToken(this, [this](const TokenSet &tokens, const OAuthError &error) {
        if (error.isError()) {
            TestResult result;
            result.method = m_definition.testRequest.method;
            result.error = error.message();
            Q_EMIT testFinished(result);
            return;
        }
        sendTestRequest(tokens.accessToken, tokens.hasRefreshToken());
    });
}

ApiCall *DesignTimeConnection::createCall(const QString &accessToken, const CustomRequest *custom, TestResult &refused,
                                          QObject *parent)
{
    QHash<QString, QString> values = m_values;
    if (!accessToken.isEmpty())
        values.insert(QString(RequestAuthorizer::AccessTokenKey), accessToken);
    // What the token response gave ({instance_url}), unless the author typed a value for it.
    const QHash<QString, QString> &captured = m_oauth->tokens().captured;
    for (auto it = captured.cbegin(); it != captured.cend(); ++it) {
        if (values.value(it.key()).isEmpty())
            values.insert(it.key(), it.value());
    }
    RequestAuthorizer::Options options;
    options.custom = custom;
    const Result<AuthorizedRequest> built = RequestAuthorizer::authorize(m_definition, values, options);
    refused.method = custom ? custom->method.toUpper() : m_definition.testRequest.method;
    if (!built) {
        refused.error = built.error().toString();
        return nullptr;
    }
    // Belt and braces: the request goes only to the API origin this connection was made for.
    const Origin target = Origin::of(built->url);
    if (m_connectedOrigins.contains(Destination::Api) && m_connectedOrigins.value(Destination::Api) != target) {
        refused.error = tr("The request would go to %1, but this connection was made for %2. Connect again.")
                            .arg(target.toString(), m_connectedOrigins.value(Destination::Api).toString());
        return nullptr;
    }
    auto *call = new ApiCall(m_network, built.value(), m_oauth->redactor(), m_timeoutMs, parent);
    if (custom)
        call->setStage(OAuthStage::Request);
    connect(call, &ApiCall::exchange, this, &DesignTimeConnection::recordExchange);
    return call;
}

void DesignTimeConnection::sendTestRequest(const QString &accessToken, bool mayRetry)
{
    TestResult refused;
    ApiCall *call = createTestCall(accessToken, refused, this);
    if (!call) {
        Q_EMIT testFinished(refused);
        return;
    }
    m_testCall = call;
    connect(call, &ApiCall::finished, this, [this, call, mayRetry](const TestResult &result) {
        call->deleteLater();
        m_testCall = nullptr;
        onTestFinished(result, mayRetry);
    });
    call->start();
}

void DesignTimeConnection::sendTestRequestWith(const QString &accessToken, QObject *context,
                                               std::function<void(const TestResult &)> done)
{
    TestResult refused;
    ApiCall *call = createTestCall(accessToken, refused, context);
    if (!call) {
        QMetaObject::invokeMethod(
            context, [done, refused] { done(refused); }, Qt::QueuedConnection);
        return;
    }
    connect(call, &ApiCall::finished, context, [this, call, done](const TestResult &answer) {
        call->deleteLater();
        TestResult result = answer;
        ResponseChecks::evaluate(m_definition, m_values, result);
        done(result);
    });
    call->start();
}

// --- Requests the author composes -----------------------------------------------------------------

QString DesignTimeConnection::whyNoRequest() const
{
    if (m_rehearsing)
        return tr("The rehearsal is using the connection; wait until it has finished.");
    if (m_state == ConnectionState::Invalidated)
        return tr("The design changed since this connection was made. Connect again, then send.");
    if (m_state == ConnectionState::Authorizing)
        return tr("The connection is being made; send once it is connected.");
    if (!connectionExists(m_state))
        return tr("Connect first: requests are sent with the connection's credentials.");
    if (m_confirmation)
        return tr("Answer the question about where the stored secrets may go first.");
    if (!allowed(stepDestinations(OriginConfirmation::Step::Test, m_definition.authType)))
        return tr("Nothing was sent: stored secrets of this design would go to an origin they were not saved for. "
                  "Click Test to review and allow it, then send again.");
    return {};
}

void DesignTimeConnection::send(const CustomRequest &request, QObject *context,
                                std::function<void(const TestResult &)> done)
{
    if (const QString why = whyNoRequest(); !why.isEmpty()) {
        TestResult refused;
        refused.method = request.method.toUpper();
        refused.error = why;
        QMetaObject::invokeMethod(
            context, [done, refused] { done(refused); }, Qt::QueuedConnection);
        return;
    }
    if (!isOAuth(m_definition.authType)) {
        sendCustom(request, QString(), false, context, done);
        return;
    }
    m_oauth->requestValidToken(context,
                               [this, request, context, done](const TokenSet &tokens, const OAuthError &error) {
                                   if (error.isError()) {
                                       TestResult result;
                                       result.method = request.method.toUpper();
                                       result.error = error.message();
                                       done(result);
                                       return;
                                   }
                                   sendCustom(request, tokens.accessToken, tokens.hasRefreshToken(), context, done);
                               });
}

void DesignTimeConnection::sendCustom(const CustomRequest &request, const QString &accessToken, bool mayRetry,
                                      QObject *context, const std::function<void(const TestResult &)> &done)
{
    TestResult refused;
    ApiCall *call = createCall(accessToken, &request, refused, context);
    if (!call) {
        QMetaObject::invokeMethod(
            context, [done, refused] { done(refused); }, Qt::QueuedConnection);
        return;
    }
    connect(call, &ApiCall::finished, context,
            [this, call, request, mayRetry, context, done](const TestResult &answer) {
                call->deleteLater();
                if (answer.status == 401 && isOAuth(m_definition.authType) && m_state != ConnectionState::Invalidated) {
                    if (mayRetry) {
                        refreshAfter401(context, [this, request, context, done, answer](const TokenSet *tokens) {
                            if (tokens)
                                sendCustom(request, tokens->accessToken, false, context, done);
                            else
                                done(answer);
                        });
                        return;
                    }
                    if (m_state == ConnectionState::Connected || m_state == ConnectionState::Refreshing)
                        setState(ConnectionState::NeedsReauthorization,
                                 tr("The service rejected the access token (401). Connect again to sign in."));
                }
                done(answer);
            });
    call->start();
}

void DesignTimeConnection::refreshAfter401(QObject *context, std::function<void(const TokenSet *)> then)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    auto failure = std::make_shared<QMetaObject::Connection>();
    *connection =
        connect(m_oauth, &OAuthClient::tokensChanged, context, [connection, failure, then](const TokenSet &t) {
            disconnect(*connection);
            disconnect(*failure);
            then(t.isEmpty() ? nullptr : &t); // cleared while refreshing: the 401 stands
        });
    *failure = connect(m_oauth, &OAuthClient::failed, context, [connection, failure, then] {
        disconnect(*connection);
        disconnect(*failure);
        then(nullptr);
    });
    setState(ConnectionState::Refreshing, tr("The service answered 401; refreshing the token…"));
    m_oauth->refresh();
}

// --- Rehearsal ------------------------------------------------------------------------------------

void DesignTimeConnection::setRehearsing(bool rehearsing)
{
    if (rehearsing == m_rehearsing)
        return;
    m_rehearsing = rehearsing;
    if (rehearsing) {
        // Put back afterwards what it was (restore() may have switched it off for a secret's origin).
        m_autoRefreshBeforeRehearsal = m_oauth->autoRefresh();
        m_oauth->setAutoRefresh(false);
    } else {
        m_oauth->setAutoRefresh(m_autoRefreshBeforeRehearsal && m_state == ConnectionState::Connected);
    }
}

bool DesignTimeConnection::rehearsalDestinationsAllowed() const
{
    return allowed({Destination::Api, Destination::Token, Destination::Refresh, Destination::Revoke});
}

OAuthClient *DesignTimeConnection::createProbe(const TokenSet &tokens, QObject *parent)
{
    auto *probe = new OAuthClient(m_network, parent);
    probe->setConfig(m_oauth->config());
    probe->setTokens(tokens);
    connect(probe, &OAuthClient::exchange, this, &DesignTimeConnection::recordExchange);
    // What the probe learns (new tokens) is masked in the connection's own messages too.
    connect(probe, &OAuthClient::tokensChanged, this, [this](const TokenSet &t) {
        m_oauth->addKnownSecrets({t.accessToken, t.refreshToken, t.idToken});
    });
    return probe;
}

void DesignTimeConnection::adoptTokens(const TokenSet &tokens, const QString &message)
{
    if (tokens.isEmpty() || !connectionExists(m_state) || m_state == ConnectionState::Invalidated)
        return;
    m_oauth->setTokens(tokens);
    persist();
    setState(ConnectionState::Connected, message);
    Q_EMIT tokensChanged();
}

void DesignTimeConnection::forgetEndedGrant(const QString &summary)
{
    m_oauth->setAutoRefresh(false);
    m_oauth->clearTokens();
    finishDisconnect(summary);
}

void DesignTimeConnection::onTestFinished(const TestResult &result, bool mayRetry)
{
    // A 401 with a refresh token: refresh once and try again; without one the user must sign in again.
    if (result.status == 401 && isOAuth(m_definition.authType) && m_state != ConnectionState::Invalidated) {
        if (mayRetry) {
            refreshAfter401(this, [this, result](const TokenSet *tokens) {
                if (tokens)
                    sendTestRequest(tokens->accessToken, false);
                else
                    finishTest(result);
            });
            return;
        }
        if (m_state == ConnectionState::Connected || m_state == ConnectionState::Refreshing)
            setState(ConnectionState::NeedsReauthorization,
                     tr("The service rejected the access token (401). Connect again to sign in."));
    }
    finishTest(result);
}

void DesignTimeConnection::finishTest(TestResult result)
{
    ResponseChecks::evaluate(m_definition, m_values, result);
    Q_EMIT testFinished(result);
}

// --- Disconnecting --------------------------------------------------------------------------------

void DesignTimeConnection::disconnectFromService()
{
    if (m_confirmation)
        return;
    if (m_state == ConnectionState::Authorizing)
        cancelAuthorization();
    m_loopback->close();
    m_oauth->setAutoRefresh(false);
    if (m_stale) {
        const QString from = m_stale->origins.value(Destination::Token).toString();
        forgetStored();
        m_stale.reset();
        finishDisconnect(tr("Disconnected. The connection kept from an earlier session was deleted here without "
                            "revoking its tokens, because it was made for another design (tokens from %1). Revoke it "
                            "at the provider if you no longer trust it.")
                             .arg(from));
        return;
    }
    if (isOAuth(m_definition.authType) && !m_oauth->tokens().isEmpty() && !m_oauth->config().revokeUrl.isEmpty()) {
        if (needsConfirmation(OriginConfirmation::Step::Disconnect, {Destination::Revoke}))
            return;
        revokeOrForget(true);
        return;
    }
    revokeOrForget(false);
}

void DesignTimeConnection::revokeOrForget(bool mayRevoke)
{
    const bool hadTokens = !m_oauth->tokens().isEmpty();
    if (mayRevoke && hadTokens && !m_oauth->config().revokeUrl.isEmpty()) {
        m_disconnecting = true;
        setState(m_state, tr("Revoking the tokens…"));
        m_oauth->revoke();
        return;
    }
    const bool hasRevokeUrl = !m_oauth->config().revokeUrl.isEmpty();
    m_oauth->clearTokens();
    QString summary = tr("Disconnected.");
    if (hadTokens)
        summary = hasRevokeUrl ? tr("Disconnected. The tokens were deleted here without being revoked, as you chose; "
                                    "they stay valid at the provider until they expire.")
                               : tr("Disconnected. The tokens were deleted locally; this connector has no revoke URL, "
                                    "so they stay valid at the provider until they expire.");
    finishDisconnect(summary);
}

void DesignTimeConnection::onRevoked(const RevocationResult &result)
{
    m_disconnecting = false;
    // One sentence a token, each a whole translatable sentence: "Refresh token revoked."
    QStringList parts;
    for (const TokenRevocation &t : result.tokens) {
        if (!t.sent)
            continue;
        const bool refresh = t.tokenTypeHint == QLatin1String("refresh_token");
        if (t.ok)
            parts << (refresh ? tr("Refresh token revoked.") : tr("Access token revoked."));
        else
            parts << (refresh ? tr("Refresh token not revoked (%1).") : tr("Access token not revoked (%1)."))
                         .arg(t.error.message());
    }
    QString outcome = parts.join(QLatin1Char(' '));
    if (!result.allRevoked())
        outcome += (outcome.isEmpty() ? QString() : QStringLiteral(" ")) + tr("The local tokens were deleted anyway.");

    if (m_connectAfterRevoke) {
        m_connectAfterRevoke = false;
        forgetStored();
        m_revokeSummary = tr("Previous connection: %1").arg(outcome);
        Q_EMIT tokensChanged();
        startConnecting();
        return;
    }
    QString summary = tr("Disconnected.");
    if (!outcome.isEmpty())
        summary += QLatin1Char(' ') + outcome;
    finishDisconnect(summary);
}

void DesignTimeConnection::finishDisconnect(const QString &summary)
{
    forgetStored();
    m_connectedFingerprint.clear();
    m_connectedOrigins.clear();
    setState(ConnectionState::NotConnected, summary);
    Q_EMIT tokensChanged();
    Q_EMIT disconnected(summary);
}

void DesignTimeConnection::recordExchange(const ExchangeRecord &record)
{
    m_exchanges.append(record);
    Q_EMIT exchangeRecorded(record);
}

void DesignTimeConnection::clearExchanges()
{
    m_exchanges.clear();
}

// --- Keeping the connection -------------------------------------------------------------------------

void DesignTimeConnection::persist()
{
    if (!m_secrets)
        return;
    ConnectionRecord record;
    record.fingerprint = m_connectedFingerprint;
    record.tokens = m_oauth->tokens();
    record.origins = m_connectedOrigins;
    m_secrets->write(connectorKey(), KeychainNames::connectionEntry(), record.serialize(), this,
                     [](const Status &status) {
                         if (!status)
                             qCWarning(lcConnection) << "could not keep the connection:" << status.error().message;
                     });
}

void DesignTimeConnection::forgetStored()
{
    if (!m_secrets)
        return;
    m_secrets->removeAll(connectorKey(),
                         QStringList{KeychainNames::connectionEntry()} + KeychainNames::legacyConnectionEntries(), this,
                         [](const Status &status) {
                             if (!status)
                                 qCWarning(lcConnection) << "could not delete stored tokens:" << status.error().message;
                         });
}

void DesignTimeConnection::restore()
{
    if (!m_secrets || !isOAuth(m_definition.authType) || connectionExists(m_state))
        return;
    const QString key = connectorKey();
    m_secrets->read(key, KeychainNames::connectionEntry(), this, [this, key](const SecretStore::ReadResult &r) {
        const std::optional<ConnectionRecord> record =
            r && r.value() ? ConnectionRecord::parse(*r.value()) : std::optional<ConnectionRecord>();
        // Versions before 0.2 kept tokens without their origins: they are deleted, never used.
        m_secrets->read(key, KeychainNames::legacyConnectionEntries().constFirst(), this,
                        [this, record](const SecretStore::ReadResult &legacy) {
                            const bool hadLegacy = legacy && legacy.value().has_value();
                            if (hadLegacy && !record)
                                forgetStored();
                            if (connectionExists(m_state) || m_state == ConnectionState::Authorizing)
                                return;
                            if (!record) {
                                if (hadLegacy)
                                    setState(m_state, tr("The connection kept by an earlier version was deleted: it "
                                                         "had no record of where its tokens may go. Connect again."));
                                return;
                            }
                            const QByteArray fingerprint = Fingerprint::of(m_definition);
                            const bool same =
                                record->fingerprint == fingerprint &&
                                ConnectionRecord::originsMatch(record->origins,
                                                               CredentialDestinations::origins(m_definition, m_values));
                            if (!same) {
                                // Not loaded: the tokens are never sent to this design's URLs.
                                m_stale = record;
                                setState(ConnectionState::Invalidated,
                                         tr("A connection from an earlier session was made for a different design "
                                            "(tokens from %1). Its tokens are not used or sent anywhere. Connect "
                                            "makes a new connection; Disconnect deletes the old one.")
                                             .arg(record->origins.value(Destination::Token).toString()));
                                Q_EMIT tokensChanged();
                                return;
                            }
                            const Result<OAuthConfig> config =
                                OAuthSettings::fromDefinition(m_definition, m_values, QUrl());
                            if (config) {
                                OAuthConfig c = config.value();
                                c.timeoutMs = m_timeoutMs;
                                m_oauth->setConfig(c);
                            }
                            m_oauth->setTokens(record->tokens);
                            m_connectedFingerprint = fingerprint;
                            m_connectedOrigins = record->origins;
                            // Refreshing sends the client secret: only on its own where it may go.
                            m_oauth->setAutoRefresh(
                                allowed(stepDestinations(OriginConfirmation::Step::Refresh, m_definition.authType)));
                            setState(ConnectionState::Connected, tr("Connected (restored from the keychain)."));
                            Q_EMIT tokensChanged();
                        });
    });
}

} // namespace cad
