#include "exchange/Discovery.h"

#include "core/Origin.h"
#include "model/BuiltinSchemas.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cad::Discovery {

namespace {

constexpr qsizetype MaxDiscoveredUrl = 2000; ///< characters in a URL taken from a discovery document
constexpr int MaxScopes = 50;                ///< scope choices taken from a discovery document

/// https, or plain http to this computer: where the connector may send credentials. Too long a URL
/// is left out, not clipped: a clipped one is another URL, which was never checked
/// (http://<2000 characters>@127.0.0.1/ would become plain http to another host).
bool isUsableEndpoint(const QJsonValue &v)
{
    const QUrl url(v.toString(), QUrl::StrictMode);
    return v.isString() && v.toString().size() <= MaxDiscoveredUrl && url.isValid() && !url.host().isEmpty() &&
           isSecureOrLoopback(url);
}

/// A scope name as RFC 6749 3.3 defines it: printable ASCII but space, quote and backslash. Other text (control
/// characters, a NUL) from a hostile discovery document must not reach the definition.
bool isScopeToken(const QString &s)
{
    if (s.isEmpty() || s.size() > 200)
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x21 || u > 0x7e || u == u'"' || u == u'\\')
            return false;
    }
    return true;
}

QStringList strings(const QJsonObject &metadata, const char *key)
{
    QStringList list;
    for (const QJsonValue &v : metadata.value(QLatin1String(key)).toArray()) {
        if (v.isString())
            list.append(v.toString());
    }
    return list;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("cad::Discovery", text);
}

QString label(const ConnectorDefinition &d, QStringView name, const char *fallback)
{
    const Property *p = d.property(name);
    return p && !p->displayName.isEmpty() ? p->displayName : tr(fallback);
}

QString issuerHint()
{
    return tr("The authorization server's issuer identifier, from its discovery document. The \"iss\" parameter of "
              "the sign-in response must equal it (RFC 9207).");
}

} // namespace

AuthType suggestedType(const QJsonObject &metadata)
{
    // RFC 8414 2: grant_types_supported defaults to authorization_code and implicit.
    const QStringList grants = strings(metadata, "grant_types_supported");
    if (!grants.isEmpty() && !grants.contains(QLatin1String("authorization_code")) &&
        grants.contains(QLatin1String("client_credentials")))
        return AuthType::OAuth2ClientCredentials;
    if (strings(metadata, "code_challenge_methods_supported").contains(QLatin1String("S256")))
        return AuthType::OAuth2AuthorizationCodePkce;
    return AuthType::OAuth2AuthorizationCode;
}

