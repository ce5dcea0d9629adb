#include "sandbox/SandboxProvider.h"

#include "core/Redactor.h"
#include "oauth/FormBody.h"
#include "oauth/Pkce.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace cad {

using Form = QList<QPair<QString, QString>>;

struct SandboxProvider::Pending
{
    QString clientId;
    QString redirectUri;
    QString state;
    QString scope;
    QString challenge;
    PkceMethod challengeMethod = PkceMethod::None;
    QString nonce;
    qint64 createdAt = 0;
};

struct SandboxProvider::Code
{
    QString clientId;
    QString redirectUri;
    QString scope;
    QString challenge;
    PkceMethod challengeMethod = PkceMethod::None;
    QString nonce;
    qint64 expiresAt = 0;
    qint64 authTime = 0;
    QString grantId;
    bool used = false;
};

struct SandboxProvider::Grant
{
    QString clientId;
    QString scope;
    QString nonce;
    qint64 authTime = 0;
};

struct SandboxProvider::AccessToken
{
    QString grantId; ///< empty for client credentials
    QString clientId;
    QString scope;
    qint64 issuedAt = 0;
    qint64 expiresAt = 0;
    bool revoked = false;
};

struct SandboxProvider::RefreshToken
{
    QString grantId;
    QString clientId;
    QString scope;
    qint64 issuedAt = 0;
    bool rotated = false; ///< replaced by a newer one: using it again is a replay
    bool revoked = false;
};

struct SandboxProvider::AuthenticatedClient
{
    const SandboxClient *client = nullptr;
    QString method; ///< client_secret_basic, client_secret_post or none
};

