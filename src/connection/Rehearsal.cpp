#include "connection/Rehearsal.h"

#include "connection/ConnectionState.h"
#include "connection/DesignTimeConnection.h"
#include "connection/ResponseChecks.h"
#include "model/AuthType.h"
#include "oauth/OAuthClient.h"
#include "oauth/RevocationResult.h"

#include <algorithm>

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace cad {

namespace {
QSet<QString> scopeSet(const QString &scope)
{
    // Space-separated (RFC 6749 3.3); some providers (GitHub, Slack) answer with commas.
    static const QRegularExpression separators(QStringLiteral("[ ,]+"));
    const QStringList parts = scope.split(separators, Qt::SkipEmptyParts);
    return QSet<QString>(parts.begin(), parts.end());
}

QString sortedJoined(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list.join(QLatin1Char(' '));
}

QString clientAuthText(const OAuthConfig &config)
{
    if (config.clientSecret.isEmpty())
        return Rehearsal::tr("a public client, without a secret");
    return config.clientAuth == ClientAuthMethod::BasicHeader ? Rehearsal::tr("the client secret in a Basic header")
                                                              : Rehearsal::tr("the client secret in the request body");
}
} // namespace

// --- RehearsalCheck -------------------------------------------------------------------------------

QString RehearsalCheck::idKey(Id id)
{
    switch (id) {
    case Id::ExpiresIn:
        return QStringLiteral("expires_in");
    case Id::TokenType:
        return QStringLiteral("token_type");
    case Id::RefreshTokenIssued:
        return QStringLiteral("refresh_token");
    case Id::Scope:
        return QStringLiteral("scope");
    case Id::Refresh:
        return QStringLiteral("refresh");
    case Id::Rotation:
        return QStringLiteral("rotation");
    case Id::RefreshedTokenWorks:
        return QStringLiteral("refreshed_token_works");
    case Id::Reuse:
        return QStringLiteral("reuse");
    case Id::Revoke:
        return QStringLiteral("revoke");
    }
    return {};
}

QString RehearsalCheck::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Passed:
        return QStringLiteral("passed");
    case Outcome::Finding:
        return QStringLiteral("finding");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QString RehearsalCheck::title(Id id)
{
    switch (id) {
    case Id::ExpiresIn:
        return Rehearsal::tr("Does the token response say when the token expires (expires_in)?");
    case Id::TokenType:
        return Rehearsal::tr("Does the token response name the token type?");
    case Id::RefreshTokenIssued:
        return Rehearsal::tr("Was a refresh token issued?");
    case Id::Scope:
        return Rehearsal::tr("Is the granted scope the requested scope?");
    case Id::Refresh:
        return Rehearsal::tr("Does refresh work with the design's client authentication?");
    case Id::Rotation:
        return Rehearsal::tr("Does the refresh token rotate?");
    case Id::RefreshedTokenWorks:
        return Rehearsal::tr("Does the new access token pass the test request?");
    case Id::Reuse:
        return Rehearsal::tr("Is a replaced refresh token refused?");
    case Id::Revoke:
        return Rehearsal::tr("Are revoked tokens refused?");
    }
    return {};
}

QString RehearsalCheck::outcomeDisplayName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Passed:
        return Rehearsal::tr("passed");
    case Outcome::Finding:
        return Rehearsal::tr("finding");
    case Outcome::Failed:
        return Rehearsal::tr("failed");
    case Outcome::Skipped:
        return Rehearsal::tr("skipped");
    }
    return {};
}

// --- RehearsalReport ------------------------------------------------------------------------------

int RehearsalReport::count(RehearsalCheck::Outcome outcome) const
{
    return int(std::count_if(checks.begin(), checks.end(),
                             [outcome](const RehearsalCheck &c) { return c.outcome == outcome; }));
}

