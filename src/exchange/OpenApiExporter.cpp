#include "exchange/OpenApiExporter.h"

#include "exchange/ExchangeExtension.h"
#include "model/BuiltinSchemas.h"
#include "model/TokenHandling.h"
#include "model/Variables.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace cad {

namespace {

using namespace PropertyNames;

QStringList scopeList(const ConnectorDefinition &d)
{
    return d.valueOf(Scope).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

QJsonObject scopesMap(const ConnectorDefinition &d)
{
    QJsonObject scopes;
    QStringList all = scopeList(d);
    if (const Property *p = d.property(Scope))
        all += p->choices;
    for (const QString &s : all) {
        if (!s.trimmed().isEmpty())
            scopes.insert(s.trimmed(), s.trimmed());
    }
    return scopes;
}

/// An apiKey scheme for a property sent in a header or query parameter (body: header, the
/// extension keeps the truth).
QJsonObject apiKeyScheme(const Property &p)
{
    QJsonObject scheme{{QStringLiteral("type"), QStringLiteral("apiKey")},
                       {QStringLiteral("in"),
                        p.sendAs.location == Location::Query ? QStringLiteral("query") : QStringLiteral("header")},
                       {QStringLiteral("name"), p.sentKey()}};
    if (!p.displayName.isEmpty() || !p.hint.isEmpty())
        scheme.insert(QStringLiteral("description"),
                      p.hint.isEmpty() ? p.displayName : p.displayName + QStringLiteral(": ") + p.hint);
    if (p.sendAs.effectiveTemplate() != QLatin1String("{value}"))
        scheme.insert(ExchangeExtension::ValueTemplateKey, p.sendAs.valueTemplate);
    return scheme;
}

QJsonObject oauthScheme(const ConnectorDefinition &d)
{
    QJsonObject flow;
    const QString refresh = d.valueOf(RefreshTokenUrl);
    flow.insert(QStringLiteral("tokenUrl"), d.valueOf(TokenUrl));
    if (!refresh.isEmpty())
        flow.insert(QStringLiteral("refreshUrl"), refresh);
    flow.insert(QStringLiteral("scopes"), scopesMap(d));
    QString flowName = QStringLiteral("clientCredentials");
    if (needsBrowser(d.authType)) {
        flowName = QStringLiteral("authorizationCode");
        flow.insert(QStringLiteral("authorizationUrl"), d.valueOf(AuthorizationUrl));
        if (d.authType == AuthType::OAuth2AuthorizationCodePkce)
            flow.insert(QStringLiteral("x-usePkce"), true);
    }
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("oauth2")},
                       {QStringLiteral("description"), authTypeDisplayName(d.authType)},
                       {QStringLiteral("flows"), QJsonObject{{flowName, flow}}}};
}

QJsonObject serverObject(const ConnectorDefinition &d)
{
    QJsonObject server{{QStringLiteral("url"), d.baseUrl}};
    QJsonObject variables;
    for (const QString &name : Variables::referenced(d.baseUrl)) {
        QJsonObject v;
        const Property *p = d.property(name);
        QString defaultValue = p && !p->secret ? p->value : QString();
        if (p && (p->inputKind == InputKind::Choice || p->inputKind == InputKind::MultiChoice) &&
            !p->choices.isEmpty()) {
            v.insert(QStringLiteral("enum"), QJsonArray::fromStringList(p->choices));
            if (!p->choices.contains(defaultValue))
                defaultValue = p->choices.first();
        }
        v.insert(QStringLiteral("default"), defaultValue);
        if (!p) {
            // Filled from the token response after sign-in ({instance_url}): OpenAPI has no field for it.
            for (const TokenHandling::ResponseVariable &captured : TokenHandling::responseVariables(d)) {
                if (captured.name != name)
                    continue;
                v.insert(QStringLiteral("description"),
                         QStringLiteral("From the token response, at %1, after sign-in").arg(captured.pointer));
                v.insert(QStringLiteral("x-connector-auth-designer-token-response"), captured.pointer);
            }
        }
        if (p) {
            const QString description =
                p->hint.isEmpty() ? p->displayName : p->displayName + QStringLiteral(": ") + p->hint;
            if (!description.isEmpty())
                v.insert(QStringLiteral("description"), description);
        }
        variables.insert(name, v);
    }
    if (!variables.isEmpty())
        server.insert(QStringLiteral("variables"), variables);
    return server;
}

