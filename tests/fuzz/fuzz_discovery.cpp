// Target: the OpenID Connect discovery document readers: DiscoveryFetcher::problemWith, which decides
// whether a fetched document may be used, and Importer::applyDiscovery, which fills an imported
// definition from it (src/exchange/DiscoveryFetcher.h, Importer.h). Each input is the document's bytes,
// checked against a fixed well-known URL and against the one its own issuer names.
// Checks: no crash, leak, undefined behaviour or hang; a document problemWith accepts names a non-empty
// issuer whose well-known URL is the requested one, and every endpoint it has is https or plain http to
// a loopback host; applyDiscovery fills only such URLs, and the definition still saves and opens again.
#include "exchange/DiscoveryFetcher.h"
#include "exchange/Importer.h"
#include "io/DefinitionFile.h"
#include "model/BuiltinSchemas.h"

#include "FuzzSupport.h"

#include <QHostAddress>
#include <QJsonDocument>

using namespace cad;

namespace {
// Where credentials may go, decided here independently of core/Origin.
bool safeEndpoint(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    QHostAddress address;
    return url.scheme() == QLatin1String("http") &&
           (url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
            (address.setAddress(url.host()) && address.isLoopback()));
}

const ImportResult &openIdImport()
{
    static const ImportResult result = [] {
        const QByteArray source = R"({"openapi": "3.0.3", "info": {"title": "IdP", "version": "1"},
            "servers": [{"url": "https://api.example.com"}], "paths": {},
            "components": {"securitySchemes": {"oidc": {"type": "openIdConnect",
                "openIdConnectUrl": "https://idp.example/.well-known/openid-configuration"}}}})";
        Result<ImportResult> imported = Importer::importData(source, Importer::Options{});
        if (!imported || imported->discoveryUrl.isEmpty())
            cad::fuzz::fail(__FILE__, __LINE__, "openIdImport", QStringLiteral("the OpenID Connect import failed"));
        return *imported;
    }();
    return result;
}

void checkDocument(const QJsonObject &document, const QUrl &requested)
{
    const QString problem = DiscoveryFetcher::problemWith(document, requested);
    if (!problem.isEmpty())
        return;
    const QString issuer = document.value(QLatin1String("issuer")).toString();
    CAD_FUZZ_CHECK(!issuer.isEmpty(), QStringLiteral("accepted without an issuer"));
    for (const char *key : {"authorization_endpoint", "token_endpoint", "revocation_endpoint"}) {
        const QJsonValue v = document.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            continue;
        CAD_FUZZ_CHECK(v.isString() && safeEndpoint(v.toString()),
                       QStringLiteral("%1 accepted: %2").arg(QLatin1String(key), v.toVariant().toString()));
    }
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialize();
    (void)openIdImport();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonObject document = QJsonDocument::fromJson(fuzz::bytes(data, size)).object();
    checkDocument(document, QUrl(QStringLiteral("https://idp.example/.well-known/openid-configuration")));
    QString base = document.value(QLatin1String("issuer")).toString();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    checkDocument(document, QUrl(base + QLatin1String("/.well-known/openid-configuration")));

    ImportResult result = openIdImport();
    Importer::applyDiscovery(result, document);
    using namespace PropertyNames;
    for (const QStringView name : {AuthorizationUrl, TokenUrl, TokenRevokeUrl}) {
        const Property *p = result.definition.property(name);
        if (p && !p->value.isEmpty())
            CAD_FUZZ_CHECK(safeEndpoint(p->value), QStringLiteral("%1 = %2").arg(name.toString(), p->value));
    }
    const DefinitionFile::ReadResult reopened = DefinitionFile::parse(DefinitionFile::serialize(result.definition));
    CAD_FUZZ_CHECK(reopened.ok(),
                   reopened.diagnostics.isEmpty() ? QString() : reopened.diagnostics.constFirst().toString());
    return 0;
}
