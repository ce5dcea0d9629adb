// Target: the sandbox provider (src/sandbox/SandboxProvider.h), which answers whatever a browser or
// client on this computer sends. An input is a raw HTTP request: "METHOD TARGET" on the first line,
// header lines up to an empty line, then the body. One provider serves every input of a run, after
// a sign-in that leaves a code, an access token and a refresh token for inputs to hit.
// Checks: no crash, leak, undefined behaviour or hang; every status is an HTTP status; a redirect
// names a Location on the loopback callback; token, revocation and introspection answers are never
// cached; no answer and no log entry shows a client secret or the sandbox password.
#include "oauth/FormBody.h"
#include "oauth/Pkce.h"
#include "sandbox/SandboxProvider.h"

#include "FuzzSupport.h"

using namespace cad;

namespace {

SandboxRequest parse(const QByteArray &input)
{
    SandboxRequest r;
    const qsizetype end = input.indexOf("\n\n");
    const QList<QByteArray> lines = input.left(end < 0 ? input.size() : end).split('\n');
    const QList<QByteArray> first = lines.value(0).split(' ');
    r.method = first.value(0);
    r.url = QUrl(QString::fromLatin1(first.value(1)));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            r.headers.append({lines[i].left(colon), lines[i].mid(colon + 1).trimmed()});
    }
    if (end >= 0)
        r.body = input.mid(end + 2);
    return r;
}

SandboxProvider &provider()
{
    static SandboxProvider *p = [] {
        auto *sandbox = new SandboxProvider;
        SandboxSettings s;
        s.autoApprove = true;
        sandbox->setSettings(s);
        const QString verifier = Pkce::generateVerifier();
        const SandboxResponse redirect = sandbox->handle(
            {"GET",
             QUrl(
                 QStringLiteral("/authorize?response_type=code&client_id=sandbox-app&redirect_uri=http%3A%2F%2F127.0.0."
                                "1%3A5000%2Fcallback&scope=openid%20api.read&code_challenge=") +
                 Pkce::challenge(verifier, PkceMethod::S256) + QStringLiteral("&code_challenge_method=S256")),
             {},
             {}});
        const QString code = QUrl(QString::fromUtf8(redirect.header("Location")))
                                 .query()
                                 .section(QLatin1Char('&'), 0, 0)
                                 .section(QLatin1Char('='), 1);
        (void)sandbox->handle(
            {"POST",
             QUrl(QStringLiteral("/token")),
             {{"Content-Type", "application/x-www-form-urlencoded"},
              {"Authorization", "Basic c2FuZGJveC1hcHA6c2FuZGJveC1hcHAtc2VjcmV0"}},
             FormBody()
                 .add(QStringLiteral("grant_type"), QStringLiteral("authorization_code"))
                 .add(QStringLiteral("code"), code)
                 .add(QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:5000/callback"))
                 .add(QStringLiteral("code_verifier"), verifier)
                 .toByteArray()});
        return sandbox;
    }();
    return *p;
}

/// True when @p secret is in the request as sent, in any of the encodings the provider decodes.
bool requestContains(const SandboxRequest &request, const QByteArray &raw, const QByteArray &secret)
{
    QByteArray decoded = raw + QByteArray::fromPercentEncoding(raw);
    for (const QByteArray &part : {request.body, request.url.query(QUrl::FullyEncoded).toLatin1()}) {
        for (const auto &[name, value] : FormBody::parse(part))
            decoded += name.toUtf8() + '\n' + value.toUtf8() + '\n';
    }
    for (const auto &[name, value] : request.headers)
        decoded += QByteArray::fromBase64(value.mid(value.indexOf(' ') + 1)) + '\n';
    decoded += request.url.toString().toUtf8();
    return decoded.contains(secret);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    cad::fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray raw = cad::fuzz::bytes(data, size);
    const SandboxRequest request = parse(raw);
    SandboxProvider &sandbox = provider();
    const SandboxResponse r = sandbox.handle(request);
    CAD_FUZZ_CHECK(r.status >= 200 && r.status <= 599, QString::number(r.status));
    if (r.status == 302)
        CAD_FUZZ_CHECK(r.header("Location").startsWith("http://"), QString::fromUtf8(r.header("Location")));
    const QString path = request.url.path();
    if (path == QLatin1String("/token") || path == QLatin1String("/revoke") || path == QLatin1String("/introspect"))
        CAD_FUZZ_CHECK(r.header("Cache-Control") == "no-store", path);
    const QByteArray everything = r.body + r.header("Location") + r.header("WWW-Authenticate");
    for (const QByteArray &secret : {QByteArray("sandbox-app-secret"), QByteArray("sandbox-service-secret"),
                                     QByteArray("sandbox-p\xc3\xa4ssword")}) {
        // The sign-in page shows the sandbox password on purpose, and an error may repeat what the
        // request itself said; nothing else may show a secret.
        const bool requestHadIt = requestContains(request, raw, secret);
        if (!requestHadIt && !r.header("Content-Type").startsWith("text/html"))
            CAD_FUZZ_CHECK(!everything.contains(secret), cad::fuzz::shown(QString::fromUtf8(everything)));
        const SandboxLogEntry &entry = sandbox.log().constLast();
        for (const auto &list : {entry.query, entry.headers, entry.fields}) {
            for (const auto &[name, value] : list)
                CAD_FUZZ_CHECK(!value.toUtf8().contains(secret), name + QLatin1Char('=') + value);
        }
    }
    if (sandbox.log().size() >= SandboxProvider::MaxLogEntries)
        sandbox.clearLog();
    return 0;
}
