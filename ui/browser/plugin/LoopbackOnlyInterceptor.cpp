#include "LoopbackOnlyInterceptor.h"

#include "core/Origin.h"

#include <QWebEngineUrlRequestInfo>

namespace cad {

LoopbackOnlyInterceptor::LoopbackOnlyInterceptor(Callback blocked, QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
    , m_blocked(std::move(blocked))
{}

bool LoopbackOnlyInterceptor::staysOnThisComputer(const QUrl &url)
{
    return url.host().isEmpty() || isLoopbackHost(url.host());
}

void LoopbackOnlyInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    // Qt 6 calls this on the GUI thread.
    const QUrl url = info.requestUrl();
    if (staysOnThisComputer(url))
        return;
    info.block(true);
    if (m_blocked)
        m_blocked(url);
}

} // namespace cad
