#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QNetworkReply;

namespace cad {

/// Bounds one QNetworkReply: an overall deadline (QNetworkRequest::setTransferTimeout only measures
/// inactivity, so a server that drips one byte a second would never be cut off) and a cap on the
/// body it keeps in memory. Attach it right after the request is sent; it reads the body as it
/// arrives, aborts the reply when a limit is passed and says which one.
///
///   reply ──readyRead──► body() grows up to maxBytes ──► over it: Fail: abort, violation TooLarge
///                                                        Truncate: abort, truncated() (test request)
///   deadline ──► abort, violation Deadline
class ReplyLimiter : public QObject
{
    Q_OBJECT

public:
    enum class Violation
    {
        None,
        Deadline, ///< the whole exchange took longer than the deadline
        TooLarge, ///< the body passed maxBytes (Overflow::Fail)
    };
    enum class Overflow
    {
        Fail,     ///< a token or revocation response: too large is an error
        Truncate, ///< an API response: keep the first maxBytes, say it was cut
    };

    /// Owned by @p reply (deleted with it).
    static ReplyLimiter *attach(QNetworkReply *reply, int deadlineMs, qint64 maxBytes,
                                Overflow overflow = Overflow::Fail);

    [[nodiscard]] Violation violation() const { return m_violation; }
    [[nodiscard]] bool truncated() const { return m_truncated; }
    [[nodiscard]] int deadlineMs() const { return m_deadlineMs; }
    [[nodiscard]] qint64 maxBytes() const { return m_maxBytes; }
    /// The body read so far, at most maxBytes. Call it from the reply's finished() handler.
    [[nodiscard]] QByteArray body();

private:
    ReplyLimiter(QNetworkReply *reply, int deadlineMs, qint64 maxBytes, Overflow overflow);
    void readAvailable();

    QNetworkReply *m_reply;
    QTimer m_deadline;
    QByteArray m_body;
    int m_deadlineMs;
    qint64 m_maxBytes;
    Overflow m_overflow;
    Violation m_violation = Violation::None;
    bool m_truncated = false;
};

} // namespace cad