const RehearsalCheck *RehearsalReport::find(RehearsalCheck::Id id) const
{
    for (const RehearsalCheck &c : checks) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QJsonObject RehearsalReport::toJson() const
{
    QJsonArray list;
    for (const RehearsalCheck &c : checks) {
        list.append(QJsonObject{
            {QStringLiteral("id"), RehearsalCheck::idKey(c.id)},
            {QStringLiteral("question"), RehearsalCheck::title(c.id)},
            {QStringLiteral("outcome"), RehearsalCheck::outcomeKey(c.outcome)},
            {QStringLiteral("observation"), c.observation},
            {QStringLiteral("advice"), c.advice.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.advice)}});
    }
    using O = RehearsalCheck::Outcome;
    return QJsonObject{
        {QStringLiteral("ok"), ok()},
        {QStringLiteral("checks"), list},
        {QStringLiteral("passed"), count(O::Passed)},
        {QStringLiteral("findings"), count(O::Finding)},
        {QStringLiteral("failed"), count(O::Failed)},
        {QStringLiteral("skipped"), count(O::Skipped)},
        {QStringLiteral("stopped"), stopped.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(stopped)},
        {QStringLiteral("connection"), connection},
    };
}

QString RehearsalReport::summary() const
{
    using O = RehearsalCheck::Outcome;
    return Rehearsal::tr("passed %1, findings %2, failed %3, skipped %4")
        .arg(count(O::Passed))
        .arg(count(O::Finding))
        .arg(count(O::Failed))
        .arg(count(O::Skipped));
}

QString RehearsalReport::toText() const
{
    QString text = Rehearsal::tr("Rehearsal: %1").arg(summary()) + QLatin1Char('\n');
    for (const RehearsalCheck &c : checks) {
        text += QStringLiteral("  [%1] %2 %3\n")
                    .arg(RehearsalCheck::outcomeDisplayName(c.outcome), RehearsalCheck::title(c.id), c.observation);
        if (!c.advice.isEmpty())
            text += QStringLiteral("      → %1\n").arg(c.advice);
    }
    if (!stopped.isEmpty())
        text += stopped + QLatin1Char('\n');
    if (!connection.isEmpty())
        text += connection + QLatin1Char('\n');
    return text;
}

RehearsalCheck compareScopes(const QString &requested, const TokenResponseFacts &facts)
{
    RehearsalCheck check;
    check.id = RehearsalCheck::Id::Scope;
    if (!facts.scopeGiven) {
        check.outcome = RehearsalCheck::Outcome::Passed;
        check.observation =
            Rehearsal::tr("The response does not name the scope; by RFC 6749 (5.1) that means the requested "
                          "scope was granted.");
        return check;
    }
    const QSet<QString> asked = scopeSet(requested);
    const QSet<QString> granted = scopeSet(facts.scope);
    const QSet<QString> missing = asked - granted;
    const QSet<QString> extra = granted - asked;
    if (missing.isEmpty() && extra.isEmpty()) {
        check.outcome = RehearsalCheck::Outcome::Passed;
        check.observation = Rehearsal::tr("Granted \"%1\", as requested.").arg(facts.scope);
        return check;
    }
    check.outcome = RehearsalCheck::Outcome::Finding;
    QStringList parts;
    if (!missing.isEmpty())
        parts << Rehearsal::tr("Not granted: %1.").arg(sortedJoined(missing));
    if (!extra.isEmpty())
        parts << Rehearsal::tr("Granted without being requested: %1.").arg(sortedJoined(extra));
    check.observation =
        Rehearsal::tr("Granted \"%1\".").arg(facts.scope) + QLatin1Char(' ') + parts.join(QLatin1Char(' '));
    check.advice =
        !missing.isEmpty()
            ? Rehearsal::tr("API calls that need %1 will fail: enable it for the app at the provider, or remove it "
                            "from Scope.")
                  .arg(sortedJoined(missing))
            : Rehearsal::tr("The provider adds scopes of its own; nothing to change unless the connector must not "
                            "hold them.");
    return check;
}

// --- Rehearsal ------------------------------------------------------------------------------------

Rehearsal::Rehearsal(DesignTimeConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    qRegisterMetaType<cad::RehearsalCheck>();
    qRegisterMetaType<cad::RehearsalReport>();
}

