#include "exchange/OpenApiImporter.h"

#include "exchange/ExchangeExtension.h"
#include "exchange/ImportSupport.h"
#include "model/BuiltinSchemas.h"
#include "model/Variables.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace cad {

namespace {

using namespace PropertyNames;

QString trArg(const char *text, const QString &a)
{
    return QCoreApplication::translate("cad::Importer", text).arg(a);
}

Error typeError(const QString &path, const QString &expected)
{
    return Error{QCoreApplication::translate("cad::Importer", "%1: expected %2").arg(path, expected),
                 QCoreApplication::translate(
                     "cad::Importer", "Fix the description so that it follows the OpenAPI or Swagger specification.")};
}

bool truthy(const QJsonValue &v)
{
    return (v.isBool() && v.toBool()) || v.isObject();
}

constexpr qsizetype MaxScopeChoices = 50; ///< choices of the scope property taken from a flow's scopes

/// A scope name as RFC 6749 3.3 defines it (printable ASCII but space, quote and backslash): a
/// choice of the scope property, whose value lists the chosen ones separated by spaces.
bool isScopeName(const QString &s)
{
    if (s.isEmpty() || s.size() > 200)
        return false;
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return u >= 0x21 && u <= 0x7e && u != u'"' && u != u'\\';
    });
}

struct Context
{
    QJsonObject root;
    bool swagger2 = false;
    bool openApi31 = false;
    ImportResult result;
};

Error missingPart(const Context &c, const QString &part, const QString &hint)
{
    return Error{QCoreApplication::translate("cad::Importer", "the %1 description has no \"%2\"")
                     .arg(c.result.sourceFormat, part),
                 hint};
}

Error missingInfoField(const Context &c, const QString &field, const QString &hint)
{
    return Error{QCoreApplication::translate("cad::Importer", "the \"info\" of the %1 description has no \"%2\"")
                     .arg(c.result.sourceFormat, field),
                 hint};
}

/// What the format requires besides the version field: OpenAPI 3.0 and Swagger 2.0 info and paths;
/// OpenAPI 3.1 info and at least one of paths, components and webhooks.
Status checkRequiredParts(const Context &c)
{
    const QJsonValue infoValue = c.root.value(QLatin1String("info"));
    if (infoValue.isUndefined() || infoValue.isNull())
        return missingPart(c, QStringLiteral("info"),
                           QCoreApplication::translate("cad::Importer",
                                                       "Add an \"info\" object with the API's \"title\" and the "
                                                       "\"version\" of the description (such as \"1.0.0\"), then "
                                                       "import it again."));
    if (!infoValue.isObject())
        return typeError(QStringLiteral("info"), QCoreApplication::translate("cad::Importer", "an object"));
    const QJsonObject info = infoValue.toObject();
    const QJsonValue title = info.value(QLatin1String("title"));
    if (title.isUndefined() || title.isNull())
        return missingInfoField(c, QStringLiteral("title"),
                                QCoreApplication::translate(
                                    "cad::Importer", "Add \"title\" (the API's name) under \"info\", then import it "
                                                     "again."));
    if (!title.isString())
        return typeError(QStringLiteral("info.title"), QCoreApplication::translate("cad::Importer", "a text"));
    const QJsonValue version = info.value(QLatin1String("version"));
    if (version.isUndefined() || version.isNull())
        return missingInfoField(c, QStringLiteral("version"),
                                QCoreApplication::translate("cad::Importer",
                                                            "Add \"version\" (the version of the description, such "
                                                            "as \"1.0.0\") under \"info\", then import it again."));
    // YAML reads an unquoted version: 1.0 as a number; accept it.
    if (!version.isString() && !version.isDouble())
        return typeError(QStringLiteral("info.version"), QCoreApplication::translate("cad::Importer", "a text"));

    const QStringList parts =
        c.openApi31 ? QStringList{QStringLiteral("paths"), QStringLiteral("components"), QStringLiteral("webhooks")}
                    : QStringList{QStringLiteral("paths")};
    bool present = false;
    for (const QString &part : parts) {
        const QJsonValue v = c.root.value(part);
        if (v.isUndefined())
            continue;
        if (!v.isObject())
            return typeError(part, QCoreApplication::translate("cad::Importer", "an object"));
        present = true;
    }
    if (present)
        return Status::success();
    if (c.openApi31)
        return Error{QCoreApplication::translate(
                         "cad::Importer", "the %1 description has none of \"paths\", \"components\" and \"webhooks\"")
                         .arg(c.result.sourceFormat),
                     QCoreApplication::translate("cad::Importer",
                                                 "OpenAPI 3.1 requires at least one of them: add \"paths\" (the API's "
                                                 "operations, or \"paths: {}\" when there are none) or "
                                                 "\"components\" with the security schemes, then import it again.")};
    return missingPart(c, QStringLiteral("paths"),
                       QCoreApplication::translate("cad::Importer",
                                                   "Add \"paths\" (the API's operations, or \"paths: {}\" when "
                                                   "there are none), then import it again."));
}

