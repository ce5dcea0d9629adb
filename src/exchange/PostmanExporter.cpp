#include "exchange/PostmanExporter.h"

#include "exchange/ExchangeExtension.h"
#include "model/BuiltinSchemas.h"
#include "model/TokenHandling.h"
#include "model/Variables.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace cad {

namespace {

using namespace PropertyNames;

/// {name} -> {{name}}
QString toPostmanVariables(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_.\\-]*)\\}"));
    QString out = text;
    out.replace(re, QStringLiteral("{{\\1}}"));
    return out;
}

QString templated(const Property &p)
{
    QString t = toPostmanVariables(p.sendAs.effectiveTemplate());
    t.replace(QLatin1String("{{value}}"), QStringLiteral("{{%1}}").arg(p.name));
    return t;
}

QJsonObject attribute(const QString &key, const QJsonValue &value)
{
    const QString type = value.isBool() ? QStringLiteral("boolean") : QStringLiteral("string");
    return QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), value}, {QStringLiteral("type"), type}};
}

/// The value of a property as Postman should see it: {{name}} for secrets and ask-the-user
/// properties (filled per connection), the value otherwise.
QString valueOrVariable(const ConnectorDefinition &d, QStringView name)
{
    const Property *p = d.property(name);
    if (!p || p->secret || p->askUser)
        return QStringLiteral("{{%1}}").arg(name);
    return toPostmanVariables(p->value);
}