namespace {

constexpr int PendingLifetimeSeconds = 600;
const QString Subject = QStringLiteral("ada");

const QStringList &loopbackRedirectUris()
{
    // RFC 8252 7.3: loopback redirects match on any port.
    static const QStringList uris{QStringLiteral("http://127.0.0.1/callback"), QStringLiteral("http://[::1]/callback"),
                                  QStringLiteral("http://localhost/callback")};
    return uris;
}

bool redirectUriRegistered(const QString &candidate)
{
    const QUrl url(candidate, QUrl::StrictMode);
    if (!url.isValid() || url.hasFragment() || url.hasQuery() || !url.userInfo().isEmpty())
        return false;
    for (const QString &registered : loopbackRedirectUris()) {
        const QUrl r(registered);
        if (url.scheme() == r.scheme() && url.host() == r.host() && url.path() == r.path())
            return true;
    }
    return false;
}

QString formValue(const Form &form, const QString &name)
{
    for (const auto &[n, v] : form) {
        if (n == name)
            return v;
    }
    return {};
}

/// RFC 6749 3.1: no parameter may appear twice. The first name that does, or empty.
QString repeatedParameter(const Form &form)
{
    QSet<QString> seen;
    for (const auto &field : form) {
        if (seen.contains(field.first))
            return field.first;
        seen.insert(field.first);
    }
    return {};
}

SandboxResponse jsonResponse(int status, const QJsonObject &object)
{
    SandboxResponse r;
    r.status = status;
    r.headers = {{"Content-Type", "application/json"}, {"Cache-Control", "no-store"}, {"Pragma", "no-cache"}};
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

/// RFC 6749 5.2.
SandboxResponse oauthError(int status, const QString &error, const QString &description)
{
    return jsonResponse(status, {{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}});
}

SandboxResponse invalidClient(const QString &description, bool basicAttempted)
{
    SandboxResponse r = oauthError(401, QStringLiteral("invalid_client"), description);
    if (basicAttempted)
        r.addHeader("WWW-Authenticate", "Basic realm=\"sandbox\", charset=\"UTF-8\"");
    return r;
}

/// RFC 6750 3: the challenge of a protected resource.
SandboxResponse bearerChallenge(const QString &problem)
{
    SandboxResponse r =
        jsonResponse(401, {{QStringLiteral("error"),
                            problem.isEmpty() ? QStringLiteral("unauthorized") : QStringLiteral("invalid_token")},
                           {QStringLiteral("error_description"),
                            problem.isEmpty() ? QStringLiteral("This endpoint needs a bearer token.") : problem}});
    QByteArray challenge = "Bearer realm=\"sandbox\"";
    if (!problem.isEmpty())
        challenge += ", error=\"invalid_token\", error_description=\"" + problem.toUtf8().replace('"', '\'') + '"';
    r.addHeader("WWW-Authenticate", challenge);
    return r;
}

SandboxResponse htmlResponse(int status, const QString &html)
{
    SandboxResponse r;
    r.status = status;
    r.headers = {{"Content-Type", "text/html; charset=utf-8"},
                 {"Cache-Control", "no-store"},
                 {"Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'"},
                 {"X-Frame-Options", "DENY"}};
    r.body = html.toUtf8();
    return r;
}

SandboxResponse redirectTo(const QString &location)
{
    SandboxResponse r;
    r.status = 302;
    r.headers = {{"Location", location.toUtf8()}, {"Cache-Control", "no-store"}};
    return r;
}

QString withQuery(const QString &uri, const Form &params)
{
    QByteArray query;
    for (const auto &[name, value] : params) {
        if (value.isEmpty())
            continue;
        if (!query.isEmpty())
            query += '&';
        query += FormBody::encode(name) + '=' + FormBody::encode(value);
    }
    return uri + QLatin1Char('?') + QString::fromLatin1(query);
}

QStringList scopeList(const QString &scope)
{
    return scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

/// The scopes of @p requested that the sandbox does not know, space-separated.
QString unknownScopes(const QString &requested)
{
    QStringList unknown;
    for (const QString &s : scopeList(requested)) {
        if (!SandboxProvider::supportedScopes().contains(s))
            unknown << s;
    }
    return unknown.join(QLatin1Char(' '));
}

const SandboxClient *findClient(const QString &id)
{
    for (const SandboxClient &c : SandboxProvider::clients()) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QString newToken(const char *prefix)
{
    return QLatin1String(prefix) + Pkce::randomToken(32);
}

QJsonObject userClaims(const QString &scope)
{
    QJsonObject claims{{QStringLiteral("sub"), Subject}};
    const QStringList scopes = scopeList(scope);
    if (scopes.contains(QLatin1String("profile")))
        claims.insert(QStringLiteral("name"), QStringLiteral("Ada Lovelace"));
    if (scopes.contains(QLatin1String("email"))) {
        claims.insert(QStringLiteral("email"), QStringLiteral("ada@sandbox.example"));
        claims.insert(QStringLiteral("email_verified"), true);
    }
    return claims;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QByteArray SandboxRequest::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QByteArray SandboxResponse::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

SandboxProvider::SandboxProvider(QObject *parent)
    : QObject(parent)
    , m_issuer(QStringLiteral("http://127.0.0.1:%1").arg(SandboxSettings::DefaultPort))
    , m_clock([]() { return QDateTime::currentSecsSinceEpoch(); })
{}

SandboxProvider::~SandboxProvider() = default;

void SandboxProvider::setIssuer(const QUrl &issuer)
{
    m_issuer = issuer.adjusted(QUrl::StripTrailingSlash);
}

QUrl SandboxProvider::endpoint(const QString &path) const
{
    QUrl url = m_issuer;
    url.setPath(path);
    return url;
}

void SandboxProvider::setSettings(const SandboxSettings &settings)
{
    m_settings = settings;
    Q_EMIT settingsChanged();
}

const QList<SandboxClient> &SandboxProvider::clients()
{
    static const QList<SandboxClient> list{
        {QStringLiteral("sandbox-app"),
         QStringLiteral("sandbox-app-secret"),
         QStringLiteral("Sandbox App"),
         QStringLiteral("client_secret_basic"),
         {QStringLiteral("authorization_code"), QStringLiteral("refresh_token"), QStringLiteral("client_credentials")}},
        {QStringLiteral("sandbox-public"),
         QString(),
         QStringLiteral("Sandbox Desktop App"),
         QStringLiteral("none"),
         {QStringLiteral("authorization_code"), QStringLiteral("refresh_token")}},
        {QStringLiteral("sandbox-service"),
         QStringLiteral("sandbox-service-secret"),
         QStringLiteral("Sandbox Service"),
         QStringLiteral("client_secret_post"),
         {QStringLiteral("client_credentials")}},
    };
    return list;
}

const QStringList &SandboxProvider::supportedScopes()
{
    static const QStringList scopes{
        QStringLiteral("openid"),         QStringLiteral("profile"),        QStringLiteral("email"),
        QStringLiteral("offline_access"), QStringLiteral("api.read"),       QStringLiteral("api.write"),
        QStringLiteral("contacts.read"),  QStringLiteral("contacts.write"), QStringLiteral("deals.read")};
    return scopes;
}

QString SandboxProvider::effectiveAuthMethod(const SandboxClient &client) const
{
    if (client.isPublic())
        return QStringLiteral("none");
    switch (m_settings.clientAuth) {
    case SandboxClientAuth::Basic:
        return QStringLiteral("client_secret_basic");
    case SandboxClientAuth::Post:
        return QStringLiteral("client_secret_post");
    case SandboxClientAuth::Any:
        break;
    }
    return client.authMethod;
}

void SandboxProvider::setClock(std::function<qint64()> nowSeconds)
{
    m_clock = std::move(nowSeconds);
}

qint64 SandboxProvider::now() const
{
    return m_clock();
}

const RsaSigner &SandboxProvider::signer()
{
    if (!m_signer.hasKey())
        m_signer.generate();
    return m_signer;
}

void SandboxProvider::clearLog()
{
    m_log.clear();
}

void SandboxProvider::reset()
{
    m_pending.clear();
    m_codes.clear();
    m_grants.clear();
    m_accessTokens.clear();
    m_refreshTokens.clear();
}

SandboxResponse SandboxProvider::handle(const SandboxRequest &request)
{
    Form form;
    if (request.method == "POST" &&
        request.header("Content-Type").toLower().startsWith("application/x-www-form-urlencoded"))
        form = FormBody::parse(request.body);
    SandboxResponse response = route(request, form);
    record(request, form, response.status);
    return response;
}

SandboxResponse SandboxProvider::route(const SandboxRequest &request, const Form &form)
{
    const QString path = request.url.path();
    const bool get = request.method == "GET" || request.method == "HEAD";
    if (path == QLatin1String("/.well-known/oauth-authorization-server") && get)
        return metadata(false);
    if (path == QLatin1String("/.well-known/openid-configuration") && get)
        return metadata(true);
    if (path == QLatin1String("/jwks") && get)
        return jwks();
    if (path == QLatin1String("/authorize") && get)
        return authorize(request);
    if (path == QLatin1String("/authorize/decision") && request.method == "POST")
        return decide(form);
    if (path == QLatin1String("/userinfo") && (get || request.method == "POST"))
        return userinfo(request);
    if (path == QLatin1String("/token") || path == QLatin1String("/revoke") || path == QLatin1String("/introspect")) {
        if (request.method != "POST") {
            SandboxResponse r = oauthError(405, QStringLiteral("invalid_request"),
                                           QStringLiteral("%1 takes POST requests only.").arg(path));
            r.addHeader("Allow", "POST");
            return r;
        }
        if (!request.header("Content-Type").toLower().startsWith("application/x-www-form-urlencoded"))
            return oauthError(400, QStringLiteral("invalid_request"),
                              QStringLiteral("The body must be application/x-www-form-urlencoded."));
        const QString repeated = repeatedParameter(form);
        if (!repeated.isEmpty())
            return oauthError(400, QStringLiteral("invalid_request"),
                              QStringLiteral("The parameter %1 appears more than once.").arg(repeated));
        if (path == QLatin1String("/token"))
            return token(request, form);
        if (path == QLatin1String("/revoke"))
            return revoke(request, form);
        return introspect(request, form);
    }
    if (path.startsWith(QLatin1String("/api/")))
        return resource(request, path);
    if (path == QLatin1String("/") && get)
        return htmlResponse(200, QStringLiteral("<!DOCTYPE html><html><head><title>Sandbox provider</title></head>"
                                                "<body><h1>Connector Auth Designer sandbox</h1><p>Metadata: "
                                                "<a href=\"/.well-known/openid-configuration\">"
                                                "/.well-known/openid-configuration</a></p></body></html>"));
    // The path is not repeated: what a client sends is never echoed back (it may hold a secret).
    return jsonResponse(
        404, {{QStringLiteral("error"), QStringLiteral("not_found")},
              {QStringLiteral("error_description"), QStringLiteral("The sandbox has no such endpoint; its metadata at "
                                                                   "/.well-known/openid-configuration lists them.")}});
}

SandboxResponse SandboxProvider::metadata(bool openId) const
{
    const auto url = [this](const char *path) {
        return endpoint(QLatin1String(path)).toString();
    };
    QJsonObject m{
        {QStringLiteral("issuer"), m_issuer.toString()},
        {QStringLiteral("authorization_endpoint"), url("/authorize")},
        {QStringLiteral("token_endpoint"), url("/token")},
        {QStringLiteral("revocation_endpoint"), url("/revoke")},
        {QStringLiteral("introspection_endpoint"), url("/introspect")},
        {QStringLiteral("userinfo_endpoint"), url("/userinfo")},
        {QStringLiteral("jwks_uri"), url("/jwks")},
        {QStringLiteral("scopes_supported"), QJsonArray::fromStringList(supportedScopes())},
        {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")}},
        {QStringLiteral("response_modes_supported"), QJsonArray{QStringLiteral("query")}},
        {QStringLiteral("grant_types_supported"),
         QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("refresh_token"),
                    QStringLiteral("client_credentials")}},
        {QStringLiteral("code_challenge_methods_supported"),
         QJsonArray{QStringLiteral("S256"), QStringLiteral("plain")}},
        {QStringLiteral("authorization_response_iss_parameter_supported"), true},
        {QStringLiteral("subject_types_supported"), QJsonArray{QStringLiteral("public")}},
        {QStringLiteral("id_token_signing_alg_values_supported"), QJsonArray{QStringLiteral("RS256")}},
        {QStringLiteral("claims_supported"), QJsonArray{QStringLiteral("sub"), QStringLiteral("name"),
                                                        QStringLiteral("email"), QStringLiteral("email_verified")}},
    };
    QJsonArray methods;
    if (m_settings.clientAuth != SandboxClientAuth::Post)
        methods.append(QStringLiteral("client_secret_basic"));
    if (m_settings.clientAuth != SandboxClientAuth::Basic)
        methods.append(QStringLiteral("client_secret_post"));
    methods.append(QStringLiteral("none"));
    m.insert(QStringLiteral("token_endpoint_auth_methods_supported"), methods);
    m.insert(QStringLiteral("revocation_endpoint_auth_methods_supported"), methods);
    m.insert(QStringLiteral("introspection_endpoint_auth_methods_supported"), methods);
    if (!openId) {
        // RFC 8414 lists no userinfo or subject types; the rest is shared.
        m.remove(QStringLiteral("userinfo_endpoint"));
        m.remove(QStringLiteral("subject_types_supported"));
        m.remove(QStringLiteral("id_token_signing_alg_values_supported"));
        m.remove(QStringLiteral("claims_supported"));
    }
    SandboxResponse r = jsonResponse(200, m);
    r.headers = {{"Content-Type", "application/json"}};
    return r;
}

SandboxResponse SandboxProvider::jwks()
{
    SandboxResponse r = jsonResponse(200, {{QStringLiteral("keys"), QJsonArray{signer().publicJwk()}}});
    r.headers = {{"Content-Type", "application/jwk-set+json"}};
    return r;
}

SandboxResponse SandboxProvider::authorize(const SandboxRequest &request)
{
    const Form params = FormBody::parse(request.url.query(QUrl::FullyEncoded).toLatin1());
    const SandboxClient *client = findClient(formValue(params, QStringLiteral("client_id")));
    const QString redirectUri = formValue(params, QStringLiteral("redirect_uri"));
    // RFC 6749 4.1.2.1: with an unknown client or redirect URI, never redirect: tell the user.
    const auto refuse = [](const QString &problem) {
        return htmlResponse(400, QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Sign-in "
                                                "refused</title></head><body><h1>The sandbox refused this sign-in"
                                                "</h1><p id=\"problem\">%1</p></body></html>")
                                     .arg(escaped(problem)));
    };
    if (!client)
        return refuse(QStringLiteral("Unknown client_id \"%1\". The sandbox's clients are %2.")
                          .arg(formValue(params, QStringLiteral("client_id")),
                               QStringLiteral("sandbox-app, sandbox-public and sandbox-service")));
    if (!redirectUriRegistered(redirectUri))
        return refuse(QStringLiteral("The redirect_uri \"%1\" is not registered. Registered (on any port, RFC 8252): "
                                     "%2.")
                          .arg(redirectUri, loopbackRedirectUris().join(QStringLiteral(", "))));
    Pending pending;
    pending.clientId = client->id;
    pending.redirectUri = redirectUri;
    pending.state = formValue(params, QStringLiteral("state"));
    pending.scope = formValue(params, QStringLiteral("scope"));
    pending.nonce = formValue(params, QStringLiteral("nonce"));
    pending.challenge = formValue(params, QStringLiteral("code_challenge"));
    pending.createdAt = now();

    const QString repeated = repeatedParameter(params);
    if (!repeated.isEmpty())
        return redirectWithError(pending, QStringLiteral("invalid_request"),
                                 QStringLiteral("The parameter %1 appears more than once.").arg(repeated));
    if (formValue(params, QStringLiteral("response_type")) != QLatin1String("code"))
        return redirectWithError(pending, QStringLiteral("unsupported_response_type"),
                                 QStringLiteral("Only response_type=code is supported."));
    if (!client->grantTypes.contains(QLatin1String("authorization_code")))
        return redirectWithError(pending, QStringLiteral("unauthorized_client"),
                                 QStringLiteral("%1 may only use client credentials.").arg(client->id));
    const QString unknown = unknownScopes(pending.scope);
    if (!unknown.isEmpty())
        return redirectWithError(pending, QStringLiteral("invalid_scope"),
                                 QStringLiteral("Unknown scope: %1. The sandbox knows: %2.")
                                     .arg(unknown, supportedScopes().join(QLatin1Char(' '))));
    const QString method = formValue(params, QStringLiteral("code_challenge_method"));
    if (!pending.challenge.isEmpty()) {
        if (method.isEmpty() || method == QLatin1String("plain")) // RFC 7636 4.3: plain is the default
            pending.challengeMethod = PkceMethod::Plain;
        else if (method == QLatin1String("S256"))
            pending.challengeMethod = PkceMethod::S256;
        else
            return redirectWithError(pending, QStringLiteral("invalid_request"),
                                     QStringLiteral("Unknown code_challenge_method \"%1\".").arg(method));
    } else if (m_settings.pkceRequired || client->isPublic()) {
        return redirectWithError(pending, QStringLiteral("invalid_request"),
                                 client->isPublic()
                                     ? QStringLiteral("A public client must send a code_challenge (PKCE).")
                                     : QStringLiteral("This provider requires PKCE: send a code_challenge."));
    }

    forgetExpired();
    if (m_pending.size() >= MaxPendingSignIns)
        return htmlResponse(503,
                            QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Too many "
                                           "sign-ins</title></head><body><h1>Too many sign-ins are waiting"
                                           "</h1><p>Finish or close them, or wait ten minutes.</p></body></html>"));
    const QString transaction = Pkce::randomToken(24);
    m_pending.insert(transaction, pending);
    if (m_settings.autoApprove) {
        Form decision{{QStringLiteral("transaction"), transaction},
                      {QStringLiteral("username"), SandboxCredentials::UserName.toString()},
                      {QStringLiteral("password"), SandboxCredentials::Password.toString()},
                      {QStringLiteral("decision"), QStringLiteral("allow")}};
        return decide(decision);
    }
    return signInPage(transaction, QString());
}

void SandboxProvider::forgetExpired()
{
    const qint64 t = now();
    m_pending.removeIf([t](const auto &entry) { return t - entry.value().createdAt > PendingLifetimeSeconds; });
    // A used code is kept a while past its expiry, so that a replay still revokes what it gave.
    m_codes.removeIf([t](const auto &entry) { return t > entry.value().expiresAt + PendingLifetimeSeconds; });
}

SandboxResponse SandboxProvider::signInPage(const QString &transaction, const QString &problem) const
{
    const Pending pending = m_pending.value(transaction);
    const SandboxClient *client = findClient(pending.clientId);
    QString scopes;
    for (const QString &s : scopeList(pending.scope))
        scopes += QStringLiteral("<li><code>%1</code></li>").arg(escaped(s));
    if (scopes.isEmpty())
        scopes = QStringLiteral("<li>its default access (<code>api.read</code>)</li>");
    return htmlResponse(
        200,
        QStringLiteral(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width\"><title>Sign in to the Sandbox</title><style>"
            "body{font-family:system-ui,sans-serif;background:#f4f5f7;margin:0;padding:32px}"
            "main{max-width:420px;margin:auto;background:#fff;border-radius:8px;padding:24px 28px;"
            "box-shadow:0 1px 4px rgba(0,0,0,.15)}h1{font-size:20px;margin:0 0 4px}p{color:#444}"
            "label{display:block;margin:12px 0 4px;font-weight:600}input{width:100%;box-sizing:border-box;"
            "padding:8px;font-size:15px}.problem{color:#b00020;font-weight:600}.hint{font-size:13px;color:#666}"
            ".buttons{display:flex;gap:12px;margin-top:20px}button{flex:1;padding:10px;font-size:15px;"
            "border-radius:4px;border:1px solid #888;background:#fff}button[value=allow]{background:#1a73e8;"
            "color:#fff;border-color:#1a73e8}</style></head><body><main>"
            "<h1>Sign in to the Sandbox</h1><p><b id=\"client\">%1</b> wants to access your sandbox account:</p>"
            "<ul id=\"scopes\">%2</ul>%3"
            "<form method=\"post\" action=\"/authorize/decision\">"
            "<input type=\"hidden\" name=\"transaction\" value=\"%4\">"
            "<label for=\"username\">User name</label><input id=\"username\" name=\"username\" value=\"%5\" "
            "autocomplete=\"username\">"
            "<label for=\"password\">Password</label><input id=\"password\" name=\"password\" type=\"password\" "
            "value=\"%6\" autocomplete=\"current-password\">"
            "<p class=\"hint\">The sandbox account is filled in: user <code>%5</code>, password <code>%6</code>.</p>"
            "<div class=\"buttons\"><button id=\"deny\" name=\"decision\" value=\"deny\">Deny</button>"
            "<button id=\"allow\" name=\"decision\" value=\"allow\" autofocus>Allow</button></div>"
            "</form></main></body></html>")
            .arg(escaped(client ? client->name : pending.clientId), scopes,
                 problem.isEmpty() ? QString()
                                   : QStringLiteral("<p class=\"problem\" id=\"problem\">%1</p>").arg(escaped(problem)),
                 escaped(transaction), escaped(SandboxCredentials::UserName.toString()),
                 escaped(SandboxCredentials::Password.toString())));
}

SandboxResponse SandboxProvider::decide(const Form &form)
{
    const QString transaction = formValue(form, QStringLiteral("transaction"));
    const auto found = m_pending.constFind(transaction);
    if (found == m_pending.constEnd() || now() - found->createdAt > PendingLifetimeSeconds) {
        m_pending.remove(transaction);
        return htmlResponse(400, QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Sign-in "
                                                "expired</title></head><body><h1>This sign-in has expired</h1><p>Start "
                                                "it again from the designer.</p></body></html>"));
    }
    const Pending pending = *found;
    if (formValue(form, QStringLiteral("decision")) != QLatin1String("allow")) {
        m_pending.remove(transaction);
        return redirectWithError(pending, QStringLiteral("access_denied"), QStringLiteral("The user denied access."));
    }
    if (formValue(form, QStringLiteral("username")) != SandboxCredentials::UserName ||
        formValue(form, QStringLiteral("password")) != SandboxCredentials::Password)
        return signInPage(transaction, QStringLiteral("Wrong user name or password."));
    m_pending.remove(transaction);

    const QString code = newToken("sbx_code_");
    Code c;
    c.clientId = pending.clientId;
    c.redirectUri = pending.redirectUri;
    c.scope = pending.scope;
    c.challenge = pending.challenge;
    c.challengeMethod = pending.challengeMethod;
    c.nonce = pending.nonce;
    c.authTime = now();
    c.expiresAt = now() + CodeLifetimeSeconds;
    m_codes.insert(code, c);
    return redirectTo(withQuery(pending.redirectUri, {{QStringLiteral("code"), code},
                                                      {QStringLiteral("state"), pending.state},
                                                      {QStringLiteral("iss"), m_issuer.toString()}}));
}

SandboxResponse SandboxProvider::redirectWithError(const Pending &pending, const QString &error,
                                                   const QString &description) const
{
    return redirectTo(withQuery(pending.redirectUri, {{QStringLiteral("error"), error},
                                                      {QStringLiteral("error_description"), description},
                                                      {QStringLiteral("state"), pending.state},
                                                      {QStringLiteral("iss"), m_issuer.toString()}}));
}

std::optional<SandboxProvider::AuthenticatedClient>
SandboxProvider::authenticateClient(const SandboxRequest &request, const Form &form, SandboxResponse *error) const
{
    const QByteArray authorization = request.header("Authorization");
    const bool basic = authorization.left(6).compare("Basic ", Qt::CaseInsensitive) == 0;
    const QString bodySecret = formValue(form, QStringLiteral("client_secret"));
    const bool secretInBody = !bodySecret.isEmpty();
    if (basic && secretInBody) {
        *error =
            oauthError(400, QStringLiteral("invalid_request"),
                       QStringLiteral("The client authenticated twice (Basic header and client_secret): use one."));
        return std::nullopt;
    }
    if (basic) {
        // RFC 6749 2.3.1: id and secret are form-encoded before Base64.
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        const auto decode = [](const QByteArray &part) {
            return FormBody::parse("v=" + part).value(0).second;
        };
        const QString id = colon < 0 ? QString() : decode(decoded.left(colon));
        const QString secret = colon < 0 ? QString() : decode(decoded.mid(colon + 1));
        const SandboxClient *client = findClient(id);
        if (!client || client->isPublic() || client->secret != secret) {
            *error = invalidClient(QStringLiteral("Unknown client or wrong client secret in the Basic header."), true);
            return std::nullopt;
        }
        if (m_settings.clientAuth == SandboxClientAuth::Post) {
            *error = invalidClient(QStringLiteral("This provider requires client_secret_post: send client_id and "
                                                  "client_secret in the body, not in a Basic header."),
                                   true);
            return std::nullopt;
        }
        const QString bodyId = formValue(form, QStringLiteral("client_id"));
        if (!bodyId.isEmpty() && bodyId != client->id) {
            *error = invalidClient(QStringLiteral("client_id in the body differs from the Basic header."), true);
            return std::nullopt;
        }
        return AuthenticatedClient{client, QStringLiteral("client_secret_basic")};
    }
    const QString id = formValue(form, QStringLiteral("client_id"));
    const SandboxClient *client = findClient(id);
    if (!client) {
        *error =
            invalidClient(id.isEmpty() ? QStringLiteral("No client authentication: send a Basic header or client_id.")
                                       : QStringLiteral("Unknown client_id \"%1\".").arg(id),
                          false);
        return std::nullopt;
    }
    if (secretInBody) {
        if (client->isPublic() || client->secret != bodySecret) {
            *error = invalidClient(QStringLiteral("Wrong client secret."), false);
            return std::nullopt;
        }
        if (m_settings.clientAuth == SandboxClientAuth::Basic) {
            *error = invalidClient(QStringLiteral("This provider requires client_secret_basic: send the client ID and "
                                                  "secret in an Authorization: Basic header, not in the body."),
                                   false);
            return std::nullopt;
        }
        return AuthenticatedClient{client, QStringLiteral("client_secret_post")};
    }
    if (!client->isPublic()) {
        *error = invalidClient(QStringLiteral("%1 is a confidential client: it must send its client secret.").arg(id),
                               false);
        return std::nullopt;
    }
    return AuthenticatedClient{client, QStringLiteral("none")};
}

SandboxResponse SandboxProvider::token(const SandboxRequest &request, const Form &form)
{
    SandboxResponse error;
    const auto authenticated = authenticateClient(request, form, &error);
    if (!authenticated)
        return error;
    const SandboxClient &client = *authenticated->client;
    const QString grantType = formValue(form, QStringLiteral("grant_type"));

    const SandboxFailure failure = m_settings.failNext;
    if (failure != SandboxFailure::None) {
        m_settings.failNext = SandboxFailure::None; // once
        Q_EMIT settingsChanged();
        switch (failure) {
        case SandboxFailure::InvalidGrant:
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("The sandbox was told to refuse this request."));
        case SandboxFailure::ServerError:
            return oauthError(400, QStringLiteral("server_error"),
                              QStringLiteral("The sandbox was told to fail this request."));
        case SandboxFailure::Http500: {
            SandboxResponse r = htmlResponse(500, QStringLiteral("<html><body><h1>500 Internal Server Error</h1>"
                                                                 "</body></html>"));
            return r;
        }
        case SandboxFailure::Delay:
        case SandboxFailure::None:
            break;
        }
    }
    SandboxResponse response;
    if (grantType == QLatin1String("authorization_code"))
        response = exchangeCode(client, form);
    else if (grantType == QLatin1String("refresh_token"))
        response = refresh(client, form);
    else if (grantType == QLatin1String("client_credentials"))
        response = clientCredentials(client, form);
    else
        response = oauthError(400, QStringLiteral("unsupported_grant_type"),
                              grantType.isEmpty() ? QStringLiteral("grant_type is missing.")
                                                  : QStringLiteral("Unsupported grant_type \"%1\".").arg(grantType));
    if (failure == SandboxFailure::Delay)
        response.delayMs = SandboxSettings::FailureDelayMs;
    return response;
}

SandboxResponse SandboxProvider::exchangeCode(const SandboxClient &client, const Form &form)
{
    const QString codeValue = formValue(form, QStringLiteral("code"));
    const auto found = m_codes.find(codeValue);
    if (found == m_codes.end())
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Unknown authorization code."));
    if (found->used) {
        // RFC 6749 4.1.2: a code used twice revokes what it gave.
        revokeGrant(found->grantId);
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("The authorization code was already used; its tokens are revoked."));
    }
    if (now() > found->expiresAt)
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("The authorization code expired."));
    if (found->clientId != client.id)
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("The authorization code was issued to another client."));
    if (formValue(form, QStringLiteral("redirect_uri")) != found->redirectUri)
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("redirect_uri differs from the one of the authorization request."));
    const QString verifier = formValue(form, QStringLiteral("code_verifier"));
    if (found->challengeMethod == PkceMethod::None) {
        if (!verifier.isEmpty()) // RFC 9700 2.1.1: a verifier without a challenge is a downgrade attempt
            return oauthError(
                400, QStringLiteral("invalid_grant"),
                QStringLiteral("code_verifier sent, but the authorization request had no code_challenge."));
    } else if (!Pkce::isValidVerifier(verifier) ||
               Pkce::challenge(verifier, found->challengeMethod) != found->challenge) {
        return oauthError(400, QStringLiteral("invalid_grant"),
                          verifier.isEmpty() ? QStringLiteral("code_verifier is missing (PKCE).")
                                             : QStringLiteral("code_verifier does not match the code_challenge."));
    }
    found->used = true;
    const QString grantId = Pkce::randomToken(16);
    found->grantId = grantId;
    m_grants.insert(grantId, {client.id, found->scope, found->nonce, found->authTime});
    return issueTokens(grantId, client.id, found->scope, found->nonce,
                       client.grantTypes.contains(QLatin1String("refresh_token")));
}

