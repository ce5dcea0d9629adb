#pragma once

#include "browser/SignInBrowser.h"

#include <QObject>

namespace cad {

/// The entry point of the plugin `authdesigner_browser`: the only code that links Qt WebEngine.
class BrowserPlugin : public QObject, public SignInBrowserFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CadSignInBrowserFactory_iid)
    Q_INTERFACES(cad::SignInBrowserFactory)

public:
    explicit BrowserPlugin(QObject *parent = nullptr);

    [[nodiscard]] SignInBrowser *createSignIn(const SignInRequest &request, QWidget *parent) override;
};

} // namespace cad