QJsonObject authFor(const ConnectorDefinition &d, QJsonArray &headers, QJsonArray &query)
{
    auto auth = [](const QString &type, const QJsonArray &attributes) {
        QJsonObject o{{QStringLiteral("type"), type}};
        if (!attributes.isEmpty())
            o.insert(type, attributes);
        return o;
    };
    switch (d.authType) {
    case AuthType::OAuth2AuthorizationCode:
    case AuthType::OAuth2AuthorizationCodePkce:
    case AuthType::OAuth2ClientCredentials: {
        QJsonArray a;
        const QString grant = d.authType == AuthType::OAuth2AuthorizationCode ? QStringLiteral("authorization_code")
                              : d.authType == AuthType::OAuth2AuthorizationCodePkce
                                  ? QStringLiteral("authorization_code_with_pkce")
                                  : QStringLiteral("client_credentials");
        a.append(attribute(QStringLiteral("grant_type"), grant));
        if (needsBrowser(d.authType))
            a.append(attribute(QStringLiteral("authUrl"), toPostmanVariables(d.valueOf(AuthorizationUrl))));
        a.append(attribute(QStringLiteral("accessTokenUrl"), toPostmanVariables(d.valueOf(TokenUrl))));
        if (!d.valueOf(RefreshTokenUrl).isEmpty())
            a.append(attribute(QStringLiteral("refreshTokenUrl"), toPostmanVariables(d.valueOf(RefreshTokenUrl))));
        a.append(attribute(QStringLiteral("clientId"), valueOrVariable(d, ClientId)));
        a.append(attribute(QStringLiteral("clientSecret"), QStringLiteral("{{%1}}").arg(ClientSecret)));
        a.append(attribute(QStringLiteral("scope"), d.valueOf(Scope)));
        const bool header = d.valueOf(BasicHeader) != QLatin1String("false");
        a.append(attribute(QStringLiteral("client_authentication"),
                           header ? QStringLiteral("header") : QStringLiteral("body")));
        if (d.authType == AuthType::OAuth2AuthorizationCodePkce)
            a.append(attribute(QStringLiteral("challengeAlgorithm"), d.valueOf(PkceMethod) == QLatin1String("plain")
                                                                         ? QStringLiteral("plain")
                                                                         : QStringLiteral("S256")));
        // Postman can say two of the token placements: a query parameter (always access_token) and
        // the Authorization header's prefix; the rest stays in the lossless extension.
        const TokenHandling::Placement place = TokenHandling::placement(d);
        a.append(attribute(QStringLiteral("addTokenTo"),
                           place.queryParameter.isEmpty() ? QStringLiteral("header") : QStringLiteral("queryParams")));
        if (place.queryParameter.isEmpty() && place.prefix != QLatin1String("Bearer"))
            a.append(attribute(QStringLiteral("headerPrefix"), place.prefix));
        if (!d.valueOf(ConnectionName).isEmpty())
            a.append(attribute(QStringLiteral("tokenName"), d.valueOf(ConnectionName)));
        return auth(QStringLiteral("oauth2"), a);
    }
    case AuthType::Basic:
        return auth(QStringLiteral("basic"),
                    QJsonArray{attribute(QStringLiteral("username"), valueOrVariable(d, Username)),
                               attribute(QStringLiteral("password"), QStringLiteral("{{%1}}").arg(Password))});
    case AuthType::ApiKey: {
        const Property *p = d.property(ApiKey);
        if (!p)
            return auth(QStringLiteral("noauth"), {});
        return auth(QStringLiteral("apikey"),
                    QJsonArray{attribute(QStringLiteral("key"), p->sentKey()),
                               attribute(QStringLiteral("value"), templated(*p)),
                               attribute(QStringLiteral("in"), p->sendAs.location == Location::Query
                                                                   ? QStringLiteral("query")
                                                                   : QStringLiteral("header"))});
    }
    case AuthType::PersonalAccessToken: {
        const Property *p = d.property(PersonalAccessToken);
        if (!p)
            return auth(QStringLiteral("noauth"), {});
        if (p->sendAs.location == Location::Header &&
            p->sentKey().compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0 &&
            p->sendAs.effectiveTemplate() == QLatin1String("Bearer {value}"))
            return auth(QStringLiteral("bearer"),
                        QJsonArray{attribute(QStringLiteral("token"), QStringLiteral("{{%1}}").arg(p->name))});
        return auth(QStringLiteral("apikey"),
                    QJsonArray{attribute(QStringLiteral("key"), p->sentKey()),
                               attribute(QStringLiteral("value"), templated(*p)),
                               attribute(QStringLiteral("in"), p->sendAs.location == Location::Query
                                                                   ? QStringLiteral("query")
                                                                   : QStringLiteral("header"))});
    }
    case AuthType::Custom: {
        QList<Property> sent;
        for (const Property &p : d.propertiesInDisplayOrder()) {
            if (p.sendAs.location == Location::Header || p.sendAs.location == Location::Query)
                sent.append(p);
        }
        if (sent.size() == 1) {
            const Property &p = sent.first();
            return auth(QStringLiteral("apikey"),
                        QJsonArray{attribute(QStringLiteral("key"), p.sentKey()),
                                   attribute(QStringLiteral("value"), templated(p)),
                                   attribute(QStringLiteral("in"), p.sendAs.location == Location::Query
                                                                       ? QStringLiteral("query")
                                                                       : QStringLiteral("header"))});
        }
        for (const Property &p : sent) {
            const QJsonObject entry{{QStringLiteral("key"), p.sentKey()}, {QStringLiteral("value"), templated(p)}};
            if (p.sendAs.location == Location::Header)
                headers.append(entry);
            else
                query.append(entry);
        }
        return auth(QStringLiteral("noauth"), {});
    }
    case AuthType::None:
        return auth(QStringLiteral("noauth"), {});
    }
    Q_UNREACHABLE();
}

/// Every {{name}} used in text.
QStringList postmanVariablesIn(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("\\{\\{([^{}]+)\\}\\}"));
    QStringList names;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

} // namespace

