// Target: LoopbackRequest::parse, the HTTP request parser of the loopback redirect listener
// (src/oauth/LoopbackRequest.h). Each input is what a local client sent on one connection, parsed with
// the expected state "st" and with none.
// Checks: no crash, leak, undefined behaviour or hang; the decision is the one the header's diagram
// gives: Incomplete only while the header block has not ended and is within 16 KiB; nothing with a
// header block over 16 KiB is answered but with 431; a Callback is a GET of /callback with code or
// error, carrying the expected state exactly once (when one is set), and its query makes a valid
// redirect URL with the same parameters; bytes after the header block change nothing.
#include "oauth/LoopbackRequest.h"

#include "FuzzSupport.h"

#include <QUrl>
#include <QUrlQuery>

using namespace cad;
using Decision = LoopbackRequest::Decision;

namespace {
void check(const QByteArray &received, const QString &expectedState)
{
    const LoopbackRequest r = LoopbackRequest::parse(received, expectedState);
    const qsizetype headerEnd = received.indexOf("\r\n\r\n");
    const QString decision = QString::number(int(r.decision()));
    CAD_FUZZ_CHECK((r.decision() == Decision::Incomplete) ==
                       (headerEnd < 0 && received.size() <= LoopbackRequest::MaxHeaderBytes),
                   decision);
    CAD_FUZZ_CHECK((r.status() == 0) == (r.decision() == Decision::Incomplete), decision);
    if (headerEnd < 0 || headerEnd + 4 > LoopbackRequest::MaxHeaderBytes) {
        CAD_FUZZ_CHECK(r.decision() == Decision::Incomplete || r.decision() == Decision::HeaderTooLarge, decision);
        return;
    }
    // Only the header block counts.
    const LoopbackRequest header = LoopbackRequest::parse(received.left(headerEnd + 4), expectedState);
    CAD_FUZZ_CHECK(header.decision() == r.decision() && header.query() == r.query(), decision);
    if (r.decision() != Decision::Callback)
        return;

    CAD_FUZZ_CHECK(received.startsWith("GET "), QString::fromLatin1(received.left(20)));
    const QByteArray requestLine = received.left(received.indexOf("\r\n"));
    const QUrl target(QString::fromLatin1(requestLine.split(' ').value(1)), QUrl::StrictMode);
    CAD_FUZZ_CHECK(target.path() == LoopbackRequest::callbackPath(), target.path());
    const QUrlQuery query(target);
    CAD_FUZZ_CHECK(query.hasQueryItem(QStringLiteral("code")) || query.hasQueryItem(QStringLiteral("error")),
                   r.query());
    CAD_FUZZ_CHECK(r.hasError() == query.hasQueryItem(QStringLiteral("error")), r.query());
    const QStringList states = query.allQueryItemValues(QStringLiteral("state"), QUrl::FullyDecoded);
    if (!expectedState.isEmpty())
        CAD_FUZZ_CHECK(states == QStringList{expectedState}, r.query());
    else if (!r.hasError())
        CAD_FUZZ_CHECK(!states.isEmpty(), r.query());

    // What LoopbackReceiver emits.
    QUrl redirect(QStringLiteral("http://127.0.0.1:50000/callback"));
    redirect.setQuery(r.query(), QUrl::StrictMode);
    CAD_FUZZ_CHECK(redirect.isValid(), r.query());
    CAD_FUZZ_CHECK(QUrlQuery(redirect).queryItems(QUrl::FullyDecoded) == query.queryItems(QUrl::FullyDecoded),
                   r.query());
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray received = fuzz::bytes(data, size);
    check(received, QStringLiteral("st"));
    check(received, QString());
    return 0;
}
