#include "inspect/TokenChecks.h"

#include "core/Origin.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <optional>

namespace cad {

namespace {

using Level = ClaimFinding::Level;
using TokenKind = TokenChecks::TokenKind;

/// A claim value, short enough for a sentence.
QString shown(const QString &text)
{
    return text.size() > 200 ? text.left(200) + QChar(0x2026) : text;
}

/// A span of time in its two largest units, the smaller one left out when it is zero and
/// @p seconds shown below one hour only when @p fine is true: "58 min", "4 min 12 s", "2 h 5 min".
QString span(qint64 seconds, bool fine)
{
    seconds = std::max<qint64>(0, seconds);
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    const qint64 secs = seconds % 60;
    auto two = [](const QString &big, qint64 small, const QString &smallText) {
        return small == 0 ? big : big + QLatin1Char(' ') + smallText;
    };
    if (days > 0)
        return two(QCoreApplication::translate("cad::InspectClaims", "%1 d").arg(days), hours,
                   QCoreApplication::translate("cad::InspectClaims", "%1 h").arg(hours));
    if (hours > 0)
        return two(QCoreApplication::translate("cad::InspectClaims", "%1 h").arg(hours), minutes,
                   QCoreApplication::translate("cad::InspectClaims", "%1 min").arg(minutes));
    if (minutes > 0)
        return fine ? two(QCoreApplication::translate("cad::InspectClaims", "%1 min").arg(minutes), secs,
                          QCoreApplication::translate("cad::InspectClaims", "%1 s").arg(secs))
                    : QCoreApplication::translate("cad::InspectClaims", "%1 min").arg(minutes);
    return QCoreApplication::translate("cad::InspectClaims", "%1 s").arg(secs);
}

/// A NumericDate claim (RFC 7519 2): absent, unusable, or a time.
struct NumericDate
{
    bool present = false;
    std::optional<QDateTime> time;
};

NumericDate numericDate(const QJsonObject &claims, const char *name)
{
    NumericDate date;
    const QJsonValue value = claims.value(QLatin1String(name));
    if (value.isUndefined() || value.isNull())
        return date;
    date.present = true;
    const double seconds = value.toDouble(std::nan(""));
    // Up to the year 9999; fractions of a second are allowed and dropped.
    if (value.isDouble() && std::isfinite(seconds) && seconds >= 0 && seconds < 253402300800.0)
        date.time = QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC);
    return date;
}

ClaimFinding finding(const char *claim, Level level, const QString &text)
{
    return ClaimFinding{QLatin1String(claim), level, text};
}

ClaimFinding notADate(const char *claim)
{
    return finding(claim, Level::Error,
                   QCoreApplication::translate("cad::InspectClaims",
                                               "The claim %1 is not a number of seconds since 1970 (a NumericDate), "
                                               "so the time it stands for is unknown. A client must not accept the "
                                               "token.")
                       .arg(QLatin1String(claim)));
}

/// Splits a scope string on @p separator and on white space, order kept, duplicates dropped.
QStringList scopeList(const QString &scope, const QString &separator)
{
    QString text = scope;
    const QString sep = separator.trimmed();
    if (!sep.isEmpty())
        text.replace(sep, QStringLiteral(" "));
    static const QRegularExpression whiteSpace(QStringLiteral("\\s+"));
    QStringList out;
    for (const QString &item : text.split(whiteSpace, Qt::SkipEmptyParts)) {
        if (!out.contains(item))
            out.append(item);
    }
    return out;
}

void checkExpiry(const QJsonObject &claims, const QDateTime &now, QList<ClaimFinding> &out)
{
    const NumericDate exp = numericDate(claims, "exp");
    if (!exp.present) {
        out << finding("exp", Level::Warning,
                       QCoreApplication::translate(
                           "cad::InspectClaims",
                           "The token has no expiry (exp), so it stays valid for as long as the provider's key does. "
                           "Providers normally set one."));
    } else if (!exp.time) {
        out << notADate("exp");
    } else if (*exp.time <= now) {
        out << finding("exp", Level::Error,
                       QCoreApplication::translate("cad::InspectClaims",
                                                   "The token expired at %1 (expired %2 ago). Obtain a new token.")
                           .arg(TokenChecks::localTime(*exp.time), span(exp.time->secsTo(now), false)));
    } else {
        out << finding("exp", Level::Ok,
                       QCoreApplication::translate("cad::InspectClaims", "The token expires at %1 (expires in %2).")
                           .arg(TokenChecks::localTime(*exp.time), span(now.secsTo(*exp.time), false)));
    }
}

void checkIssuedAt(const QJsonObject &claims, const QDateTime &now, TokenKind kind, QList<ClaimFinding> &out)
{
    // The provider's and this computer's clocks may differ a little.
    constexpr qint64 ClockSkewSeconds = 60;
    const NumericDate iat = numericDate(claims, "iat");
    if (!iat.present) {
        out << (kind == TokenKind::IdToken
                    ? finding("iat", Level::Warning,
                              QCoreApplication::translate(
                                  "cad::InspectClaims",
                                  "The token does not say when it was issued (iat), which OpenID Connect requires of "
                                  "an ID token."))
                    : finding("iat", Level::Info,
                              QCoreApplication::translate("cad::InspectClaims",
                                                          "The token does not say when it was issued (iat).")));
    } else if (!iat.time) {
        out << notADate("iat");
    } else if (now.secsTo(*iat.time) > ClockSkewSeconds) {
        out << finding("iat", Level::Warning,
                       QCoreApplication::translate(
                           "cad::InspectClaims",
                           "The token was issued at %1, %2 in the future. The provider's clock or this computer's "
                           "clock is wrong; tokens may then look expired or not yet valid.")
                           .arg(TokenChecks::localTime(*iat.time), span(now.secsTo(*iat.time), false)));
    } else {
        out << finding("iat", Level::Info,
                       QCoreApplication::translate("cad::InspectClaims", "The token was issued at %1 (%2 ago).")
                           .arg(TokenChecks::localTime(*iat.time), span(iat.time->secsTo(now), false)));
    }
}

void checkNotBefore(const QJsonObject &claims, const QDateTime &now, QList<ClaimFinding> &out)
{
    const NumericDate nbf = numericDate(claims, "nbf");
    if (!nbf.present)
        return;
    if (!nbf.time) {
        out << notADate("nbf");
    } else if (*nbf.time > now) {
        out << finding("nbf", Level::Error,
                       QCoreApplication::translate(
                           "cad::InspectClaims",
                           "The token is not valid before %1 (valid in %2). A client must not use it yet; if that is "
                           "surprising, compare this computer's clock with the provider's.")
                           .arg(TokenChecks::localTime(*nbf.time), span(now.secsTo(*nbf.time), false)));
    } else {
        out << finding("nbf", Level::Ok,
                       QCoreApplication::translate("cad::InspectClaims", "The token is valid since %1.")
                           .arg(TokenChecks::localTime(*nbf.time)));
    }
}

void checkIssuer(const QJsonObject &claims, const TokenChecks::Expectations &e, QList<ClaimFinding> &out)
{
    const QJsonValue value = claims.value(QLatin1String("iss"));
    if (value.isUndefined() || value.isNull()) {
        out << finding(
            "iss", e.kind == TokenKind::IdToken ? Level::Error : Level::Warning,
            QCoreApplication::translate("cad::InspectClaims",
                                        "The token names no issuer (iss), so nothing says which provider made it."));
        return;
    }
    if (!value.isString()) {
        out << finding(
            "iss", Level::Error,
            QCoreApplication::translate("cad::InspectClaims",
                                        "The issuer (iss) is not a string. A client must not accept the token."));
        return;
    }
    const QString iss = value.toString();
    if (!e.issuer.isEmpty()) {
        // OpenID Connect Core 3.1.3.7 item 2: exactly the same string, no normalisation.
        if (iss == e.issuer)
            out << finding("iss", Level::Ok,
                           QCoreApplication::translate("cad::InspectClaims", "The issuer is %1, as the design expects.")
                               .arg(shown(iss)));
        else
            out << finding("iss", Level::Error,
                           QCoreApplication::translate(
                               "cad::InspectClaims",
                               "The issuer is %1, but the design expects %2. Check the issuer property; if it is "
                               "right, the token comes from another provider and must not be accepted.")
                               .arg(shown(iss), shown(e.issuer)));
        return;
    }
    const Origin tokenOrigin = Origin::of(e.tokenUrl);
    const Origin issuerOrigin = Origin::of(QUrl(iss));
    if (!tokenOrigin.isValid()) {
        out << finding("iss", Level::Info,
                       QCoreApplication::translate(
                           "cad::InspectClaims",
                           "The issuer is %1. The design names no issuer and no token URL to compare it with; enter "
                           "the issuer in the issuer property to have it checked.")
                           .arg(shown(iss)));
    } else if (issuerOrigin == tokenOrigin) {
        out << finding("iss", Level::Info,
                       QCoreApplication::translate(
                           "cad::InspectClaims",
                           "The issuer is %1, at the token URL's origin. The design names no issuer; enter it in the "
                           "issuer property to have it checked exactly.")
                           .arg(shown(iss)));
    } else {
        out << finding("iss", Level::Warning,
                       QCoreApplication::translate(
                           "cad::InspectClaims",
                           "The issuer is %1, which is not at the token URL's origin %2. The design names no issuer; "
                           "if that issuer is right, enter it in the issuer property.")
                           .arg(shown(iss), tokenOrigin.toString()));
    }
}

/// Checks aud; returns the audiences (empty when there are none or they are unusable).
QStringList checkAudience(const QJsonObject &claims, const TokenChecks::Expectations &e, QList<ClaimFinding> &out)
{
    const QJsonValue value = claims.value(QLatin1String("aud"));
    const bool idToken = e.kind == TokenKind::IdToken;
    if (value.isUndefined() || value.isNull()) {
        out << (idToken
                    ? finding("aud", Level::Error,
                              QCoreApplication::translate(
                                  "cad::InspectClaims",
                                  "The token names no audience (aud), which an ID token must: nothing says it was "
                                  "issued for this client."))
                    : finding("aud", Level::Info,
                              QCoreApplication::translate("cad::InspectClaims", "The token names no audience (aud).")));
        return {};
    }
    QStringList audiences;
    bool wellFormed = value.isString() || value.isArray();
    if (value.isString()) {
        audiences << value.toString();
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString())
                wellFormed = false;
            audiences << item.toString();
        }
    }
    if (!wellFormed || audiences.isEmpty()) {
        out << finding("aud", Level::Error,
                       QCoreApplication::translate(
                           "cad::InspectClaims",
                           "The audience (aud) is neither a string nor a list of strings. A client must not accept "
                           "the token."));
        return {};
    }
    QStringList shownAudiences;
    for (const QString &a : std::as_const(audiences))
        shownAudiences << shown(a);
    const QString list = shownAudiences.join(QStringLiteral(", "));
    if (e.clientId.isEmpty()) {
        out << finding("aud", Level::Info,
                       QCoreApplication::translate(
                           "cad::InspectClaims", "The audience is %1; the design has no client ID to compare it with.")
                           .arg(list));
    } else if (audiences.contains(e.clientId)) {
        out << finding(
            "aud", Level::Ok,
            audiences.size() == 1
                ? QCoreApplication::translate("cad::InspectClaims", "The audience is this design's client ID, %1.")
                      .arg(shown(e.clientId))
                : QCoreApplication::translate("cad::InspectClaims", "The audiences %1 include this design's client ID.")
                      .arg(list));
    } else if (idToken) {
        out << finding("aud", Level::Error,
                       QCoreApplication::translate(
                           "cad::InspectClaims",
                           "The audience %1 does not include this design's client ID, %2: the token was issued for "
                           "another client, and this one must not accept it. Check the client ID.")
                           .arg(list, shown(e.clientId)));
    } else {
        out << finding("aud", Level::Info,
                       QCoreApplication::translate(
                           "cad::InspectClaims",
                           "The audience is %1: the API this access token is meant for (RFC 9068), not this client.")
                           .arg(list));
    }
    return audiences;
}