QJsonObject PostmanExporter::toJson(const ConnectorDefinition &d)
{
    QJsonArray headers;
    QJsonArray query;
    const QJsonObject auth = authFor(d, headers, query);

    QString path = d.testRequest.path;
    QString queryString;
    if (const qsizetype q = path.indexOf(QLatin1Char('?')); q >= 0) {
        queryString = path.mid(q + 1);
        path.truncate(q);
    }
    path = toPostmanVariables(path);
    QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &pair : queryString.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        query.append(QJsonObject{{QStringLiteral("key"), eq < 0 ? pair : pair.left(eq)},
                                 {QStringLiteral("value"), eq < 0 ? QString() : toPostmanVariables(pair.mid(eq + 1))}});
    }
    QString raw = QStringLiteral("{{baseUrl}}/") + segments.join(QLatin1Char('/'));
    QStringList queryParts;
    for (const QJsonValue &v : std::as_const(query))
        queryParts.append(v[QLatin1String("key")].toString() + QLatin1Char('=') + v[QLatin1String("value")].toString());
    if (!queryParts.isEmpty())
        raw += QLatin1Char('?') + queryParts.join(QLatin1Char('&'));

    QJsonObject url{{QStringLiteral("raw"), raw},
                    {QStringLiteral("host"), QJsonArray{QStringLiteral("{{baseUrl}}")}},
                    {QStringLiteral("path"), QJsonArray::fromStringList(segments)}};
    if (!query.isEmpty())
        url.insert(QStringLiteral("query"), query);
    QJsonObject request{
        {QStringLiteral("method"), d.testRequest.method.toUpper()},
        {QStringLiteral("header"), headers},
        {QStringLiteral("url"), url},
        {QStringLiteral("description"),
         QStringLiteral("The request made when a connection is created, to check the authentication.")}};
    const QJsonArray items{QJsonObject{{QStringLiteral("name"), QStringLiteral("Test request")},
                                       {QStringLiteral("request"), request},
                                       {QStringLiteral("response"), QJsonArray()}}};

    // Variables: baseUrl, then every {{name}} used anywhere in the collection that is a property.
    QJsonArray variables;
    variables.append(QJsonObject{{QStringLiteral("key"), QStringLiteral("baseUrl")},
                                 {QStringLiteral("value"), toPostmanVariables(d.baseUrl)},
                                 {QStringLiteral("type"), QStringLiteral("string")}});
    const QString everything =
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("a"), auth},
                                                    {QStringLiteral("i"), items},
                                                    {QStringLiteral("b"), toPostmanVariables(d.baseUrl)}})
                              .toJson(QJsonDocument::Compact));
    for (const QString &name : postmanVariablesIn(everything)) {
        if (name == QLatin1String("baseUrl"))
            continue;
        const Property *p = d.property(name);
        QJsonObject v{{QStringLiteral("key"), name},
                      {QStringLiteral("value"), p && !p->secret ? p->value : QString()},
                      {QStringLiteral("type"), QStringLiteral("string")}};
        if (p && !p->displayName.isEmpty())
            v.insert(QStringLiteral("description"), p->secret ? p->displayName + QStringLiteral(" (secret: fill it in "
                                                                                                "your Postman vault or "
                                                                                                "environment)")
                                                              : p->displayName);
        variables.append(v);
    }
    variables.append(QJsonObject{
        {QStringLiteral("key"), QString(ExchangeExtension::Key)},
        {QStringLiteral("value"),
         QString::fromUtf8(QJsonDocument(ExchangeExtension::toJson(d)).toJson(QJsonDocument::Compact))},
        {QStringLiteral("type"), QStringLiteral("string")},
        {QStringLiteral("description"),
         QStringLiteral("Connector Auth Designer definition (no secrets), for a lossless import. Leave as is.")}});

    QJsonObject info{{QStringLiteral("name"), d.displayName}, {QStringLiteral("schema"), QString(SchemaUrl)}};
    if (!d.description.isEmpty())
        info.insert(QStringLiteral("description"), d.description);
    return QJsonObject{{QStringLiteral("info"), info},
                       {QStringLiteral("auth"), auth},
                       {QStringLiteral("variable"), variables},
                       {QStringLiteral("item"), items}};
}

} // namespace cad