SandboxResponse SandboxProvider::refresh(const SandboxClient &client, const Form &form)
{
    if (!client.grantTypes.contains(QLatin1String("refresh_token")))
        return oauthError(400, QStringLiteral("unauthorized_client"),
                          QStringLiteral("%1 may not use refresh tokens.").arg(client.id));
    const QString value = formValue(form, QStringLiteral("refresh_token"));
    const auto found = m_refreshTokens.find(value);
    if (found == m_refreshTokens.end() || found->revoked)
        return oauthError(400, QStringLiteral("invalid_grant"),
                          found == m_refreshTokens.end() ? QStringLiteral("Unknown refresh token.")
                                                         : QStringLiteral("The refresh token was revoked."));
    if (found->clientId != client.id)
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("The refresh token was issued to another client."));
    if (found->rotated) {
        // RFC 9700 4.14.2: a rotated refresh token used again means it leaked: end the grant.
        revokeGrant(found->grantId);
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("The refresh token was already used and replaced; the grant is revoked."));
    }
    QString scope = found->scope;
    const QString requested = formValue(form, QStringLiteral("scope"));
    if (!requested.isEmpty()) {
        for (const QString &s : scopeList(requested)) {
            if (!scopeList(found->scope).contains(s))
                return oauthError(400, QStringLiteral("invalid_scope"),
                                  QStringLiteral("%1 was not granted; a refresh may only narrow the scope.").arg(s));
        }
        scope = requested;
    }
    const Grant grant = m_grants.value(found->grantId);
    // Without rotation the answer has no refresh_token: the client keeps the one it has.
    if (m_settings.rotateRefreshTokens)
        found->rotated = true;
    return issueTokens(found->grantId, client.id, scope, grant.nonce, m_settings.rotateRefreshTokens);
}

