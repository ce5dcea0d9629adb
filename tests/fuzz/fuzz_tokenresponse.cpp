// Target: TokenResponse::parse on successful answers (RFC 6749 5.1) of the token endpoint, as JSON or
// as a form body (src/oauth/TokenResponse.h). Each input is the body; it is parsed for a token and a
// refresh request, with the statuses 200 and 201 and the content types JSON, form and none.
// Checks: no crash, leak, undefined behaviour or hang, and what the header promises: a result without
// an error has an access token, the type "Bearer", obtainedAt = now and an expiry from 0 to 10 years
// (or the default lifetime); a refresh keeps the previous refresh token when the answer has none; a
// failed parse carries no tokens and a message. A second parse reads it with a TokenResponseShape
// (nested pointers, milliseconds, an absolute expiry, captures) and holds it to the same bounds.
#include "oauth/TokenResponse.h"

#include "FuzzSupport.h"

using namespace cad;

namespace {
constexpr int DefaultExpiresIn = 3600;
constexpr qint64 TenYears = 315576000;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    static const QDateTime now = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    TokenSet previous;
    previous.accessToken = QStringLiteral("old-access");
    previous.refreshToken = QStringLiteral("old-refresh");
    previous.scope = QStringLiteral("a b");
    for (const OAuthStage stage : {OAuthStage::Token, OAuthStage::Refresh}) {
        for (const int status : {200, 201}) {
            for (const QByteArray &type :
                 {QByteArray("application/json"), QByteArray("application/x-www-form-urlencoded; charset=utf-8"),
                  QByteArray()}) {
                const TokenSet &before = stage == OAuthStage::Refresh ? previous : TokenSet{};
                const TokenResponse r = TokenResponse::parse(stage, status, type, body, DefaultExpiresIn, before, now);
                if (!r.ok()) {
                    CAD_FUZZ_CHECK(r.tokens().isEmpty(), QStringLiteral("tokens with an error"));
                    CAD_FUZZ_CHECK(!r.error().message().isEmpty(), QStringLiteral("an error without a message"));
                    (void)r.error().hint();
                    continue;
                }
                const TokenSet &t = r.tokens();
                CAD_FUZZ_CHECK(!t.accessToken.isEmpty(), QStringLiteral("no access token"));
                CAD_FUZZ_CHECK(t.tokenType == QLatin1String("Bearer"), t.tokenType);
                CAD_FUZZ_CHECK(t.obtainedAt == now, t.obtainedAt.toString(Qt::ISODate));
                CAD_FUZZ_CHECK(t.expiresAt.isValid(), QStringLiteral("no expiry"));
                const qint64 lifetime = now.secsTo(t.expiresAt);
                if (r.expiresInGiven())
                    CAD_FUZZ_CHECK(lifetime >= 0 && lifetime <= TenYears, QString::number(lifetime));
                else
                    CAD_FUZZ_CHECK(lifetime == DefaultExpiresIn, QString::number(lifetime));
                if (stage == OAuthStage::Refresh && !r.refreshTokenRotated())
                    CAD_FUZZ_CHECK(t.refreshToken == previous.refreshToken, t.refreshToken);
                CAD_FUZZ_CHECK(!r.refreshTokenRotated() || t.refreshToken != previous.refreshToken,
                               QStringLiteral("rotated to the same refresh token"));
            }
        }
    }
    // The same body read as a design with advanced properties reads it: pointers into nested
    // objects, milliseconds, an absolute expiry, any token type, captured values.
    static const TokenResponseShape shape = [] {
        TokenResponseShape s;
        s.accessTokenPointer = QStringLiteral("/data/0/token");
        s.refreshTokenPointer = QStringLiteral("/data/0/refresh");
        s.expiresInPointer = QStringLiteral("/data/0/ttl");
        s.expiresInMilliseconds = true;
        s.expiresAtPointer = QStringLiteral("/expires_at");
        s.anyTokenType = true;
        s.captures = {{QStringLiteral("instance_url"), QStringLiteral("/instance_url")},
                      {QStringLiteral("org"), QStringLiteral("/a~1b/~0c")}};
        return s;
    }();
    const TokenResponse shaped =
        TokenResponse::parse(OAuthStage::Token, 200, "application/json", body, DefaultExpiresIn, {}, now, shape);
    if (shaped.ok()) {
        const qint64 lifetime = now.secsTo(shaped.tokens().expiresAt);
        CAD_FUZZ_CHECK(lifetime >= 0 && lifetime <= TenYears, QString::number(lifetime));
        CAD_FUZZ_CHECK(!shaped.tokens().accessToken.isEmpty(), QStringLiteral("no access token"));
        for (auto it = shaped.tokens().captured.cbegin(); it != shaped.tokens().captured.cend(); ++it)
            CAD_FUZZ_CHECK(it.key() == QLatin1String("instance_url") || it.key() == QLatin1String("org"), it.key());
    } else {
        CAD_FUZZ_CHECK(shaped.tokens().isEmpty(), QStringLiteral("tokens with an error"));
    }
    return 0;
}