Rehearsal::~Rehearsal()
{
    if (m_running && m_connection)
        m_connection->setRehearsing(false);
}

QString Rehearsal::cannotStart(const DesignTimeConnection &connection)
{
    if (!isOAuth(connection.definition().authType))
        return tr("Only OAuth 2.0 connections have a token lifecycle to rehearse.");
    if (connection.isRehearsing())
        return tr("A rehearsal is already running.");
    if (connection.state() != ConnectionState::Connected)
        return tr("Connect first: the rehearsal works with the design-time connection's tokens.");
    if (connection.tokens().isEmpty())
        return tr("The connection has no tokens to rehearse with. Connect again.");
    if (connection.oauthClient()->isBusy())
        return tr("The connection is refreshing its token; rehearse when it has finished.");
    if (!connection.rehearsalDestinationsAllowed())
        return tr("A stored secret would go to a new origin. Press Test first and allow it, then rehearse.");
    return {};
}

void Rehearsal::start()
{
    if (m_running)
        return;
    m_report = {};
    m_grantEnded = false;
    m_revoked = false;
    m_replacedRefresh.clear();
    ++m_generation;
    const QString why = m_connection ? cannotStart(*m_connection) : tr("There is no connection.");
    if (!why.isEmpty()) {
        m_report.stopped = why;
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished(m_report); }, Qt::QueuedConnection);
        return;
    }
    m_running = true;
    m_initial = m_connection->tokens();
    m_initialFacts = m_connection->oauthClient()->lastResponse();
    m_current = m_initial;
    m_connection->setRehearsing(true);
    connect(m_connection, &DesignTimeConnection::stateChanged, this, [this](ConnectionState state) {
        if (m_running && state != ConnectionState::Connected)
            finish(tr("The connection changed during the rehearsal (%1), so it stopped.")
                       .arg(connectionStateDisplayName(state)));
    });
    stepRefresh();
}

void Rehearsal::cancel()
{
    if (m_running)
        finish(tr("The rehearsal was cancelled."));
}

void Rehearsal::add(RehearsalCheck::Id id, RehearsalCheck::Outcome outcome, const QString &observation,
                    const QString &advice)
{
    RehearsalCheck check;
    check.id = id;
    check.outcome = outcome;
    check.observation = observation;
    check.advice = advice;
    // The checklist reads in the order of RehearsalCheck::Id, whatever order the steps ran in.
    const auto at = std::upper_bound(m_report.checks.begin(), m_report.checks.end(), id,
                                     [](RehearsalCheck::Id a, const RehearsalCheck &b) { return a < b.id; });
    m_report.checks.insert(at, check);
    Q_EMIT checkAdded(check);
}

void Rehearsal::skip(std::initializer_list<RehearsalCheck::Id> ids, const QString &why)
{
    for (RehearsalCheck::Id id : ids)
        add(id, RehearsalCheck::Outcome::Skipped, why);
}