void checkAuthorizedParty(const QJsonObject &claims, const TokenChecks::Expectations &e, const QStringList &audiences,
                          QList<ClaimFinding> &out)
{
    const QJsonValue value = claims.value(QLatin1String("azp"));
    const bool idToken = e.kind == TokenKind::IdToken;
    if (value.isUndefined() || value.isNull()) {
        // OpenID Connect Core 3.1.3.7 item 4: with several audiences, the client should find azp.
        if (idToken && audiences.size() > 1)
            out << finding("azp", Level::Warning,
                           QCoreApplication::translate(
                               "cad::InspectClaims",
                               "The token names several audiences but no authorized party (azp), so it does not say "
                               "which of them it was issued to."));
        return;
    }
    const QString azp = value.toString();
    if (e.clientId.isEmpty()) {
        out << finding("azp", Level::Info,
                       QCoreApplication::translate(
                           "cad::InspectClaims",
                           "The authorized party (azp) is %1; the design has no client ID to compare it with.")
                           .arg(shown(azp)));
    } else if (value.isString() && azp == e.clientId) {
        out << finding("azp", Level::Ok,
                       QCoreApplication::translate("cad::InspectClaims",
                                                   "The authorized party (azp) is this design's client ID, %1.")
                           .arg(shown(azp)));
    } else {
        out << finding("azp", idToken ? Level::Error : Level::Warning,
                       QCoreApplication::translate(
                           "cad::InspectClaims",
                           "The authorized party (azp) is %1, not this design's client ID, %2: the token was issued "
                           "to another client.")
                           .arg(shown(azp), shown(e.clientId)));
    }
}

