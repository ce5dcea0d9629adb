#include "oauth/ReplyLimiter.h"

#include <QNetworkReply>

namespace cad {

ReplyLimiter *ReplyLimiter::attach(QNetworkReply *reply, int deadlineMs, qint64 maxBytes, Overflow overflow)
{
    return new ReplyLimiter(reply, deadlineMs, maxBytes, overflow);
}

ReplyLimiter::ReplyLimiter(QNetworkReply *reply, int deadlineMs, qint64 maxBytes, Overflow overflow)
    : QObject(reply)
    , m_reply(reply)
    , m_deadlineMs(deadlineMs)
    , m_maxBytes(maxBytes)
    , m_overflow(overflow)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_reply->isFinished())
            return;
        m_violation = Violation::Deadline;
        m_reply->abort();
    });
    if (deadlineMs > 0)
        m_deadline.start(deadlineMs);
    connect(reply, &QNetworkReply::readyRead, this, &ReplyLimiter::readAvailable);
    connect(reply, &QNetworkReply::finished, &m_deadline, &QTimer::stop);
}

void ReplyLimiter::readAvailable()
{
    if (m_violation != Violation::None || m_truncated)
        return;
    const qint64 room = m_maxBytes - m_body.size();
    m_body += m_reply->read(std::max<qint64>(0, room));
    if (m_reply->bytesAvailable() > 0 && m_body.size() >= m_maxBytes) {
        if (m_overflow == Overflow::Fail)
            m_violation = Violation::TooLarge;
        else
            m_truncated = true;
        m_reply->abort();
    }
}

QByteArray ReplyLimiter::body()
{
    if (m_reply->isOpen())
        readAvailable();
    return m_body;
}

} // namespace cad