SandboxResponse SandboxProvider::clientCredentials(const SandboxClient &client, const Form &form)
{
    if (client.isPublic() || !client.grantTypes.contains(QLatin1String("client_credentials")))
        return oauthError(400, QStringLiteral("unauthorized_client"),
                          QStringLiteral("%1 may not use client credentials.").arg(client.id));
    QString scope = formValue(form, QStringLiteral("scope"));
    const QString unknown = unknownScopes(scope);
    if (!unknown.isEmpty())
        return oauthError(400, QStringLiteral("invalid_scope"), QStringLiteral("Unknown scope: %1.").arg(unknown));
    if (scopeList(scope).contains(QLatin1String("openid")))
        return oauthError(400, QStringLiteral("invalid_scope"),
                          QStringLiteral("openid needs a signed-in user; client credentials have none."));
    if (scope.isEmpty())
        scope = QStringLiteral("api.read");
    return issueTokens(QString(), client.id, scope, QString(), false);
}

SandboxResponse SandboxProvider::issueTokens(const QString &grantId, const QString &clientId, const QString &scope,
                                             const QString &nonce, bool withRefreshToken)
{
    const qint64 issuedAt = now();
    const QString access = newToken("sbx_at_");
    m_accessTokens.insert(access,
                          {grantId, clientId, scope, issuedAt, issuedAt + m_settings.tokenLifetimeSeconds, false});
    QJsonObject body{{QStringLiteral("access_token"), access},
                     {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                     {QStringLiteral("scope"), scope.isEmpty() ? QStringLiteral("api.read") : scope}};
    if (!m_settings.omitExpiresIn)
        body.insert(QStringLiteral("expires_in"), m_settings.tokenLifetimeSeconds);
    if (withRefreshToken) {
        const QString refreshToken = newToken("sbx_rt_");
        m_refreshTokens.insert(refreshToken, {grantId, clientId, scope, issuedAt, false, false});
        body.insert(QStringLiteral("refresh_token"), refreshToken);
    }
    if (!grantId.isEmpty() && scopeList(scope).contains(QLatin1String("openid")))
        body.insert(QStringLiteral("id_token"), idToken(clientId, scope, nonce, m_grants.value(grantId).authTime));
    return jsonResponse(200, body);
}

QString SandboxProvider::idToken(const QString &clientId, const QString &scope, const QString &nonce, qint64 authTime)
{
    const RsaSigner &key = signer();
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("kid"), key.keyId()}};
    QJsonObject claims = userClaims(scope);
    claims.insert(QStringLiteral("iss"), m_issuer.toString());
    claims.insert(QStringLiteral("aud"), clientId);
    claims.insert(QStringLiteral("iat"), now());
    claims.insert(QStringLiteral("exp"), now() + m_settings.tokenLifetimeSeconds);
    claims.insert(QStringLiteral("auth_time"), authTime);
    if (!nonce.isEmpty())
        claims.insert(QStringLiteral("nonce"), nonce);
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                                    base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(signingInput + '.' + base64Url(key.signRs256(signingInput)));
}

