#pragma once

// What the sandbox tests share: a headless sign-in through the auto-approving sandbox.

#include "connection/DesignTimeConnection.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace cad::test {

/// Signs @p connection in at a sandbox in auto-approve mode: the authorize URL answers with the
/// redirect, which the connection receives as the embedded browser would hand it over. Returns an
/// empty string when it is Connected, else what went wrong.
inline QString signInThroughSandbox(DesignTimeConnection &connection, QNetworkAccessManager &browser)
{
    QSignalSpy required(&connection, &DesignTimeConnection::authorizationRequired);
    connection.connectToService();
    if (required.isEmpty() && !required.wait(10000))
        return QStringLiteral("no authorization URL: ") + connection.statusMessage();
    QNetworkRequest request(required.first().at(0).toUrl());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    std::unique_ptr<QNetworkReply> reply(browser.get(request));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(10000))
        return QStringLiteral("the sandbox did not answer the authorization request");
    const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
    if (location.isEmpty())
        return QStringLiteral("no redirect: ") + QString::fromUtf8(reply->readAll());
    connection.handleRedirect(location);
    const bool settled = QTest::qWaitFor(
        [&] {
            return connection.state() == ConnectionState::Connected || connection.state() == ConnectionState::Failed;
        },
        10000);
    if (!settled || connection.state() != ConnectionState::Connected)
        return QStringLiteral("not connected: ") + connection.statusMessage();
    return {};
}

} // namespace cad::test
