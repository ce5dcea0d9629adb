#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace cad {

class SignInBrowserFactory;

/// Loads the embedded sign-in browser (the plugin `authdesigner_browser`, the only part of the
/// designer that links Qt WebEngine) on first use, so start-up stays as light as a bare Qt window.
///
/// Code is loaded only from where the designer is installed, relative to the executable:
///   1. <folder of the executable>/plugins
///   2. <folder of the executable>/../lib/auth-designer/plugins   (installed layout)
/// The build tree has the same layout (bin/auth-designer, lib/auth-designer/plugins/), so a
/// designer run from the build tree finds its plugin the same way. No build-tree path is compiled
/// in and no environment variable changes the search; only test executables redirect it, with
/// setSearchPathsForTesting().
class BrowserLoader
{
public:
    /// The plugin's factory, loading it on the first call. The factory lives until the process ends.
    [[nodiscard]] static Result<SignInBrowserFactory *> factory();
    /// True once the plugin was loaded in this process.
    [[nodiscard]] static bool isLoaded();
    /// The plugin file loaded, or empty.
    [[nodiscard]] static QString loadedPath();
    /// The candidate plugin files, in search order.
    [[nodiscard]] static QStringList candidatePaths();
    /// "libauthdesigner_browser.so" on Linux.
    [[nodiscard]] static QString pluginFileName();
    /// For test executables, which do not live next to the plugin: search only @p paths (plugin files,
    /// or folders holding pluginFileName()) from now on. An empty list restores the installed search.
    /// Has no effect once the plugin is loaded.
    static void setSearchPathsForTesting(const QStringList &paths);
};

} // namespace cad
