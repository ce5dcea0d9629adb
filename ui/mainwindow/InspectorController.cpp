#include "mainwindow/InspectorController.h"

#include "connection/DesignTimeConnection.h"
#include "exchangelog/ExchangeLogView.h"
#include "inspect/Introspection.h"
#include "inspect/JwksFetcher.h"
#include "inspect/Jwt.h"
#include "inspector/TokenInspector.h"
#include "mainwindow/ConnectionController.h"
#include "model/BuiltinSchemas.h"
#include "model/ConnectorDocument.h"
#include "model/Variables.h"
#include "oauth/OAuthClient.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace cad {

InspectorController::InspectorController(ConnectorDocument *document, ConnectionController *connections,
                                         ExchangeLogView *log, QTabWidget *tabs)
    : QObject(connections)
    , m_document(document)
    , m_connections(connections)
    , m_log(log)
    , m_tabs(tabs)
{
    // An empty page until the tab is first shown: the inspector costs nothing at start-up.
    m_page = new QWidget(tabs);
    m_page->setObjectName(QStringLiteral("tokensPage"));
    auto *layout = new QVBoxLayout(m_page);
    layout->setContentsMargins(0, 0, 0, 0);
    tabs->addTab(m_page, tr("Tokens"));
    connect(tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs && m_tabs->widget(index) == m_page)
            (void)inspector();
    });
    connect(connections, &ConnectionController::connectionChanged, this, [this]() {
        if (m_inspector)
            update();
    });
}

InspectorController::~InspectorController() = default;

TokenInspector *InspectorController::inspector()
{
    if (m_inspector)
        return m_inspector;
    m_inspector = new TokenInspector(m_page);
    m_page->layout()->addWidget(m_inspector);
    connect(m_inspector, &TokenInspector::introspectionRequested, this, &InspectorController::introspect);
    update();
    return m_inspector;
}

void InspectorController::startOver()
{
    m_keysFor.clear();
    m_keysReady = false;
    m_jwks = QJsonObject();
    m_keysError.clear();
    delete m_keys;
    m_keys = nullptr;
    delete m_introspection;
    m_introspection = nullptr;
    if (m_inspector)
        update();
}

void InspectorController::update()
{
    DesignTimeConnection *engine = m_connections->engine();
    const ConnectorDefinition &definition = m_document->definition();
    const ConnectionState state = engine->state();
    if (!isOAuth(definition.authType)) {
        m_inspector->clear(tr("%1 issues no tokens: the request the connection sends is in the Request tab.")
                               .arg(authTypeDisplayName(definition.authType)));
        return;
    }
    if (state == ConnectionState::Invalidated) {
        m_inspector->clear(tr("The authentication changed since the connection was made: connect again to see the "
                              "tokens of this design."));
        return;
    }
    if (state != ConnectionState::Connected && state != ConnectionState::Refreshing) {
        m_inspector->clear(tr("Connect to see the tokens the provider issues."));
        return;
    }

    const OAuthConfig &config = engine->oauthClient()->config();
    TokenInspector::Expectations expect;
    expect.requestedScope = config.scope;
    expect.scopeSeparator = config.scopeSeparator;
    expect.claims.issuer = config.issuer;
    expect.claims.tokenUrl = config.tokenUrl;
    expect.claims.clientId = config.clientId;
    // The designer sends a nonce only when the author adds one to the authorization request.
    for (const auto &param : config.extraAuthorizationParams) {
        if (param.first == QLatin1String("nonce"))
            expect.claims.nonce = param.second;
    }
    expect.clientSecret = config.clientSecret.toUtf8();
    if (const Property *p = definition.property(PropertyNames::TokenIntrospectionUrl); p && !p->value.isEmpty()) {
        expect.introspectionUrl = Variables::substitute(p->value, m_connections->resolvedValues(), true);
    }
    const TokenSet &tokens = engine->tokens();
    m_inspector->setTokens(tokens, expect);

    // The keys of the provider, for the JWTs signed with a public key.
    bool needsKeys = false;
    for (const QString &token : {tokens.idToken, tokens.accessToken}) {
        if (const auto jwt = Jwt::decode(token); jwt && !jwt->algorithm().startsWith(QLatin1String("HS")))
            needsKeys = true;
    }
    if (!needsKeys)
        return;
    const bool byIssuer = !config.issuer.isEmpty();
    const QUrl from = byIssuer ? QUrl(config.issuer) : config.tokenUrl;
    if (from == m_keysFor && m_keysReady) {
        if (m_keysError.isEmpty())
            m_inspector->setKeys(m_jwks, m_jwksUri);
        else
            m_inspector->setKeysUnavailable(m_keysError);
        return;
    }
    if (from == m_keysFor && m_keys && m_keys->isBusy())
        return; // on its way
    fetchKeys(from, byIssuer);
}

void InspectorController::fetchKeys(const QUrl &url, bool isIssuer)
{
    if (!m_keys) {
        m_keys = new JwksFetcher(m_connections->network(), this);
        connect(m_keys, &JwksFetcher::finished, this, [this](const QJsonObject &jwks, const QUrl &jwksUri) {
            m_keysReady = true;
            m_jwks = jwks;
            m_jwksUri = jwksUri;
            m_keysError.clear();
            if (m_inspector && m_inspector->hasTokens())
                m_inspector->setKeys(jwks, jwksUri);
        });
        connect(m_keys, &JwksFetcher::failed, this, [this](const QString &message) {
            m_keysReady = true;
            m_jwks = QJsonObject();
            m_keysError = message;
            if (m_inspector && m_inspector->hasTokens())
                m_inspector->setKeysUnavailable(message);
        });
    }
    m_keysFor = url;
    m_keysReady = false;
    m_inspector->setKeysPending();
    m_keys->fetch(url, isIssuer ? JwksFetcher::UrlKind::Issuer : JwksFetcher::UrlKind::TokenUrl);
}

void InspectorController::introspect(const QString &tokenTypeHint)
{
    DesignTimeConnection *engine = m_connections->engine();
    const ConnectorDefinition &definition = m_document->definition();
    const Property *p = definition.property(PropertyNames::TokenIntrospectionUrl);
    if (!p || !m_inspector)
        return;
    update(); // the URL with today's values
    if (!m_inspector->hasTokens())
        return;
    if (!m_introspection) {
        m_introspection = new Introspection(m_connections->network(), this);
        connect(m_introspection, &Introspection::exchange, m_log, &ExchangeLogView::addRecord);
        connect(m_introspection, &Introspection::finished, this, [this](const QJsonObject &answer) {
            if (m_inspector)
                m_inspector->setIntrospectionAnswer(answer);
        });
        connect(m_introspection, &Introspection::failed, this, [this](const QString &message) {
            if (m_inspector)
                m_inspector->setIntrospectionFailed(message);
        });
    }
    const TokenSet &tokens = engine->tokens();
    const QString token = tokenTypeHint == QLatin1String("refresh_token") ? tokens.refreshToken : tokens.accessToken;
    const QUrl url(Variables::substitute(p->value, m_connections->resolvedValues(), true));
    m_inspector->setIntrospectionBusy();
    m_introspection->introspect(engine->oauthClient()->config(), url, token, tokenTypeHint);
}

} // namespace cad
