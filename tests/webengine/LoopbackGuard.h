#pragma once

// Keeps every sign-in window of a test on this computer: the plugin blocks each request whose host
// is not a loopback address (SignInNetworkGuard) and this guard records it, so that a test can fail
// when its page tried to reach the internet. The oidc fixture serves its pages without outside
// resources, so the honest expectation is that nothing at all is blocked.
#include "browser/SignInBrowser.h"

#include <QList>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace cad::test {

class LoopbackGuard
{
public:
    /// From now on every new sign-in window (also the designer's own) is guarded.
    LoopbackGuard()
        : m_blocked(std::make_shared<QList<QUrl>>())
    {
        SignInNetworkGuard guard;
        guard.loopbackOnly = true;
        guard.blocked = [blocked = m_blocked](const QUrl &url) {
            blocked->append(url);
        };
        SignInNetworkGuard::testDefault() = guard;
    }
    ~LoopbackGuard() { SignInNetworkGuard::testDefault() = SignInNetworkGuard{}; }
    LoopbackGuard(const LoopbackGuard &) = delete;
    LoopbackGuard &operator=(const LoopbackGuard &) = delete;

    /// The requests blocked so far (each would have left this computer).
    [[nodiscard]] QList<QUrl> blocked() const { return *m_blocked; }
    void clear() { m_blocked->clear(); }
    /// For failure messages.
    [[nodiscard]] QString describe() const
    {
        QStringList urls;
        for (const QUrl &url : std::as_const(*m_blocked))
            urls << url.toString();
        return QStringLiteral("requests outside 127.0.0.1 were attempted (and blocked): ") +
               urls.join(QStringLiteral(", "));
    }

private:
    std::shared_ptr<QList<QUrl>> m_blocked;
};

} // namespace cad::test
