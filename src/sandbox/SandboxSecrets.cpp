#include "sandbox/SandboxSecrets.h"

#include "core/Origin.h"
#include "model/BuiltinSchemas.h"
#include "model/ConnectorDefinition.h"
#include "sandbox/SandboxProvider.h"

namespace cad {

QHash<QString, QString> sandboxSecretsFor(const ConnectorDefinition &definition, const QUrl &issuer)
{
    QHash<QString, QString> secrets;
    const Origin sandbox = Origin::of(issuer);
    if (!sandbox.isValid())
        return secrets;
    const auto valueOf = [&definition](QStringView name) {
        const Property *p = definition.property(name);
        return p ? p->value : QString();
    };

    // The client secret goes to the token URL, and to the refresh and revoke URLs when they are set.
    const auto onSandbox = [&](QStringView name, bool emptyIsFine) {
        const QString url = valueOf(name);
        return (emptyIsFine && url.isEmpty()) || Origin::of(QUrl(url)) == sandbox;
    };
    if (isOAuth(definition.authType) && onSandbox(PropertyNames::TokenUrl, false) &&
        onSandbox(PropertyNames::RefreshTokenUrl, true) && onSandbox(PropertyNames::TokenRevokeUrl, true)) {
        for (const SandboxClient &client : SandboxProvider::clients()) {
            if (client.id == valueOf(PropertyNames::ClientId) && !client.isPublic())
                secrets.insert(PropertyNames::ClientSecret.toString(), client.secret);
        }
    }
    if (Origin::of(QUrl(definition.baseUrl)) != sandbox)
        return secrets;
    for (const Property &p : definition.properties) {
        if (!p.secret)
            continue;
        QString value;
        if (p.name == PropertyNames::Password && definition.authType == AuthType::Basic &&
            valueOf(PropertyNames::Username) == SandboxCredentials::UserName)
            value = SandboxCredentials::Password.toString();
        else if (p.name == PropertyNames::ApiKey && definition.authType == AuthType::ApiKey)
            value = SandboxCredentials::ApiKey.toString();
        else if (p.name == PropertyNames::PersonalAccessToken && definition.authType == AuthType::PersonalAccessToken)
            value = SandboxCredentials::PersonalAccessToken.toString();
        else if (definition.authType == AuthType::Custom && p.sendAs.location == Location::Header &&
                 p.sentKey().compare(SandboxCredentials::CustomKeyHeader, Qt::CaseInsensitive) == 0)
            value = SandboxCredentials::CustomKey.toString();
        else if (definition.authType == AuthType::Custom && p.sendAs.location == Location::Header &&
                 p.sentKey().compare(SandboxCredentials::CustomSecretHeader, Qt::CaseInsensitive) == 0)
            value = SandboxCredentials::CustomSecret.toString();
        if (!value.isEmpty())
            secrets.insert(p.name, value);
    }
    return secrets;
}

} // namespace cad
