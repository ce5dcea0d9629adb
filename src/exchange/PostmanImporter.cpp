#include "exchange/PostmanImporter.h"

#include "exchange/ExchangeExtension.h"
#include "exchange/ImportSupport.h"
#include "model/BuiltinSchemas.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace cad {

namespace {

using namespace PropertyNames;

Error typeError(const QString &path, const QString &expected)
{
    return Error{
        QCoreApplication::translate("cad::Importer", "%1: expected %2").arg(path, expected),
        QCoreApplication::translate("cad::Importer", "Export the collection again from Postman as Collection v2.1.")};
}

bool isMissing(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull();
}

/// What collection format v2.x requires: info with name and schema, and an item list.
Status checkRequiredParts(const QJsonObject &root)
{
    const QJsonValue infoValue = root.value(QLatin1String("info"));
    if (isMissing(infoValue))
        return Error{QCoreApplication::translate("cad::Importer", "the Postman collection has no \"info\""),
                     QCoreApplication::translate("cad::Importer",
                                                 "Add an \"info\" object with the collection's \"name\" and "
                                                 "\"schema\", or export the collection again from Postman as "
                                                 "Collection v2.1, then import it.")};
    if (!infoValue.isObject())
        return typeError(QStringLiteral("info"), QCoreApplication::translate("cad::Importer", "an object"));
    const QJsonObject info = infoValue.toObject();
    const QJsonValue name = info.value(QLatin1String("name"));
    if (isMissing(name))
        return Error{
            QCoreApplication::translate("cad::Importer", "the \"info\" of the Postman collection has no \"name\""),
            QCoreApplication::translate("cad::Importer",
                                        "Add \"name\" (the collection's name) under \"info\", or export the "
                                        "collection again from Postman as Collection v2.1, then import it.")};
    if (!name.isString())
        return typeError(QStringLiteral("info.name"), QCoreApplication::translate("cad::Importer", "a text"));
    const QJsonValue schema = info.value(QLatin1String("schema"));
    if (isMissing(schema))
        return Error{
            QCoreApplication::translate("cad::Importer", "the \"info\" of the Postman collection has no \"schema\""),
            QCoreApplication::translate("cad::Importer",
                                        "Add \"schema\": "
                                        "\"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\" "
                                        "under \"info\", or export the collection again from Postman as Collection "
                                        "v2.1, then import it.")};
    if (!schema.isString())
        return typeError(QStringLiteral("info.schema"), QCoreApplication::translate("cad::Importer", "a text"));
    if (!schema.toString().contains(QLatin1String("/collection/v2")))
        return Error{QCoreApplication::translate("cad::Importer", "the collection's \"info.schema\", %1, does not "
                                                                  "name Postman collection format v2.0 or v2.1")
                         .arg(ImportSupport::clip(schema.toString(), 200)),
                     QCoreApplication::translate("cad::Importer",
                                                 "Export the collection from Postman as Collection v2.1, then import "
                                                 "it.")};
    const QJsonValue item = root.value(QLatin1String("item"));
    if (isMissing(item))
        return Error{QCoreApplication::translate("cad::Importer", "the Postman collection has no \"item\""),
                     QCoreApplication::translate("cad::Importer",
                                                 "Add \"item\": [] (the list of the collection's requests and "
                                                 "folders), or export the collection again from Postman as "
                                                 "Collection v2.1, then import it.")};
    if (!item.isArray())
        return typeError(QStringLiteral("item"), QCoreApplication::translate("cad::Importer", "a list of items"));
    return Status::success();
}

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble() || v.isBool())
        return v.toVariant().toString();
    return QString();
}

const QRegularExpression &postmanVariable()
{
    static const QRegularExpression re(QStringLiteral("\\{\\{([^{}]+)\\}\\}"));
    return re;
}

struct Context
{
    QHash<QString, QString> variables;
    ImportResult result;
    ConnectorDefinition definition;
};

/// {{name}} -> {name}, adding an ask-the-user property per variable.
QString convertVariables(Context &c, const QString &in)
{
    QString out;
    qsizetype last = 0;
    for (auto it = postmanVariable().globalMatch(in); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += in.mid(last, m.capturedStart() - last);
        const QString raw = m.captured(1).trimmed();
        const QString name =
            ImportSupport::addVariableProperty(c.definition, raw, c.variables.value(raw), QString(), {});
        out += QLatin1Char('{') + name + QLatin1Char('}');
        last = m.capturedEnd();
    }
    return out + in.mid(last);
}

