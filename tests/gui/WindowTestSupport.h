#pragma once

// What the window tests share: the set-up every test of a MainWindow needs, and the client
// credentials design against the oidc-provider fixture that several of them connect with.

#include "common/ModalSeam.h"
#include "files/AutosaveManager.h"
#include "model/BuiltinSchemas.h"
#include "model/ConnectorDefinition.h"
#include "support/OidcProvider.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace cad::test {

/// The child of @p root with that object name and type (nullptr when there is none).
template <typename T> T *child(QObject *root, const char *name)
{
    return root->findChild<T *>(QLatin1String(name));
}

/// For initTestCase(): settings, autosave and dialogs of a test, never of the person running it.
inline void setUpWindowTests(const QString &applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    ModalSeam::setTestMode(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ConnectorAuthDesignerTest"));
    QCoreApplication::setApplicationName(applicationName);
}

/// For init(): no answers, settings or crash-recovery file left from the previous test function.
inline void resetWindowTest()
{
    ModalSeam::reset();
    QSettings().clear();
    QFile::remove(AutosaveManager::recoveryFilePath());
}

/// Client credentials for the fixture's client @p clientId; the test request is the provider's
/// userinfo endpoint. @p revokeUrl adds the token revoke URL (client credentials has no built-in
/// one: the author adds it as a property of their own).
inline ConnectorDefinition oidcClientCredentials(const OidcProvider &idp, const QString &clientId, const QString &key,
                                                 bool basicHeader, bool revokeUrl)
{
    ConnectorDefinition d = ConnectorDefinition::create(AuthType::OAuth2ClientCredentials, QStringLiteral("CC"));
    d.key = key;
    d.baseUrl = idp.issuer().toString();
    d.testRequest.method = QStringLiteral("GET");
    d.testRequest.path = idp.userinfoUrl().path();
    d.property(PropertyNames::ClientId)->value = idp.client(clientId).clientId;
    d.property(PropertyNames::TokenUrl)->value = idp.tokenUrl().toString();
    d.property(PropertyNames::Scope)->value = QStringLiteral("api:read");
    d.property(PropertyNames::BasicHeader)->value = basicHeader ? QStringLiteral("true") : QStringLiteral("false");
    if (revokeUrl) {
        Property revoke;
        revoke.name = PropertyNames::TokenRevokeUrl.toString();
        revoke.displayName = QStringLiteral("Token revoke URL");
        revoke.value = idp.revocationUrl().toString();
        revoke.sendAs.location = Location::NotSent;
        revoke.order = 90;
        d.properties.append(revoke);
    }
    return d;
}

/// Authorization code with PKCE for the fixture's public client (Required unticked on its client
/// secret), scopes "openid profile"; the test request is the provider's userinfo endpoint.
inline ConnectorDefinition oidcPublicPkce(const OidcProvider &idp, const QString &key)
{
    ConnectorDefinition d = ConnectorDefinition::create(AuthType::OAuth2AuthorizationCodePkce, QStringLiteral("P"));
    d.key = key;
    d.baseUrl = idp.issuer().toString();
    d.testRequest.path = idp.userinfoUrl().path();
    d.property(PropertyNames::ClientId)->value = QStringLiteral("public-pkce");
    d.property(PropertyNames::ClientSecret)->required = false; // a public client
    d.property(PropertyNames::AuthorizationUrl)->value = idp.authorizationUrl().toString();
    d.property(PropertyNames::TokenUrl)->value = idp.tokenUrl().toString();
    d.property(PropertyNames::TokenRevokeUrl)->value = idp.revocationUrl().toString();
    d.property(PropertyNames::Scope)->value = QStringLiteral("openid profile");
    return d;
}

} // namespace cad::test
