#pragma once

#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>

#include <functional>

namespace cad {

/// Blocks every request whose host is not a loopback address and reports it (SignInNetworkGuard,
/// tests only): the page of a test never reaches the internet, and the test learns that it tried.
class LoopbackOnlyInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    using Callback = std::function<void(const QUrl &url)>;

    explicit LoopbackOnlyInterceptor(Callback blocked, QObject *parent = nullptr);

    /// True for a URL that stays on this computer: no host (data:, blob:, about:) or a loopback host.
    [[nodiscard]] static bool staysOnThisComputer(const QUrl &url);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

private:
    Callback m_blocked;
};

} // namespace cad