void SandboxProvider::revokeGrant(const QString &grantId)
{
    if (grantId.isEmpty())
        return;
    for (AccessToken &t : m_accessTokens) {
        if (t.grantId == grantId)
            t.revoked = true;
    }
    for (RefreshToken &t : m_refreshTokens) {
        if (t.grantId == grantId)
            t.revoked = true;
    }
}

SandboxResponse SandboxProvider::revoke(const SandboxRequest &request, const Form &form)
{
    SandboxResponse error;
    const auto authenticated = authenticateClient(request, form, &error);
    if (!authenticated)
        return error;
    const QString value = formValue(form, QStringLiteral("token"));
    if (value.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("token is missing."));
    const QString clientId = authenticated->client->id;
    if (const auto rt = m_refreshTokens.find(value); rt != m_refreshTokens.end()) {
        if (rt->clientId != clientId)
            return oauthError(400, QStringLiteral("unauthorized_client"),
                              QStringLiteral("The token was issued to another client."));
        revokeGrant(rt->grantId); // a refresh token ends its grant, access tokens included
        rt->revoked = true;
    } else if (const auto at = m_accessTokens.find(value); at != m_accessTokens.end()) {
        if (at->clientId != clientId)
            return oauthError(400, QStringLiteral("unauthorized_client"),
                              QStringLiteral("The token was issued to another client."));
        at->revoked = true;
    }
    // RFC 7009 2.2: unknown tokens are answered with 200 as well.
    SandboxResponse r;
    r.status = 200;
    r.headers = {{"Cache-Control", "no-store"}};
    return r;
}

