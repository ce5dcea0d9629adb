// Target: the readers of OAuth error answers: TokenResponse::parse on RFC 6749 5.2 error bodies (JSON
// or form) with error statuses, and FormBody::parse, which reads the redirect's query (error=...,
// error_description, error_uri) in OAuthClient::handleRedirect and form-encoded token answers; then
// OAuthError::message() and hint() render what was read (src/oauth/TokenResponse.h, OAuthError.h,
// FormBody.h). Each input is the body, parsed for the token, refresh and revocation stages with
// statuses 400, 401 and 503 and the content types JSON, form and none.
// Checks: no crash, leak, undefined behaviour or hang; an error status never gives tokens; a body with
// an "error" field is a server error (invalid_grant on refresh: sign in again) whose message names the
// code; FormBody::parse reads back exactly what FormBody writes of the fields it read.
#include "oauth/FormBody.h"
#include "oauth/TokenResponse.h"

#include "FuzzSupport.h"

using namespace cad;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    for (const OAuthStage stage : {OAuthStage::Token, OAuthStage::Refresh, OAuthStage::Revoke}) {
        for (const int status : {400, 401, 503}) {
            for (const QByteArray &type : {QByteArray("application/json;charset=UTF-8"),
                                           QByteArray("Application/X-WWW-Form-Urlencoded"), QByteArray()}) {
                const TokenResponse r = TokenResponse::parse(stage, status, type, body, 3600);
                CAD_FUZZ_CHECK(!r.ok(), QStringLiteral("HTTP %1 accepted").arg(status));
                CAD_FUZZ_CHECK(r.tokens().isEmpty(), QStringLiteral("tokens from an error answer"));
                const OAuthError &e = r.error();
                CAD_FUZZ_CHECK(e.stage == stage && e.httpStatus == status, QStringLiteral("stage or status lost"));
                const QString message = e.message();
                CAD_FUZZ_CHECK(!message.isEmpty(), QStringLiteral("an error without a message"));
                (void)e.hint();
                (void)e.toError().toString();
                if (e.kind == OAuthErrorKind::ServerError || e.kind == OAuthErrorKind::NeedsReauthorization) {
                    CAD_FUZZ_CHECK(message.contains(e.code), message);
                    CAD_FUZZ_CHECK((e.kind == OAuthErrorKind::NeedsReauthorization) ==
                                       (stage == OAuthStage::Refresh && e.code == QLatin1String("invalid_grant")),
                                   e.code);
                } else {
                    CAD_FUZZ_CHECK(e.kind == OAuthErrorKind::HttpError, QString::number(int(e.kind)));
                }
            }
        }
    }

    // The redirect's query, as OAuthClient::handleRedirect reads it (the first value of each name).
    const OAuthParams params = FormBody::parse(body);
    OAuthError denied;
    denied.stage = OAuthStage::Authorize;
    denied.kind = OAuthErrorKind::AuthorizationDenied;
    for (const auto &p : params) {
        if (p.first == QLatin1String("error") && denied.code.isEmpty())
            denied.code = p.second;
        else if (p.first == QLatin1String("error_description") && denied.description.isEmpty())
            denied.description = p.second;
        else if (p.first == QLatin1String("error_uri") && denied.uri.isEmpty())
            denied.uri = p.second;
    }
    CAD_FUZZ_CHECK(denied.message().contains(denied.code), denied.message());
    (void)denied.hint();
    // What was read survives writing and reading again.
    const QByteArray written = FormBody().add(params).toByteArray();
    const OAuthParams reread = FormBody::parse(written);
    CAD_FUZZ_CHECK(reread == params, QString::fromLatin1(written));
    return 0;
}