void Rehearsal::addTokenResponseChecks(const TokenResponseFacts &facts, const QString &source)
{
    using Id = RehearsalCheck::Id;
    using O = RehearsalCheck::Outcome;
    const QString from = source.isEmpty() ? QString() : QLatin1Char(' ') + source;
    if (!facts.valid) {
        skip({Id::ExpiresIn, Id::TokenType, Id::Scope},
             tr("No token response was seen: the connection was restored from the keychain and the refresh did not "
                "succeed. Connect again, then rehearse."));
    } else {
        if (facts.expiresInGiven)
            add(Id::ExpiresIn, O::Passed, tr("expires_in: %1 s.").arg(facts.expiresInSeconds) + from);
        else
            add(Id::ExpiresIn, O::Finding,
                tr("The token response has no expires_in, so a connection cannot know when its token expires.") + from,
                tr("Set Refresh interval to the token lifetime the provider documents (the connection assumes %1 s "
                   "now).")
                    .arg(m_connection->oauthClient()->config().defaultExpiresInSeconds));
        if (facts.tokenTypeGiven)
            add(Id::TokenType, O::Passed, tr("token_type: Bearer.") + from);
        else
            add(Id::TokenType, O::Finding,
                tr("The token response has no token_type (RFC 6749 requires it); the token is sent as Bearer.") + from,
                tr("Nothing to change as long as the test request passes; a strict client library may refuse such "
                   "a response."));
    }
    const bool clientCredentials = m_connection->definition().authType == AuthType::OAuth2ClientCredentials;
    if (clientCredentials)
        add(Id::RefreshTokenIssued, m_initial.hasRefreshToken() ? O::Passed : O::Skipped,
            m_initial.hasRefreshToken()
                ? tr("A refresh token was issued.")
                : tr("None, as usual for client credentials: a new token is requested instead (RFC 6749 4.4.3)."));
    else if (m_initial.hasRefreshToken())
        add(Id::RefreshTokenIssued, O::Passed, tr("A refresh token was issued."));
    else
        add(Id::RefreshTokenIssued, O::Finding,
            tr("No refresh token was issued: end users must sign in again whenever the access token expires."),
            tr("Many providers issue one only for an extra scope (often offline_access) or an app setting; add it "
               "to Scope if the provider documents one."));
    if (facts.valid) {
        const RehearsalCheck scope = compareScopes(m_connection->oauthClient()->config().scope, facts);
        add(scope.id, scope.outcome, scope.observation, scope.advice);
    }
}

void Rehearsal::refreshWith(const TokenSet &tokens, RefreshDone done)
{
    OAuthClient *probe = m_connection->createProbe(tokens, this);
    m_probes.append(probe);
    const quint64 generation = m_generation;
    auto answered = std::make_shared<bool>(false);
    connect(probe, &OAuthClient::tokensChanged, this, [this, probe, done, generation, answered](const TokenSet &t) {
        if (*answered || t.isEmpty())
            return;
        *answered = true;
        probe->deleteLater();
        if (generation == m_generation)
            done(t, probe->lastResponse(), {});
    });
    connect(probe, &OAuthClient::failed, this, [this, probe, done, generation, answered](const OAuthError &error) {
        if (*answered)
            return;
        *answered = true;
        probe->deleteLater();
        if (generation == m_generation)
            done({}, {}, error);
    });
    probe->refresh();
}

void Rehearsal::stepRefresh()
{
    using Id = RehearsalCheck::Id;
    using O = RehearsalCheck::Outcome;
    const bool clientCredentials = m_connection->definition().authType == AuthType::OAuth2ClientCredentials;
    if (!m_initial.hasRefreshToken() && !clientCredentials) {
        addTokenResponseChecks(m_initialFacts, QString());
        skip({Id::Refresh, Id::Rotation, Id::RefreshedTokenWorks, Id::Reuse},
             tr("There is no refresh token to rehearse with."));
        stepRevoke();
        return;
    }
    Q_EMIT progress(clientCredentials ? tr("Requesting a new token…") : tr("Refreshing the token…"));
    refreshWith(m_initial, [this, clientCredentials](const TokenSet &tokens, const TokenResponseFacts &facts,
                                                     const OAuthError &error) {
        const OAuthConfig &config = m_connection->oauthClient()->config();
        if (m_initialFacts.valid)
            addTokenResponseChecks(m_initialFacts, QString());
        else
            addTokenResponseChecks(facts, tr("(Seen on the refresh response: the connection was restored from the "
                                             "keychain.)"));
        if (error.isError()) {
            QString advice;
            if (error.code == QLatin1String("invalid_client") || error.code == QLatin1String("unauthorized_client"))
                advice = tr("The provider refused the client authentication (%1): switch Basic header, or check the "
                            "client secret.")
                             .arg(clientAuthText(config));
            else if (error.kind == OAuthErrorKind::NeedsReauthorization)
                advice = tr("The provider refused the refresh token: end users would have to sign in again after "
                            "every expiry. Check the Refresh URL and whether the provider needs extra parameters "
                            "on refresh.");
            else
                advice = tr("Check the Refresh URL (or the Token URL) and the provider's status, then rehearse "
                            "again.");
            add(Id::Refresh, O::Failed, error.toError().toString(), advice);
            skip({Id::Rotation, Id::RefreshedTokenWorks, Id::Reuse}, tr("The refresh did not succeed."));
            stepRevoke();
            return;
        }
        add(Id::Refresh, O::Passed,
            (clientCredentials ? tr("A new token was issued, with %1.") : tr("A new access token was issued, with %1."))
                .arg(clientAuthText(config)));
        m_current = tokens;
        if (clientCredentials) {
            skip({Id::Rotation, Id::Reuse}, tr("Client credentials have no refresh token."));
        } else if (facts.refreshTokenRotated) {
            m_replacedRefresh = m_initial.refreshToken;
            add(Id::Rotation, O::Finding, tr("Yes: the refresh returned a new refresh token."),
                tr("The connection must store the new refresh token after every refresh; one that keeps using the "
                   "old token breaks."));
        } else {
            add(Id::Rotation, O::Passed,
                facts.refreshTokenGiven ? tr("No: the refresh returned the same refresh token.")
                                        : tr("No: the refresh response has no refresh token, so the old one stays "
                                             "valid (RFC 6749 6)."));
        }
        stepRefreshedTokenWorks();
    });
}

