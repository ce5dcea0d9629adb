// The lint rules: each finds its mistake (and stays quiet on a design without it), and each fix
// gives the design the author would have written.
#include "model/BuiltinSchemas.h"
#include "model/ConnectorDefinition.h"
#include "model/Lint.h"

#include <QTest>

using namespace cad;

namespace {
/// A design every rule is happy with: PKCE S256, a refresh URL, spaces in the scope, hints.
ConnectorDefinition clean()
{
    ConnectorDefinition d = ConnectorDefinition::create(AuthType::OAuth2AuthorizationCodePkce, QStringLiteral("Acme"));
    d.key = QStringLiteral("acme");
    d.baseUrl = QStringLiteral("https://{subdomain}.acme.example/api");
    d.property(PropertyNames::ClientId)->value = QStringLiteral("app");
    d.property(PropertyNames::AuthorizationUrl)->value = QStringLiteral("https://login.acme.example/authorize");
    d.property(PropertyNames::TokenUrl)->value = QStringLiteral("https://login.acme.example/token");
    d.property(PropertyNames::RefreshTokenUrl)->value = QStringLiteral("https://login.acme.example/token");
    d.property(PropertyNames::Scope)->value = QStringLiteral("openid offline_access contacts.read");
    Property subdomain;
    subdomain.name = QStringLiteral("subdomain");
    subdomain.displayName = QStringLiteral("Your Acme subdomain");
    subdomain.askUser = true;
    d.properties.append(subdomain);
    return d;
}

QStringList rules(const Diagnostics &findings)
{
    QStringList ids;
    for (const Diagnostic &d : findings)
        ids << d.rule;
    return ids;
}

/// The one finding of @p rule; fails the test when there is not exactly one.
Diagnostic only(const ConnectorDefinition &d, const QString &rule)
{
    Diagnostics found;
    for (const Diagnostic &x : Lint::lint(d))
        if (x.rule == rule)
            found << x;
    if (found.size() != 1)
        qWarning("rule %s found %d times: %s", qPrintable(rule), int(found.size()),
                 qPrintable(rules(Lint::lint(d)).join(u',')));
    return found.value(0);
}
} // namespace

class TestLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCleanDesignHasNoFindings()
    {
        QCOMPARE(rules(Lint::lint(clean())), QStringList());
        QCOMPARE(Lint::ruleIds().size(), 10);
    }

    void authorizationCodeWithoutPkceIsAWarningWithoutAFix()
    {
        ConnectorDefinition d = clean();
        d.changeAuthType(AuthType::OAuth2AuthorizationCode);
        const Diagnostic f = only(d, QStringLiteral("pkce-recommended"));
        QVERIFY(!f.isError());
        QVERIFY(f.hint.contains(QLatin1String("RFC 9700")));
        QVERIFY(!f.hasFix()); // changing the type is the author's decision
    }

    void plainPkceIsFixedToS256()
    {
        ConnectorDefinition d = clean();
        d.property(PropertyNames::PkceMethod)->value = QStringLiteral("plain");
        const Diagnostic f = only(d, QStringLiteral("pkce-plain"));
        QVERIFY(Fixes::apply(d, f));
        QCOMPARE(d.valueOf(PropertyNames::PkceMethod), QStringLiteral("S256"));
        QVERIFY(!rules(Lint::lint(d)).contains(QStringLiteral("pkce-plain")));
    }

    void anEmptyRefreshUrlIsFixedWithTheTokenUrl()
    {
        ConnectorDefinition d = clean();
        d.property(PropertyNames::RefreshTokenUrl)->value.clear();
        const Diagnostic f = only(d, QStringLiteral("refresh-url-empty"));
        QCOMPARE(f.fixLabel, QStringLiteral("Refresh at the token URL"));
        QVERIFY(Fixes::apply(d, f));
        QCOMPARE(d.valueOf(PropertyNames::RefreshTokenUrl), QStringLiteral("https://login.acme.example/token"));
        // Without a token URL there is nothing to suggest.
        ConnectorDefinition none = clean();
        none.property(PropertyNames::RefreshTokenUrl)->value.clear();
        none.property(PropertyNames::TokenUrl)->value.clear();
        QVERIFY(!rules(Lint::lint(none)).contains(QStringLiteral("refresh-url-empty")));
    }

    void commasInTheScopeBecomeSpaces()
    {
        ConnectorDefinition d = clean();
        d.property(PropertyNames::Scope)->value = QStringLiteral("openid,offline_access, contacts.read");
        const Diagnostic f = only(d, QStringLiteral("scope-commas"));
        QVERIFY(Fixes::apply(d, f));
        QCOMPARE(d.valueOf(PropertyNames::Scope), QStringLiteral("openid offline_access contacts.read"));
    }

    void openIdWithRefreshWantsOfflineAccess()
    {
        ConnectorDefinition d = clean();
        d.property(PropertyNames::Scope)->value = QStringLiteral("openid email");
        const Diagnostic f = only(d, QStringLiteral("offline-access"));
        QVERIFY(Fixes::apply(d, f));
        QCOMPARE(d.valueOf(PropertyNames::Scope), QStringLiteral("openid email offline_access"));
        // Without openid it is not an OpenID request: no finding.
        d.property(PropertyNames::Scope)->value = QStringLiteral("email");
        QVERIFY(!rules(Lint::lint(d)).contains(QStringLiteral("offline-access")));
    }

    void anAskedSecretNeedsAHint()
    {
        ConnectorDefinition d = ConnectorDefinition::create(AuthType::ApiKey, QStringLiteral("Acme"));
        d.key = QStringLiteral("acme");
        d.property(PropertyNames::ApiKey)->hint.clear();
        const Diagnostic f = only(d, QStringLiteral("secret-hint-missing"));
        QCOMPARE(f.path, QStringLiteral("authentication.properties[0].hint"));
        QVERIFY(!f.hasFix()); // only the author knows where the key is found
        d.property(PropertyNames::ApiKey)->hint = QStringLiteral("Settings > API keys");
        QVERIFY(!rules(Lint::lint(d)).contains(QStringLiteral("secret-hint-missing")));
    }

    void aTechnicalDisplayNameGetsAReadableOne()
    {
        ConnectorDefinition d = clean();
        Property p;
        p.name = QStringLiteral("api_version");
        p.displayName = QStringLiteral("api_version");
        d.properties.append(p);
        const Diagnostic f = only(d, QStringLiteral("display-name-is-name"));
        QCOMPARE(f.fixLabel, QStringLiteral("Use the display name \"Api version\""));
        QVERIFY(Fixes::apply(d, f));
        QCOMPARE(d.properties.last().displayName, QStringLiteral("Api version"));
        // A name that reads well as it is ("Region" for "Region") is fine.
        d.properties.last().name = QStringLiteral("Region");
        d.properties.last().displayName = QStringLiteral("Region");
        QVERIFY(!rules(Lint::lint(d)).contains(QStringLiteral("display-name-is-name")));
    }

    void twoPropertiesUnderOneQueryKey()
    {
        ConnectorDefinition d = clean();
        for (const char *name : {"audience", "aud"}) {
            Property p;
            p.name = QLatin1String(name);
            p.displayName = QStringLiteral("Audience");
            p.value = QStringLiteral("https://api.acme.example");
            p.sendAs = {Location::Query, QStringLiteral("audience"), QString()};
            d.properties.append(p);
        }
        const Diagnostic f = only(d, QStringLiteral("duplicate-query-key"));
        QCOMPARE(f.propertyIndex, int(d.properties.size() - 1));
        QVERIFY(f.message.contains(QLatin1String("also sent by row")));
    }

    void aUrlVariableNobodyFills()
    {
        ConnectorDefinition d = clean();
        d.property(u"subdomain")->askUser = false;
        const Diagnostic f = only(d, QStringLiteral("variable-not-asked"));
        QCOMPARE(f.path, QStringLiteral("connector.baseUrl"));
        d.property(u"subdomain")->value = QStringLiteral("eu");
        QVERIFY(!rules(Lint::lint(d)).contains(QStringLiteral("variable-not-asked")));
    }

    void aTrailingSlashMakesADoubleSlash()
    {
        ConnectorDefinition d = clean();
        d.baseUrl = QStringLiteral("https://{subdomain}.acme.example/api//");
        d.testRequest.path = QStringLiteral("/me");
        const Diagnostic f = only(d, QStringLiteral("double-slash"));
        QVERIFY(Fixes::apply(d, f));
        QCOMPARE(d.baseUrl, QStringLiteral("https://{subdomain}.acme.example/api"));
    }

    void aFixThatNoLongerFitsChangesNothing()
    {
        ConnectorDefinition d = clean();
        d.property(PropertyNames::PkceMethod)->value = QStringLiteral("plain");
        Diagnostic f = only(d, QStringLiteral("pkce-plain"));
        f.propertyIndex = 99;
        const ConnectorDefinition before = d;
        QVERIFY(!Fixes::apply(d, f));
        QCOMPARE(d, before);
        Diagnostic noFix;
        QVERIFY(!Fixes::apply(d, noFix));
    }
};

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"
