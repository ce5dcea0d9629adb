#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace cad {

class SignInBrowserFactory;

/// Loads the embedded sign-in browser (the plugin `authdesigner_browser`, the only part of the
/// designer that links Qt WebEngine) on first use, so start-up stays as light as a bare Qt window.
///
/// Where it looks, in order:
///   1. $CAD_BROWSER_PLUGIN_PATH (the plugin file itself, or a folder holding it); when set, only there
///   2. <folder of the executable>/plugins
///   3. <folder of the executable>/../lib/auth-designer/plugins   (installed layout)
///   4. the build tree's plugins folder (developer builds)
class BrowserLoader
{
public:
    /// The plugin's factory, loading it on the first call. The factory lives until the process ends.
    [[nodiscard]] static Result<SignInBrowserFactory *> factory();
    /// True once the plugin was loaded in this process.
    [[nodiscard]] static bool isLoaded();
    /// The candidate plugin files, in search order.
    [[nodiscard]] static QStringList candidatePaths();
    /// "libauthdesigner_browser.so" on Linux.
    [[nodiscard]] static QString pluginFileName();
};

} // namespace cad
