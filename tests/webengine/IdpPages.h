#pragma once

// Driving oidc-provider's built-in login and consent pages inside the embedded browser.
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QString>
#include <QTest>
#include <QUrl>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <memory>

namespace cad::test {

/// Fills the dev login form (any login is accepted) and submits it; "absent" until the form is there.
inline const QString LoginScript = QStringLiteral(
    "(function(){var i=document.querySelector('input[name=\"login\"]'); if(!i) return 'absent';"
    " i.value='alice'; var p=document.querySelector('input[name=\"password\"]'); if(p) p.value='any-password';"
    " HTMLFormElement.prototype.submit.call(i.form); return 'submitted';})()");

/// Submits the consent form; "absent" until it is there.
inline const QString ConsentScript = QStringLiteral(
    "(function(){var i=document.querySelector('input[name=\"prompt\"][value=\"consent\"]'); if(!i) return 'absent';"
    " HTMLFormElement.prototype.submit.call(i.form); return 'submitted';})()");

/// Runs @p script in the page of @p view until it answers "submitted" (bounded by @p timeoutMs). Between
/// tries it waits for the page's next load to finish, the only thing that can make a form appear; no
/// fixed pauses. @p view is looked up again on every try (the dialog may close meanwhile).
template <typename ViewLookup> bool runUntilSubmitted(ViewLookup view, const QString &script, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QWebEngineView *v = view();
        if (!v)
            return false;
        QSignalSpy loaded(v->page(), &QWebEnginePage::loadFinished); // before the script: no load is missed
        struct Answer
        {
            bool arrived = false;
            QString value;
        };
        auto answer = std::make_shared<Answer>();
        v->page()->runJavaScript(script, [answer](const QVariant &result) {
            answer->arrived = true;
            answer->value = result.toString(); // empty when the page navigated away meanwhile
        });
        const int left = int(std::max<qint64>(1, timeoutMs - timer.elapsed()));
        if (!QTest::qWaitFor([answer] { return answer->arrived; }, left))
            return false;
        if (answer->value == QLatin1String("submitted"))
            return true;
        // "absent" (or no answer): the form is not there yet; it can only come with the next page load.
        if (loaded.isEmpty() && !loaded.wait(int(std::max<qint64>(1, timeoutMs - timer.elapsed()))))
            return false;
    }
    return false;
}

} // namespace cad::test
