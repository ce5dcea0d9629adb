// The lifecycle rehearsal (src/connection/Rehearsal) against the built-in sandbox provider in each
// behaviour setting that changes its answer: the expected checklist is written out per setting from
// what the sandbox is configured to do, not from the rehearsal's code.

#include "connection/DesignTimeConnection.h"
#include "connection/Rehearsal.h"
#include "core/Origin.h"
#include "model/BuiltinSchemas.h"
#include "model/ConnectorDefinition.h"
#include "oauth/TokenResponse.h"
#include "sandbox/SandboxServer.h"
#include "secrets/SecretBindings.h"
#include "secrets/SecretStore.h"
#include "support/SecretScan.h"

#include "SandboxTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace cad;

namespace {

using Id = RehearsalCheck::Id;
using O = RehearsalCheck::Outcome;

void setValue(ConnectorDefinition &d, QStringView name, const QString &value)
{
    Property *p = d.property(name);
    if (!p)
        qFatal("the definition has no property %s", qPrintable(name.toString()));
    p->value = value;
}

/// The sandbox's confidential web app (sandbox-app, client_secret_basic), authorization code.
ConnectorDefinition codeDefinition(const SandboxProvider &sandbox, bool withRevokeUrl)
{
    ConnectorDefinition d = ConnectorDefinition::create(AuthType::OAuth2AuthorizationCode, QStringLiteral("Sandbox"));
    d.key = QStringLiteral("sandbox-rehearsal");
    d.baseUrl = sandbox.apiUrl().toString();
    d.testRequest.path = QStringLiteral("/me");
    setValue(d, PropertyNames::ClientId, QStringLiteral("sandbox-app"));
    setValue(d, PropertyNames::AuthorizationUrl, sandbox.endpoint(QStringLiteral("/authorize")).toString());
    setValue(d, PropertyNames::TokenUrl, sandbox.endpoint(QStringLiteral("/token")).toString());
    if (withRevokeUrl)
        setValue(d, PropertyNames::TokenRevokeUrl, sandbox.endpoint(QStringLiteral("/revoke")).toString());
    setValue(d, PropertyNames::Scope, QStringLiteral("openid email api.read"));
    setValue(d, PropertyNames::BasicHeader, QStringLiteral("true"));
    return d;
}

/// The sandbox's service client (sandbox-service, client_secret_post), client credentials.
ConnectorDefinition clientCredentialsDefinition(const SandboxProvider &sandbox)
{
    ConnectorDefinition d =
        ConnectorDefinition::create(AuthType::OAuth2ClientCredentials, QStringLiteral("Sandbox service"));
    d.key = QStringLiteral("sandbox-service");
    d.baseUrl = sandbox.apiUrl().toString();
    d.testRequest.path = QStringLiteral("/me");
    setValue(d, PropertyNames::ClientId, QStringLiteral("sandbox-service"));
    setValue(d, PropertyNames::TokenUrl, sandbox.endpoint(QStringLiteral("/token")).toString());
    setValue(d, PropertyNames::Scope, QStringLiteral("api.read"));
    setValue(d, PropertyNames::BasicHeader, QStringLiteral("false"));
    return d;
}

struct Expected
{
    Id id;
    O outcome;
};

QString describe(const RehearsalReport &report)
{
    return report.toText() + QStringLiteral("\nstopped: ") + report.stopped;
}

} // namespace

