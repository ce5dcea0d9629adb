#include "BrowserPlugin.h"

#include "SignInDialog.h"

namespace cad {

BrowserPlugin::BrowserPlugin(QObject *parent)
    : QObject(parent)
{}

SignInBrowser *BrowserPlugin::createSignIn(const SignInRequest &request, QWidget *parent)
{
    return new SignInDialog(request, parent);
}

} // namespace cad