/// A non-secret value: {{var}} alone resolves to the variable's value.
QString plainValue(Context &c, const QString &value)
{
    const QRegularExpressionMatch m = postmanVariable().match(value);
    if (m.hasMatch() && m.capturedStart() == 0 && m.capturedLength() == value.size())
        return c.variables.value(m.captured(1).trimmed());
    return value;
}

/// A secret value: never kept; warn when it (or the variable it names) holds a real-looking secret.
void secretValue(Context &c, const QString &what, const QString &value)
{
    ImportSupport::dropSecret(c.result, what, value);
    const QRegularExpressionMatch m = postmanVariable().match(value);
    if (m.hasMatch())
        ImportSupport::dropSecret(c.result, what, c.variables.value(m.captured(1).trimmed()));
}

/// The attributes of auth[type]: v2.1 lists of {key, value} or v2.0 objects.
QHash<QString, QJsonValue> attributes(const QJsonObject &auth, const QString &type)
{
    QHash<QString, QJsonValue> out;
    const QJsonValue v = auth.value(type);
    if (v.isArray()) {
        for (const QJsonValue &a : v.toArray()) {
            const QJsonObject o = a.toObject();
            if (o.value(QLatin1String("key")).isString())
                out.insert(o.value(QLatin1String("key")).toString(), o.value(QLatin1String("value")));
        }
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            out.insert(it.key(), it.value());
    }
    return out;
}

/// Depth-first search for the first request (bounded).
bool firstRequest(const QJsonArray &items, int depth, int &budget, QJsonObject &out)
{
    if (depth > 32)
        return false;
    for (const QJsonValue &v : items) {
        if (--budget < 0)
            return false;
        const QJsonObject item = v.toObject();
        if (item.value(QLatin1String("item")).isArray()) {
            if (firstRequest(item.value(QLatin1String("item")).toArray(), depth + 1, budget, out))
                return true;
        } else if (item.contains(QLatin1String("request"))) {
            const QJsonValue r = item.value(QLatin1String("request"));
            out = r.isString() ? QJsonObject{{QStringLiteral("url"), r}} : r.toObject();
            return true;
        }
    }
    return false;
}

QString rawUrl(const QJsonValue &url)
{
    if (url.isString())
        return url.toString();
    const QJsonObject o = url.toObject();
    if (o.value(QLatin1String("raw")).isString())
        return o.value(QLatin1String("raw")).toString();
    auto join = [](const QJsonValue &v, QLatin1Char sep) {
        if (v.isString())
            return v.toString();
        QStringList parts;
        for (const QJsonValue &p : v.toArray())
            parts.append(text(p));
        return parts.join(sep);
    };
    QString raw;
    if (o.value(QLatin1String("protocol")).isString())
        raw += o.value(QLatin1String("protocol")).toString() + QStringLiteral("://");
    raw += join(o.value(QLatin1String("host")), QLatin1Char('.'));
    if (!text(o.value(QLatin1String("port"))).isEmpty())
        raw += QLatin1Char(':') + text(o.value(QLatin1String("port")));
    const QString path = join(o.value(QLatin1String("path")), QLatin1Char('/'));
    if (!path.isEmpty())
        raw += QLatin1Char('/') + path;
    return raw;
}