SandboxResponse SandboxProvider::introspect(const SandboxRequest &request, const Form &form)
{
    SandboxResponse error;
    const auto authenticated = authenticateClient(request, form, &error);
    if (!authenticated)
        return error;
    const QString value = formValue(form, QStringLiteral("token"));
    QJsonObject answer{{QStringLiteral("active"), false}};
    if (const auto at = m_accessTokens.constFind(value);
        at != m_accessTokens.constEnd() && !at->revoked && now() < at->expiresAt) {
        answer = QJsonObject{{QStringLiteral("active"), true},
                             {QStringLiteral("scope"), at->scope},
                             {QStringLiteral("client_id"), at->clientId},
                             {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                             {QStringLiteral("exp"), at->expiresAt},
                             {QStringLiteral("iat"), at->issuedAt},
                             {QStringLiteral("iss"), m_issuer.toString()},
                             {QStringLiteral("sub"), at->grantId.isEmpty() ? at->clientId : Subject}};
    } else if (const auto rt = m_refreshTokens.constFind(value);
               rt != m_refreshTokens.constEnd() && !rt->revoked && !rt->rotated) {
        answer = QJsonObject{{QStringLiteral("active"), true},
                             {QStringLiteral("scope"), rt->scope},
                             {QStringLiteral("client_id"), rt->clientId},
                             {QStringLiteral("token_type"), QStringLiteral("refresh_token")},
                             {QStringLiteral("iat"), rt->issuedAt},
                             {QStringLiteral("iss"), m_issuer.toString()},
                             {QStringLiteral("sub"), Subject}};
    }
    return jsonResponse(200, answer);
}

const SandboxProvider::AccessToken *SandboxProvider::activeAccessToken(const QByteArray &authorization,
                                                                       QString *problem) const
{
    if (authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) != 0)
        return nullptr;
    const auto found = m_accessTokens.constFind(QString::fromLatin1(authorization.mid(7).trimmed()));
    if (found == m_accessTokens.constEnd())
        *problem = QStringLiteral("Unknown access token.");
    else if (found->revoked)
        *problem = QStringLiteral("The access token was revoked.");
    else if (now() >= found->expiresAt)
        *problem = QStringLiteral("The access token expired.");
    else
        return &*found;
    return nullptr;
}