Plan plan(const ConnectorDefinition &current, const QJsonObject &metadata)
{
    using namespace PropertyNames;
    Plan result{current, {}};
    ConnectorDefinition &d = result.definition;
    auto change = [&](QStringView name, const QString &text, const QString &before, const QString &after) {
        if (before != after)
            result.changes.append(Change{name.toString(), text, before, after});
    };
    auto setUrl = [&](QStringView name, const char *key, const char *fallbackLabel) {
        Property *p = d.property(name);
        const QJsonValue v = metadata.value(QLatin1String(key));
        if (!p || !isUsableEndpoint(v))
            return;
        change(name, label(d, name, fallbackLabel), p->value, v.toString());
        p->value = v.toString();
    };
    // An author-added property that only the designer reads (never sent with API calls): added at
    // the end of the table when missing, else set; the author's wording is replaced by the
    // provider's fact.
    auto setNotSent = [&](QStringView name, const QString &displayName, const QString &hint, const QString &value) {
        Property *p = d.property(name);
        const QString before = p ? p->value : QString();
        if (!p) {
            Property added;
            added.name = name.toString();
            int order = 0;
            for (const Property &other : std::as_const(d.properties))
                order = qMax(order, other.order);
            added.order = order + 1;
            d.properties.append(added);
            p = &d.properties.last();
        }
        p->displayName = displayName;
        p->hint = hint;
        p->value = value;
        p->builtIn = false;
        p->askUser = false;
        p->required = false;
        p->secret = false;
        p->inputKind = InputKind::Text;
        p->choices.clear();
        p->sendAs = SendAs{Location::NotSent, QString(), QString()};
        change(name, p->displayName, before, p->value);
    };
    setUrl(AuthorizationUrl, "authorization_endpoint", "Authorization URL");
    setUrl(TokenUrl, "token_endpoint", "Token URL");
    setUrl(TokenRevokeUrl, "revocation_endpoint", "Token revoke URL");

    if (Property *scope = d.property(Scope)) {
        QStringList offered;
        for (const QString &s : strings(metadata, "scopes_supported")) {
            if (isScopeToken(s) && !offered.contains(s) && offered.size() < MaxScopes)
                offered.append(s);
        }
        const QString before = scope->value;
        if (scope->value.isEmpty() && offered.contains(QLatin1String("openid")) &&
            d.authType != AuthType::OAuth2ClientCredentials)
            scope->value = QStringLiteral("openid");
        change(Scope, label(d, Scope, "Scope"), before, scope->value);
        if (!offered.isEmpty()) {
            // The provider's scopes become the choices; what the value already asks for stays a choice,
            // so that the value remains valid.
            QStringList choices = offered;
            for (const QString &s : scope->value.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (isScopeToken(s) && !choices.contains(s))
                    choices.append(s);
            }
            const QString beforeChoices = scope->choices.join(QStringLiteral(", "));
            if (choices != scope->choices || scope->inputKind != InputKind::MultiChoice)
                result.changes.append(
                    Change{Scope.toString(), tr("Scope choices"), beforeChoices, choices.join(QStringLiteral(", "))});
            scope->inputKind = InputKind::MultiChoice;
            scope->choices = choices;
        }
    }

    if (Property *pkce = d.property(PkceMethod)) {
        if (strings(metadata, "code_challenge_methods_supported").contains(QLatin1String("S256"))) {
            change(PkceMethod, label(d, PkceMethod, "PKCE method"), pkce->value, QStringLiteral("S256"));
            pkce->value = QStringLiteral("S256");
        }
    }

    if (Property *basic = d.property(BasicHeader)) {
        // RFC 8414 2: without the list, client_secret_basic is the method.
        const QJsonValue listed = metadata.value(QLatin1String("token_endpoint_auth_methods_supported"));
        const QStringList methods = strings(metadata, "token_endpoint_auth_methods_supported");
        QString value;
        if (listed.isUndefined() || methods.contains(QLatin1String("client_secret_basic")))
            value = QStringLiteral("true");
        else if (methods.contains(QLatin1String("client_secret_post")))
            value = QStringLiteral("false");
        if (!value.isEmpty()) {
            change(BasicHeader, label(d, BasicHeader, "Basic header"), basic->value, value);
            basic->value = value;
        }
    }

    // The issuer is a URL like the endpoints (DiscoveryFetcher::problemWith accepts no other): anything
    // else, such as text with a NUL, would make a definition file that cannot be opened again.
    const QJsonValue issuer = metadata.value(QLatin1String("issuer"));
    if (isUsableEndpoint(issuer) && d.authType != AuthType::None)
        setNotSent(Issuer, tr("Issuer"), issuerHint(), issuer.toString());
    // RFC 8414 2 / RFC 7662: the token inspector asks it about opaque tokens.
    const QJsonValue introspection = metadata.value(QLatin1String("introspection_endpoint"));
    if (isUsableEndpoint(introspection) && isOAuth(d.authType))
        setNotSent(TokenIntrospectionUrl, tr("Token introspection URL"),
                   tr("The authorization server's RFC 7662 introspection endpoint, from its discovery document. The "
                      "token inspector asks it about the connection's tokens; it is not sent with API calls."),
                   introspection.toString());
    // The table's order: what the author sees first comes first.
    std::stable_sort(result.changes.begin(), result.changes.end(),
                     [&d](const Change &a, const Change &b) { return d.indexOf(a.property) < d.indexOf(b.property); });
    return result;
}

ConnectorDefinition create(const QJsonObject &metadata, AuthType type)
{
    // Named after the issuer's host, which the author renames.
    const QUrl issuer(metadata.value(QLatin1String("issuer")).toString());
    ConnectorDefinition d = ConnectorDefinition::create(type, issuer.host());
    return plan(d, metadata).definition;
}

} // namespace cad::Discovery