void Rehearsal::stepRefreshedTokenWorks()
{
    Q_EMIT progress(tr("Sending the test request with the new access token…"));
    const quint64 generation = m_generation;
    m_connection->sendTestRequestWith(m_current.accessToken, this, [this, generation](const TestResult &result) {
        if (generation != m_generation)
            return;
        using O = RehearsalCheck::Outcome;
        if (result.succeeded())
            add(RehearsalCheck::Id::RefreshedTokenWorks, O::Passed,
                tr("%1 %2 answered %3.").arg(result.method, result.displayUrl).arg(result.status));
        else
            add(RehearsalCheck::Id::RefreshedTokenWorks, O::Failed, ResponseChecks::failureMessage(result),
                tr("A refreshed token must work like the first one: compare the scope of the refresh response with "
                   "the first one, and check whether the provider needs the scope again on refresh."));
        stepReuse();
    });
}

void Rehearsal::stepReuse()
{
    using Id = RehearsalCheck::Id;
    using O = RehearsalCheck::Outcome;
    if (m_replacedRefresh.isEmpty()) {
        if (!m_report.find(Id::Reuse))
            add(Id::Reuse, O::Skipped, tr("The refresh token did not rotate, so there is no replaced one to reuse."));
        stepRevoke();
        return;
    }
    Q_EMIT progress(tr("Trying the replaced refresh token again…"));
    TokenSet replaced = m_current;
    replaced.refreshToken = m_replacedRefresh;
    refreshWith(replaced, [this](const TokenSet &tokens, const TokenResponseFacts &, const OAuthError &error) {
        if (!error.isError()) {
            m_current = tokens;
            add(Id::Reuse, O::Finding, tr("No: the provider accepted the replaced refresh token again."),
                tr("A leaked refresh token stays usable after rotation. Set Revoke URL so that disconnecting ends the "
                   "grant."));
            stepRevoke();
            return;
        }
        if (error.kind != OAuthErrorKind::NeedsReauthorization) {
            add(Id::Reuse, O::Failed, tr("Inconclusive: %1").arg(error.toError().toString()),
                tr("The provider answered with something other than invalid_grant; rehearse again."));
            stepRevoke();
            return;
        }
        // Refused. Does the grant survive, or did the provider end it (reuse detection)?
        Q_EMIT progress(tr("Checking whether the current refresh token still works…"));
        refreshWith(m_current, [this](const TokenSet &tokens, const TokenResponseFacts &, const OAuthError &error) {
            if (!error.isError()) {
                m_current = tokens;
                add(Id::Reuse, O::Passed,
                    tr("Yes: the replaced refresh token was refused (invalid_grant), and the current one still "
                       "works."));
            } else if (error.kind == OAuthErrorKind::NeedsReauthorization) {
                m_grantEnded = true;
                add(Id::Reuse, O::Finding,
                    tr("Yes, and then the current refresh token was refused too: the provider ended the whole grant "
                       "when a replaced refresh token came back (reuse detection)."),
                    tr("If two copies of a connection ever refresh with the same token (a retry, parallel workers), "
                       "the end user must sign in again: refresh in one place and store each new refresh token at "
                       "once."));
            } else {
                add(Id::Reuse, O::Passed,
                    tr("Yes: the replaced refresh token was refused (invalid_grant). Whether the grant survives is "
                       "unknown: %1")
                        .arg(error.toError().toString()));
            }
            stepRevoke();
        });
    });
}