QJsonObject pathsObject(const ConnectorDefinition &d)
{
    QString path = d.testRequest.path;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    if (q >= 0)
        path.truncate(q);
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    static const QStringList methods{QStringLiteral("get"),    QStringLiteral("put"),     QStringLiteral("post"),
                                     QStringLiteral("delete"), QStringLiteral("options"), QStringLiteral("head"),
                                     QStringLiteral("patch"),  QStringLiteral("trace")};
    QString method = d.testRequest.method.toLower();
    if (!methods.contains(method))
        method = QStringLiteral("get");
    QJsonObject operation{
        {QStringLiteral("summary"), QStringLiteral("Test request")},
        {QStringLiteral("description"),
         QStringLiteral("The request made when a connection is created, to check the authentication.")},
        {QStringLiteral("responses"),
         QJsonObject{{QStringLiteral("200"), QJsonObject{{QStringLiteral("description"), QStringLiteral("OK")}}}}}};
    QJsonArray parameters;
    for (const QString &name : Variables::referenced(path)) {
        parameters.append(
            QJsonObject{{QStringLiteral("name"), name},
                        {QStringLiteral("in"), QStringLiteral("path")},
                        {QStringLiteral("required"), true},
                        {QStringLiteral("schema"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}});
    }
    if (!parameters.isEmpty())
        operation.insert(QStringLiteral("parameters"), parameters);
    return QJsonObject{{path, QJsonObject{{method, operation}}}};
}

} // namespace

QJsonObject OpenApiExporter::toJson(const ConnectorDefinition &d)
{
    QJsonObject info{{QStringLiteral("title"), d.displayName}, {QStringLiteral("version"), QStringLiteral("1.0.0")}};
    if (!d.description.isEmpty())
        info.insert(QStringLiteral("description"), d.description);

    QJsonObject root{{QStringLiteral("openapi"), QStringLiteral("3.0.3")},
                     {QStringLiteral("info"), info},
                     {QStringLiteral("servers"), QJsonArray{serverObject(d)}},
                     {QStringLiteral("paths"), pathsObject(d)}};
    if (!d.documentationUrl.isEmpty())
        root.insert(QStringLiteral("externalDocs"),
                    QJsonObject{{QStringLiteral("description"), QStringLiteral("Authentication")},
                                {QStringLiteral("url"), d.documentationUrl}});

    const QJsonObject extension = ExchangeExtension::toJson(d);
    const QString schemeName = authTypeId(d.authType);
    QJsonObject schemes;
    QJsonObject requirement;
    bool extensionAtRoot = false;

    switch (d.authType) {
    case AuthType::OAuth2AuthorizationCode:
    case AuthType::OAuth2AuthorizationCodePkce:
    case AuthType::OAuth2ClientCredentials:
        schemes.insert(schemeName, oauthScheme(d));
        requirement.insert(schemeName, QJsonArray::fromStringList(scopeList(d)));
        break;
    case AuthType::Basic:
        schemes.insert(schemeName, QJsonObject{{QStringLiteral("type"), QStringLiteral("http")},
                                               {QStringLiteral("scheme"), QStringLiteral("basic")}});
        requirement.insert(schemeName, QJsonArray());
        break;
    case AuthType::ApiKey:
        if (const Property *p = d.property(ApiKey))
            schemes.insert(schemeName, apiKeyScheme(*p));
        else
            schemes.insert(schemeName, QJsonObject{{QStringLiteral("type"), QStringLiteral("apiKey")},
                                                   {QStringLiteral("in"), QStringLiteral("header")},
                                                   {QStringLiteral("name"), QStringLiteral("X-Access-Token")}});
        requirement.insert(schemeName, QJsonArray());
        break;
    case AuthType::PersonalAccessToken: {
        const Property *p = d.property(PersonalAccessToken);
        const bool bearer = !p || (p->sendAs.location == Location::Header &&
                                   p->sentKey().compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0 &&
                                   p->sendAs.effectiveTemplate() == QLatin1String("Bearer {value}"));
        if (bearer)
            schemes.insert(schemeName, QJsonObject{{QStringLiteral("type"), QStringLiteral("http")},
                                                   {QStringLiteral("scheme"), QStringLiteral("bearer")}});
        else
            schemes.insert(schemeName, apiKeyScheme(*p));
        requirement.insert(schemeName, QJsonArray());
        break;
    }
    case AuthType::Custom:
        extensionAtRoot = true;
        for (const Property &p : d.propertiesInDisplayOrder()) {
            if (p.sendAs.location != Location::Header && p.sendAs.location != Location::Query)
                continue;
            schemes.insert(p.name, apiKeyScheme(p));
            requirement.insert(p.name, QJsonArray());
        }
        break;
    case AuthType::None:
        extensionAtRoot = true;
        break;
    }

    if (!extensionAtRoot) {
        QJsonObject scheme = schemes.value(schemeName).toObject();
        scheme.insert(ExchangeExtension::Key, extension);
        schemes.insert(schemeName, scheme);
    } else {
        root.insert(ExchangeExtension::Key, extension);
    }
    if (!schemes.isEmpty())
        root.insert(QStringLiteral("components"), QJsonObject{{QStringLiteral("securitySchemes"), schemes}});
    root.insert(QStringLiteral("security"), requirement.isEmpty() ? QJsonArray() : QJsonArray{requirement});
    return root;
}

} // namespace cad