/// servers[0] (3.x) or schemes + host + basePath (2.0) into baseUrl plus ask-the-user properties.
Status applyBaseUrl(Context &c, ConnectorDefinition &d)
{
    if (c.swagger2) {
        const QJsonValue host = c.root.value(QLatin1String("host"));
        const QJsonValue basePath = c.root.value(QLatin1String("basePath"));
        const QJsonValue schemes = c.root.value(QLatin1String("schemes"));
        if (!host.isUndefined() && !host.isString())
            return typeError(QStringLiteral("host"), QCoreApplication::translate("cad::Importer", "a text"));
        if (!basePath.isUndefined() && !basePath.isString())
            return typeError(QStringLiteral("basePath"), QCoreApplication::translate("cad::Importer", "a text"));
        if (!schemes.isUndefined() && !schemes.isArray())
            return typeError(QStringLiteral("schemes"), QCoreApplication::translate("cad::Importer", "a list"));
        QString scheme = QStringLiteral("https");
        const QJsonArray list = schemes.toArray();
        if (!list.isEmpty() && !list.contains(QStringLiteral("https")))
            scheme = list.first().toString(QStringLiteral("https"));
        QString path = basePath.toString();
        if (path == QLatin1String("/"))
            path.clear();
        if (host.toString().isEmpty()) {
            d.baseUrl = path;
            c.result.notes.append(QCoreApplication::translate(
                "cad::Importer", "The description names no host: enter the full base URL."));
        } else {
            d.baseUrl = scheme + QStringLiteral("://") + host.toString() + path;
        }
        return Status::success();
    }
    const QJsonValue servers = c.root.value(QLatin1String("servers"));
    if (servers.isUndefined() || (servers.isArray() && servers.toArray().isEmpty())) {
        d.baseUrl = QString();
        c.result.notes.append(
            QCoreApplication::translate("cad::Importer", "The description lists no servers: enter the base URL."));
        return Status::success();
    }
    if (!servers.isArray())
        return typeError(QStringLiteral("servers"),
                         QCoreApplication::translate("cad::Importer", "a list of server objects"));
    Result<QJsonValue> first = ImportSupport::resolve(c.root, servers.toArray().first());
    if (!first)
        return first.error();
    if (!first->isObject() || !first->toObject().value(QLatin1String("url")).isString())
        return typeError(QStringLiteral("servers[0].url"), QCoreApplication::translate("cad::Importer", "a text"));
    const QJsonObject server = first->toObject();
    QString url = ImportSupport::clip(server.value(QLatin1String("url")).toString(), 2000);
    if (servers.toArray().size() > 1)
        c.result.notes.append(trArg("The description lists several servers; the first, %1, became the base URL.", url));
    const QJsonValue variablesValue = server.value(QLatin1String("variables"));
    if (!variablesValue.isUndefined() && !variablesValue.isObject())
        return typeError(QStringLiteral("servers[0].variables"),
                         QCoreApplication::translate("cad::Importer", "an object"));
    const QJsonObject variables = variablesValue.toObject();
    for (const QString &name : Variables::referenced(url)) {
        const QJsonObject v = variables.value(name).toObject();
        QStringList choices;
        for (const QJsonValue &e : v.value(QLatin1String("enum")).toArray()) {
            if (choices.size() < 1000)
                choices.append(e.isString() ? e.toString() : e.toVariant().toString());
        }
        const QJsonValue def = v.value(QLatin1String("default"));
        const QString value = def.isString() ? def.toString() : def.toVariant().toString();
        const QString actual = ImportSupport::addVariableProperty(
            d, name, value, v.value(QLatin1String("description")).toString(), choices);
        url = ImportSupport::renameVariable(url, name, actual);
    }
    if (url.startsWith(QLatin1Char('/')))
        c.result.notes.append(
            QCoreApplication::translate("cad::Importer", "The server URL is relative: enter the full base URL."));
    d.baseUrl = url;
    return Status::success();
}

