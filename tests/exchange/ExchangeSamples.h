#pragma once

// Test helper: one definition per authentication type, each with author-added properties of
// several kinds, and the secret values used by the secret-scanning tests.

#include "model/BuiltinSchemas.h"
#include "model/ConnectorDefinition.h"

#include <QList>
#include <QStringList>

namespace cad::test {

inline Property authorProperty(const QString &name, InputKind kind, Location location, const QString &key,
                               const QString &value, bool askUser, bool secret, const QStringList &choices = {})
{
    Property p;
    p.name = name;
    p.displayName = name + QStringLiteral(" (shown)");
    p.value = value;
    p.askUser = askUser;
    p.required = askUser;
    p.secret = secret;
    p.inputKind = kind;
    p.choices = choices;
    p.hint = QStringLiteral("Hint for ") + name;
    p.order = 50;
    p.sendAs = {location, key, QString()};
    return p;
}

/// A complete definition of the given type; secret values are empty (they are never exported).
inline ConnectorDefinition sampleDefinition(AuthType type)
{
    using namespace PropertyNames;
    ConnectorDefinition d = ConnectorDefinition::create(type, QStringLiteral("Acme CRM ") + authTypeId(type));
    d.description = QStringLiteral("Contacts and deals of Acme CRM.");
    d.baseUrl = QStringLiteral("https://{subdomain}.acme.example/api/{region}");
    d.testRequest = {QStringLiteral("GET"), QStringLiteral("/users/me")};
    auto set = [&d](QStringView name, const QString &value) {
        if (Property *p = d.property(name))
            p->value = value;
    };
    set(ClientId, QStringLiteral("acme-client-id"));
    set(AuthorizationUrl, QStringLiteral("https://login.acme.example/oauth/authorize"));
    set(TokenUrl, QStringLiteral("https://login.acme.example/oauth/token"));
    set(RefreshTokenUrl, QStringLiteral("https://login.acme.example/oauth/refresh"));
    set(Scope, QStringLiteral("contacts.read deals.write"));
    if (Property *scope = d.property(Scope))
        scope->choices = {QStringLiteral("contacts.read"), QStringLiteral("deals.write"), QStringLiteral("admin")};
    set(BasicHeader, QStringLiteral("false"));
    set(PkceMethod, QStringLiteral("plain"));
    if (Property *key = d.property(ApiKey))
        key->sendAs = {Location::Query, QStringLiteral("apikey"), QStringLiteral("Key {value}")};
    if (Property *pat = d.property(PersonalAccessToken))
        pat->sendAs = {Location::Header, QStringLiteral("Authorization"), QStringLiteral("Token {value}")};
    d.properties.append(authorProperty(QStringLiteral("subdomain"), InputKind::Text, Location::NotSent, QString(),
                                       QStringLiteral("demo"), true, false));
    d.properties.append(authorProperty(QStringLiteral("region"), InputKind::Choice, Location::NotSent, QString(),
                                       QStringLiteral("eu"), true, false,
                                       {QStringLiteral("eu"), QStringLiteral("us")}));
    d.properties.append(authorProperty(QStringLiteral("tenant_header"), InputKind::Text, Location::Header,
                                       QStringLiteral("X-Tenant"), QStringLiteral("acme"), false, false));
    d.properties.append(authorProperty(QStringLiteral("audience"), InputKind::Url, Location::Query, QString(),
                                       QStringLiteral("https://api.acme.example"), false, false));
    d.properties.append(authorProperty(QStringLiteral("page_size"), InputKind::Number, Location::Body, QString(),
                                       QStringLiteral("50"), false, false));
    d.properties.append(authorProperty(QStringLiteral("signing_key"), InputKind::Password, Location::Header,
                                       QStringLiteral("X-Signature"), QString(), true, true));
    d.properties.last().sendAs.valueTemplate = QStringLiteral("HMAC {value}");
    d.properties.append(authorProperty(QStringLiteral("beta"), InputKind::Boolean, Location::NotSent, QString(),
                                       QStringLiteral("true"), false, false));
    return d;
}

/// Known values for every secret property (plus an access token) of a definition.
inline QStringList fillSecrets(ConnectorDefinition &d)
{
    QStringList secrets;
    int n = 0;
    for (Property &p : d.properties) {
        if (!p.secret)
            continue;
        p.value = QStringLiteral("Sekr3t-%1-%2-value-7c1f").arg(p.name).arg(++n);
        secrets.append(p.value);
    }
    secrets.append(QStringLiteral("eyJhbGciOiJSUzI1NiJ9.access-token-5b2e9"));
    return secrets;
}

} // namespace cad::test
