#pragma once

#include <QByteArray>
#include <QString>

namespace cad {

/// One HTTP request to the LoopbackReceiver, read from the bytes a connection has sent so far, and
/// what to answer. Pure (no sockets, no event loop), so the parsing of this outside input can be
/// unit-tested and fuzzed (tests/fuzz/fuzz_loopbackrequest.cpp).
///
///   bytes so far -- no "\r\n\r\n" yet --> Incomplete (wait), or HeaderTooLarge past MaxHeaderBytes
///        |                                header block over MaxHeaderBytes --> HeaderTooLarge (431)
///        v
///   "METHOD TARGET HTTP/..." ------ no --> Malformed (400)
///   target path /callback? -------- no --> NotFound (404)
///   method GET? ------------------- no --> MethodNotAllowed (405)
///   code or error in the query? --- no --> MissingParameters (400)
///   the expected state, once? ----- no --> WrongState (400; the receiver keeps waiting)
///   error, or code with state? ---- no --> MissingParameters (400)
///        v
///   Callback (200): query() is the callback's query, hasError() tells the failure page from success
class LoopbackRequest
{
public:
    enum class Decision
    {
        Incomplete,        ///< the header block has not ended yet: wait for more bytes
        HeaderTooLarge,    ///< 431: the header block is (or would be) over MaxHeaderBytes
        Malformed,         ///< 400: no "METHOD TARGET HTTP/..." request line
        NotFound,          ///< 404: another path (e.g. /favicon.ico) or an unparsable target
        MethodNotAllowed,  ///< 405: /callback with a method other than GET
        MissingParameters, ///< 400: /callback without code or error, or a code without state
        WrongState,        ///< 400: a callback that does not carry the expected state exactly once
        Callback,          ///< 200: the redirect of the sign-in in progress
    };

    /// The header block (request line, headers, the blank line) may be at most this long.
    static constexpr qsizetype MaxHeaderBytes = 16 * 1024;

    /// @p received: everything the connection sent so far. @p expectedState: the state of the
    /// authorization request; empty accepts any state (OAuthClient::handleRedirect() checks it).
    [[nodiscard]] static LoopbackRequest parse(const QByteArray &received, const QString &expectedState);

    /// "/callback"
    [[nodiscard]] static QString callbackPath();

    [[nodiscard]] Decision decision() const { return m_decision; }
    /// A complete request that names a path: the receiver may still refuse it with a 404 once done.
    [[nodiscard]] bool isComplete() const
    {
        return m_decision != Decision::Incomplete && m_decision != Decision::HeaderTooLarge &&
               m_decision != Decision::Malformed;
    }
    /// The HTTP status of the answer (0 for Incomplete) and its reason phrase.
    [[nodiscard]] int status() const;
    [[nodiscard]] QByteArray reason() const;
    /// Callback: the query of the request target, fully encoded, exactly as received.
    [[nodiscard]] QString query() const { return m_query; }
    /// Callback: the redirect carries error=... (the sign-in failed at the authorization server).
    [[nodiscard]] bool hasError() const { return m_hasError; }
    /// Callback with hasError(): the error code, decoded for display.
    [[nodiscard]] QString errorCode() const { return m_error; }

private:
    Decision m_decision = Decision::Incomplete;
    QString m_query;
    QString m_error;
    bool m_hasError = false;
};

} // namespace cad