SandboxResponse SandboxProvider::userinfo(const SandboxRequest &request)
{
    QString problem;
    const AccessToken *token = activeAccessToken(request.header("Authorization"), &problem);
    if (!token)
        return bearerChallenge(problem);
    if (token->grantId.isEmpty() || !scopeList(token->scope).contains(QLatin1String("openid"))) {
        SandboxResponse r = jsonResponse(403, {{QStringLiteral("error"), QStringLiteral("insufficient_scope")}});
        r.addHeader("WWW-Authenticate", "Bearer realm=\"sandbox\", error=\"insufficient_scope\", scope=\"openid\"");
        return r;
    }
    SandboxResponse r = jsonResponse(200, userClaims(token->scope));
    return r;
}

SandboxResponse SandboxProvider::resource(const SandboxRequest &request, const QString &path)
{
    QJsonObject user{{QStringLiteral("id"), Subject},
                     {QStringLiteral("email"), QStringLiteral("ada@sandbox.example")},
                     {QStringLiteral("name"), QStringLiteral("Ada Lovelace")},
                     {QStringLiteral("active"), true}};
    const auto answer = [&user](const QString &via) {
        user.insert(QStringLiteral("authenticated_with"), via);
        return jsonResponse(200, user);
    };
    const auto refused = [](const QByteArray &challenge, const QString &problem) {
        SandboxResponse r = jsonResponse(401, {{QStringLiteral("error"), QStringLiteral("unauthorized")},
                                               {QStringLiteral("error_description"), problem}});
        r.addHeader("WWW-Authenticate", challenge);
        return r;
    };
    if (path == QLatin1String("/api/me")) {
        QString problem;
        const AccessToken *token = activeAccessToken(request.header("Authorization"), &problem);
        if (!token)
            return bearerChallenge(problem);
        if (token->grantId.isEmpty()) { // client credentials: the client is the caller
            user = QJsonObject{
                {QStringLiteral("id"), token->clientId},
                {QStringLiteral("email"), QString(token->clientId + QStringLiteral("@clients.sandbox.example"))},
                {QStringLiteral("name"), findClient(token->clientId) ? findClient(token->clientId)->name : QString()},
                {QStringLiteral("active"), true}};
        }
        user.insert(QStringLiteral("scope"), token->scope);
        user.insert(QStringLiteral("client_id"), token->clientId);
        return answer(QStringLiteral("oauth2"));
    }
    if (path == QLatin1String("/api/basic/me")) {
        const QByteArray authorization = request.header("Authorization");
        const QByteArray expected =
            (SandboxCredentials::UserName.toString() + QLatin1Char(':') + SandboxCredentials::Password.toString())
                .toUtf8()
                .toBase64();
        if (authorization.left(6).compare("Basic ", Qt::CaseInsensitive) != 0 ||
            authorization.mid(6).trimmed() != expected)
            return refused("Basic realm=\"sandbox\", charset=\"UTF-8\"",
                           authorization.isEmpty() ? QStringLiteral("Send a Basic Authorization header.")
                                                   : QStringLiteral("Wrong user name or password (UTF-8, RFC 7617)."));
        return answer(QStringLiteral("basic"));
    }
    if (path == QLatin1String("/api/key/me")) {
        const QString key =
            QString::fromUtf8(request.header("X-Access-Token").isEmpty() ? request.header("X-API-Key")
                                                                         : request.header("X-Access-Token"));
        const QString queryKey =
            formValue(FormBody::parse(request.url.query(QUrl::FullyEncoded).toLatin1()), QStringLiteral("api_key"));
        if (key == SandboxCredentials::ApiKey)
            return answer(QStringLiteral("api_key_header"));
        if (queryKey == SandboxCredentials::ApiKey)
            return answer(QStringLiteral("api_key_query"));
        return refused("ApiKey realm=\"sandbox\"", QStringLiteral("Send the API key in the X-Access-Token or "
                                                                  "X-API-Key header, or as the api_key query "
                                                                  "parameter."));
    }
    if (path == QLatin1String("/api/pat/me")) {
        const QByteArray authorization = request.header("Authorization");
        const qsizetype space = authorization.indexOf(' ');
        const QByteArray scheme = authorization.left(space).toLower();
        if ((scheme == "bearer" || scheme == "token") &&
            QString::fromUtf8(authorization.mid(space + 1).trimmed()) == SandboxCredentials::PersonalAccessToken)
            return answer(QStringLiteral("personal_access_token"));
        return refused("Bearer realm=\"sandbox\"",
                       QStringLiteral("Send the personal access token as Authorization: Bearer TOKEN."));
    }
    if (path == QLatin1String("/api/custom/me")) {
        if (QString::fromUtf8(request.header(SandboxCredentials::CustomKeyHeader.toLatin1())) ==
                SandboxCredentials::CustomKey &&
            QString::fromUtf8(request.header(SandboxCredentials::CustomSecretHeader.toLatin1())) ==
                SandboxCredentials::CustomSecret)
            return answer(QStringLiteral("custom"));
        return refused("Custom realm=\"sandbox\"", QStringLiteral("Send the X-Sandbox-Key and X-Sandbox-Secret "
                                                                  "headers."));
    }
    if (path == QLatin1String("/api/none/me"))
        return answer(QStringLiteral("none"));
    return jsonResponse(404, {{QStringLiteral("error"), QStringLiteral("not_found")},
                              {QStringLiteral("error_description"),
                               QStringLiteral("The sandbox API has /api/me, /api/basic/me, /api/key/me, /api/pat/me, "
                                              "/api/custom/me and /api/none/me.")}});
}

