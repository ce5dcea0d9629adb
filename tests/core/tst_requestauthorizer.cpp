// The post-authorization request for every type, compared with the exact curl command a connector
// author expects to see, and the masking of secrets in it.
#include "model/BuiltinSchemas.h"
#include "request/RequestAuthorizer.h"
#include "support/AdvancedProperties.h"

#include <QTest>

using namespace cad;

namespace {
QString curl(const ConnectorDefinition &d, const QHash<QString, QString> &values, bool showSecrets = false)
{
    const Result<AuthorizedRequest> r = RequestAuthorizer::authorize(d, values);
    if (!r)
        return QStringLiteral("ERROR: ") + r.error().toString();
    CurlRenderer::Options o;
    o.showSecrets = showSecrets;
    return CurlRenderer::render(*r, o);
}

ConnectorDefinition make(AuthType type)
{
    ConnectorDefinition d = ConnectorDefinition::create(type, QStringLiteral("Acme"));
    d.baseUrl = QStringLiteral("https://api.acme.example/v2");
    return d;
}

const QString Head = QStringLiteral("curl --request GET \\\n  --url 'https://api.acme.example/v2/me' \\\n"
                                    "  --header 'Accept: application/json' \\\n"
                                    "  --header 'Content-Type: application/json'");
} // namespace

class TestRequestAuthorizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenPlacementAsTheDesignSays()
    {
        using namespace PropertyNames;
        const QHash<QString, QString> token{{QStringLiteral("access_token"), QStringLiteral("tok-123")}};
        auto withAdvanced = [](const QList<QPair<QStringView, QString>> &set) {
            return test::withAdvanced(make(AuthType::OAuth2AuthorizationCode), set);
        };
        // Zoho: another word before the token.
        QCOMPARE(curl(withAdvanced({{TokenPrefix, QStringLiteral("Zoho-oauthtoken")}}), token, true),
                 Head + QStringLiteral(" \\\n  --header 'Authorization: Zoho-oauthtoken tok-123'"));
        // Shopify: its own header, the token alone.
        QCOMPARE(curl(withAdvanced({{TokenHeader, QStringLiteral("X-Shopify-Access-Token")}, {TokenPrefix, QString()}}),
                      token, true),
                 Head + QStringLiteral(" \\\n  --header 'X-Shopify-Access-Token: tok-123'"));
        // A query parameter instead of a header, masked like the header.
        const ConnectorDefinition query = withAdvanced({{TokenQueryParameter, QStringLiteral("access_token")}});
        QCOMPARE(
            curl(query, token, true),
            QStringLiteral("curl --request GET \\\n  --url 'https://api.acme.example/v2/me?access_token=tok-123' \\\n"
                           "  --header 'Accept: application/json' \\\n"
                           "  --header 'Content-Type: application/json'"));
        QVERIFY(!curl(query, token).contains(QLatin1String("tok-123")));
        // A header name that cannot be sent is refused with the reason.
        QVERIFY(curl(withAdvanced({{TokenHeader, QStringLiteral("Bad Header")}}), token)
                    .startsWith(QLatin1String("ERROR: The token header \"Bad Header\" or its prefix cannot be sent.")));
        // Not the OAuth types: the names mean nothing special.
        ConnectorDefinition key = make(AuthType::ApiKey);
        Property prefix;
        prefix.name = TokenPrefix.toString();
        prefix.value = QStringLiteral("Zoho-oauthtoken");
        key.properties.append(prefix);
        QVERIFY(!curl(key, {{QStringLiteral("api_key"), QStringLiteral("k")}}, true).contains(QLatin1String("Zoho")));
    }

    void capturedVariablesFillTheBaseUrl()
    {
        using namespace PropertyNames;
        // response_variables starts as instance_url=/instance_url
        ConnectorDefinition d = test::withAdvanced(make(AuthType::OAuth2AuthorizationCode),
                                                   {{ResponseVariables, QStringLiteral("instance_url=/instance_url")}});
        d.baseUrl = QStringLiteral("{instance_url}/services/data/v60.0");
        const QHash<QString, QString> token{{QStringLiteral("access_token"), QStringLiteral("tok")}};
        // Before a connection: a placeholder in the preview, and a clear refusal for a real request.
        RequestAuthorizer::Options preview;
        preview.allowMissing = true;
        const Result<AuthorizedRequest> shown = RequestAuthorizer::authorize(d, {}, preview);
        QVERIFY(shown.ok());
        QCOMPARE(shown->urlText, QStringLiteral("{instance_url}/services/data/v60.0/me"));
        QCOMPARE(curl(d, token), QStringLiteral("ERROR: The base URL uses {instance_url}, which the token response "
                                                "gives. Connect first."));
        // With the connection's value.
        QHash<QString, QString> connected = token;
        connected.insert(QStringLiteral("instance_url"), QStringLiteral("https://na1.example.com"));
        const Result<AuthorizedRequest> real = RequestAuthorizer::authorize(d, connected);
        QVERIFY(real.ok());
        QCOMPARE(real->url, QUrl(QStringLiteral("https://na1.example.com/services/data/v60.0/me")));
        // A response naming a plain-http host gets no token.
        connected.insert(QStringLiteral("instance_url"), QStringLiteral("http://na1.example.com"));
        QCOMPARE(curl(d, connected),
                 QStringLiteral("ERROR: The token response named http://na1.example.com as the API's "
                                "address, which does not use https; the access token is not sent "
                                "there. Check the response variables, or ask the provider."));
        connected.insert(QStringLiteral("instance_url"), QStringLiteral("http://127.0.0.1:8080"));
        QVERIFY(RequestAuthorizer::authorize(d, connected).ok()); // this computer
    }

    void oauthTypesSendTheBearerToken()
    {
        for (AuthType t : {AuthType::OAuth2AuthorizationCode, AuthType::OAuth2AuthorizationCodePkce,
                           AuthType::OAuth2ClientCredentials}) {
            const ConnectorDefinition d = make(t);
            QCOMPARE(curl(d, {}), Head + QStringLiteral(" \\\n  --header 'Authorization: Bearer {access_token}'"));
            QCOMPARE(curl(d, {{QStringLiteral("access_token"), QStringLiteral("tok-123")}}, true),
                     Head + QStringLiteral(" \\\n  --header 'Authorization: Bearer tok-123'"));
            QCOMPARE(curl(d, {{QStringLiteral("access_token"), QStringLiteral("tok-123")}}),
                     Head + QStringLiteral(" \\\n  --header 'Authorization: Bearer ••••••'"));
        }
    }

    void basicFollowsRfc7617WithUtf8()
    {
        const ConnectorDefinition d = make(AuthType::Basic);
        // RFC 7617 section 2.1: "test" / "123£" in UTF-8.
        QCOMPARE(curl(d,
                      {{QStringLiteral("username"), QStringLiteral("test")},
                       {QStringLiteral("password"), QStringLiteral("123£")}},
                      true),
                 Head + QStringLiteral(" \\\n  --header 'Authorization: Basic dGVzdDoxMjPCow=='"));
        QCOMPARE(curl(d,
                      {{QStringLiteral("username"), QStringLiteral("Aladdin")},
                       {QStringLiteral("password"), QStringLiteral("open sesame")}},
                      true),
                 Head + QStringLiteral(" \\\n  --header 'Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=='"));
        QCOMPARE(curl(d, {{QStringLiteral("username"), QStringLiteral("test")},
                          {QStringLiteral("password"), QStringLiteral("x")}}),
                 Head + QStringLiteral(" \\\n  --header 'Authorization: Basic ••••••'"));
        const Result<AuthorizedRequest> colon =
            RequestAuthorizer::authorize(d, {{QStringLiteral("username"), QStringLiteral("a:b")},
                                             {QStringLiteral("password"), QStringLiteral("p")}});
        QVERIFY(!colon);
        QVERIFY(colon.error().message.contains(QStringLiteral("colon")));
    }

    void apiKeyHeaderQueryAndPrefix()
    {
        ConnectorDefinition d = make(AuthType::ApiKey);
        const QHash<QString, QString> key{{QStringLiteral("api_key"), QStringLiteral("k-42")}};
        QCOMPARE(curl(d, key, true), Head + QStringLiteral(" \\\n  --header 'X-Access-Token: k-42'"));
        d.property(u"api_key")->sendAs = {Location::Header, QStringLiteral("Authorization"),
                                          QStringLiteral("ApiKey {value}")};
        QCOMPARE(curl(d, key, true), Head + QStringLiteral(" \\\n  --header 'Authorization: ApiKey k-42'"));
        d.property(u"api_key")->sendAs = {Location::Query, QStringLiteral("api-key"), QString()};
        const QString q = curl(d, {{QStringLiteral("api_key"), QStringLiteral("a&b c")}}, true);
        QVERIFY2(q.contains(QStringLiteral("--url 'https://api.acme.example/v2/me?api-key=a%26b%20c'")), qPrintable(q));
        QVERIFY(curl(d, {{QStringLiteral("api_key"), QStringLiteral("a&b c")}})
                    .contains(QStringLiteral("?api-key=••••••'")));
    }

    void patBearerAndEmptyPrefix()
    {
        ConnectorDefinition d = make(AuthType::PersonalAccessToken);
        const QHash<QString, QString> pat{{QStringLiteral("personal_access_token"), QStringLiteral("ghp_x")}};
        QCOMPARE(curl(d, pat, true), Head + QStringLiteral(" \\\n  --header 'Authorization: Bearer ghp_x'"));
        d.property(u"personal_access_token")->sendAs.valueTemplate = QStringLiteral("{value}");
        QCOMPARE(curl(d, pat, true), Head + QStringLiteral(" \\\n  --header 'Authorization: ghp_x'"));
    }

    void customAppliesEveryProperty()
    {
        ConnectorDefinition d = make(AuthType::Custom);
        Property tenant;
        tenant.name = QStringLiteral("tenant");
        tenant.value = QStringLiteral("t1");
        tenant.sendAs = {Location::Query, QStringLiteral("tenant"), QString()};
        Property account;
        account.name = QStringLiteral("account");
        account.value = QStringLiteral("acc");
        account.sendAs = {Location::Body, QStringLiteral("accountId"), QString()};
        d.properties << tenant << account;
        QCOMPARE(curl(d, {{QStringLiteral("Authorization"), QStringLiteral("Token abc")}}, true),
                 QStringLiteral("curl --request GET \\\n  --url 'https://api.acme.example/v2/me?tenant=t1' \\\n"
                                "  --header 'Accept: application/json' \\\n"
                                "  --header 'Content-Type: application/json' \\\n"
                                "  --header 'Authorization: Token abc' \\\n"
                                "  --data '{\"accountId\":\"acc\"}'"));
    }

    // --- Requests the author composes (Requests tab, request --send) ---------------------------

    void aComposedRequestCarriesTheDesignsCredentials()
    {
        const QHash<QString, QString> token{{QStringLiteral("access_token"), QStringLiteral("tok-9")}};
        CustomRequest custom;
        custom.method = QStringLiteral("post");
        custom.target = QStringLiteral("/users?page=2");
        custom.query = {{QStringLiteral("q"), QStringLiteral("a b")}};
        custom.headers = {{QStringLiteral("X-Trace"), QStringLiteral("1")}};
        custom.bodyKind = CustomRequest::BodyKind::Json;
        custom.body = QStringLiteral("{\"name\": \"Ada\"}");
        RequestAuthorizer::Options options;
        options.custom = &custom;
        const Result<AuthorizedRequest> r =
            RequestAuthorizer::authorize(make(AuthType::OAuth2AuthorizationCode), token, options);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->method, QStringLiteral("POST"));
        QCOMPARE(r->url.toString(QUrl::FullyEncoded),
                 QStringLiteral("https://api.acme.example/v2/users?page=2&q=a%20b"));
        QCOMPARE(r->header(u"Authorization"), QStringLiteral("Bearer tok-9"));
        QCOMPARE(r->header(u"X-Trace"), QStringLiteral("1"));
        QCOMPARE(r->header(u"Content-Type"), QStringLiteral("application/json"));
        QCOMPARE(r->body, QByteArray(R"({"name": "Ada"})"));
    }

    void aComposedRequestStaysOnTheBaseUrlsOrigin_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("same origin") << QStringLiteral("https://api.acme.example/v1/status") << true;
        QTest::newRow("another host") << QStringLiteral("https://evil.example/v2/me") << false;
        QTest::newRow("a subdomain") << QStringLiteral("https://x.api.acme.example/v2/me") << false;
        QTest::newRow("http instead of https") << QStringLiteral("http://api.acme.example/v2/me") << false;
        QTest::newRow("another port") << QStringLiteral("https://api.acme.example:8443/v2/me") << false;
    }

    void aComposedRequestStaysOnTheBaseUrlsOrigin()
    {
        QFETCH(QString, target);
        QFETCH(bool, allowed);
        CustomRequest custom;
        custom.target = target;
        RequestAuthorizer::Options options;
        options.custom = &custom;
        const Result<AuthorizedRequest> r =
            RequestAuthorizer::authorize(make(AuthType::OAuth2AuthorizationCode),
                                         {{QStringLiteral("access_token"), QStringLiteral("tok-9")}}, options);
        QCOMPARE(bool(r), allowed);
        if (allowed) {
            QCOMPARE(r->url.toString(), target);
        } else {
            QVERIFY2(r.error().message.contains(QLatin1String("is not on https://api.acme.example, the base URL's "
                                                              "origin")),
                     qPrintable(r.error().toString()));
            QVERIFY(!r.error().toString().contains(QLatin1String("tok-9")));
        }
    }

    void aComposedRequestCannotReplaceTheDesignsHeaders()
    {
        CustomRequest custom;
        custom.target = QStringLiteral("/me");
        custom.headers = {{QStringLiteral("authorization"), QStringLiteral("Bearer stolen")}};
        RequestAuthorizer::Options options;
        options.custom = &custom;
        const Result<AuthorizedRequest> r =
            RequestAuthorizer::authorize(make(AuthType::OAuth2AuthorizationCode),
                                         {{QStringLiteral("access_token"), QStringLiteral("tok-9")}}, options);
        QVERIFY(!r);
        QCOMPARE(r.error().message,
                 QStringLiteral("The design sends the authorization header itself; a request cannot replace it."));
        // Accept may be replaced: it is a default, not part of the design.
        custom.headers = {{QStringLiteral("Accept"), QStringLiteral("text/csv")}};
        const Result<AuthorizedRequest> csv =
            RequestAuthorizer::authorize(make(AuthType::OAuth2AuthorizationCode),
                                         {{QStringLiteral("access_token"), QStringLiteral("tok-9")}}, options);
        QVERIFY(csv);
        QCOMPARE(csv->header(u"Accept"), QStringLiteral("text/csv"));
    }

    void aKeySentInTheBodyJoinsTheComposedJsonObject()
    {
        ConnectorDefinition d = make(AuthType::ApiKey);
        d.property(PropertyNames::ApiKey)->sendAs = SendAs{Location::Body, QStringLiteral("key"), QString()};
        const QHash<QString, QString> values{{PropertyNames::ApiKey.toString(), QStringLiteral("k-1")}};
        CustomRequest custom;
        custom.method = QStringLiteral("POST");
        custom.target = QStringLiteral("/search");
        custom.bodyKind = CustomRequest::BodyKind::Json;
        custom.body = QStringLiteral("{\"q\": \"ada\"}");
        RequestAuthorizer::Options options;
        options.custom = &custom;
        const Result<AuthorizedRequest> r = RequestAuthorizer::authorize(d, values, options);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->body, QByteArray(R"({"key":"k-1","q":"ada"})"));
        // A body that is not a JSON object cannot carry the key.
        custom.bodyKind = CustomRequest::BodyKind::Raw;
        custom.body = QStringLiteral("plain");
        const Result<AuthorizedRequest> raw = RequestAuthorizer::authorize(d, values, options);
        QVERIFY(!raw);
        QCOMPARE(raw.error().message,
                 QStringLiteral("The design sends key in a JSON body, so the request's body must be a JSON object."));
    }

    void noneSendsNothing() { QCOMPARE(curl(make(AuthType::None), {}), Head); }

    void baseUrlVariablesAndResource()
    {
        ConnectorDefinition d = make(AuthType::PersonalAccessToken);
        d.baseUrl = QStringLiteral("https://{subdomain}.acme.example/api/");
        Property sub;
        sub.name = QStringLiteral("subdomain");
        sub.displayName = QStringLiteral("Subdomain");
        sub.askUser = true;
        sub.required = true;
        d.properties << sub;
        RequestAuthorizer::Options o;
        o.resource = QStringLiteral("contacts?limit=5");
        const auto r = RequestAuthorizer::authorize(d,
                                                    {{QStringLiteral("subdomain"), QStringLiteral("eu1")},
                                                     {QStringLiteral("personal_access_token"), QStringLiteral("t")}},
                                                    o);
        QVERIFY(r);
        QCOMPARE(r->url.toString(), QStringLiteral("https://eu1.acme.example/api/contacts?limit=5"));

        const auto missing = RequestAuthorizer::authorize(d, {});
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(QStringLiteral("subdomain")), qPrintable(missing.error().message));
        QVERIFY(missing.error().message.contains(QStringLiteral("personal_access_token")));

        RequestAuthorizer::Options preview;
        preview.allowMissing = true;
        const auto placeholders = RequestAuthorizer::authorize(d, {}, preview);
        QVERIFY(placeholders);
        const QString shown = CurlRenderer::render(*placeholders);
        QVERIFY2(shown.contains(QStringLiteral("https://{subdomain}.acme.example/api/me")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("Authorization: Bearer {personal_access_token}")));
    }

    void oneCharacterSecretsAreMaskedWithoutHarmingOtherText()
    {
        ConnectorDefinition d = make(AuthType::ApiKey);
        const QString shown = curl(d, {{QStringLiteral("api_key"), QStringLiteral("a")}});
        QVERIFY2(shown.contains(QStringLiteral("X-Access-Token: ••••••")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("application/json")));
    }

    void controlCharactersNeverReachAHeader_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("CRLF") << "key\r\nX-Injected: yes";
        QTest::newRow("LF") << "key\nX-Injected: yes";
        QTest::newRow("CR") << "key\rX-Injected: yes";
        QTest::newRow("NUL") << QStringLiteral("key") + QChar(0) + QStringLiteral("rest");
    }
    void controlCharactersNeverReachAHeader()
    {
        QFETCH(QString, value);
        // An end user's answer (the API key they type) goes into a header: refused, named, not echoed.
        ConnectorDefinition d = make(AuthType::ApiKey);
        d.property(PropertyNames::ApiKey)->sendAs = {Location::Header, QStringLiteral("X-Api-Key"), QString()};
        const Result<AuthorizedRequest> r = RequestAuthorizer::authorize(d, {{QStringLiteral("api_key"), value}});
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("X-Api-Key")), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QLatin1String("control character")), qPrintable(r.error().message));
        QVERIFY(!r.error().toString().contains(QLatin1String("Injected")));
        // The same value in the query is percent-encoded and harmless.
        d.property(PropertyNames::ApiKey)->sendAs = {Location::Query, QStringLiteral("key"), QString()};
        const Result<AuthorizedRequest> q = RequestAuthorizer::authorize(d, {{QStringLiteral("api_key"), value}});
        QVERIFY2(q, qPrintable(q ? QString() : q.error().toString()));
        QVERIFY(!q->url.toEncoded().contains('\n'));
        QVERIFY(!q->url.toEncoded().contains('\r'));
        // A token response that smuggles a line break into the access token is refused too.
        const Result<AuthorizedRequest> t = RequestAuthorizer::authorize(
            make(AuthType::OAuth2AuthorizationCode), {{QStringLiteral("access_token"), QStringLiteral("t\r\nX: y")}});
        QVERIFY(!t);
        QVERIFY(t.error().message.contains(QLatin1String("access token")));
    }

    void onlyHttpMethodsAreSent()
    {
        ConnectorDefinition d = make(AuthType::None);
        for (const QString &method :
             {QStringLiteral("GET; touch /tmp/x"), QStringLiteral("GE T"), QStringLiteral("TRACE"), QString()}) {
            d.testRequest.method = method;
            const Result<AuthorizedRequest> r = RequestAuthorizer::authorize(d, {});
            QVERIFY2(!r, qPrintable(method));
            QVERIFY2(r.error().hint.contains(QLatin1String("GET, POST, PUT, PATCH, DELETE, HEAD")),
                     qPrintable(r.error().hint));
        }
        // A lower-case method given on the command line is normalised, then accepted.
        RequestAuthorizer::Options options;
        options.method = QStringLiteral("post");
        d.testRequest.method = QStringLiteral("GET");
        const Result<AuthorizedRequest> r = RequestAuthorizer::authorize(d, {}, options);
        QVERIFY(r);
        QCOMPARE(r->method, QStringLiteral("POST"));
    }

    void curlQuotesAMethodThatIsNotAPlainWord()
    {
        // A request built by hand (not through authorize) still cannot make the copied command run another one.
        AuthorizedRequest r;
        r.method = QStringLiteral("GET;id");
        r.url = QUrl(QStringLiteral("https://api.acme.example/"));
        CurlRenderer::Options o;
        o.multiline = false;
        QCOMPARE(CurlRenderer::render(r, o),
                 QStringLiteral("curl --request 'GET;id' --url 'https://api.acme.example/'"));
        r.method = QStringLiteral("GET");
        QCOMPARE(CurlRenderer::render(r, o), QStringLiteral("curl --request GET --url 'https://api.acme.example/'"));
    }

    void anInvalidUrlErrorMasksTheSecretsInIt()
    {
        // An API key in the query and a base URL that cannot parse: the message shows the URL, masked.
        ConnectorDefinition d = make(AuthType::ApiKey);
        d.baseUrl = QStringLiteral("https://api.acme.example:99999/v2");
        d.property(PropertyNames::ApiKey)->sendAs = {Location::Query, QStringLiteral("key"), QString()};
        for (const QString &secret : {QStringLiteral("k3y-Value-91"), QStringLiteral("ab")}) {
            const Result<AuthorizedRequest> r = RequestAuthorizer::authorize(d, {{QStringLiteral("api_key"), secret}});
            QVERIFY(!r);
            QVERIFY2(r.error().message.contains(QLatin1String("is not a valid request URL")),
                     qPrintable(r.error().message));
            QVERIFY2(!r.error().toString().contains(secret), qPrintable(r.error().toString()));
            QVERIFY2(r.error().message.contains(QStringLiteral("key=••••••")), qPrintable(r.error().message));
        }
    }

    void shellQuoting() { QCOMPARE(CurlRenderer::shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'")); }

    // Regressions found by tests/fuzz/fuzz_curl; its inputs are in tests/data/fuzz/fuzz_curl/ (the fuzzer
    // reads them as structured data: the tests below state what they built).

    void fuzzShellWordQuotesATrailingLineBreak()
    {
        // shellword-trailing-line-break.bin: "_\n" passed as a plain word ('$' matched before the final line
        // break), so the line break ended the pasted command there.
        QCOMPARE(CurlRenderer::shellWord(QStringLiteral("_\n")), QStringLiteral("'_\n'"));
        QCOMPARE(CurlRenderer::shellWord(QStringLiteral("GET")), QStringLiteral("GET"));
        AuthorizedRequest r;
        r.method = QStringLiteral("GET\n");
        r.urlText = QStringLiteral("https://api.acme.example/");
        CurlRenderer::Options o;
        o.multiline = false;
        QCOMPARE(CurlRenderer::render(r, o),
                 QStringLiteral("curl --request 'GET\n' --url 'https://api.acme.example/'"));
    }

    void fuzzHeadersWithoutAValueAreStillSent()
    {
        // empty-header-value.bin: curl reads --header 'X: ' as "do not send X"; 'X;' sends X with no value.
        AuthorizedRequest r;
        r.urlText = QStringLiteral("https://api.acme.example/");
        r.headers = {{QStringLiteral("X"), QString()},
                     {QStringLiteral("X-Blank"), QStringLiteral(" \t ")},
                     {QStringLiteral("X-Value"), QStringLiteral(" v")}};
        CurlRenderer::Options o;
        o.showSecrets = true;
        o.multiline = false;
        QCOMPARE(CurlRenderer::render(r, o),
                 QStringLiteral("curl --request GET --url 'https://api.acme.example/' --header 'X;' "
                                "--header 'X-Blank;' --header 'X-Value:  v'"));
    }

    void fuzzUrlsWithBracesOrBracketsAreNotGlobbed()
    {
        // url-glob-characters.bin: curl reads {a,b} and [1-3] in a URL as several URLs ("bad range" for most
        // others), a preview's {placeholder} too; --globoff makes it take the URL as it is.
        AuthorizedRequest r;
        CurlRenderer::Options o;
        o.multiline = false;
        r.urlText = QStringLiteral("https://{subdomain}.acme.example/items?filter[a]=1");
        QCOMPARE(
            CurlRenderer::render(r, o),
            QStringLiteral("curl --request GET --globoff --url 'https://{subdomain}.acme.example/items?filter[a]=1'"));
        r.urlText = QStringLiteral("https://api.acme.example/items");
        QCOMPARE(CurlRenderer::render(r, o),
                 QStringLiteral("curl --request GET --url 'https://api.acme.example/items'"));
    }

    void fuzzABodyStartingWithAnAtSignIsSentAsItIs()
    {
        // body-starting-with-at.bin: curl reads --data @name as "send the file name"; --data-raw sends the text.
        AuthorizedRequest r;
        r.method = QStringLiteral("POST");
        r.urlText = QStringLiteral("https://api.acme.example/");
        r.body = "@/etc/passwd";
        CurlRenderer::Options o;
        o.multiline = false;
        QCOMPARE(CurlRenderer::render(r, o),
                 QStringLiteral("curl --request POST --url 'https://api.acme.example/' --data-raw '@/etc/passwd'"));
        r.body = "{\"a\":\"@b\"}";
        QCOMPARE(CurlRenderer::render(r, o),
                 QStringLiteral("curl --request POST --url 'https://api.acme.example/' --data '{\"a\":\"@b\"}'"));
    }
};

QTEST_GUILESS_MAIN(TestRequestAuthorizer)
#include "tst_requestauthorizer.moc"