Status applyAuth(Context &c, const QJsonObject &auth)
{
    const QString type = auth.value(QLatin1String("type")).toString();
    const QHash<QString, QJsonValue> a = attributes(auth, type);
    ConnectorDefinition &d = c.definition;
    auto set = [&d](QStringView name, const QString &value) {
        if (Property *p = d.property(name))
            p->value = ImportSupport::clip(value, 2000);
    };
    if (type.isEmpty() || type == QLatin1String("noauth")) {
        d.changeAuthType(AuthType::None);
        return Status::success();
    }
    if (type == QLatin1String("oauth2")) {
        const QString grant = text(a.value(QStringLiteral("grant_type")));
        AuthType t = AuthType::OAuth2AuthorizationCode;
        if (grant == QLatin1String("authorization_code_with_pkce"))
            t = AuthType::OAuth2AuthorizationCodePkce;
        else if (grant == QLatin1String("client_credentials"))
            t = AuthType::OAuth2ClientCredentials;
        else if (!grant.isEmpty() && grant != QLatin1String("authorization_code"))
            return Error{
                QCoreApplication::translate("cad::Importer", "the OAuth 2.0 grant type \"%1\" is not supported")
                    .arg(grant.left(50)),
                QCoreApplication::translate(
                    "cad::Importer",
                    "Connectors support authorization code (with or without PKCE) and client credentials.")};
        d.changeAuthType(t);
        set(AuthorizationUrl, convertVariables(c, text(a.value(QStringLiteral("authUrl")))));
        set(TokenUrl, convertVariables(c, text(a.value(QStringLiteral("accessTokenUrl")))));
        set(RefreshTokenUrl, convertVariables(c, text(a.value(QStringLiteral("refreshTokenUrl")))));
        set(ClientId, plainValue(c, text(a.value(QStringLiteral("clientId")))));
        secretValue(c, QStringLiteral("clientSecret"), text(a.value(QStringLiteral("clientSecret"))));
        set(Scope, plainValue(c, text(a.value(QStringLiteral("scope")))));
        if (text(a.value(QStringLiteral("client_authentication"))) == QLatin1String("body"))
            set(BasicHeader, QStringLiteral("false"));
        if (text(a.value(QStringLiteral("challengeAlgorithm"))) == QLatin1String("plain"))
            set(PkceMethod, QStringLiteral("plain"));
        set(ConnectionName, plainValue(c, text(a.value(QStringLiteral("tokenName")))));
        // The token placements Postman can say become the advanced properties that say them.
        auto addAdvanced = [&d](QStringView name, const QString &value) {
            for (Property p : BuiltinSchemas::advancedPropertiesFor(d.authType)) {
                if (p.name == name && d.indexOf(name) < 0) {
                    p.value = value;
                    for (const Property &other : std::as_const(d.properties))
                        p.order = qMax(p.order, other.order + 1);
                    d.properties.append(p);
                }
            }
        };
        if (text(a.value(QStringLiteral("addTokenTo"))) == QLatin1String("queryParams"))
            addAdvanced(TokenQueryParameter, QStringLiteral("access_token"));
        else if (a.contains(QStringLiteral("headerPrefix")) &&
                 text(a.value(QStringLiteral("headerPrefix"))) != QLatin1String("Bearer"))
            addAdvanced(TokenPrefix, ImportSupport::clip(text(a.value(QStringLiteral("headerPrefix"))), 100));
        if (a.contains(QStringLiteral("accessToken")))
            secretValue(c, QStringLiteral("accessToken"), text(a.value(QStringLiteral("accessToken"))));
        return Status::success();
    }
    if (type == QLatin1String("basic")) {
        d.changeAuthType(AuthType::Basic);
        const QString user = plainValue(c, text(a.value(QStringLiteral("username"))));
        if (!ExchangeExtension::isPlaceholder(user))
            set(Username, user);
        secretValue(c, QStringLiteral("password"), text(a.value(QStringLiteral("password"))));
        return Status::success();
    }
    if (type == QLatin1String("bearer")) {
        d.changeAuthType(AuthType::PersonalAccessToken);
        secretValue(c, QStringLiteral("the bearer token"), text(a.value(QStringLiteral("token"))));
        return Status::success();
    }
    if (type == QLatin1String("apikey")) {
        // A key in the Authorization header is a token with a prefix ("Token {{token}}"): a PAT.
        const QString key = text(a.value(QStringLiteral("key")));
        const bool authorization = key.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0 &&
                                   text(a.value(QStringLiteral("in"))) != QLatin1String("query");
        d.changeAuthType(authorization ? AuthType::PersonalAccessToken : AuthType::ApiKey);
        Property *p = d.property(authorization ? PersonalAccessToken : ApiKey);
        if (!key.isEmpty())
            p->sendAs.key = ImportSupport::clip(key, 200);
        p->sendAs.location =
            text(a.value(QStringLiteral("in"))) == QLatin1String("query") ? Location::Query : Location::Header;
        const QString value = text(a.value(QStringLiteral("value")));
        // "Token {{api_key}}": keep the text around the one variable as the template.
        const QRegularExpressionMatch m = postmanVariable().match(value);
        if (m.hasMatch() && value.count(QLatin1String("{{")) == 1) {
            QString t = value;
            t.replace(m.capturedStart(), m.capturedLength(), QStringLiteral("{value}"));
            p->sendAs.valueTemplate = t;
        }
        secretValue(c, QStringLiteral("the API key"), value);
        return Status::success();
    }
    return Error{QCoreApplication::translate("cad::Importer", "the Postman auth type \"%1\" is not supported")
                     .arg(type.left(50)),
                 QCoreApplication::translate(
                     "cad::Importer", "Connectors support OAuth 2.0, basic, API key and bearer token authentication.")};
}