void Rehearsal::stepRevoke()
{
    using Id = RehearsalCheck::Id;
    using O = RehearsalCheck::Outcome;
    if (m_grantEnded) {
        add(Id::Revoke, O::Skipped,
            tr("The grant had already ended at the reuse check, so revocation could not be rehearsed on its own."));
        finish();
        return;
    }
    if (m_connection->oauthClient()->config().revokeUrl.isEmpty() &&
        m_connection->definition().authType == AuthType::OAuth2ClientCredentials) {
        add(Id::Revoke, O::Skipped,
            tr("Client credentials designs have no Revoke URL: their tokens end when they expire, and a new one is "
               "requested each time."));
        finish();
        return;
    }
    if (m_connection->oauthClient()->config().revokeUrl.isEmpty()) {
        add(Id::Revoke, O::Finding,
            tr("The design has no Revoke URL: disconnecting deletes the tokens only here; they stay valid at the "
               "provider until they expire."),
            tr("Set Revoke URL if the provider offers token revocation (RFC 7009)."));
        finish();
        return;
    }
    Q_EMIT progress(tr("Revoking the tokens…"));
    // From the moment the revocation is sent the tokens may be gone: a stop now ends the connection too.
    m_grantEnded = true;
    m_revoked = true;
    OAuthClient *probe = m_connection->createProbe(m_current, this);
    m_probes.append(probe);
    const quint64 generation = m_generation;
    connect(probe, &OAuthClient::revoked, this, [this, probe, generation](const RevocationResult &result) {
        probe->deleteLater();
        if (generation != m_generation)
            return;
        QStringList refused;
        bool anyRevoked = false;
        for (const TokenRevocation &t : result.tokens) {
            if (t.sent && t.ok)
                anyRevoked = true;
            else if (t.sent)
                refused << QStringLiteral("%1: %2").arg(t.tokenTypeHint, t.error.message());
        }
        if (!anyRevoked) {
            m_grantEnded = false;
            m_revoked = false;
            add(Id::Revoke, O::Failed, tr("The revocation was refused. %1").arg(refused.join(QStringLiteral("; "))),
                tr("Check Revoke URL and the client authentication: disconnecting cannot end a connection now."));
            finish();
            return;
        }
        verifyRevoked();
    });
    probe->revoke();
}

