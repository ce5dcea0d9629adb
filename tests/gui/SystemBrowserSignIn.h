#pragma once

// Signing a window in at the oidc-provider fixture the way an author does with "Sign in with the
// system browser" ticked: the sign-in URL goes to a stand-in for the browser, the fixture's login
// and consent are answered headlessly, and the redirect goes to the connection's loopback listener.

#include "WindowTestSupport.h"

#include "browser/SignInController.h"
#include "connectionpanel/ConnectionPanel.h"
#include "mainwindow/MainWindow.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

namespace cad::test {

/// True when @p window is Connected within the bounded waits.
inline bool signInWithSystemBrowser(MainWindow &window, OidcProvider &idp)
{
    child<QCheckBox>(window.connectionPanel(), "systemBrowserCheck")->setChecked(true);
    QUrl opened;
    window.signInController()->setSystemBrowserOpener([&opened](const QUrl &url) {
        opened = url;
        return true;
    });
    QTest::mouseClick(child<QAbstractButton>(window.connectionPanel(), "connectButton"), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return opened.isValid(); }, 10000))
        return false;
    const QUrl redirect = idp.authorizeHeadlessly(opened);
    if (redirect.isEmpty())
        return false;
    std::unique_ptr<QNetworkReply> browser(window.network()->get(QNetworkRequest(redirect)));
    return QTest::qWaitFor([&] { return window.connectionPanel()->state() == ConnectionState::Connected; }, 15000);
}

} // namespace cad::test
