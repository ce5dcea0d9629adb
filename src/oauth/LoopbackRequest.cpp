#include "oauth/LoopbackRequest.h"

#include <QList>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace cad {

namespace {
// Compares in time independent of where the strings differ.
bool equalInConstantTime(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    if (x.size() != y.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < x.size(); ++i)
        diff |= static_cast<unsigned char>(x.at(i) ^ y.at(i));
    return diff == 0;
}

bool stateMatches(const QUrlQuery &query, const QString &expectedState)
{
    if (expectedState.isEmpty())
        return true; // no expectation: OAuthClient::handleRedirect() checks the state
    const QStringList states = query.allQueryItemValues(QStringLiteral("state"), QUrl::FullyDecoded);
    return states.size() == 1 && equalInConstantTime(states.constFirst(), expectedState);
}
} // namespace

QString LoopbackRequest::callbackPath()
{
    return QStringLiteral("/callback");
}

LoopbackRequest LoopbackRequest::parse(const QByteArray &received, const QString &expectedState)
{
    LoopbackRequest r;
    // Only the request line matters; wait for the end of the header block.
    const qsizetype headerEnd = received.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        r.m_decision = received.size() > MaxHeaderBytes ? Decision::HeaderTooLarge : Decision::Incomplete;
        return r;
    }
    // The limit holds however the bytes arrive: a whole oversized header in one read is refused too.
    if (headerEnd + 4 > MaxHeaderBytes) {
        r.m_decision = Decision::HeaderTooLarge;
        return r;
    }
    const QList<QByteArray> requestLine = received.left(received.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/")) {
        r.m_decision = Decision::Malformed;
        return r;
    }
    const QByteArray &method = requestLine.at(0);
    const QUrl target(QString::fromLatin1(requestLine.at(1)), QUrl::StrictMode);
    if (!target.isValid() || target.path() != callbackPath()) {
        r.m_decision = Decision::NotFound;
        return r;
    }
    if (method != "GET") {
        r.m_decision = Decision::MethodNotAllowed;
        return r;
    }
    const QUrlQuery query(target);
    const bool hasCode = query.hasQueryItem(QStringLiteral("code"));
    const bool hasError = query.hasQueryItem(QStringLiteral("error"));
    if (!hasCode && !hasError) {
        r.m_decision = Decision::MissingParameters;
        return r;
    }
    if (!stateMatches(query, expectedState)) {
        // Not the answer to this sign-in (another process, or an old tab).
        r.m_decision = Decision::WrongState;
        return r;
    }
    if (!hasError && !query.hasQueryItem(QStringLiteral("state"))) {
        r.m_decision = Decision::MissingParameters;
        return r;
    }
    r.m_decision = Decision::Callback;
    r.m_query = target.query(QUrl::FullyEncoded);
    r.m_hasError = hasError;
    if (hasError)
        r.m_error = query.queryItemValue(QStringLiteral("error"));
    return r;
}

int LoopbackRequest::status() const
{
    switch (m_decision) {
    case Decision::Incomplete:
        return 0;
    case Decision::HeaderTooLarge:
        return 431;
    case Decision::Malformed:
    case Decision::MissingParameters:
    case Decision::WrongState:
        return 400;
    case Decision::NotFound:
        return 404;
    case Decision::MethodNotAllowed:
        return 405;
    case Decision::Callback:
        return 200;
    }
    return 400;
}

QByteArray LoopbackRequest::reason() const
{
    switch (status()) {
    case 200:
        return "OK";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 431:
        return "Request Header Fields Too Large";
    case 0:
        return {};
    default:
        return "Bad Request";
    }
}

} // namespace cad