void checkNonce(const QJsonObject &claims, const TokenChecks::Expectations &e, QList<ClaimFinding> &out)
{
    const QJsonValue value = claims.value(QLatin1String("nonce"));
    const bool present = !value.isUndefined() && !value.isNull();
    // The nonce values are not shown: they tie the token to one sign-in.
    if (!e.nonce.isEmpty()) {
        if (!present)
            out << finding("nonce", Level::Error,
                           QCoreApplication::translate(
                               "cad::InspectClaims",
                               "A nonce was sent with the sign-in, but the token carries none. The provider ignored "
                               "it, or the token answers another sign-in; a client must not accept it."));
        else if (!value.isString() || value.toString() != e.nonce)
            out << finding("nonce", Level::Error,
                           QCoreApplication::translate(
                               "cad::InspectClaims",
                               "The token's nonce differs from the one sent with this sign-in: it answers another "
                               "sign-in, perhaps replayed. A client must not accept it."));
        else
            out << finding("nonce", Level::Ok,
                           QCoreApplication::translate("cad::InspectClaims",
                                                       "The token's nonce is the one sent with this sign-in."));
    } else if (present) {
        out << finding("nonce", Level::Warning,
                       QCoreApplication::translate(
                           "cad::InspectClaims",
                           "The token carries a nonce, but none was sent with this sign-in: it may answer another "
                           "sign-in."));
    } else {
        out << finding(
            "nonce", Level::Info,
            QCoreApplication::translate("cad::InspectClaims", "No nonce was sent, and the token carries none."));
    }
}

} // namespace

