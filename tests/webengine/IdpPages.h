#pragma once

// Driving oidc-provider's built-in login and consent pages inside the embedded browser.
#include <QString>
#include <QUrl>
#include <QWebEngineUrlRequestInfo>
#include <QWebEngineUrlRequestInterceptor>

namespace cad::test {

/// Keeps a test on 127.0.0.1: the fixture's pages import a web font from the internet.
class LoopbackOnlyInterceptor : public QWebEngineUrlRequestInterceptor
{
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;
    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const QUrl url = info.requestUrl();
        if (url.scheme().startsWith(QLatin1String("http")) && url.host() != QLatin1String("127.0.0.1"))
            info.block(true);
    }
};

/// Fills the dev login form (any login is accepted) and submits it; "absent" until the form is there.
inline const QString LoginScript = QStringLiteral(
    "(function(){var i=document.querySelector('input[name=\"login\"]'); if(!i) return 'absent';"
    " i.value='alice'; var p=document.querySelector('input[name=\"password\"]'); if(p) p.value='any-password';"
    " HTMLFormElement.prototype.submit.call(i.form); return 'submitted';})()");

/// Submits the consent form; "absent" until it is there.
inline const QString ConsentScript = QStringLiteral(
    "(function(){var i=document.querySelector('input[name=\"prompt\"][value=\"consent\"]'); if(!i) return 'absent';"
    " HTMLFormElement.prototype.submit.call(i.form); return 'submitted';})()");

} // namespace cad::test