/// The test request: GET /me when the description has it, else its first GET without parameters.
void applyTestRequest(Context &c, ConnectorDefinition &d)
{
    const QJsonObject paths = c.root.value(QLatin1String("paths")).toObject();
    if (paths.value(QLatin1String("/me")).toObject().contains(QLatin1String("get")))
        return;
    for (auto it = paths.constBegin(); it != paths.constEnd(); ++it) {
        if (it.key().contains(QLatin1Char('{')) || !it.value().toObject().contains(QLatin1String("get")))
            continue;
        d.testRequest.path = ImportSupport::clip(it.key(), 1000);
        c.result.notes.append(trArg("The test request is GET %1; change it to a request that needs authentication "
                                    "and succeeds for any user.",
                                    d.testRequest.path));
        return;
    }
}

Result<ConnectorDefinition> oauthFromFlow(Context &c, const QJsonObject &scheme, const QString &name)
{
    QString authorizationUrl, tokenUrl, refreshUrl;
    QJsonObject scopes;
    AuthType type = AuthType::OAuth2AuthorizationCode;
    bool pkce =
        truthy(scheme.value(QLatin1String("x-usePkce"))) || truthy(scheme.value(QLatin1String("x-pkce"))) ||
        scheme.value(QLatin1String("description")).toString().contains(QLatin1String("PKCE"), Qt::CaseInsensitive);
    auto str = [](const QJsonObject &o, const char *key) {
        return o.value(QLatin1String(key)).toString();
    };
    if (c.swagger2) {
        const QString flow = str(scheme, "flow");
        if (flow == QLatin1String("accessCode")) {
            authorizationUrl = str(scheme, "authorizationUrl");
            tokenUrl = str(scheme, "tokenUrl");
        } else if (flow == QLatin1String("application")) {
            type = AuthType::OAuth2ClientCredentials;
            tokenUrl = str(scheme, "tokenUrl");
        } else {
            return Error{
                QCoreApplication::translate("cad::Importer", "the OAuth 2.0 flow \"%1\" of scheme %2 is not supported")
                    .arg(flow.left(50), name),
                QCoreApplication::translate(
                    "cad::Importer",
                    "Connectors support the authorization code (accessCode) and client credentials "
                    "(application) flows; pick another scheme with --scheme, or create the connector by hand.")};
        }
        scopes = scheme.value(QLatin1String("scopes")).toObject();
    } else {
        const QJsonValue flowsValue = scheme.value(QLatin1String("flows"));
        if (!flowsValue.isObject())
            return typeError(name + QStringLiteral(".flows"),
                             QCoreApplication::translate("cad::Importer", "an object"));
        const QJsonObject flows = flowsValue.toObject();
        QJsonObject flow;
        if (flows.value(QLatin1String("authorizationCode")).isObject()) {
            flow = flows.value(QLatin1String("authorizationCode")).toObject();
            authorizationUrl = str(flow, "authorizationUrl");
        } else if (flows.value(QLatin1String("clientCredentials")).isObject()) {
            flow = flows.value(QLatin1String("clientCredentials")).toObject();
            type = AuthType::OAuth2ClientCredentials;
        } else {
            return Error{QCoreApplication::translate("cad::Importer",
                                                     "scheme %1 offers only OAuth 2.0 flows that connectors do not "
                                                     "support (%2)")
                             .arg(name, flows.keys().join(QStringLiteral(", ")).left(200)),
                         QCoreApplication::translate(
                             "cad::Importer",
                             "Connectors support the authorizationCode and clientCredentials flows; pick another "
                             "scheme with --scheme, or create the connector by hand.")};
        }
        tokenUrl = str(flow, "tokenUrl");
        refreshUrl = str(flow, "refreshUrl");
        scopes = flow.value(QLatin1String("scopes")).toObject();
        pkce = pkce || truthy(flow.value(QLatin1String("x-usePkce"))) || truthy(flow.value(QLatin1String("x-pkce")));
    }
    if (type == AuthType::OAuth2AuthorizationCode && pkce)
        type = AuthType::OAuth2AuthorizationCodePkce;
    ConnectorDefinition d = ConnectorDefinition::create(type);
    auto set = [&d](QStringView property, const QString &value) {
        if (Property *p = d.property(property))
            p->value = ImportSupport::clip(value, 2000);
    };
    set(AuthorizationUrl, authorizationUrl);
    set(TokenUrl, tokenUrl);
    set(RefreshTokenUrl, refreshUrl);
    if (!scopes.isEmpty()) {
        // The scopes the flow offers are the choices of the scope property (a multiple choice);
        // the value, the scopes requested, is set by the caller and added to the choices there.
        QStringList names;
        for (const QString &name : scopes.keys()) {
            if (isScopeName(name) && names.size() < MaxScopeChoices)
                names.append(name);
        }
        Property *scope = d.property(Scope);
        if (scope && !names.isEmpty()) {
            scope->inputKind = InputKind::MultiChoice;
            scope->choices = names;
        }
    }
    return d;
}