/// A collection without auth whose request sends headers or query parameters made of one {{variable}}
/// (what PostmanExporter writes for a custom connector with several credentials): a custom connector
/// with one secret ask-the-user property per entry. Returns the query parameters taken, which the test
/// request must no longer carry.
QStringList applyRequestCredentials(Context &c, const QJsonObject &request)
{
    struct Entry
    {
        QString key;
        QString value;
        Location location;
    };
    QList<Entry> entries;
    for (const QJsonValue &h : request.value(QLatin1String("header")).toArray()) {
        const QJsonObject o = h.toObject();
        if (!o.value(QLatin1String("disabled")).toBool())
            entries.append(
                {text(o.value(QLatin1String("key"))), text(o.value(QLatin1String("value"))), Location::Header});
    }
    const QJsonValue url = request.value(QLatin1String("url"));
    if (url.isObject()) {
        for (const QJsonValue &q : url.toObject().value(QLatin1String("query")).toArray()) {
            const QJsonObject o = q.toObject();
            if (!o.value(QLatin1String("disabled")).toBool())
                entries.append(
                    {text(o.value(QLatin1String("key"))), text(o.value(QLatin1String("value"))), Location::Query});
        }
    }
    ConnectorDefinition &d = c.definition;
    QStringList takenQuery;
    int order = 1;
    for (const Entry &e : std::as_const(entries)) {
        const QRegularExpressionMatch m = postmanVariable().match(e.value);
        if (e.key.isEmpty() || !m.hasMatch() || e.value.count(QLatin1String("{{")) != 1 || d.properties.size() >= 50)
            continue;
        const QString variable = m.captured(1).trimmed();
        Property p;
        p.name = ImportSupport::propertyNameFor(d, variable);
        p.displayName = variable.left(200);
        p.askUser = p.required = p.secret = true;
        p.inputKind = InputKind::Password;
        p.order = order++;
        QString t = e.value;
        t.replace(m.capturedStart(), m.capturedLength(), QStringLiteral("{value}"));
        p.sendAs = {e.location, ImportSupport::clip(e.key, 200), ImportSupport::clip(t, 200)};
        ImportSupport::dropSecret(c.result, e.key, c.variables.value(variable)); // never kept; warn if real
        d.properties.append(p);
        if (e.location == Location::Query)
            takenQuery.append(e.key);
    }
    if (!d.properties.isEmpty())
        d.authType = AuthType::Custom;
    return takenQuery;
}

/// The test request's path without the query parameters that became credentials.
QString withoutQueryParameters(const QString &path, const QStringList &keys)
{
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    if (q < 0 || keys.isEmpty())
        return path;
    QStringList kept;
    for (const QString &pair : path.mid(q + 1).split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        if (!keys.contains(pair.section(QLatin1Char('='), 0, 0)))
            kept.append(pair);
    }
    return kept.isEmpty() ? path.left(q) : path.left(q + 1) + kept.join(QLatin1Char('&'));
}

} // namespace

