// DesignTimeConnection against a real authorization server (oidc-provider) and a loopback
// resource server that records what it received. Secrets stay in memory (SecretStore::MemoryOnly).
#include "connection/DesignTimeConnection.h"
#include "io/DefinitionFile.h"
#include "model/Validator.h"
#include "oauth/FaultServer.h"
#include "secrets/SecretStore.h"
#include "support/AdvancedProperties.h"
#include "support/SecretScan.h"

#include "ConnectionTestSupport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace cad;
using cad::test::FaultServer;
using cad::test::OidcProvider;

class TestDesignTimeConnection : public QObject
{
    Q_OBJECT

private:
    OidcProvider m_idp;
    FaultServer m_resource;
    QNetworkAccessManager m_nam;     // the connection's network
    QNetworkAccessManager m_browser; // what a browser / another client does

    struct Fixture
    {
        SecretStore store{SecretStore::Mode::MemoryOnly};
        QNetworkAccessManager *nam;
        DesignTimeConnection connection;
        explicit Fixture(QNetworkAccessManager *n)
            : nam(n)
            , connection(n, &store)
        {
            connection.setTimeoutMs(10000);
        }
    };

    static bool waitForState(DesignTimeConnection &c, ConnectionState state, int ms = 15000)
    {
        return QTest::qWaitFor([&] { return c.state() == state; }, ms);
    }

    static TestResult runTest(DesignTimeConnection &c)
    {
        QSignalSpy finished(&c, &DesignTimeConnection::testFinished);
        c.test();
        if (finished.isEmpty() && !finished.wait(15000))
            return {};
        return finished.first().first().value<TestResult>();
    }

    QHash<QString, QString> secretOf(const QString &clientId) const
    {
        return {{QStringLiteral("client_secret"), m_idp.client(clientId).clientSecret}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<cad::TestResult>();
        if (!m_idp.start())
            QFAIL(qPrintable(m_idp.errorString()));
        QVERIFY(m_resource.start());
    }

    void init()
    {
        m_resource.clearRequests();
        m_resource.setHandler([](const FaultServer::Request &) {
            return FaultServer::Response{200, "application/json", "{\"ok\":true}"};
        });
    }

    void clientCredentials_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<bool>("basicHeader");
        QTest::newRow("cc-basic, basic_header true") << QStringLiteral("cc-basic") << true;
        QTest::newRow("cc-post, basic_header false") << QStringLiteral("cc-post") << false;
    }

    void clientCredentials()
    {
        QFETCH(QString, clientId);
        QFETCH(bool, basicHeader);
        Fixture f(&m_nam);
        f.connection.setDefinition(
            test::clientCredentialsDefinition(m_idp, clientId, basicHeader, m_resource.url(QString()).toString()));
        f.connection.setValues(secretOf(clientId));
        f.connection.connectToService();
        QVERIFY2(waitForState(f.connection, ConnectionState::Connected), qPrintable(f.connection.statusMessage()));
        const TokenSet tokens = f.connection.tokens();
        QVERIFY(!tokens.accessToken.isEmpty());
        QCOMPARE(tokens.scope, QStringLiteral("api:read"));

        const TestResult result = runTest(f.connection);
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.method, QStringLiteral("GET"));
        QCOMPARE(m_resource.requests().size(), 1);
        const FaultServer::Request &received = m_resource.requests().first();
        QCOMPARE(received.path, QByteArray("/resource"));
        QCOMPARE(received.headers.value("authorization"), "Bearer " + tokens.accessToken.toUtf8());

