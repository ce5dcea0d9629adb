#include "model/AuthType.h"

#include <QCoreApplication>

namespace cad {

namespace {
struct TypeInfo
{
    AuthType type;
    const char *id;
    const char *name;
};

constexpr TypeInfo Types[] = {
    {AuthType::OAuth2AuthorizationCode, "oauth2_authorization_code",
     QT_TRANSLATE_NOOP("cad::AuthType", "OAuth 2.0 Authorization code")},
    {AuthType::OAuth2AuthorizationCodePkce, "oauth2_authorization_code_pkce",
     QT_TRANSLATE_NOOP("cad::AuthType", "OAuth 2.0 Authorization code with PKCE")},
    {AuthType::OAuth2ClientCredentials, "oauth2_client_credentials",
     QT_TRANSLATE_NOOP("cad::AuthType", "OAuth 2.0 Client credentials")},
    {AuthType::Basic, "basic", QT_TRANSLATE_NOOP("cad::AuthType", "Basic")},
    {AuthType::ApiKey, "api_key", QT_TRANSLATE_NOOP("cad::AuthType", "API key")},
    {AuthType::PersonalAccessToken, "personal_access_token",
     QT_TRANSLATE_NOOP("cad::AuthType", "Personal access token")},
    {AuthType::Custom, "custom", QT_TRANSLATE_NOOP("cad::AuthType", "Custom")},
    {AuthType::None, "none", QT_TRANSLATE_NOOP("cad::AuthType", "No authentication")},
};

const TypeInfo &info(AuthType type)
{
    for (const TypeInfo &i : Types) {
        if (i.type == type)
            return i;
    }
    Q_UNREACHABLE();
}
} // namespace

const QList<AuthType> &allAuthTypes()
{
    static const QList<AuthType> all = [] {
        QList<AuthType> l;
        for (const TypeInfo &i : Types)
            l.append(i.type);
        return l;
    }();
    return all;
}

QString authTypeId(AuthType type)
{
    return QLatin1String(info(type).id);
}

std::optional<AuthType> authTypeFromId(QStringView id)
{
    for (const TypeInfo &i : Types) {
        if (id == QLatin1String(i.id))
            return i.type;
    }
    return std::nullopt;
}

QString authTypeDisplayName(AuthType type)
{
    return QCoreApplication::translate("cad::AuthType", info(type).name);
}

QStringList authTypeIds()
{
    QStringList ids;
    for (const TypeInfo &i : Types)
        ids.append(QLatin1String(i.id));
    return ids;
}

} // namespace cad