QString TokenChecks::localTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QList<ClaimFinding> TokenChecks::checkClaims(const Jwt &jwt, const Expectations &expectations, const QDateTime &now)
{
    QList<ClaimFinding> out;
    checkExpiry(jwt.claims, now, out);
    checkIssuedAt(jwt.claims, now, expectations.kind, out);
    checkNotBefore(jwt.claims, now, out);
    checkIssuer(jwt.claims, expectations, out);
    const QStringList audiences = checkAudience(jwt.claims, expectations, out);
    checkAuthorizedParty(jwt.claims, expectations, audiences, out);
    if (expectations.kind == TokenKind::IdToken)
        checkNonce(jwt.claims, expectations, out);
    return out;
}

ScopeComparison TokenChecks::compareScopes(const QString &requested, const QString &granted, const QString &separator)
{
    ScopeComparison c;
    c.requested = scopeList(requested, separator);
    c.grantedReported = !granted.trimmed().isEmpty();
    if (!c.grantedReported) {
        // RFC 6749 3.3 and 5.1: without scope in the response, the requested scope was granted.
        c.granted = c.requested;
        return c;
    }
    c.granted = scopeList(granted, separator);
    for (const QString &s : std::as_const(c.requested)) {
        if (!c.granted.contains(s))
            c.missing << s;
    }
    for (const QString &s : std::as_const(c.granted)) {
        if (!c.requested.contains(s))
            c.extra << s;
    }
    return c;
}

QString TokenChecks::describeLifetime(const QDateTime &expiresAt, const QDateTime &now)
{
    if (!expiresAt.isValid())
        return QCoreApplication::translate("cad::InspectClaims", "no expiry known");
    const qint64 left = now.secsTo(expiresAt);
    if (left <= 0)
        return QCoreApplication::translate("cad::InspectClaims", "expired");
    return QCoreApplication::translate("cad::InspectClaims", "expires in %1").arg(span(left, true));
}

} // namespace cad
