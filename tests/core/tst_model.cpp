// The authentication model: built-in properties per type, switching types, fingerprints, variables
// and the validator's findings.
#include "model/BuiltinSchemas.h"
#include "model/ConnectorDocument.h"
#include "model/Fingerprint.h"
#include "model/Validator.h"
#include "model/Variables.h"
#include "support/AdvancedProperties.h"
#include "support/BuiltinSchemaSpec.h"

#include <QSignalSpy>
#include <QTest>

using namespace cad;

namespace {
struct Expected
{
    QString name;
    QString displayName;
    bool required;
    bool secret;
    QString defaultValue;
};

QString join(const QList<Property> &props)
{
    QStringList names;
    for (const Property &p : props)
        names << p.name;
    return names.join(QLatin1Char(','));
}

const Diagnostic *find(const Diagnostics &diagnostics, const QString &path)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.path == path)
            return &d;
    }
    return nullptr;
}

ConnectorDefinition completeOAuth()
{
    ConnectorDefinition d = ConnectorDefinition::create(AuthType::OAuth2AuthorizationCode, QStringLiteral("Acme CRM"));
    d.property(PropertyNames::ClientId)->value = QStringLiteral("client-1");
    d.property(PropertyNames::AuthorizationUrl)->value = QStringLiteral("https://login.acme.example/oauth/authorize");
    d.property(PropertyNames::TokenUrl)->value = QStringLiteral("https://login.acme.example/oauth/token");
    return d;
}
} // namespace

class TestModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void advancedPropertiesAreCheckedAndNeverInANewTable()
    {
        using namespace PropertyNames;
        // The default table stays exactly the product's list; the OAuth types offer ten more.
        const QStringList advanced{QStringLiteral("access_token_field"), QStringLiteral("refresh_token_field"),
                                   QStringLiteral("expires_in_field"),   QStringLiteral("expires_in_unit"),
                                   QStringLiteral("expires_at_field"),   QStringLiteral("token_header"),
                                   QStringLiteral("token_prefix"),       QStringLiteral("token_query_parameter"),
                                   QStringLiteral("scope_separator"),    QStringLiteral("response_variables")};
        for (AuthType t : allAuthTypes()) {
            QStringList offered;
            for (const Property &p : BuiltinSchemas::advancedPropertiesFor(t))
                offered << p.name;
            QCOMPARE(offered, isOAuth(t) ? advanced : QStringList());
            for (const QString &name : advanced)
                QVERIFY(!ConnectorDefinition::create(t).property(name));
        }
        auto with = [](const QList<QPair<QStringView, QString>> &set) {
            return test::withAdvanced(completeOAuth(), set);
        };
        auto messages = [](const ConnectorDefinition &d) {
            QStringList list;
            for (const Diagnostic &diagnostic : Validator::validate(d))
                list << diagnostic.message;
            return list;
        };
        // Every one at its starting value is valid, and so is a Salesforce-like base URL.
        ConnectorDefinition all = completeOAuth();
        for (const Property &p : BuiltinSchemas::advancedPropertiesFor(all.authType))
            all.properties.append(p);
        all.baseUrl = QStringLiteral("{instance_url}/services/data");
        QCOMPARE(messages(all), QStringList());

        QCOMPARE(
            messages(with({{AccessTokenField, QStringLiteral("data/token")}})),
            QStringList{QStringLiteral("Access token field: \"data/token\" is not a JSON Pointer: it must start with / "
                                       "(such as /email or /user/login), or be empty for the whole answer")});
        QCOMPARE(messages(with({{ExpiresInUnit, QStringLiteral("minutes")}})),
                 QStringList{QStringLiteral("\"minutes\" is not one of the choices (seconds, milliseconds)")});
        QCOMPARE(messages(with({{TokenHeader, QStringLiteral("X Token")}})),
                 QStringList{QStringLiteral("\"X Token\" is not a header name")});
        QCOMPARE(messages(with({{TokenQueryParameter, QStringLiteral("a&b")}})),
                 QStringList{QStringLiteral("\"a&b\" is not a query parameter name")});
        QCOMPARE(messages(with({{ScopeSeparator, QStringLiteral("and")}})),
                 QStringList{QStringLiteral("the scope separator \"and\" is not punctuation")});
        QCOMPARE(messages(with({{ResponseVariables, QStringLiteral("instance_url=/instance_url\nbroken\nscope=/x\n"
                                                                   "instance_url=/again")}})),
                 (QStringList{QStringLiteral("response variables: line 2 is not NAME=/pointer, such as "
                                             "instance_url=/instance_url"),
                              QStringLiteral("response variables: line 4 names {instance_url} a second time"),
                              QStringLiteral("the response variable {scope} has the name of a property")}));
        // A variable nobody defines is still unknown.
        ConnectorDefinition unknown = completeOAuth();
        unknown.baseUrl = QStringLiteral("https://{instance}.example.com");
        QCOMPARE(messages(unknown), QStringList{QStringLiteral("unknown variable {instance}")});
    }

    void typeIdsRoundTrip()
    {
        QCOMPARE(allAuthTypes().size(), 8);
        QCOMPARE(authTypeIds(),
                 QStringList(
                     {QStringLiteral("oauth2_authorization_code"), QStringLiteral("oauth2_authorization_code_pkce"),
                      QStringLiteral("oauth2_client_credentials"), QStringLiteral("basic"), QStringLiteral("api_key"),
                      QStringLiteral("personal_access_token"), QStringLiteral("custom"), QStringLiteral("none")}));
        for (AuthType t : allAuthTypes())
            QCOMPARE(authTypeFromId(authTypeId(t)), std::optional<AuthType>(t));
        QVERIFY(!authTypeFromId(u"oauth2"));
        QCOMPARE(ConnectorDefinition::create().authType, AuthType::OAuth2AuthorizationCode);
    }

    void builtinProperties_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("names");
        QTest::addColumn<QString>("required");
        QTest::addColumn<QString>("secret");
        const QString authCode = QStringLiteral("client_id,client_secret,authorization_url,token_url,scope,"
                                                "refresh_token_url,token_revoke_url,refresh_interval,connection_name,"
                                                "basic_header");
        QTest::newRow("authorization code")
            << int(AuthType::OAuth2AuthorizationCode) << authCode
            << QStringLiteral("client_id,client_secret,authorization_url,token_url") << QStringLiteral("client_secret");
        QTest::newRow("pkce") << int(AuthType::OAuth2AuthorizationCodePkce) << authCode + QStringLiteral(",pkce_method")
                              << QStringLiteral("client_id,client_secret,authorization_url,token_url")
                              << QStringLiteral("client_secret");
        QTest::newRow("client credentials")
            << int(AuthType::OAuth2ClientCredentials)
            << QStringLiteral("client_id,client_secret,token_url,scope,refresh_interval,connection_name,basic_header")
            << QStringLiteral("client_id,client_secret,token_url") << QStringLiteral("client_secret");
        QTest::newRow("basic") << int(AuthType::Basic) << QStringLiteral("username,password,connection_name")
                               << QStringLiteral("username,password") << QStringLiteral("password");
        QTest::newRow("api key") << int(AuthType::ApiKey) << QStringLiteral("api_key,connection_name")
                                 << QStringLiteral("api_key") << QStringLiteral("api_key");
        QTest::newRow("pat") << int(AuthType::PersonalAccessToken)
                             << QStringLiteral("personal_access_token,connection_name")
                             << QStringLiteral("personal_access_token") << QStringLiteral("personal_access_token");
        QTest::newRow("custom") << int(AuthType::Custom) << QStringLiteral("Authorization")
                                << QStringLiteral("Authorization") << QStringLiteral("Authorization");
        QTest::newRow("none") << int(AuthType::None) << QString() << QString() << QString();
    }

    void builtinProperties()
    {
        QFETCH(int, type);
        QFETCH(QString, names);
        QFETCH(QString, required);
        QFETCH(QString, secret);
        const ConnectorDefinition d = ConnectorDefinition::create(AuthType(type));
        QCOMPARE(join(d.properties), names);
        QStringList req, sec;
        for (const Property &p : d.properties) {
            if (p.required)
                req << p.name;
            if (p.secret)
                sec << p.name;
        }
        QCOMPARE(req.join(QLatin1Char(',')), required);
        QCOMPARE(sec.join(QLatin1Char(',')), secret);

        // Every field of every built-in property, against the schema written out in BuiltinSchemaSpec.h.
        const QList<test::PropertySpec> spec = test::expectedBuiltins(AuthType(type));
        QCOMPARE(d.properties.size(), spec.size());
        for (int i = 0; i < spec.size(); ++i) {
            QCOMPARE(test::describeProperty(d.properties.at(i)), test::describeSpec(spec.at(i), i + 1));
            QVERIFY2(!d.properties.at(i).hint.isEmpty(), spec.at(i).name); // every built-in property explains itself
        }
    }

    void builtinDefaultsAndDisplayNames()
    {
        const ConnectorDefinition pkce = ConnectorDefinition::create(AuthType::OAuth2AuthorizationCodePkce);
        QCOMPARE(pkce.property(u"client_id")->displayName, QStringLiteral("Client ID"));
        QCOMPARE(pkce.property(u"refresh_interval")->value, QStringLiteral("3600"));
        QCOMPARE(pkce.property(u"refresh_interval")->inputKind, InputKind::Number);
        QCOMPARE(pkce.property(u"basic_header")->value, QStringLiteral("true"));
        QCOMPARE(pkce.property(u"basic_header")->inputKind, InputKind::Boolean);
        QCOMPARE(pkce.property(u"pkce_method")->displayName, QStringLiteral("OAuth2 PKCE Code Challenge Method"));
        QCOMPARE(pkce.property(u"pkce_method")->value, QStringLiteral("S256"));
        QCOMPARE(pkce.property(u"pkce_method")->choices,
                 QStringList({QStringLiteral("S256"), QStringLiteral("plain")}));
        QVERIFY(pkce.property(u"connection_name")->askUser);
        QVERIFY(!pkce.property(u"client_id")->askUser);

        const ConnectorDefinition key = ConnectorDefinition::create(AuthType::ApiKey);
        const Property *apiKey = key.property(u"api_key");
        QCOMPARE(apiKey->sendAs.location, Location::Header);
        QCOMPARE(apiKey->sendAs.key, QStringLiteral("X-Access-Token"));
        QCOMPARE(apiKey->inputKind, InputKind::Password);
        QVERIFY(apiKey->askUser);

        const ConnectorDefinition pat = ConnectorDefinition::create(AuthType::PersonalAccessToken);
        QCOMPARE(pat.property(u"personal_access_token")->sendAs.valueTemplate, QStringLiteral("Bearer {value}"));
        QCOMPARE(pat.property(u"personal_access_token")->sendAs.key, QStringLiteral("Authorization"));

        const ConnectorDefinition custom = ConnectorDefinition::create(AuthType::Custom);
        QCOMPARE(custom.properties.first().sendAs.location, Location::Header);
        QVERIFY(BuiltinSchemas::isDeletable(AuthType::Custom, custom.properties.first()));
        QVERIFY(!BuiltinSchemas::isDeletable(DefaultAuthType, *ConnectorDefinition::create().property(u"client_id")));
        QVERIFY(BuiltinSchemas::isDeletable(DefaultAuthType, *ConnectorDefinition::create().property(u"scope")));
    }

    void switchingTypesKeepsSharedValuesAndNoneClears()
    {
        ConnectorDocument doc;
        QSignalSpy reset(&doc, &ConnectorDocument::propertiesReset);
        QSignalSpy auth(&doc, &ConnectorDocument::authenticationChanged);
        Property clientId = doc.propertyAt(0);
        clientId.value = QStringLiteral("abc");
        doc.setProperty(0, clientId);
        doc.setAuthType(AuthType::OAuth2ClientCredentials);
        QCOMPARE(
            join(doc.definition().properties),
            QStringLiteral("client_id,client_secret,token_url,scope,refresh_interval,connection_name,basic_header"));
        QCOMPARE(doc.definition().valueOf(u"client_id"), QStringLiteral("abc"));
        doc.setAuthType(AuthType::None);
        QCOMPARE(doc.propertyCount(), 0);
        QCOMPARE(reset.count(), 2);
        QCOMPARE(auth.count(), 3);
        QVERIFY(doc.isModified());
    }

    void switchingTypesKeepsTheAuthorsOwnPropertiesInPlace()
    {
        ConnectorDefinition d = ConnectorDefinition::create(AuthType::OAuth2AuthorizationCode);
        Property subdomain;
        subdomain.name = QStringLiteral("subdomain");
        subdomain.displayName = QStringLiteral("Subdomain");
        subdomain.askUser = true;
        d.properties.insert(1, subdomain); // after client_id
        d.property(PropertyNames::AuthorizationUrl)->value = QStringLiteral("https://a.example/authorize");
        d.property(PropertyNames::ClientId)->displayName = QStringLiteral("App ID");

        QCOMPARE(d.lostByChangeAuthType(AuthType::OAuth2AuthorizationCodePkce), QStringList());
        ConnectorDefinition pkce = d;
        pkce.changeAuthType(AuthType::OAuth2AuthorizationCodePkce);
        QCOMPARE(join(pkce.properties),
                 QStringLiteral("client_id,subdomain,client_secret,authorization_url,token_url,scope,"
                                "refresh_token_url,token_revoke_url,refresh_interval,connection_name,basic_header,"
                                "pkce_method"));
        QCOMPARE(pkce.property(u"subdomain")->askUser, true);
        QCOMPARE(pkce.property(PropertyNames::ClientId)->displayName, QStringLiteral("App ID"));
        QCOMPARE(pkce.valueOf(PropertyNames::AuthorizationUrl), QStringLiteral("https://a.example/authorize"));

        // Client credentials has no authorization URL: the value typed there is what is lost.
        QCOMPARE(d.lostByChangeAuthType(AuthType::OAuth2ClientCredentials),
                 QStringList({QStringLiteral("authorization_url")}));
        // None clears the table: the author's own property is lost too.
        QCOMPARE(d.lostByChangeAuthType(AuthType::None),
                 QStringList({QStringLiteral("subdomain"), QStringLiteral("authorization_url")}));
        QCOMPARE(d.lostByChangeAuthType(AuthType::OAuth2AuthorizationCode), QStringList());
    }

    void aPkceClientNeedsASecretUnlessTheAuthorUnticksRequired()
    {
        ConnectorDefinition d = ConnectorDefinition::create(AuthType::OAuth2AuthorizationCodePkce);
        const int secretRow = 1;
        QCOMPARE(d.properties.at(secretRow).name, QStringLiteral("client_secret"));
        QVERIFY(d.properties.at(secretRow).required); // the product's default
        QVERIFY(BuiltinSchemas::needsClientSecret(d));
        QVERIFY(Validator::missingRequiredValues(d).contains(secretRow));
        QVERIFY(BuiltinSchemas::mayChangeRequired(d.authType, d.properties.at(secretRow)));

        d.properties[secretRow].required = false; // a public client (RFC 8252 8.4)
        QVERIFY(!BuiltinSchemas::needsClientSecret(d));
        QVERIFY(!Validator::missingRequiredValues(d).contains(secretRow));
        const Diagnostics withSecrets = Validator::validate(d, Validator::SecretValues::Included);
        QVERIFY(std::none_of(withSecrets.cbegin(), withSecrets.cend(),
                             [secretRow](const Diagnostic &f) { return f.propertyIndex == secretRow; }));

        // Authorization code without PKCE always needs it: Required cannot change there.
        ConnectorDefinition code = ConnectorDefinition::create(AuthType::OAuth2AuthorizationCode);
        QVERIFY(!BuiltinSchemas::mayChangeRequired(code.authType, code.properties.at(secretRow)));
        code.properties[secretRow].required = false; // a hand-edited file
        QVERIFY(BuiltinSchemas::needsClientSecret(code));
        QVERIFY(Validator::missingRequiredValues(code).contains(secretRow));
    }

    void documentEditsEmitPreciseSignals()
    {
        ConnectorDocument doc;
        QSignalSpy inserted(&doc, &ConnectorDocument::propertyInserted);
        QSignalSpy moved(&doc, &ConnectorDocument::propertyMoved);
        QSignalSpy removed(&doc, &ConnectorDocument::propertyRemoved);
        QSignalSpy auth(&doc, &ConnectorDocument::authenticationChanged);
        QSignalSpy settings(&doc, &ConnectorDocument::settingsChanged);
        Property p;
        p.name = QStringLiteral("audience");
        doc.insertProperty(doc.propertyCount(), p);
        doc.moveProperty(doc.propertyCount() - 1, 0);
        QCOMPARE(doc.propertyAt(0).name, QStringLiteral("audience"));
        doc.removeProperty(0);
        doc.setBaseUrl(QStringLiteral("https://x.example"));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(auth.count(), 3); // the base URL is not part of the authentication
        QCOMPARE(settings.count(), 1);
    }

    void fingerprintChangesWithAnyAuthenticationChange()
    {
        const ConnectorDefinition base = completeOAuth();
        const QByteArray fp = Fingerprint::of(base);
        QCOMPARE(Fingerprint::of(base), fp);
        QCOMPARE(fp.size(), 64);

        ConnectorDefinition other = base;
        other.description = QStringLiteral("Only words for people");
        other.displayName = QStringLiteral("Acme CRM (renamed)");
        QCOMPARE(Fingerprint::of(other), fp);

        // Where the connection's credentials go is part of it: the base URL, the test request and
        // every OAuth URL.
        QList<std::function<void(ConnectorDefinition &)>> edits{
            [](ConnectorDefinition &d) { d.baseUrl = QStringLiteral("https://elsewhere.example"); },
            [](ConnectorDefinition &d) { d.testRequest.path = QStringLiteral("/other"); },
            [](ConnectorDefinition &d) { d.testRequest.method = QStringLiteral("POST"); },
            [](ConnectorDefinition &d) {
                d.property(PropertyNames::TokenUrl)->value = QStringLiteral("https://b.example/token");
            },
            [](ConnectorDefinition &d) {
                d.property(PropertyNames::TokenRevokeUrl)->value = QStringLiteral("https://b.example/revoke");
            },
            [](ConnectorDefinition &d) {
                d.property(PropertyNames::RefreshTokenUrl)->value = QStringLiteral("https://b.example/refresh");
            },
            [](ConnectorDefinition &d) { d.authType = AuthType::OAuth2AuthorizationCodePkce; },
            [](ConnectorDefinition &d) { d.properties[0].value += QLatin1Char('x'); },
            [](ConnectorDefinition &d) { d.properties[0].displayName += QLatin1Char('x'); },
            [](ConnectorDefinition &d) { d.properties[4].askUser = !d.properties[4].askUser; },
            [](ConnectorDefinition &d) { d.properties[4].sendAs.location = Location::Query; },
            [](ConnectorDefinition &d) { d.properties[4].order = 99; },
            [](ConnectorDefinition &d) { d.properties.move(0, 1); },
            [](ConnectorDefinition &d) { d.properties.removeLast(); },
        };
        for (int i = 0; i < edits.size(); ++i) {
            ConnectorDefinition changed = base;
            edits[i](changed);
            QVERIFY2(Fingerprint::of(changed) != fp, qPrintable(QStringLiteral("edit %1").arg(i)));
        }
        QVERIFY(Fingerprint::of(base, {{QStringLiteral("client_secret"), QStringLiteral("s")}}) != fp);
    }

    void variables()
    {
        QCOMPARE(Variables::referenced(QStringLiteral("https://{sub}.x/{region}/{sub}")),
                 QStringList({QStringLiteral("sub"), QStringLiteral("region")}));
        QCOMPARE(Variables::substitute(QStringLiteral("https://{sub}.x/{missing}"),
                                       {{QStringLiteral("sub"), QStringLiteral("a b")}}, true),
                 QStringLiteral("https://a%20b.x/{missing}"));
        QCOMPARE(Variables::referenced(QStringLiteral("{ not a var } {1x}")), QStringList());
    }

    void validatorAcceptsCompleteDefinitions()
    {
        const Diagnostics d = Validator::validate(completeOAuth());
        QVERIFY2(!hasErrors(d), qPrintable(d.isEmpty() ? QString() : d.first().toString()));
        for (AuthType t :
             {AuthType::ApiKey, AuthType::PersonalAccessToken, AuthType::Basic, AuthType::Custom, AuthType::None}) {
            const Diagnostics diags = Validator::validate(ConnectorDefinition::create(t, QStringLiteral("X")));
            QVERIFY2(!hasErrors(diags), qPrintable(authTypeId(t) + QLatin1Char(' ') +
                                                   (diags.isEmpty() ? QString() : diags.first().toString())));
        }
    }

    void validatorFindings_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("relative token url") << "token_url=/oauth/token"
                                            << "authentication.properties[3].value"
                                            << "must be a full URL";
        QTest::newRow("ftp token url") << "token_url=ftp://x.example/t"
                                       << "authentication.properties[3].value"
                                       << "must use https";
        QTest::newRow("unknown variable in url") << "authorization_url=https://{tenant}.x.example/a"
                                                 << "authentication.properties[2].value"
                                                 << "unknown variable {tenant}";
        QTest::newRow("unknown variable in base") << "base=https://{org}.x.example"
                                                  << "connector.baseUrl"
                                                  << "unknown variable {org}";
        QTest::newRow("empty required") << "client_id="
                                        << "authentication.properties[0].value"
                                        << "Client ID is required";
        QTest::newRow("bad number") << "refresh_interval=soon"
                                    << "authentication.properties[7].value"
                                    << "is not a number";
        QTest::newRow("bad boolean") << "basic_header=yes"
                                     << "authentication.properties[9].value"
                                     << "is not true or false";
        QTest::newRow("duplicate name") << "dup"
                                        << "authentication.properties[10].name"
                                        << "duplicate property name";
        QTest::newRow("bad name") << "badname"
                                  << "authentication.properties[0].name"
                                  << "is not a valid technical name";
        QTest::newRow("bad key") << "key=Acme CRM"
                                 << "connector.key"
                                 << "may contain only";
        QTest::newRow("test path") << "path=me"
                                   << "connector.testRequest.path"
                                   << "must start with '/'";
        QTest::newRow("missing builtin") << "drop client_id"
                                         << "authentication.properties"
                                         << "\"client_id\" is missing";
        QTest::newRow("bad header") << "header=X Bad"
                                    << "authentication.properties[10].sendAs.key"
                                    << "is not a valid header name";
    }

    void validatorFindings()
    {
        QFETCH(QString, edit);
        QFETCH(QString, path);
        QFETCH(QString, message);
        ConnectorDefinition d = completeOAuth();
        if (edit == QLatin1String("dup")) {
            d.properties.append(d.properties.first());
        } else if (edit == QLatin1String("badname")) {
            d.properties[0].name = QStringLiteral("9 lives");
        } else if (edit.startsWith(QLatin1String("base="))) {
            d.baseUrl = edit.mid(5);
        } else if (edit.startsWith(QLatin1String("key="))) {
            d.key = edit.mid(4);
        } else if (edit.startsWith(QLatin1String("path="))) {
            d.testRequest.path = edit.mid(5);
        } else if (edit == QLatin1String("drop client_id")) {
            d.properties.removeFirst();
        } else if (edit.startsWith(QLatin1String("header="))) {
            Property p;
            p.name = QStringLiteral("extra");
            p.value = QStringLiteral("v");
            p.sendAs = {Location::Header, edit.mid(7), QString()};
            d.properties.append(p);
        } else {
            const qsizetype eq = edit.indexOf(QLatin1Char('='));
            d.property(edit.left(eq))->value = edit.mid(eq + 1);
        }
        const Diagnostics diags = Validator::validate(d);
        const Diagnostic *found = find(diags, path);
        QVERIFY2(found,
                 qPrintable(QStringLiteral("no diagnostic at %1; got: %2")
                                .arg(path, diags.isEmpty() ? QStringLiteral("none") : diags.first().toString())));
        QVERIFY2(found->message.contains(message), qPrintable(found->message));
        QVERIFY(found->isError());
        QVERIFY2(!found->hint.isEmpty(), "every finding says what to do");
    }

    void credentialUrlsNeedHttpsUnlessLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("error");
        QTest::newRow("https") << "https://login.acme.example/oauth/token" << false;
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:4000/token" << false;
        QTest::newRow("http ::1") << "http://[::1]:4000/token" << false;
        QTest::newRow("http localhost") << "http://localhost:4000/token" << false;
        QTest::newRow("http remote") << "http://login.acme.example/oauth/token" << true;
        QTest::newRow("http 127.evil") << "http://127.evil.example/token" << true;
        QTest::newRow("http localhost.evil") << "http://localhost.evil.example/token" << true;
    }
    void credentialUrlsNeedHttpsUnlessLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, error);
        for (QStringView name : {PropertyNames::AuthorizationUrl, PropertyNames::TokenUrl,
                                 PropertyNames::RefreshTokenUrl, PropertyNames::TokenRevokeUrl}) {
            ConnectorDefinition d = completeOAuth();
            d.property(name)->value = url;
            const int row = d.indexOf(name);
            const Diagnostics foundDiags = Validator::validate(d);
            const Diagnostic *found = find(foundDiags, QStringLiteral("authentication.properties[%1].value").arg(row));
            QCOMPARE(found != nullptr && found->isError(), error);
            if (error) {
                QVERIFY2(found->message.contains(QLatin1String("plain http")), qPrintable(found->message));
                QVERIFY2(found->hint.contains(QLatin1String("https")), qPrintable(found->hint));
            }
        }
        // The API's base URL may still be plain http (a warning): no credential of the OAuth flow goes there
        // except the bearer token, and the author may be testing against a local mock.
        ConnectorDefinition d = completeOAuth();
        d.baseUrl = QStringLiteral("http://api.acme.example");
        const Diagnostics baseDiags = Validator::validate(d);
        const Diagnostic *base = find(baseDiags, QStringLiteral("connector.baseUrl"));
        QVERIFY(base);
        QVERIFY(!base->isError());
    }

    void secretInTheAuthorizationUrlIsAnError()
    {
        ConnectorDefinition d = completeOAuth();
        Property p;
        p.name = QStringLiteral("tenant_secret");
        p.value = QStringLiteral("s3cr3t-value");
        p.secret = true;
        p.sendAs = {Location::Query, QString(), QString()};
        d.properties.append(p);
        const QString path =
            QStringLiteral("authentication.properties[%1].sendAs.location").arg(d.properties.size() - 1);
        const Diagnostics foundDiags = Validator::validate(d);
        const Diagnostic *found = find(foundDiags, path);
        QVERIFY(found);
        QVERIFY(found->isError());
        QVERIFY2(found->message.contains(QLatin1String("authorization URL")), qPrintable(found->message));
        QVERIFY(!found->message.contains(QLatin1String("s3cr3t-value")));
        // In the body of the token request it is fine, and so is a non-secret query parameter.
        d.properties.last().sendAs.location = Location::Body;
        QVERIFY(!find(Validator::validate(d), path));
        d.properties.last().sendAs.location = Location::Query;
        d.properties.last().secret = false;
        QVERIFY(!find(Validator::validate(d), path));
        // An API key in the query of API calls is the provider's choice, not an error.
        ConnectorDefinition key = ConnectorDefinition::create(AuthType::ApiKey, QStringLiteral("X"));
        key.property(PropertyNames::ApiKey)->sendAs.location = Location::Query;
        QVERIFY(!hasErrors(Validator::validate(key)));
    }

    void templateWithoutValueIsAWarningWithAFix_data()
    {
        QTest::addColumn<QString>("valueTemplate");
        QTest::addColumn<QString>("fixed");
        QTest::newRow("scheme only") << "Bearer"
                                     << "Bearer {value}";
        QTest::newRow("trailing space") << "Token "
                                        << "Token {value}";
        QTest::newRow("key=") << "key="
                              << "key={value}";
        QTest::newRow("other variable") << "{username}"
                                        << "{username} {value}";
    }
    void templateWithoutValueIsAWarningWithAFix()
    {
        QFETCH(QString, valueTemplate);
        QFETCH(QString, fixed);
        ConnectorDefinition d = ConnectorDefinition::create(AuthType::PersonalAccessToken, QStringLiteral("X"));
        d.properties.append(Property{QStringLiteral("username"), QStringLiteral("User"), QStringLiteral("u")});
        const int row = d.indexOf(PropertyNames::PersonalAccessToken);
        d.properties[row].sendAs.valueTemplate = valueTemplate;
        const Diagnostics foundDiags = Validator::validate(d);
        const Diagnostic *found =
            find(foundDiags, QStringLiteral("authentication.properties[%1].sendAs.template").arg(row));
        QVERIFY(found);
        QVERIFY(!found->isError());
        QVERIFY2(found->message.contains(QLatin1String("would be dropped")), qPrintable(found->message));
        QVERIFY(found->hasFix());
        QCOMPARE(found->fixValue, fixed);
        QCOMPARE(found->propertyIndex, row);
        QCOMPARE(found->field, QStringLiteral("sendAs.template"));
        // Applying the fix leaves no finding there.
        d.properties[row].sendAs.valueTemplate = found->fixValue;
        QVERIFY(
            !find(Validator::validate(d), QStringLiteral("authentication.properties[%1].sendAs.template").arg(row)));
    }

    void controlCharactersInHeadersAreErrors_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::newRow("CRLF in value") << "value"
                                       << "abc\r\nX-Injected: 1";
        QTest::newRow("LF in value") << "value"
                                     << "abc\nX-Injected: 1";
        QTest::newRow("NUL in value") << "value" << QStringLiteral("abc") + QChar(0) + QStringLiteral("def");
        QTest::newRow("DEL in value") << "value" << QStringLiteral("abc") + QChar(0x7f);
        QTest::newRow("CR in template") << "sendAs.template"
                                        << "Bearer {value}\rX: y";
    }
    void controlCharactersInHeadersAreErrors()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        ConnectorDefinition d = ConnectorDefinition::create(AuthType::ApiKey, QStringLiteral("X"));
        const int row = d.indexOf(PropertyNames::ApiKey);
        d.properties[row].sendAs.location = Location::Header;
        d.properties[row].askUser = false;
        if (field == QLatin1String("value"))
            d.properties[row].value = text;
        else
            d.properties[row].sendAs.valueTemplate = text;
        const Diagnostics foundDiags = Validator::validate(d);
        const Diagnostic *found =
            find(foundDiags, QStringLiteral("authentication.properties[%1].%2").arg(row).arg(field));
        QVERIFY(found);
        QVERIFY(found->isError());
        QVERIFY2(found->message.contains(QLatin1String("control character")), qPrintable(found->message));
        // A tab is allowed in a header value.
        if (field == QLatin1String("value")) {
            d.properties[row].value = QStringLiteral("a\tb");
            QVERIFY(!find(Validator::validate(d), QStringLiteral("authentication.properties[%1].value").arg(row)));
        }
    }

    void testRequestMethodIsOneOfTheList()
    {
        for (const QString &method : {QStringLiteral("GET; rm -rf ~"), QStringLiteral("get"),
                                      QStringLiteral("GET\r\nX: y"), QStringLiteral("CONNECT"), QString()}) {
            ConnectorDefinition d = completeOAuth();
            d.testRequest.method = method;
            const Diagnostics foundDiags = Validator::validate(d);
            const Diagnostic *found = find(foundDiags, QStringLiteral("connector.testRequest.method"));
            QVERIFY2(found && found->isError(), qPrintable(method));
            QVERIFY2(found->hint.contains(QLatin1String("GET, POST, PUT, PATCH, DELETE, HEAD")),
                     qPrintable(found->hint));
        }
    }

    void missingRequiredValuesAreTheRedRows()
    {
        ConnectorDefinition d = ConnectorDefinition::create(AuthType::OAuth2ClientCredentials);
        QCOMPARE(Validator::missingRequiredValues(d), QList<int>({0, 1, 2}));
        d.properties[0].value = QStringLiteral("id");
        d.properties[2].askUser = true; // the end user provides it
        QCOMPARE(Validator::missingRequiredValues(d), QList<int>({1}));
    }
};

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