        // The exchange log (token request + test request) never shows the secret or the token.
        const QList<ExchangeRecord> &log = f.connection.exchanges();
        QVERIFY(log.size() >= 2);
        const QStringList secrets{secretOf(clientId).value(QStringLiteral("client_secret")), tokens.accessToken};
        for (const ExchangeRecord &r : log) {
            const QStringList found = test::textContaining(test::recordText(r), secrets);
            QVERIFY2(found.isEmpty(), qPrintable(QString::fromUtf8(test::recordText(r))));
        }
    }

    void tokenResponsesAsProvidersSendThem_data()
    {
        QTest::addColumn<bool>("inQuery");
        QTest::newRow("prefix Zoho-oauthtoken in Authorization") << false;
        QTest::newRow("token_query_parameter auth_token") << true;
    }

    void tokenResponsesAsProvidersSendThem()
    {
        // A provider that answers in none of RFC 6749's shapes (oidc-provider cannot be made to): the
        // token nested, its lifetime in milliseconds, a type of its own, the API host in the response,
        // comma-separated scopes.
        using namespace PropertyNames;
        QFETCH(bool, inQuery);
        FaultServer provider;
        QVERIFY(provider.start());
        const QString instance = m_resource.url(QStringLiteral("/inst")).toString();
        provider.setHandler([instance](const FaultServer::Request &) {
            return FaultServer::Response{200, "application/json",
                                         QStringLiteral("{\"data\":{\"token\":\"shaped-token-1\",\"ttl\":120000},"
                                                        "\"token_type\":\"zoho\",\"instance_url\":\"%1\"}")
                                             .arg(instance)
                                             .toUtf8()};
        });
        ConnectorDefinition d =
            ConnectorDefinition::create(AuthType::OAuth2ClientCredentials, QStringLiteral("Shaped"));
        d.key = QStringLiteral("shaped");
        d.baseUrl = QStringLiteral("{instance_url}/api");
        d.testRequest.path = QStringLiteral("/resource");
        test::setValue(d, ClientId, QStringLiteral("shaped-client"));
        test::setValue(d, TokenUrl, provider.url(QStringLiteral("/token")).toString());
        test::setValue(d, Scope, QStringLiteral("ZohoCRM.users.READ ZohoCRM.org.READ"));
        d = test::withAdvanced(d, {{AccessTokenField, QStringLiteral("/data/token")},
                                   {ExpiresInField, QStringLiteral("/data/ttl")},
                                   {ExpiresInUnit, QStringLiteral("milliseconds")},
                                   {TokenPrefix, QStringLiteral("Zoho-oauthtoken")},
                                   {ScopeSeparator, QStringLiteral(",")},
                                   {ResponseVariables, QStringLiteral("instance_url=/instance_url")},
                                   {TokenQueryParameter, inQuery ? QStringLiteral("auth_token") : QString()}});
        const Diagnostics problems = Validator::validate(d);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().toString()));

        Fixture f(&m_nam);
        f.connection.setDefinition(d);
        f.connection.setValues({{QStringLiteral("client_secret"), QStringLiteral("shaped-secret")}});
        f.connection.connectToService();
        QVERIFY2(waitForState(f.connection, ConnectionState::Connected), qPrintable(f.connection.statusMessage()));
        QCOMPARE(provider.requests().size(), 1);
        QCOMPARE(FaultServer::form(provider.requests().first()).value(QStringLiteral("scope")),
                 QStringLiteral("ZohoCRM.users.READ,ZohoCRM.org.READ"));
        const TokenSet tokens = f.connection.tokens();
        QCOMPARE(tokens.accessToken, QStringLiteral("shaped-token-1"));
        QVERIFY2(tokens.secondsToExpiry() > 100 && tokens.secondsToExpiry() <= 120,
                 qPrintable(QString::number(tokens.secondsToExpiry()))); // 120,000 ms
        QCOMPARE(tokens.captured.value(QStringLiteral("instance_url")), instance);

        const TestResult result = runTest(f.connection);
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QCOMPARE(m_resource.requests().size(), 1);
        const FaultServer::Request &received = m_resource.requests().first();
        if (inQuery) {
            QCOMPARE(received.path, QByteArray("/inst/api/resource?auth_token=shaped-token-1"));
            QVERIFY(!received.headers.contains("authorization"));
        } else {
            QCOMPARE(received.path, QByteArray("/inst/api/resource"));
            QCOMPARE(received.headers.value("authorization"), QByteArray("Zoho-oauthtoken shaped-token-1"));
        }
        // The exchange log never shows the token, in a header or in the URL.
        for (const ExchangeRecord &r : f.connection.exchanges()) {
            const QStringList found = test::textContaining(test::recordText(r), {tokens.accessToken});
            QVERIFY2(found.isEmpty(), qPrintable(QString::fromUtf8(test::recordText(r))));
        }
    }

    void clientCredentialsWithTheWrongPlacementFails()
    {
        Fixture f(&m_nam);
        // cc-basic must use the Basic header; the body is refused.
        f.connection.setDefinition(
            test::clientCredentialsDefinition(m_idp, QStringLiteral("cc-basic"), false, m_resource.url({}).toString()));
        f.connection.setValues(secretOf(QStringLiteral("cc-basic")));
        f.connection.connectToService();
        QVERIFY(waitForState(f.connection, ConnectionState::Failed));
        QVERIFY2(f.connection.statusMessage().contains(QLatin1String("invalid_client")),
                 qPrintable(f.connection.statusMessage()));
        QVERIFY(f.connection.tokens().isEmpty());
        QCOMPARE(m_resource.requests().size(), 0);
    }

    void authorizationCodePkceFullCycle()
    {
        Fixture f(&m_nam);
        f.connection.setDefinition(test::pkceDefinition(m_idp));
        const QString signInError = test::signIn(f.connection, m_idp, m_browser);
        QVERIFY2(signInError.isEmpty(), qPrintable(signInError));
        const TokenSet first = f.connection.tokens();
        QVERIFY(first.hasRefreshToken());

        TestResult result = runTest(f.connection);
        QCOMPARE(result.status, 200);
        QVERIFY(result.body.contains("\"sub\""));

        // Refresh: a new access token, and the refresh token rotates.
        QSignalSpy tokensChanged(&f.connection, &DesignTimeConnection::tokensChanged);
        f.connection.refreshNow();
        QVERIFY(QTest::qWaitFor([&] { return !tokensChanged.isEmpty(); }, 15000));
        QCOMPARE(f.connection.state(), ConnectionState::Connected);
        const TokenSet second = f.connection.tokens();
        QVERIFY(second.accessToken != first.accessToken);
        QVERIFY(second.hasRefreshToken());
        QVERIFY(second.refreshToken != first.refreshToken);
        result = runTest(f.connection);
        QCOMPARE(result.status, 200);

        // Disconnect revokes at the provider; the old token is refused afterwards.
        QSignalSpy disconnected(&f.connection, &DesignTimeConnection::disconnected);
        f.connection.disconnectFromService();
        QVERIFY(disconnected.wait(15000));
        const QString summary = disconnected.first().first().toString();
        QVERIFY2(summary.contains(QLatin1String("revoked")) && !summary.contains(QLatin1String("not revoked")),
                 qPrintable(summary));
        QCOMPARE(f.connection.state(), ConnectionState::NotConnected);
        QVERIFY(f.connection.tokens().isEmpty());
        QCOMPARE(m_idp.userinfoStatus(second.accessToken), 401);

        // Nothing in the whole log shows a token, the code or the verifier (the redactor knows them all).
        const QStringList secrets{first.accessToken,  first.refreshToken,  first.idToken,
                                  second.accessToken, second.refreshToken, second.idToken};
        for (const ExchangeRecord &r : f.connection.exchanges()) {
            const QStringList found = test::textContaining(test::recordText(r), secrets);
            QVERIFY2(found.isEmpty(), qPrintable(oauthStageName(r.stage) + QStringLiteral(": ") +
                                                 QString::fromUtf8(test::recordText(r))));
        }
        // One entry per step: the authorization request and the redirect, token, refresh, two tests, revocation.
        int stages[5] = {};
        int authorizeRequests = 0;
        for (const ExchangeRecord &r : f.connection.exchanges()) {
            ++stages[int(r.stage)];
            authorizeRequests += r.stage == OAuthStage::Authorize && r.method == "GET" ? 1 : 0;
        }
        QCOMPARE(authorizeRequests, 1);
        QCOMPARE(stages[int(OAuthStage::Authorize)], 2);
        QCOMPARE(stages[int(OAuthStage::Token)], 1);
        QCOMPARE(stages[int(OAuthStage::Refresh)], 1);
        QCOMPARE(stages[int(OAuthStage::Test)], 2);
        QVERIFY(stages[int(OAuthStage::Revoke)] >= 1);
    }

    void aDesignChangeInvalidatesAndUndoRestores()
    {
        Fixture f(&m_nam);
        const ConnectorDefinition original =
            test::clientCredentialsDefinition(m_idp, QStringLiteral("cc-basic"), true, m_resource.url({}).toString());
        f.connection.setDefinition(original);
        f.connection.setValues(secretOf(QStringLiteral("cc-basic")));
        f.connection.connectToService();
        QVERIFY2(waitForState(f.connection, ConnectionState::Connected), qPrintable(f.connection.statusMessage()));

        ConnectorDefinition changed = original;
        test::setValue(changed, PropertyNames::Scope, QStringLiteral("api:read api:write"));
        QSignalSpy states(&f.connection, &DesignTimeConnection::stateChanged);
        f.connection.setDefinition(changed);
        QCOMPARE(f.connection.state(), ConnectionState::Invalidated);
        QCOMPARE(states.size(), 1);

        // No test request against a design the connection was not made for.
        QSignalSpy finished(&f.connection, &DesignTimeConnection::testFinished);
        f.connection.test();
        QCOMPARE(finished.size(), 0);
        QVERIFY(f.connection.statusMessage().contains(QLatin1String("Connect again")));

        // Undo: the design matches the connection again. The test request that follows is the event that
        // proves the refused one never went out: had it, the resource would have two requests and the spy
        // two results.
        f.connection.setDefinition(original);
        QCOMPARE(f.connection.state(), ConnectionState::Connected);
        QCOMPARE(runTest(f.connection).status, 200);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(m_resource.requests().size(), 1);
    }

    void theSameDesignReadBackFromItsFileStillMatches()
    {
        // Saving and reopening the design (or a new session restoring from the keychain) is no change.
        Fixture f(&m_nam);
        const ConnectorDefinition made =
            test::clientCredentialsDefinition(m_idp, QStringLiteral("cc-basic"), true, m_resource.url({}).toString());
        f.connection.setDefinition(made);
        f.connection.setValues(secretOf(QStringLiteral("cc-basic")));
        f.connection.connectToService();
        QVERIFY2(waitForState(f.connection, ConnectionState::Connected), qPrintable(f.connection.statusMessage()));
        const DefinitionFile::ReadResult reopened = DefinitionFile::parse(DefinitionFile::serialize(made));
        QVERIFY(reopened.ok());
        f.connection.setDefinition(*reopened.definition);
        QCOMPARE(f.connection.state(), ConnectionState::Connected);
    }

    void valueBasedTypes_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("values"); // name, value, name, value...
        QTest::addColumn<QByteArray>("header");  // lower-case name; empty: none expected
        QTest::addColumn<QByteArray>("headerValue");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QString>("secret");

        QTest::newRow("basic") << QStringLiteral("basic")
                               << QStringList{QStringLiteral("username"), QStringLiteral("alice"),
                                              QStringLiteral("password"), QStringLiteral("pa:ss w\u00f6rd")}
                               << QByteArray("authorization")
                               << ("Basic " + QStringLiteral("alice:pa:ss w\u00f6rd").toUtf8().toBase64())
                               << QByteArray("/resource") << QStringLiteral("pa:ss w\u00f6rd");
        QTest::newRow("api key in a header")
            << QStringLiteral("api_key") << QStringList{QStringLiteral("api_key"), QStringLiteral("k-123+/=")}
            << QByteArray("x-access-token") << QByteArray("k-123+/=") << QByteArray("/resource")
            << QStringLiteral("k-123+/=");
        QTest::newRow("api key in the query")
            << QStringLiteral("api_key_query") << QStringList{QStringLiteral("api_key"), QStringLiteral("k 9&x")}
            << QByteArray() << QByteArray() << QByteArray("/resource?api_key=k%209%26x") << QStringLiteral("k 9&x");
        QTest::newRow("personal access token")
            << QStringLiteral("personal_access_token")
            << QStringList{QStringLiteral("personal_access_token"), QStringLiteral("ghp_abcdef")}
            << QByteArray("authorization") << QByteArray("Bearer ghp_abcdef") << QByteArray("/resource")
            << QStringLiteral("ghp_abcdef");
        QTest::newRow("custom") << QStringLiteral("custom")
                                << QStringList{QStringLiteral("Authorization"), QStringLiteral("Token t0ken-xyz")}
                                << QByteArray("authorization") << QByteArray("Token t0ken-xyz")
                                << QByteArray("/resource") << QStringLiteral("t0ken-xyz");
        QTest::newRow("none") << QStringLiteral("none") << QStringList{} << QByteArray() << QByteArray()
                              << QByteArray("/resource") << QString();
    }

    void valueBasedTypes()
    {
        QFETCH(QString, type);
        QFETCH(QStringList, values);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, headerValue);
        QFETCH(QByteArray, path);
        QFETCH(QString, secret);
        const bool query = type == QLatin1String("api_key_query");
        const AuthType authType = *authTypeFromId(query ? QStringLiteral("api_key") : type);
        ConnectorDefinition d = ConnectorDefinition::create(authType, QStringLiteral("Values"));
        d.key = QStringLiteral("values-test");
        d.baseUrl = m_resource.url({}).toString();
        d.testRequest.path = QStringLiteral("/resource");
        if (query)
            d.property(PropertyNames::ApiKey)->sendAs = {Location::Query, QStringLiteral("api_key"), QString()};
        QHash<QString, QString> v;
        for (qsizetype i = 0; i + 1 < values.size(); i += 2)
            v.insert(values.at(i), values.at(i + 1));

        Fixture f(&m_nam);
        f.connection.setDefinition(d);
        f.connection.setValues(v);
        f.connection.connectToService();
        QCOMPARE(f.connection.state(), ConnectionState::Connected);
        const TestResult result = runTest(f.connection);
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QCOMPARE(m_resource.requests().size(), 1);
        const FaultServer::Request &received = m_resource.requests().first();
        QCOMPARE(received.path, path);
        if (!header.isEmpty())
            QCOMPARE(received.headers.value(header), headerValue);
        if (type == QLatin1String("none") || query) {
            QVERIFY(!received.headers.contains("authorization"));
            QVERIFY(!received.headers.contains("x-access-token"));
        }
        QCOMPARE(received.headers.value("accept"), QByteArray("application/json"));
        if (!secret.isEmpty()) {
            QVERIFY(!result.displayUrl.contains(secret));
            const QByteArray log = test::exchangesText(f.connection.exchanges());
            QVERIFY2(test::textContaining(log, {secret}).isEmpty(), log.constData());
        }
    }

    void missingValuesFailWithTheirNames()
    {
        ConnectorDefinition d = ConnectorDefinition::create(AuthType::Basic, QStringLiteral("Basic"));
        d.key = QStringLiteral("basic-test");
        d.baseUrl = m_resource.url({}).toString();
        Fixture f(&m_nam);
        f.connection.setDefinition(d);
        f.connection.setValues({{QStringLiteral("username"), QStringLiteral("alice")}});
        f.connection.connectToService();
        QCOMPARE(f.connection.state(), ConnectionState::Failed);
        QVERIFY2(f.connection.statusMessage().contains(QLatin1String("password")),
                 qPrintable(f.connection.statusMessage()));
        QVERIFY(!f.connection.statusMessage().contains(QLatin1String("username")));

        // OAuth: a confidential client without its secret.
        Fixture g(&m_nam);
        g.connection.setDefinition(
            test::clientCredentialsDefinition(m_idp, QStringLiteral("cc-basic"), true, m_resource.url({}).toString()));
        g.connection.connectToService();
        QCOMPARE(g.connection.state(), ConnectionState::Failed);
        QVERIFY2(g.connection.statusMessage().contains(QLatin1String("client secret")),
                 qPrintable(g.connection.statusMessage()));

        // OAuth: a required value the end user gives, left empty (the rule the command line stops on too).
        Fixture h(&m_nam);
        ConnectorDefinition asked =
            test::clientCredentialsDefinition(m_idp, QStringLiteral("cc-basic"), true, m_resource.url({}).toString());
        Property tenant;
        tenant.name = QStringLiteral("tenant");
        tenant.displayName = QStringLiteral("Your tenant");
        tenant.askUser = true;
        tenant.required = true;
        asked.properties.append(tenant);
        h.connection.setDefinition(asked);
        h.connection.setValues(
            {{QStringLiteral("client_secret"), m_idp.client(QStringLiteral("cc-basic")).clientSecret}});
        h.connection.connectToService();
        QCOMPARE(h.connection.state(), ConnectionState::Failed);
        QCOMPARE(h.connection.statusMessage(),
                 QStringLiteral("Fill in Your tenant first: in the end-user preview for what end users give, in the "
                                "properties table for the rest."));
        QCOMPARE(m_resource.requests().size(), 0);
    }

    void aRejectedTokenIsRefreshedOnceAndTheRequestRetried()
    {
        // The resource refuses the first token it sees (as after a server-side expiry).
        m_resource.setHandler([first = QByteArray()](const FaultServer::Request &r) mutable {
            const QByteArray auth = r.headers.value("authorization");
            if (first.isEmpty())
                first = auth;
            if (auth == first)
                return FaultServer::Response{401, "application/json", "{\"error\":\"invalid_token\"}"};
            return FaultServer::Response{200, "application/json", "{\"ok\":true}"};
        });
        Fixture f(&m_nam);
        f.connection.setDefinition(test::pkceDefinition(m_idp, m_resource.url({}).toString(), QStringLiteral("/api")));
        const QString signInError = test::signIn(f.connection, m_idp, m_browser);
        QVERIFY2(signInError.isEmpty(), qPrintable(signInError));
        const QString before = f.connection.tokens().accessToken;

        const TestResult result = runTest(f.connection);
        QCOMPARE(result.status, 200);
        QCOMPARE(m_resource.requests().size(), 2);
        QCOMPARE(m_resource.requests().at(0).headers.value("authorization"), "Bearer " + before.toUtf8());
        QCOMPARE(m_resource.requests().at(1).headers.value("authorization"),
                 "Bearer " + f.connection.tokens().accessToken.toUtf8());
        QVERIFY(f.connection.tokens().accessToken != before);
        int refreshes = 0;
        for (const ExchangeRecord &r : f.connection.exchanges())
            refreshes += r.stage == OAuthStage::Refresh ? 1 : 0;
        QCOMPARE(refreshes, 1);
        QCOMPARE(f.connection.state(), ConnectionState::Connected);

        // A resource that keeps refusing: one refresh, then the user must sign in again (no loop).
        m_resource.clearRequests();
        m_resource.setHandler([](const FaultServer::Request &) {
            return FaultServer::Response{401, "application/json", "{\"error\":\"invalid_token\"}"};
        });
        const TestResult refused = runTest(f.connection);
        QCOMPARE(refused.status, 401);
        QCOMPARE(m_resource.requests().size(), 2);
        QCOMPARE(f.connection.state(), ConnectionState::NeedsReauthorization);
    }

    // --- Requests never carry credentials across origins ---

    static ConnectorDefinition apiKeyDefinition(const QString &baseUrl, Location where)
    {
        ConnectorDefinition d = ConnectorDefinition::create(AuthType::ApiKey, QStringLiteral("Key test"));
        d.key = QStringLiteral("key-test");
        d.baseUrl = baseUrl;
        d.testRequest.path = QStringLiteral("/start");
        Property *key = d.property(PropertyNames::ApiKey);
        key->askUser = false;
        key->sendAs = {where, where == Location::Header ? QStringLiteral("X-Api-Key") : QStringLiteral("key"),
                       QString()};
        return d;
    }

    void aRedirectToAnotherOriginIsNotFollowed_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("queryKey");
        QTest::newRow("302, key in a header") << 302 << false;
        QTest::newRow("307, key in a header") << 307 << false;
        QTest::newRow("301, key in the query") << 301 << true;
        QTest::newRow("308, key in the query") << 308 << true;
    }
    void aRedirectToAnotherOriginIsNotFollowed()
    {
        QFETCH(int, status);
        QFETCH(bool, queryKey);
        FaultServer elsewhere; // another port: another origin
        QVERIFY(elsewhere.start());
        elsewhere.setHandler([](const FaultServer::Request &) {
            return FaultServer::Response{200, "application/json", "{\"stolen\":true}"};
        });
        const QByteArray target = elsewhere.url(QStringLiteral("/collect")).toEncoded();
        m_resource.setHandler([status, target](const FaultServer::Request &) {
            FaultServer::Response r{status, "text/plain", "moved"};
            r.headers = {{"Location", target}};
            return r;
        });
        const QString key = QStringLiteral("ak-3f9c2d41e7");
        Fixture f(&m_nam);
        f.connection.setDefinition(
            apiKeyDefinition(m_resource.url(QString()).toString(), queryKey ? Location::Query : Location::Header));
        f.connection.setValues({{QStringLiteral("api_key"), key}});
        f.connection.connectToService();
        QCOMPARE(f.connection.state(), ConnectionState::Connected);
        const TestResult result = runTest(f.connection);
        QCOMPARE(result.status, status);
        QVERIFY(!result.succeeded());
        QVERIFY2(result.error.contains(Origin::of(elsewhere.url(QString())).toString()), qPrintable(result.error));
        QVERIFY2(result.error.contains(QLatin1String("not followed")), qPrintable(result.error));
        QCOMPARE(m_resource.requests().size(), 1);
        QCOMPARE(elsewhere.requests().size(), 0); // the credentials never left the origin
        QCOMPARE(f.connection.exchanges().size(), 1);
        QCOMPARE(f.connection.exchanges().first().url.path(), QStringLiteral("/start"));
        QVERIFY(!test::exchangesText(f.connection.exchanges()).contains(key.toUtf8()));
    }

    void aRedirectWithinTheOriginIsFollowedAndEachHopLogged()
    {
        m_resource.setHandler([](const FaultServer::Request &r) {
            if (r.path.startsWith("/start")) {
                FaultServer::Response moved{302, "text/plain", "moved"};
                moved.headers = {{"Location", "/middle?step=2"}};
                return moved;
            }
            if (r.path.startsWith("/middle")) {
                FaultServer::Response moved{303, "text/plain", "see other"};
                moved.headers = {{"Location", "/final"}};
                return moved;
            }
            return FaultServer::Response{200, "application/json", "{\"me\":\"alice\"}"};
        });
        const QString key = QStringLiteral("ak-77aa1c0de5");
        Fixture f(&m_nam);
        ConnectorDefinition d = apiKeyDefinition(m_resource.url(QString()).toString(), Location::Header);
        d.testRequest.method = QStringLiteral("POST");
        f.connection.setDefinition(d);
        f.connection.setValues({{QStringLiteral("api_key"), key}});
        f.connection.connectToService();
        const TestResult result = runTest(f.connection);
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QCOMPARE(result.body, QByteArray("{\"me\":\"alice\"}"));
        QCOMPARE(m_resource.requests().size(), 3);
        for (const FaultServer::Request &r : m_resource.requests())
            QCOMPARE(r.headers.value("x-api-key"), key.toUtf8()); // same origin: the key goes along
        // 302 after POST and 303 continue as GET (RFC 9110 15.4).
        QCOMPARE(m_resource.requests().at(0).method, QByteArray("POST"));
        QCOMPARE(m_resource.requests().at(1).method, QByteArray("GET"));
        QCOMPARE(m_resource.requests().at(2).method, QByteArray("GET"));
        // Each hop is in the log with its real URL and status.
        const QList<ExchangeRecord> &log = f.connection.exchanges();
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(0).url.path(), QStringLiteral("/start"));
        QCOMPARE(log.at(0).status, 302);
        QCOMPARE(log.at(1).url.path(), QStringLiteral("/middle"));
        QCOMPARE(log.at(1).url.query(), QStringLiteral("step=2"));
        QCOMPARE(log.at(1).status, 303);
        QCOMPARE(log.at(2).url.path(), QStringLiteral("/final"));
        QCOMPARE(log.at(2).status, 200);
        QVERIFY(!test::exchangesText(log).contains(key.toUtf8()));
    }

    void networkErrorsNeverShowASecret()
    {
        // A closed port: the test fails, and nothing it shows carries the API key sent in the query.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        const QString key = QStringLiteral("ak-5e6f7a8b9c");
        Fixture f(&m_nam);
        f.connection.setDefinition(apiKeyDefinition(QStringLiteral("http://127.0.0.1:%1").arg(port), Location::Query));
        f.connection.setValues({{QStringLiteral("api_key"), key}});
        f.connection.connectToService();
        const TestResult result = runTest(f.connection);
        QCOMPARE(result.status, 0);
        QVERIFY(!result.error.isEmpty());
        QVERIFY2(!result.error.contains(key), qPrintable(result.error));
        QVERIFY2(!result.displayUrl.contains(key), qPrintable(result.displayUrl));
        QVERIFY(!f.connection.statusMessage().contains(key));
        QVERIFY(!test::exchangesText(f.connection.exchanges()).contains(key.toUtf8()));
    }

    void aTestAnswerThatNeverEndsIsCutOffAtTheDeadline()
    {
        m_resource.setHandler([](const FaultServer::Request &) {
            FaultServer::Response r;
            r.dripMs = 100; // never idle, never done
            return r;
        });
        Fixture f(&m_nam);
        f.connection.setTimeoutMs(800);
        f.connection.setDefinition(apiKeyDefinition(m_resource.url(QString()).toString(), Location::Header));
        f.connection.setValues({{QStringLiteral("api_key"), QStringLiteral("ak-drip")}});
        f.connection.connectToService();
        const TestResult result = runTest(f.connection);
        QVERIFY(!result.succeeded());
        QVERIFY2(result.error.contains(QLatin1String("No complete answer within 0.8 seconds")),
                 qPrintable(result.error));
    }

    void aHugeTestAnswerIsKeptOnlyInPart()
    {
        const QByteArray big(TestResult::MaxBodyBytes + 512 * 1024, 'x');
        m_resource.setHandler([&big](const FaultServer::Request &) {
            return FaultServer::Response{200, "text/plain", big};
        });
        Fixture f(&m_nam);
        f.connection.setDefinition(apiKeyDefinition(m_resource.url(QString()).toString(), Location::Header));
        f.connection.setValues({{QStringLiteral("api_key"), QStringLiteral("ak-big")}});
        f.connection.connectToService();
        const TestResult result = runTest(f.connection);
        QCOMPARE(result.status, 200);
        QVERIFY(result.truncated);
        QCOMPARE(result.body.size(), TestResult::MaxBodyBytes);
        QVERIFY2(result.succeeded(), qPrintable(result.error));
    }

    // --- Races: nothing installs tokens after the author moved on ---

    void noTokenReappearsAfterDisconnect_data()
    {
        QTest::addColumn<QString>("when");
        QTest::newRow("token request in flight") << "token";
        QTest::newRow("refresh in flight") << "refresh";
        QTest::newRow("refresh in flight, design changed") << "design";
    }
    void noTokenReappearsAfterDisconnect()
    {
        QFETCH(QString, when);
        FaultServer idp;
        QVERIFY(idp.start());
        int issued = 0;
        idp.setHandler([&issued, when](const FaultServer::Request &) {
            ++issued;
            const bool slow = when == QLatin1String("token") || issued > 1;
            FaultServer::Response r{200, "application/json",
                                    "{\"access_token\":\"at-" + QByteArray::number(issued) +
                                        "\",\"token_type\":\"Bearer\",\"expires_in\":3600}"};
            r.delayMs = slow ? 400 : 0;
            return r;
        });
        ConnectorDefinition d = ConnectorDefinition::create(AuthType::OAuth2ClientCredentials, QStringLiteral("Race"));
        d.key = QStringLiteral("race-test");
        d.baseUrl = m_resource.url(QString()).toString();
        test::setValue(d, PropertyNames::ClientId, QStringLiteral("race"));
        test::setValue(d, PropertyNames::TokenUrl, idp.url(QStringLiteral("/token")).toString());
        Fixture f(&m_nam);
        f.connection.setDefinition(d);
        f.connection.setValues({{QStringLiteral("client_secret"), QStringLiteral("race-secret")}});
        f.connection.connectToService();
        if (when != QLatin1String("token")) {
            QVERIFY(waitForState(f.connection, ConnectionState::Connected));
            QCOMPARE(f.connection.tokens().accessToken, QStringLiteral("at-1"));
            f.connection.refreshNow();
        }
        QTRY_COMPARE_WITH_TIMEOUT(idp.requests().size(), when == QLatin1String("token") ? 1 : 2, 5000);
        if (when == QLatin1String("design")) {
            ConnectorDefinition changed = d;
            changed.baseUrl = QStringLiteral("https://elsewhere.example");
            f.connection.setDefinition(changed);
            QCOMPARE(f.connection.state(), ConnectionState::Invalidated);
        } else {
            f.connection.disconnectFromService();
            QCOMPARE(f.connection.state(), ConnectionState::NotConnected);
        }
        QTRY_VERIFY_WITH_TIMEOUT(idp.settled() == idp.requests().size(), 5000); // the slow answer's time came
        // Let the network stack handle whatever arrived, then look.
        std::unique_ptr<QNetworkReply> marker(m_nam.get(QNetworkRequest(m_resource.url(QStringLiteral("/marker")))));
        QTRY_VERIFY_WITH_TIMEOUT(marker->isFinished(), 5000);
        const QString late = QStringLiteral("at-%1").arg(idp.requests().size());
        QVERIFY(f.connection.tokens().accessToken != late);
        if (when == QLatin1String("design")) {
            QCOMPARE(f.connection.state(), ConnectionState::Invalidated);
            QCOMPARE(f.connection.tokens().accessToken, QStringLiteral("at-1"));
        } else {
            QCOMPARE(f.connection.state(), ConnectionState::NotConnected);
            QVERIFY(f.connection.tokens().isEmpty());
            const std::optional<QString> stored = [&] {
                std::optional<QString> v;
                bool done = false;
                f.store.read(d.key, QStringLiteral("connection"), &f.store, [&](const SecretStore::ReadResult &r) {
                    done = true;
                    if (r)
                        v = r.value();
                });
                // The caller's comparison fails when the read did not answer in time.
                (void)QTest::qWaitFor([&] { return done; }, 5000);
                return v;
            }();
            QVERIFY(!stored.has_value());
        }
    }

    void theLoopbackListenerIgnoresAnswersWithTheWrongState()
    {
        Fixture f(&m_nam);
        f.connection.setDefinition(test::pkceDefinition(m_idp));
        QSignalSpy required(&f.connection, &DesignTimeConnection::authorizationRequired);
        f.connection.connectToService();
        QCOMPARE(required.size(), 1);
        const QUrl redirectUri = required.first().at(1).toUrl();
        // Another local process tries to end the pending sign-in.
        for (const QString &query :
             {QStringLiteral("error=access_denied"), QStringLiteral("error=access_denied&state=guessed"),
              QStringLiteral("code=forged&state=guessed")}) {
            QUrl forged = redirectUri;
            forged.setQuery(query);
            std::unique_ptr<QNetworkReply> reply(m_browser.get(QNetworkRequest(forged)));
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
            QCOMPARE(f.connection.state(), ConnectionState::Authorizing);
        }
        // The real answer still completes it.
        const QUrl redirect = m_idp.authorizeHeadlessly(required.first().at(0).toUrl());
        QVERIFY2(!redirect.isEmpty(), qPrintable(m_idp.errorString()));
        std::unique_ptr<QNetworkReply> page(m_browser.get(QNetworkRequest(redirect)));
        QVERIFY2(waitForState(f.connection, ConnectionState::Connected), qPrintable(f.connection.statusMessage()));
        f.connection.disconnectFromService();
    }

    void customSecretParametersNeverReachTheLog()
    {
        FaultServer idp;
        QVERIFY(idp.start());
        idp.setHandler([](const FaultServer::Request &) {
            return FaultServer::Response{200, "application/json",
                                         "{\"access_token\":\"at-custom\",\"token_type\":\"bearer\"}"};
        });
        ConnectorDefinition d =
            ConnectorDefinition::create(AuthType::OAuth2ClientCredentials, QStringLiteral("Custom"));
        d.key = QStringLiteral("custom-secret");
        d.baseUrl = m_resource.url(QString()).toString();
        test::setValue(d, PropertyNames::ClientId, QStringLiteral("custom"));
        test::setValue(d, PropertyNames::TokenUrl, idp.url(QStringLiteral("/token")).toString());
        Property tenantKey;
        tenantKey.name = QStringLiteral("tenant_key");
        tenantKey.displayName = QStringLiteral("Tenant key");
        tenantKey.secret = true;
        tenantKey.sendAs = {Location::Body, QString(), QString()};
        d.properties.append(tenantKey);
        Fixture f(&m_nam);
        f.connection.setDefinition(d);
        const QString tenant = QStringLiteral("tk-0d1e2f3a4b");
        f.connection.setValues(
            {{QStringLiteral("client_secret"), QStringLiteral("cs-custom-1")}, {QStringLiteral("tenant_key"), tenant}});
        f.connection.connectToService();
        QVERIFY(waitForState(f.connection, ConnectionState::Connected));
        QCOMPARE(FaultServer::form(idp.requests().first()).value(QStringLiteral("tenant_key")), tenant);
        const QByteArray log = test::exchangesText(f.connection.exchanges());
        QVERIFY(log.contains("tenant_key="));
        QVERIFY2(!log.contains(tenant.toUtf8()), log.constData());
        QVERIFY(!log.contains("cs-custom-1"));
        f.connection.disconnectFromService();
    }
};

QTEST_GUILESS_MAIN(TestDesignTimeConnection)
#include "tst_designtimeconnection.moc"
