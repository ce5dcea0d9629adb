#pragma once

#include "oauth/OAuthError.h"
#include "oauth/TokenResponse.h"
#include "oauth/TokenSet.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace cad {

class DesignTimeConnection;
class OAuthClient;

/// One line of the rehearsal's checklist: what the provider did, and what it means for the design.
struct RehearsalCheck
{
    enum class Id
    {
        ExpiresIn,
        TokenType,
        RefreshTokenIssued,
        Scope,
        Refresh,
        Rotation,
        RefreshedTokenWorks,
        Reuse,
        Revoke,
    };
    enum class Outcome
    {
        Passed,  ///< the provider behaves as a connector can rely on
        Finding, ///< it behaves in a way the design must account for (see advice)
        Failed,  ///< something the connection needs does not work
        Skipped, ///< does not apply, or could not be checked (observation says why)
    };

    Id id = Id::ExpiresIn;
    Outcome outcome = Outcome::Skipped;
    QString observation; ///< what happened, in whole sentences
    QString advice;      ///< what it means for the design; empty when nothing is to be done

    /// Stable identifiers for JSON: "expires_in", "token_type", ..., and "passed", "finding", ...
    [[nodiscard]] static QString idKey(Id id);
    [[nodiscard]] static QString outcomeKey(Outcome outcome);
    /// The question the check answers, for people ("Does the token response give expires_in?").
    [[nodiscard]] static QString title(Id id);
    [[nodiscard]] static QString outcomeDisplayName(Outcome outcome);
};

struct RehearsalReport
{
    QList<RehearsalCheck> checks;
    QString stopped;    ///< why the rehearsal ended before its last step; empty when it ran through
    QString connection; ///< what became of the design-time connection

    [[nodiscard]] int count(RehearsalCheck::Outcome outcome) const;
    [[nodiscard]] const RehearsalCheck *find(RehearsalCheck::Id id) const;
    /// Ran through and nothing failed (findings are fine).
    [[nodiscard]] bool ok() const { return stopped.isEmpty() && count(RehearsalCheck::Outcome::Failed) == 0; }
    [[nodiscard]] QJsonObject toJson() const;
    /// "passed 6, findings 2, failed 0, skipped 1"
    [[nodiscard]] QString summary() const;
    /// The checklist as text, one check a line, advice indented below it.
    [[nodiscard]] QString toText() const;
};

/// Compares the requested and the granted scope (space-separated, order ignored): the Scope check.
[[nodiscard]] RehearsalCheck compareScopes(const QString &requested, const TokenResponseFacts &facts);

/// Rehearses the token lifecycle of a connected OAuth design against its real provider, as the
/// connector's end users will meet it, and reports a checklist (RehearsalReport):
///
///   token response   expires_in, token_type, refresh token, granted vs requested scope
///   refresh          with the design's client authentication; rotation; the new access token
///                    passes the test request
///   reuse            (rotation only) the replaced refresh token again; refused: does the grant
///                    survive (is the current token still good)?
///   revoke           (revoke URL) revoke, then the old access token on the test request (expect
///                    401) and the old refresh token (expect invalid_grant)
///
/// It works with separate OAuth clients (DesignTimeConnection::createProbe) so that the connection
/// itself is not refreshed meanwhile; every exchange appears in the connection's log. At the end
/// the connection keeps the newest tokens of the grant, or, when the rehearsal revoked them or the
/// provider ended the grant, it is disconnected (RehearsalReport::connection says which).
class Rehearsal : public QObject
{
    Q_OBJECT

public:
    explicit Rehearsal(DesignTimeConnection *connection, QObject *parent = nullptr);
    ~Rehearsal() override;

    /// Why @p connection cannot be rehearsed now; empty when it can.
    [[nodiscard]] static QString cannotStart(const DesignTimeConnection &connection);

    void start();
    /// Stops it; finished() reports what was checked so far.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const RehearsalReport &report() const { return m_report; }

Q_SIGNALS:
    /// What it does now ("Refreshing the token…").
    void progress(const QString &step);
    void checkAdded(const cad::RehearsalCheck &check);
    void finished(const cad::RehearsalReport &report);

private:
    using RefreshDone =
        std::function<void(const TokenSet &tokens, const TokenResponseFacts &facts, const OAuthError &error)>;

    void add(RehearsalCheck::Id id, RehearsalCheck::Outcome outcome, const QString &observation,
             const QString &advice = QString());
    void addTokenResponseChecks(const TokenResponseFacts &facts, const QString &source);
    void skip(std::initializer_list<RehearsalCheck::Id> ids, const QString &why);
    /// One refresh with @p tokens on a probe of its own.
    void refreshWith(const TokenSet &tokens, RefreshDone done);
    void stepRefresh();
    void stepRefreshedTokenWorks();
    void stepReuse();
    void stepRevoke();
    void verifyRevoked();
    void finish(const QString &stopped = QString());

    QPointer<DesignTimeConnection> m_connection;
    QList<QPointer<OAuthClient>> m_probes;
    RehearsalReport m_report;
    TokenSet m_initial;
    TokenResponseFacts m_initialFacts;
    TokenSet m_current;        ///< the newest tokens of the grant
    QString m_replacedRefresh; ///< the refresh token the first refresh replaced (rotation)
    bool m_grantEnded = false; ///< the provider ended the grant (reuse detection) or it was revoked
    bool m_revoked = false;    ///< the rehearsal revoked the tokens, and the provider kept them revoked
    bool m_running = false;
    quint64 m_generation = 0; ///< bumped by cancel(); answers of older steps are dropped
};

} // namespace cad

Q_DECLARE_METATYPE(cad::RehearsalCheck)
Q_DECLARE_METATYPE(cad::RehearsalReport)