void Rehearsal::verifyRevoked()
{
    using Id = RehearsalCheck::Id;
    using O = RehearsalCheck::Outcome;
    Q_EMIT progress(tr("Sending the test request with the revoked access token…"));
    const quint64 generation = m_generation;
    const TokenSet revoked = m_current;
    m_connection->sendTestRequestWith(revoked.accessToken, this, [this, generation, revoked](const TestResult &test) {
        if (generation != m_generation)
            return;
        const bool accessRefused = test.status == 401 || test.status == 403;
        const bool accessAccepted = test.status >= 200 && test.status < 300;
        auto conclude = [this, test, accessRefused, accessAccepted](bool haveRefresh, bool refreshAccepted,
                                                                    const QString &refreshNote) {
            QString observation;
            if (accessRefused)
                observation = tr("After revocation the old access token was refused (HTTP %1).").arg(test.status);
            else if (accessAccepted)
                observation =
                    tr("After revocation the old access token was still accepted (HTTP %1).").arg(test.status);
            else
                observation = tr("After revocation the test request with the old access token gave: %1")
                                  .arg(test.status == 0 ? test.error : QString::number(test.status));
            if (haveRefresh)
                observation += QLatin1Char(' ') + refreshNote;
            if (refreshAccepted)
                add(Id::Revoke, O::Failed, observation,
                    tr("Disconnecting does not end the grant at this provider. Check that Revoke URL is the "
                       "provider's revocation endpoint."));
            else if (accessAccepted)
                add(Id::Revoke, O::Finding, observation,
                    tr("The provider's access tokens stay valid until they expire, even after disconnecting: keep "
                       "their lifetime short, and tell end users."));
            else if (accessRefused)
                add(Id::Revoke, O::Passed, observation);
            else
                add(Id::Revoke, O::Failed, observation,
                    tr("The test request did not answer clearly; check it passes on a fresh connection and rehearse "
                       "again."));
            finish();
        };
        if (!revoked.hasRefreshToken()) {
            conclude(false, false, QString());
            return;
        }
        refreshWith(
            revoked, [this, conclude](const TokenSet &tokens, const TokenResponseFacts &, const OAuthError &error) {
                if (!error.isError()) {
                    m_current = tokens;
                    // The provider kept the grant alive: the connection goes on with it.
                    m_grantEnded = false;
                    m_revoked = false;
                    conclude(true, true, tr("The old refresh token was still accepted."));
                } else if (error.kind == OAuthErrorKind::NeedsReauthorization) {
                    conclude(true, false, tr("The old refresh token was refused (invalid_grant)."));
                } else {
                    conclude(true, false,
                             tr("Refreshing with the old refresh token gave: %1").arg(error.toError().toString()));
                }
            });
    });
}

void Rehearsal::finish(const QString &stopped)
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    for (const QPointer<OAuthClient> &probe : std::as_const(m_probes)) {
        if (probe) {
            probe->cancel();
            probe->deleteLater();
        }
    }
    m_probes.clear();
    m_report.stopped = stopped;
    if (m_connection) {
        disconnect(m_connection, &DesignTimeConnection::stateChanged, this, nullptr);
        m_connection->setRehearsing(false);
        const bool obtainedTokens =
            m_current.accessToken != m_initial.accessToken || m_current.refreshToken != m_initial.refreshToken;
        if (!stopped.isEmpty() && m_connection->state() != ConnectionState::Connected) {
            // Disconnected or reconnected meanwhile: the tokens the rehearsal obtained belong to nobody now.
            if (obtainedTokens && !m_grantEnded && !m_connection->oauthClient()->config().revokeUrl.isEmpty()) {
                OAuthClient *cleanup = m_connection->createProbe(m_current, m_connection);
                connect(cleanup, &OAuthClient::revoked, cleanup, &QObject::deleteLater);
                cleanup->revoke();
                m_report.connection = tr("The connection changed meanwhile; the tokens the rehearsal obtained are "
                                         "revoked.");
            } else if (obtainedTokens && !m_grantEnded) {
                m_report.connection = tr("The connection changed meanwhile; the tokens the rehearsal obtained stay "
                                         "valid until they expire (the design has no Revoke URL).");
            } else {
                m_report.connection = tr("The connection was left as it is.");
            }
        } else if (m_grantEnded) {
            m_report.connection =
                m_revoked ? tr("The rehearsal revoked the connection's tokens, so the connection is disconnected. "
                               "Connect again to go on.")
                          : tr("The rehearsal ended this connection's grant, so the connection is disconnected. "
                               "Connect again to go on.");
            m_connection->forgetEndedGrant(m_report.connection);
        } else if (obtainedTokens) {
            m_report.connection = tr("The connection goes on with the tokens the rehearsal obtained last.");
            m_connection->adoptTokens(m_current, tr("Rehearsal finished.") + QLatin1Char(' ') + m_report.connection);
        } else {
            m_report.connection = tr("The connection is unchanged.");
        }
    }
    Q_EMIT finished(m_report);
}

} // namespace cad