class TestRehearsal : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_server;
    QNetworkAccessManager m_nam;
    QNetworkAccessManager m_browser;

    struct Fixture
    {
        SecretStore store{SecretStore::Mode::MemoryOnly};
        DesignTimeConnection connection;
        explicit Fixture(QNetworkAccessManager *nam)
            : connection(nam, &store)
        {
            connection.setTimeoutMs(10000);
        }
    };

    SandboxProvider &sandbox() { return *m_server.provider(); }

    void configure(const std::function<void(SandboxSettings &)> &change)
    {
        SandboxSettings s;
        s.autoApprove = true;
        change(s);
        sandbox().setSettings(s);
    }

    enum RevokeUrl
    {
        WithRevokeUrl,
        WithoutRevokeUrl
    };

    /// Signs @p f in as the sandbox's web app (sandbox-app, its secret in a Basic header).
    QString signInAsSandboxApp(Fixture &f, RevokeUrl revoke)
    {
        f.connection.setDefinition(codeDefinition(sandbox(), revoke == WithRevokeUrl));
        f.connection.setValues({{QStringLiteral("client_secret"), QStringLiteral("sandbox-app-secret")}});
        return test::signInThroughSandbox(f.connection, m_browser);
    }

    static RehearsalReport rehearse(DesignTimeConnection &connection, QStringList *steps = nullptr)
    {
        Rehearsal rehearsal(&connection);
        QSignalSpy finished(&rehearsal, &Rehearsal::finished);
        if (steps)
            QObject::connect(&rehearsal, &Rehearsal::progress, [steps](const QString &s) { steps->append(s); });
        rehearsal.start();
        if (finished.isEmpty() && !finished.wait(30000)) {
            RehearsalReport timedOut;
            timedOut.stopped = QStringLiteral("(test) the rehearsal did not finish within 30 s");
            return timedOut;
        }
        return finished.first().first().value<RehearsalReport>();
    }

    static void compareChecklist(const RehearsalReport &report, const QList<Expected> &expected)
    {
        QStringList got;
        QStringList want;
        for (const RehearsalCheck &c : report.checks)
            got << RehearsalCheck::idKey(c.id) + QLatin1Char('=') + RehearsalCheck::outcomeKey(c.outcome);
        for (const Expected &e : expected)
            want << RehearsalCheck::idKey(e.id) + QLatin1Char('=') + RehearsalCheck::outcomeKey(e.outcome);
        QVERIFY2(got == want,
                 qPrintable(QStringLiteral("got  %1\nwant %2\n%3")
                                .arg(got.join(QLatin1Char(' ')), want.join(QLatin1Char(' ')), describe(report))));
        for (const RehearsalCheck &c : report.checks) {
            QVERIFY2(!c.observation.isEmpty(), qPrintable(RehearsalCheck::idKey(c.id)));
            // Every finding and failure says what it means for the design.
            if (c.outcome == O::Finding || c.outcome == O::Failed)
                QVERIFY2(!c.advice.isEmpty(), qPrintable(RehearsalCheck::idKey(c.id)));
        }
    }

    QList<QString> tokenRequestGrantTypes(int fromLogIndex) const
    {
        QList<QString> grants;
        const QList<SandboxLogEntry> &log = m_server.provider()->log();
        for (int i = fromLogIndex; i < log.size(); ++i) {
            if (log.at(i).path != QLatin1String("/token"))
                continue;
            for (const auto &field : log.at(i).fields) {
                if (field.first == QLatin1String("grant_type"))
                    grants << field.second;
            }
        }
        return grants;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<cad::RehearsalReport>();
        qRegisterMetaType<cad::RehearsalCheck>();
        QString error;
        QVERIFY2(m_server.start(0, &error), qPrintable(error));
    }

    void init() { sandbox().reset(); }

    void rotatingRefreshTokensWithReuseDetection()
    {
        // The sandbox's default: refresh tokens rotate, and a replaced one coming back ends the grant.
        configure([](SandboxSettings &) {});
        Fixture f(&m_nam);
        const QString signedIn = signInAsSandboxApp(f, WithRevokeUrl);
        QVERIFY2(signedIn.isEmpty(), qPrintable(signedIn));
        const TokenSet before = f.connection.tokens();
        const int logStart = int(sandbox().log().size());

        QStringList steps;
        const RehearsalReport report = rehearse(f.connection, &steps);
        QVERIFY2(report.stopped.isEmpty(), qPrintable(report.stopped));
        compareChecklist(report, {{Id::ExpiresIn, O::Passed},
                                  {Id::TokenType, O::Passed},
                                  {Id::RefreshTokenIssued, O::Passed},
                                  {Id::Scope, O::Passed},
                                  {Id::Refresh, O::Passed},
                                  {Id::Rotation, O::Finding},
                                  {Id::RefreshedTokenWorks, O::Passed},
                                  {Id::Reuse, O::Finding},
                                  {Id::Revoke, O::Skipped}});
        QVERIFY(report.ok()); // findings are not failures
        QCOMPARE(report.find(Id::ExpiresIn)->observation, QStringLiteral("expires_in: 3600 s."));
        QVERIFY2(report.find(Id::Rotation)->advice.contains(QLatin1String("store the new refresh token")),
                 qPrintable(report.find(Id::Rotation)->advice));
        QVERIFY2(report.find(Id::Reuse)->observation.contains(QLatin1String("ended the whole grant")),
                 qPrintable(report.find(Id::Reuse)->observation));

        // What the provider saw: the refresh, the replaced token again, then the current one.
        QCOMPARE(tokenRequestGrantTypes(logStart),
                 QList<QString>({QStringLiteral("refresh_token"), QStringLiteral("refresh_token"),
                                 QStringLiteral("refresh_token")}));
        // The grant is gone, so the connection is too; its tokens were not kept.
        QCOMPARE(f.connection.state(), ConnectionState::NotConnected);
        QVERIFY(f.connection.tokens().isEmpty());
        QVERIFY(!report.connection.isEmpty());
        QVERIFY(!f.connection.isRehearsing());

        // Progress named each step; the report and the exchange log never show a token.
        QVERIFY2(steps.size() >= 4, qPrintable(steps.join(QLatin1Char('\n'))));
        const QByteArray reportText =
            report.toText().toUtf8() + QJsonDocument(report.toJson()).toJson() + steps.join(QLatin1Char('\n')).toUtf8();
        const QStringList secrets{before.accessToken, before.refreshToken, QStringLiteral("sandbox-app-secret")};
        QCOMPARE(test::textContaining(reportText, secrets), QStringList());
    }

    void refreshTokensThatDoNotRotate()
    {
        configure([](SandboxSettings &s) { s.rotateRefreshTokens = false; });
        Fixture f(&m_nam);
        const QString signedIn = signInAsSandboxApp(f, WithRevokeUrl);
        QVERIFY2(signedIn.isEmpty(), qPrintable(signedIn));
        const TokenSet before = f.connection.tokens();

        const RehearsalReport report = rehearse(f.connection);
        QVERIFY2(report.stopped.isEmpty(), qPrintable(report.stopped));
        compareChecklist(report, {{Id::ExpiresIn, O::Passed},
                                  {Id::TokenType, O::Passed},
                                  {Id::RefreshTokenIssued, O::Passed},
                                  {Id::Scope, O::Passed},
                                  {Id::Refresh, O::Passed},
                                  {Id::Rotation, O::Passed},
                                  {Id::RefreshedTokenWorks, O::Passed},
                                  {Id::Reuse, O::Skipped},
                                  {Id::Revoke, O::Passed}});
        QVERIFY(report.ok());
        // The sandbox answers the old access token after revocation with 401 (RFC 6750).
        QVERIFY2(report.find(Id::Revoke)->observation.contains(QLatin1String("HTTP 401")),
                 qPrintable(report.find(Id::Revoke)->observation));
        // The rehearsal revoked the grant: the connection is disconnected, and the sandbox agrees
        // that the first refresh token is dead.
        QCOMPARE(f.connection.state(), ConnectionState::NotConnected);
        QNetworkRequest introspect(sandbox().endpoint(QStringLiteral("/introspect")));
        introspect.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        introspect.setRawHeader("Authorization", "Basic " + QByteArray("sandbox-app:sandbox-app-secret").toBase64());
        std::unique_ptr<QNetworkReply> reply(
            m_browser.post(introspect, "token=" + QUrl::toPercentEncoding(before.refreshToken)));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || done.wait(10000));
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("active")), QJsonValue(false));
    }

    void missingExpiresIn()
    {
        configure([](SandboxSettings &s) {
            s.omitExpiresIn = true;
            s.rotateRefreshTokens = false;
        });
        Fixture f(&m_nam);
        const QString signedIn = signInAsSandboxApp(f, WithRevokeUrl);
        QVERIFY2(signedIn.isEmpty(), qPrintable(signedIn));

        const RehearsalReport report = rehearse(f.connection);
        const RehearsalCheck *expires = report.find(Id::ExpiresIn);
        QVERIFY(expires);
        QCOMPARE(expires->outcome, O::Finding);
        QVERIFY2(expires->advice.contains(QLatin1String("Refresh interval")), qPrintable(expires->advice));
        QCOMPARE(report.find(Id::Refresh)->outcome, O::Passed);
        QVERIFY(report.ok());
    }

    void refreshAnsweredWithAServerFault_data()
    {
        QTest::addColumn<SandboxFailure>("failure");
        QTest::addColumn<int>("refresh");
        QTest::addColumn<QString>("observed");
        // The connection's client tries a 5xx again (with a short back-off): the retry succeeds.
        QTest::newRow("HTTP 500, retried") << SandboxFailure::Http500 << int(O::Passed) << QString();
        // An OAuth error answer is final: no retry.
        QTest::newRow("server_error") << SandboxFailure::ServerError << int(O::Failed)
                                      << QStringLiteral("server_error");
    }

    void refreshAnsweredWithAServerFault()
    {
        QFETCH(SandboxFailure, failure);
        QFETCH(int, refresh);
        QFETCH(QString, observed);
        configure([](SandboxSettings &s) { s.rotateRefreshTokens = false; });
        Fixture f(&m_nam);
        const QString signedIn = signInAsSandboxApp(f, WithRevokeUrl);
        QVERIFY2(signedIn.isEmpty(), qPrintable(signedIn));
        SandboxSettings s = sandbox().settings();
        s.failNext = failure;
        sandbox().setSettings(s);

        const RehearsalReport report = rehearse(f.connection);
        QVERIFY2(report.stopped.isEmpty(), qPrintable(report.stopped));
        const RehearsalCheck *check = report.find(Id::Refresh);
        QVERIFY(check);
        QVERIFY2(int(check->outcome) == refresh, qPrintable(describe(report)));
        QVERIFY2(check->observation.contains(observed), qPrintable(check->observation));
    }

    void refreshRefused()
    {
        configure([](SandboxSettings &s) { s.rotateRefreshTokens = false; });
        Fixture f(&m_nam);
        const QString signedIn = signInAsSandboxApp(f, WithRevokeUrl);
        QVERIFY2(signedIn.isEmpty(), qPrintable(signedIn));
        // The next token request (the rehearsal's refresh) is refused with invalid_grant.
        SandboxSettings s = sandbox().settings();
        s.failNext = SandboxFailure::InvalidGrant;
        sandbox().setSettings(s);

        const RehearsalReport report = rehearse(f.connection);
        QVERIFY2(report.stopped.isEmpty(), qPrintable(report.stopped));
        compareChecklist(report, {{Id::ExpiresIn, O::Passed},
                                  {Id::TokenType, O::Passed},
                                  {Id::RefreshTokenIssued, O::Passed},
                                  {Id::Scope, O::Passed},
                                  {Id::Refresh, O::Failed},
                                  {Id::Rotation, O::Skipped},
                                  {Id::RefreshedTokenWorks, O::Skipped},
                                  {Id::Reuse, O::Skipped},
                                  {Id::Revoke, O::Passed}});
        QVERIFY(!report.ok());
        QVERIFY2(report.find(Id::Refresh)->observation.contains(QLatin1String("invalid_grant")),
                 qPrintable(report.find(Id::Refresh)->observation));
    }

    void clientAuthenticationRefusedOnRefresh()
    {
        // The design sends the secret in a Basic header; the provider now only takes it in the body.
        configure([](SandboxSettings &s) { s.rotateRefreshTokens = false; });
        Fixture f(&m_nam);
        const QString signedIn = signInAsSandboxApp(f, WithoutRevokeUrl);
        QVERIFY2(signedIn.isEmpty(), qPrintable(signedIn));
        SandboxSettings s = sandbox().settings();
        s.clientAuth = SandboxClientAuth::Post;
        sandbox().setSettings(s);

        const RehearsalReport report = rehearse(f.connection);
        const RehearsalCheck *refresh = report.find(Id::Refresh);
        QVERIFY(refresh);
        QCOMPARE(refresh->outcome, O::Failed);
        QVERIFY2(refresh->observation.contains(QLatin1String("invalid_client")), qPrintable(refresh->observation));
        QVERIFY2(refresh->advice.contains(QLatin1String("Basic header")), qPrintable(refresh->advice));
    }

    void withoutRevokeUrl()
    {
        configure([](SandboxSettings &s) { s.rotateRefreshTokens = false; });
        Fixture f(&m_nam);
        const QString signedIn = signInAsSandboxApp(f, WithoutRevokeUrl);
        QVERIFY2(signedIn.isEmpty(), qPrintable(signedIn));
        const TokenSet before = f.connection.tokens();

        const RehearsalReport report = rehearse(f.connection);
        const RehearsalCheck *revoke = report.find(Id::Revoke);
        QVERIFY(revoke);
        QCOMPARE(revoke->outcome, O::Finding);
        QVERIFY2(revoke->advice.contains(QLatin1String("Revoke URL")), qPrintable(revoke->advice));
        // Nothing ended the grant: the connection goes on with the refreshed access token, which
        // passes the test request.
        QCOMPARE(f.connection.state(), ConnectionState::Connected);
        QVERIFY(f.connection.tokens().accessToken != before.accessToken);
        QSignalSpy tested(&f.connection, &DesignTimeConnection::testFinished);
        f.connection.test();
        QVERIFY(!tested.isEmpty() || tested.wait(10000));
        QVERIFY2(tested.first().first().value<TestResult>().succeeded(), qPrintable(f.connection.statusMessage()));
    }

    void clientCredentials()
    {
        configure([](SandboxSettings &) {});
        Fixture f(&m_nam);
        f.connection.setDefinition(clientCredentialsDefinition(sandbox()));
        f.connection.setValues({{QStringLiteral("client_secret"), QStringLiteral("sandbox-service-secret")}});
        f.connection.connectToService();
        QVERIFY2(QTest::qWaitFor([&] { return f.connection.state() == ConnectionState::Connected; }, 10000),
                 qPrintable(f.connection.statusMessage()));

        const RehearsalReport report = rehearse(f.connection);
        QVERIFY2(report.stopped.isEmpty(), qPrintable(report.stopped));
        compareChecklist(report, {{Id::ExpiresIn, O::Passed},
                                  {Id::TokenType, O::Passed},
                                  {Id::RefreshTokenIssued, O::Skipped},
                                  {Id::Scope, O::Passed},
                                  {Id::Refresh, O::Passed},
                                  {Id::Rotation, O::Skipped},
                                  {Id::RefreshedTokenWorks, O::Passed},
                                  {Id::Reuse, O::Skipped},
                                  {Id::Revoke, O::Skipped}});
        QVERIFY(report.ok());
        // The connection goes on with the newest token.
        QCOMPARE(f.connection.state(), ConnectionState::Connected);
    }

    void refusedWhileNotConnectedOrNotOAuth()
    {
        Fixture f(&m_nam);
        f.connection.setDefinition(codeDefinition(sandbox(), true));
        QCOMPARE(Rehearsal::cannotStart(f.connection),
                 QStringLiteral("Connect first: the rehearsal works with the design-time connection's tokens."));
        const RehearsalReport notConnected = rehearse(f.connection);
        QVERIFY(notConnected.checks.isEmpty());
        QVERIFY(!notConnected.ok());
        QCOMPARE(notConnected.stopped, Rehearsal::cannotStart(f.connection));

        f.connection.setDefinition(ConnectorDefinition::create(AuthType::Basic, QStringLiteral("Basic")));
        QCOMPARE(Rehearsal::cannotStart(f.connection),
                 QStringLiteral("Only OAuth 2.0 connections have a token lifecycle to rehearse."));
    }

    void aStoredSecretBoundElsewhereIsNotSentWithoutAsking()
    {
        configure([](SandboxSettings &s) { s.rotateRefreshTokens = false; });
        Fixture f(&m_nam);
        const QString signedIn = signInAsSandboxApp(f, WithRevokeUrl);
        QVERIFY2(signedIn.isEmpty(), qPrintable(signedIn));
        // The keychain says this client secret was stored for another provider: the rehearsal's
        // refresh and revocation would send it to the sandbox, so it does not start.
        SecretBindings bindings;
        SecretBindings::Entry entry;
        entry.state = SecretBindings::ReadState::Found;
        entry.value = QStringLiteral("sandbox-app-secret");
        entry.origins = {Origin::of(QUrl(QStringLiteral("https://login.elsewhere.example")))};
        bindings.setEntry(QStringLiteral("client_secret"), entry);
        f.connection.setSecretBindings(bindings);
        QCOMPARE(Rehearsal::cannotStart(f.connection),
                 QStringLiteral("A stored secret would go to a new origin. Press Test first and allow it, then "
                                "rehearse."));
        const int logBefore = int(sandbox().log().size());
        const RehearsalReport report = rehearse(f.connection);
        QVERIFY(report.checks.isEmpty());
        QCOMPARE(int(sandbox().log().size()), logBefore); // nothing was sent
        QCOMPARE(f.connection.state(), ConnectionState::Connected);
    }

    void connectionBusyWhileRehearsing()
    {
        configure([](SandboxSettings &s) {
            s.rotateRefreshTokens = false;
            s.failNext = SandboxFailure::None;
        });
        Fixture f(&m_nam);
        const QString signedIn = signInAsSandboxApp(f, WithRevokeUrl);
        QVERIFY2(signedIn.isEmpty(), qPrintable(signedIn));
        // The refresh of the rehearsal is answered late: meanwhile Test and Refresh are refused,
        // and a second rehearsal cannot start.
        SandboxSettings s = sandbox().settings();
        s.failNext = SandboxFailure::Delay;
        sandbox().setSettings(s);

        Rehearsal rehearsal(&f.connection);
        QSignalSpy finished(&rehearsal, &Rehearsal::finished);
        rehearsal.start();
        QVERIFY(rehearsal.isRunning());
        QVERIFY(f.connection.isRehearsing());
        QCOMPARE(Rehearsal::cannotStart(f.connection), QStringLiteral("A rehearsal is already running."));
        const int logBefore = int(sandbox().log().size());
        f.connection.refreshNow();
        QCOMPARE(f.connection.statusMessage(),
                 QStringLiteral("The rehearsal is using the connection; wait until it has finished."));

        // Cancelling ends it at once with what was checked so far; the connection is untouched.
        const TokenSet before = f.connection.tokens();
        rehearsal.cancel();
        QCOMPARE(finished.size(), 1);
        const RehearsalReport report = finished.first().first().value<RehearsalReport>();
        QCOMPARE(report.stopped, QStringLiteral("The rehearsal was cancelled."));
        QVERIFY(!report.ok());
        QCOMPARE(f.connection.state(), ConnectionState::Connected);
        QCOMPARE(f.connection.tokens().accessToken, before.accessToken);
        QVERIFY(!f.connection.isRehearsing());
        QCOMPARE(int(sandbox().log().size()), logBefore); // refreshNow sent nothing
    }

    void scopeComparison_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<bool>("scopeGiven");
        QTest::addColumn<QString>("granted");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("observation");
        QTest::newRow("not named: as requested (RFC 6749 5.1)")
            << QStringLiteral("a b") << false << QString() << int(O::Passed)
            << QStringLiteral("The response does not name the scope; by RFC 6749 (5.1) that means the requested "
                              "scope was granted.");
        QTest::newRow("same set, other order")
            << QStringLiteral("read write") << true << QStringLiteral("write read") << int(O::Passed)
            << QStringLiteral("Granted \"write read\", as requested.");
        QTest::newRow("one missing") << QStringLiteral("read write admin") << true << QStringLiteral("read write")
                                     << int(O::Finding)
                                     << QStringLiteral("Granted \"read write\". Not granted: admin.");
        QTest::newRow("granted with commas (GitHub, Slack)")
            << QStringLiteral("repo gist") << true << QStringLiteral("repo,gist") << int(O::Passed)
            << QStringLiteral("Granted \"repo,gist\", as requested.");
        QTest::newRow("extra and missing")
            << QStringLiteral("b a") << true << QStringLiteral("a c d") << int(O::Finding)
            << QStringLiteral("Granted \"a c d\". Not granted: b. Granted without being requested: c d.");
    }

    void scopeComparison()
    {
        QFETCH(QString, requested);
        QFETCH(bool, scopeGiven);
        QFETCH(QString, granted);
        QFETCH(int, outcome);
        QFETCH(QString, observation);
        TokenResponseFacts facts;
        facts.valid = true;
        facts.scopeGiven = scopeGiven;
        facts.scope = granted;
        const RehearsalCheck check = compareScopes(requested, facts);
        QCOMPARE(check.id, Id::Scope);
        QCOMPARE(int(check.outcome), outcome);
        QCOMPARE(check.observation, observation);
        QCOMPARE(check.advice.isEmpty(), outcome == int(O::Passed));
    }

    void reportAsJson()
    {
        RehearsalReport report;
        RehearsalCheck c;
        c.id = Id::Rotation;
        c.outcome = O::Finding;
        c.observation = QStringLiteral("Yes.");
        c.advice = QStringLiteral("Store it.");
        report.checks << c;
        report.connection = QStringLiteral("Unchanged.");
        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(QStringLiteral("ok")), QJsonValue(true));
        const QJsonArray checks = json.value(QStringLiteral("checks")).toArray();
        QCOMPARE(checks.size(), 1);
        const QJsonObject check = checks.first().toObject();
        QCOMPARE(check.value(QStringLiteral("id")).toString(), QStringLiteral("rotation"));
        QCOMPARE(check.value(QStringLiteral("outcome")).toString(), QStringLiteral("finding"));
        QCOMPARE(check.value(QStringLiteral("observation")).toString(), QStringLiteral("Yes."));
        QCOMPARE(check.value(QStringLiteral("advice")).toString(), QStringLiteral("Store it."));
        QCOMPARE(json.value(QStringLiteral("connection")).toString(), QStringLiteral("Unchanged."));
    }
};

QTEST_GUILESS_MAIN(TestRehearsal)
#include "tst_rehearsal.moc"