Result<ConnectorDefinition> mapScheme(Context &c, const QJsonObject &scheme, const QString &name)
{
    const QString type = scheme.value(QLatin1String("type")).toString();
    if (type == QLatin1String("apiKey")) {
        const QString in = scheme.value(QLatin1String("in")).toString();
        const QJsonValue keyName = scheme.value(QLatin1String("name"));
        if (in == QLatin1String("cookie"))
            return Error{trArg("scheme %1 sends the API key in a cookie, which is not supported", name),
                         QCoreApplication::translate(
                             "cad::Importer",
                             "Connectors send API keys in a header or query parameter; pick another scheme with "
                             "--scheme, or create the connector by hand.")};
        if (in != QLatin1String("header") && in != QLatin1String("query"))
            return typeError(name + QStringLiteral(".in"),
                             QCoreApplication::translate("cad::Importer", "header or query"));
        if (!keyName.isString() || keyName.toString().isEmpty())
            return typeError(name + QStringLiteral(".name"),
                             QCoreApplication::translate("cad::Importer", "the header or query parameter name"));
        // A key in the Authorization header is a token with a prefix ("Token {value}"): a PAT.
        const bool authorization = in == QLatin1String("header") &&
                                   keyName.toString().compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0;
        ConnectorDefinition d =
            ConnectorDefinition::create(authorization ? AuthType::PersonalAccessToken : AuthType::ApiKey);
        Property *p = d.property(authorization ? PersonalAccessToken : ApiKey);
        p->sendAs.location = in == QLatin1String("query") ? Location::Query : Location::Header;
        p->sendAs.key = ImportSupport::clip(keyName.toString(), 200);
        const QString t = scheme.value(ExchangeExtension::ValueTemplateKey).toString();
        p->sendAs.valueTemplate = t.contains(QLatin1String("{value}")) ? t : QStringLiteral("{value}");
        return d;
    }
    if (type == QLatin1String("basic") && c.swagger2)
        return ConnectorDefinition::create(AuthType::Basic);
    if (type == QLatin1String("http")) {
        const QString s = scheme.value(QLatin1String("scheme")).toString().toLower();
        if (s == QLatin1String("basic"))
            return ConnectorDefinition::create(AuthType::Basic);
        if (s == QLatin1String("bearer"))
            return ConnectorDefinition::create(AuthType::PersonalAccessToken);
        return Error{
            QCoreApplication::translate("cad::Importer", "the HTTP authentication scheme \"%1\" of %2 is not "
                                                         "supported")
                .arg(s.left(50), name),
            QCoreApplication::translate(
                "cad::Importer", "Connectors support HTTP basic and bearer; pick another scheme with --scheme.")};
    }
    if (type == QLatin1String("oauth2"))
        return oauthFromFlow(c, scheme, name);
    if (type == QLatin1String("openIdConnect")) {
        const QString url = scheme.value(QLatin1String("openIdConnectUrl")).toString();
        const bool pkce =
            truthy(scheme.value(QLatin1String("x-usePkce"))) || truthy(scheme.value(QLatin1String("x-pkce"))) ||
            scheme.value(QLatin1String("description")).toString().contains(QLatin1String("PKCE"), Qt::CaseInsensitive);
        ConnectorDefinition d = ConnectorDefinition::create(pkce ? AuthType::OAuth2AuthorizationCodePkce
                                                                 : AuthType::OAuth2AuthorizationCode);
        const QUrl discovery(url);
        if (discovery.isValid() &&
            (discovery.scheme() == QLatin1String("https") || discovery.scheme() == QLatin1String("http")))
            c.result.discoveryUrl = discovery;
        else
            c.result.notes.append(QCoreApplication::translate(
                "cad::Importer", "The OpenID Connect scheme has no usable discovery URL: fill in the "
                                 "authorization and token URLs yourself."));
        return d;
    }
    if (type == QLatin1String("mutualTLS"))
        return Error{trArg("scheme %1 uses mutual TLS, which is not supported", name),
                     QCoreApplication::translate("cad::Importer", "Pick another scheme with --scheme.")};
    return Error{QCoreApplication::translate("cad::Importer", "scheme %1 has the unsupported type \"%2\"")
                     .arg(name, type.left(50)),
                 QCoreApplication::translate("cad::Importer",
                                             "Pick another scheme with --scheme, or create the connector by hand.")};
}