void SandboxProvider::record(const SandboxRequest &request, const Form &form, int status)
{
    static const Redactor redactor = [] {
        Redactor r;
        for (const SandboxClient &c : clients()) {
            if (!c.isPublic())
                r.addSecret(c.secret);
        }
        r.addSecrets({SandboxCredentials::Password.toString(), SandboxCredentials::ApiKey.toString(),
                      SandboxCredentials::PersonalAccessToken.toString(), SandboxCredentials::CustomKey.toString(),
                      SandboxCredentials::CustomSecret.toString()});
        return r;
    }();
    const auto mask = [](const QList<QPair<QString, QString>> &fields) {
        QList<QPair<QString, QString>> masked;
        for (const auto &[name, value] : fields)
            masked.append(
                {name, Redactor::isSecretFieldName(name) ? Redactor::Mask.toString() : redactor.redact(value)});
        return masked;
    };
    SandboxLogEntry entry;
    entry.time = QDateTime::currentDateTime();
    entry.method = QString::fromLatin1(request.method);
    entry.path = request.url.path();
    entry.query = mask(FormBody::parse(request.url.query(QUrl::FullyEncoded).toLatin1()));
    for (const auto &[name, value] : request.headers)
        entry.headers.append(
            {QString::fromLatin1(name), redactor.redact(Redactor::redactHeaderValue(name, QString::fromUtf8(value)))});
    entry.fields = mask(form);
    entry.status = status;
    m_log.append(entry);
    if (m_log.size() > MaxLogEntries)
        m_log.removeFirst();
    Q_EMIT requestLogged(entry);
}

} // namespace cad