Result<ImportResult> PostmanImporter::import(const QJsonObject &root, ImportErrorKind &kind)
{
    kind = ImportErrorKind::Invalid;
    Context c;
    c.result.sourceFormat = QStringLiteral("Postman collection v2.1");
    if (Status s = checkRequiredParts(root); !s)
        return s.error();
    const QJsonObject info = root.value(QLatin1String("info")).toObject();
    if (info.value(QLatin1String("schema")).toString().contains(QLatin1String("/collection/v2.0")))
        c.result.sourceFormat = QStringLiteral("Postman collection v2.0");
    const QJsonValue variableValue = root.value(QLatin1String("variable"));
    if (!variableValue.isUndefined() && !variableValue.isArray())
        return typeError(QStringLiteral("variable"),
                         QCoreApplication::translate("cad::Importer", "a list of variables"));
    const QJsonValue authValue = root.value(QLatin1String("auth"));
    if (!authValue.isUndefined() && !authValue.isNull() && !authValue.isObject())
        return typeError(QStringLiteral("auth"), QCoreApplication::translate("cad::Importer", "an object"));

    for (const QJsonValue &v : variableValue.toArray()) {
        const QJsonObject o = v.toObject();
        const QString key = text(o.value(QLatin1String("key"))).isEmpty() ? text(o.value(QLatin1String("id")))
                                                                          : text(o.value(QLatin1String("key")));
        if (key == ExchangeExtension::Key) {
            QJsonParseError error;
            const QJsonDocument doc =
                QJsonDocument::fromJson(o.value(QLatin1String("value")).toString().toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject())
                return typeError(
                    QString(ExchangeExtension::Key),
                    QCoreApplication::translate("cad::Importer", "the JSON text of a connector definition"));
            Result<ConnectorDefinition> d = ExchangeExtension::fromJson(doc.object(), c.result.warnings);
            if (!d)
                return d.error();
            c.result.definition = *d;
            c.result.lossless = true;
            return c.result;
        }
        if (!key.isEmpty())
            c.variables.insert(key, text(o.value(QLatin1String("value"))));
    }

    c.definition = ConnectorDefinition::create(AuthType::None,
                                               ImportSupport::clip(info.value(QLatin1String("name")).toString(), 200));
    const QJsonValue description = info.value(QLatin1String("description"));
    c.definition.description = ImportSupport::clip(
        description.isObject() ? text(description.toObject().value(QLatin1String("content"))) : text(description));

    QJsonObject request;
    int budget = 10000;
    const bool haveRequest = firstRequest(root.value(QLatin1String("item")).toArray(), 0, budget, request);
    QJsonObject auth = authValue.toObject();
    if (auth.isEmpty() && haveRequest)
        auth = request.value(QLatin1String("auth")).toObject();
    if (Status s = applyAuth(c, auth); !s)
        return s.error();
    QStringList credentialQuery;
    if (c.definition.authType == AuthType::None && haveRequest)
        credentialQuery = applyRequestCredentials(c, request);

    // Base URL and test request from the first request.
    if (haveRequest) {
        QString raw = rawUrl(request.value(QLatin1String("url"))).trimmed();
        // A leading {{var}} whose value is a URL is inlined ({{baseUrl}}/me).
        const QRegularExpressionMatch lead = postmanVariable().match(raw);
        QString base;
        QString rest;
        if (lead.hasMatch() && lead.capturedStart() == 0 &&
            c.variables.value(lead.captured(1)).contains(QLatin1String("://"))) {
            base = c.variables.value(lead.captured(1));
            rest = raw.mid(lead.capturedEnd());
        } else {
            const qsizetype schemeEnd = raw.indexOf(QLatin1String("://"));
            const qsizetype pathStart = raw.indexOf(QLatin1Char('/'), schemeEnd < 0 ? 0 : schemeEnd + 3);
            base = pathStart < 0 ? raw : raw.left(pathStart);
            rest = pathStart < 0 ? QString() : raw.mid(pathStart);
            if (schemeEnd < 0 && !base.isEmpty())
                base.prepend(QStringLiteral("https://"));
        }
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        c.definition.baseUrl = convertVariables(c, ImportSupport::clip(base, 2000));
        if (const qsizetype hash = rest.indexOf(QLatin1Char('#')); hash >= 0)
            rest.truncate(hash);
        rest = withoutQueryParameters(rest, credentialQuery);
        if (!rest.isEmpty()) {
            c.definition.testRequest.path = convertVariables(
                c, ImportSupport::clip(rest.startsWith(QLatin1Char('/')) ? rest : QLatin1Char('/') + rest, 1000));
        }
        const QString method = text(request.value(QLatin1String("method"))).toUpper();
        if (!method.isEmpty())
            c.definition.testRequest.method = method.left(20);
        // Authorization headers written by hand carry credentials too.
        for (const QJsonValue &h : request.value(QLatin1String("header")).toArray()) {
            const QJsonObject header = h.toObject();
            if (text(header.value(QLatin1String("key"))).compare(QLatin1String("Authorization"), Qt::CaseInsensitive) ==
                0)
                secretValue(c, QStringLiteral("the Authorization header"),
                            text(header.value(QLatin1String("value"))).section(QLatin1Char(' '), -1));
        }
    } else {
        c.definition.baseUrl.clear();
        c.result.notes.append(
            QCoreApplication::translate("cad::Importer", "The collection has no request: enter the base URL."));
    }
    c.result.definition = c.definition;
    return c.result;
}

} // namespace cad