bool isSupported(const QJsonObject &scheme)
{
    const QString type = scheme.value(QLatin1String("type")).toString();
    if (type == QLatin1String("apiKey"))
        return scheme.value(QLatin1String("in")).toString() != QLatin1String("cookie");
    if (type == QLatin1String("oauth2")) {
        const QString flow = scheme.value(QLatin1String("flow")).toString();
        const QJsonObject flows = scheme.value(QLatin1String("flows")).toObject();
        return flow == QLatin1String("accessCode") || flow == QLatin1String("application") ||
               flows.contains(QLatin1String("authorizationCode")) || flows.contains(QLatin1String("clientCredentials"));
    }
    return type == QLatin1String("http") || type == QLatin1String("basic") || type == QLatin1String("openIdConnect");
}

} // namespace

Result<ImportResult> OpenApiImporter::import(const QJsonObject &root, const QString &schemeOption,
                                             ImportErrorKind &kind)
{
    kind = ImportErrorKind::Invalid;
    Context c;
    c.root = root;
    const QJsonValue swagger = root.value(QLatin1String("swagger"));
    const QJsonValue openapi = root.value(QLatin1String("openapi"));
    if (!swagger.isUndefined()) {
        if (!(swagger.toString() == QLatin1String("2.0") || (swagger.isDouble() && swagger.toDouble() == 2.0)))
            return Error{
                QCoreApplication::translate("cad::Importer", "only Swagger 2.0 is supported"),
                QCoreApplication::translate("cad::Importer", "Convert the description to OpenAPI 3, then import it.")};
        c.swagger2 = true;
        c.result.sourceFormat = QStringLiteral("Swagger 2.0");
    } else {
        const QString version = openapi.toString();
        if (!openapi.isString() ||
            !(version.startsWith(QLatin1String("3.0")) || version.startsWith(QLatin1String("3.1"))))
            return Error{trArg("OpenAPI version \"%1\" is not supported", openapi.toVariant().toString().left(20)),
                         QCoreApplication::translate("cad::Importer", "Import OpenAPI 3.0 or 3.1, or Swagger 2.0.")};
        c.result.sourceFormat = QStringLiteral("OpenAPI ") + version.left(20);
        c.openApi31 = version.startsWith(QLatin1String("3.1"));
    }
    if (Status s = checkRequiredParts(c); !s)
        return s.error();
    const QJsonObject info = root.value(QLatin1String("info")).toObject();

    // Security schemes.
    QJsonValue schemesValue;
    QString schemesPath;
    if (c.swagger2) {
        schemesValue = root.value(QLatin1String("securityDefinitions"));
        schemesPath = QStringLiteral("securityDefinitions");
    } else {
        const QJsonValue components = root.value(QLatin1String("components"));
        if (!components.isUndefined() && !components.isObject())
            return typeError(QStringLiteral("components"), QCoreApplication::translate("cad::Importer", "an object"));
        schemesValue = components.toObject().value(QLatin1String("securitySchemes"));
        schemesPath = QStringLiteral("components.securitySchemes");
    }
    if (!schemesValue.isUndefined() && !schemesValue.isObject())
        return typeError(schemesPath, QCoreApplication::translate("cad::Importer", "an object"));
    const QJsonObject schemes = schemesValue.toObject();
    c.result.schemes = schemes.keys();
    QHash<QString, QJsonObject> resolved;
    for (auto it = schemes.constBegin(); it != schemes.constEnd(); ++it) {
        Result<QJsonValue> r = ImportSupport::resolve(root, it.value());
        if (!r)
            return r.error();
        if (!r->isObject())
            return typeError(schemesPath + QLatin1Char('.') + it.key().left(100),
                             QCoreApplication::translate("cad::Importer", "a security scheme object"));
        resolved.insert(it.key(), r->toObject());
    }
    const QJsonValue security = root.value(QLatin1String("security"));
    if (!security.isUndefined() && !security.isArray())
        return typeError(QStringLiteral("security"),
                         QCoreApplication::translate("cad::Importer", "a list of security requirements"));

    // Our own extension restores the definition exactly.
    auto restore = [&c](const QJsonValue &extension) -> Result<ImportResult> {
        if (!extension.isObject())
            return typeError(QString(ExchangeExtension::Key),
                             QCoreApplication::translate("cad::Importer", "an object"));
        Result<ConnectorDefinition> d = ExchangeExtension::fromJson(extension.toObject(), c.result.warnings);
        if (!d)
            return d.error();
        c.result.definition = *d;
        c.result.lossless = true;
        return c.result;
    };
    if (root.contains(ExchangeExtension::Key) && schemeOption.isEmpty())
        return restore(root.value(ExchangeExtension::Key));

    // Choose the scheme.
    QString chosen;
    QString why;
    QStringList combined; // apiKey schemes required together
    if (!schemeOption.isEmpty()) {
        if (!resolved.contains(schemeOption)) {
            kind = ImportErrorKind::Usage;
            return Error{QCoreApplication::translate("cad::Importer", "there is no security scheme named \"%1\"")
                             .arg(schemeOption.left(100)),
                         schemes.isEmpty()
                             ? QCoreApplication::translate(
                                   "cad::Importer", "The description has no security schemes; leave out --scheme.")
                             : trArg("Choose one of: %1.", c.result.schemes.join(QStringLiteral(", ")))};
        }
        chosen = schemeOption;
        why = QCoreApplication::translate("cad::Importer", "chosen with --scheme");
    } else {
        for (const QJsonValue &requirement : security.toArray()) {
            const QJsonObject r = requirement.toObject();
            if (r.isEmpty())
                continue;
            chosen = r.keys().first();
            why =
                QCoreApplication::translate("cad::Importer", "the first one the description's top-level security uses");
            if (r.size() > 1) {
                bool allApiKeys = true;
                for (const QString &k : r.keys()) {
                    const QJsonObject s = resolved.value(k);
                    allApiKeys = allApiKeys && s.value(QLatin1String("type")).toString() == QLatin1String("apiKey") &&
                                 s.value(QLatin1String("in")).toString() != QLatin1String("cookie");
                }
                if (allApiKeys)
                    combined = r.keys();
            }
            break;
        }
        if (!chosen.isEmpty() && !resolved.contains(chosen))
            return Error{trArg("the top-level security names the undefined scheme \"%1\"", chosen.left(100)),
                         trArg("Define it under %1, or pick a scheme with --scheme.", schemesPath)};
        if (chosen.isEmpty()) {
            for (const QString &k : c.result.schemes) {
                if (isSupported(resolved.value(k))) {
                    chosen = k;
                    why = QCoreApplication::translate("cad::Importer", "the first supported one");
                    break;
                }
            }
            if (chosen.isEmpty() && !c.result.schemes.isEmpty()) {
                chosen = c.result.schemes.first();
                why = QCoreApplication::translate("cad::Importer", "the first one");
            }
        }
    }

    if (!chosen.isEmpty() && combined.isEmpty() && resolved.value(chosen).contains(ExchangeExtension::Key))
        return restore(resolved.value(chosen).value(ExchangeExtension::Key));

    ConnectorDefinition d;
    if (!combined.isEmpty()) {
        d = ConnectorDefinition::create(AuthType::Custom);
        d.properties.clear();
        int order = 1;
        for (const QString &k : combined) {
            const QJsonObject s = resolved.value(k);
            Property p;
            p.name = ImportSupport::propertyNameFor(d, k);
            p.displayName = k.left(200);
            p.hint = ImportSupport::clip(s.value(QLatin1String("description")).toString(), 2000);
            p.askUser = p.required = p.secret = true;
            p.inputKind = InputKind::Password;
            p.order = order++;
            p.sendAs.location =
                s.value(QLatin1String("in")).toString() == QLatin1String("query") ? Location::Query : Location::Header;
            p.sendAs.key = ImportSupport::clip(s.value(QLatin1String("name")).toString(), 200);
            const QString t = s.value(ExchangeExtension::ValueTemplateKey).toString();
            p.sendAs.valueTemplate = t.contains(QLatin1String("{value}")) ? t : QStringLiteral("{value}");
            d.properties.append(p);
        }
        c.result.chosenScheme = combined.join(QLatin1Char('+'));
        c.result.notes.append(trArg("The top-level security requires %1 together: imported as a custom connector with "
                                    "one property each.",
                                    combined.join(QStringLiteral(", "))));
    } else if (chosen.isEmpty()) {
        d = ConnectorDefinition::create(AuthType::None);
        c.result.notes.append(QCoreApplication::translate(
            "cad::Importer", "The description defines no security schemes: imported as \"No authentication\"."));
    } else {
        Result<ConnectorDefinition> mapped = mapScheme(c, resolved.value(chosen), chosen);
        if (!mapped)
            return mapped.error();
        d = *mapped;
        c.result.chosenScheme = chosen;
        if (c.result.schemes.size() > 1) {
            c.result.schemesNote =
                QCoreApplication::translate("cad::Importer", "The description has %1 security schemes (%2); "
                                                             "imported %3, %4. Use --scheme NAME to import another.")
                    .arg(c.result.schemes.size())
                    .arg(c.result.schemes.join(QStringLiteral(", ")), chosen, why);
            c.result.notes.append(c.result.schemesNote);
        }
        // Scopes the top-level security asks for become the scope value (and choices, when the
        // flow did not list them: the value must be one of them).
        if (Property *scope = d.property(Scope)) {
            for (const QJsonValue &requirement : security.toArray()) {
                QStringList scopes;
                for (const QJsonValue &s : requirement.toObject().value(chosen).toArray())
                    scopes.append(s.toString());
                if (!scopes.isEmpty()) {
                    scope->value = ImportSupport::clip(scopes.join(QLatin1Char(' ')), 2000);
                    if (scope->inputKind == InputKind::MultiChoice) {
                        for (const QString &s : scope->value.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                            if (isScopeName(s) && !scope->choices.contains(s))
                                scope->choices.append(s);
                        }
                    }
                    break;
                }
            }
        }
    }
    const QString title = info.value(QLatin1String("title")).toString();
    const ConnectorDefinition named = ConnectorDefinition::create(AuthType::None, ImportSupport::clip(title, 200));
    d.displayName = named.displayName;
    d.key = named.key;
    d.description = ImportSupport::clip(info.value(QLatin1String("description")).toString());
    if (Status s = applyBaseUrl(c, d); !s)
        return s.error();
    applyTestRequest(c, d);
    c.result.definition = d;
    return c.result;
}

} // namespace cad
