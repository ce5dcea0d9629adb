#include "browser/BrowserLoader.h"

#include "browser/SignInBrowser.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

#include <utility>

namespace cad {

namespace {
SignInBrowserFactory *g_factory = nullptr;
QPluginLoader *g_loader = nullptr;
QString g_loadedPath;
QStringList g_testSearchPaths;
} // namespace

QString BrowserLoader::pluginFileName()
{
#if defined(Q_OS_WIN)
    return QStringLiteral("authdesigner_browser.dll");
#else
    return QStringLiteral("libauthdesigner_browser.so");
#endif
}

QStringList BrowserLoader::candidatePaths()
{
    QStringList paths;
    if (!g_testSearchPaths.isEmpty()) {
        for (const QString &path : std::as_const(g_testSearchPaths))
            paths << (QFileInfo(path).isDir() ? QDir(path).filePath(pluginFileName()) : path);
        return paths;
    }
    // Relative to the executable only: the installed layout, which the build tree mirrors.
    const QDir appDir(QCoreApplication::applicationDirPath());
    paths << appDir.filePath(QStringLiteral("plugins/") + pluginFileName());
    paths << QDir::cleanPath(appDir.filePath(QStringLiteral("../lib/auth-designer/plugins/") + pluginFileName()));
    paths.removeDuplicates();
    return paths;
}

void BrowserLoader::setSearchPathsForTesting(const QStringList &paths)
{
    g_testSearchPaths = paths;
}

QString BrowserLoader::loadedPath()
{
    return g_loadedPath;
}

bool BrowserLoader::isLoaded()
{
    return g_factory != nullptr;
}

Result<SignInBrowserFactory *> BrowserLoader::factory()
{
    if (g_factory)
        return g_factory;
    QStringList problems;
    const QStringList candidates = candidatePaths();
    for (const QString &path : candidates) {
        if (!QFileInfo::exists(path))
            continue;
        // Kept for the life of the process on purpose (a plugin is never unloaded), in a global so
        // that it is still referenced at exit rather than lost.
        auto *loader = new QPluginLoader(path);
        QObject *instance = loader->instance();
        auto *factory = qobject_cast<SignInBrowserFactory *>(instance);
        if (factory) {
            qCDebug(lcConnection) << "embedded browser loaded from" << path;
            g_factory = factory;
            g_loader = loader;
            g_loadedPath = path;
            return g_factory;
        }
        problems << QCoreApplication::translate("cad::BrowserLoader", "%1: %2")
                        .arg(QDir::toNativeSeparators(path),
                             instance ? QCoreApplication::translate("cad::BrowserLoader", "not the sign-in browser")
                                      : loader->errorString());
        loader->unload();
        delete loader;
    }
    QString hint = QCoreApplication::translate(
        "cad::BrowserLoader", "Sign in with the system browser instead, or reinstall the designer (the plugin belongs "
                              "next to the program in plugins/ or in lib/auth-designer/plugins/).");
    if (problems.isEmpty())
        return Error{
            QCoreApplication::translate("cad::BrowserLoader", "The embedded sign-in browser (%1) is not installed.")
                .arg(pluginFileName()),
            hint};
    return Error{
        QCoreApplication::translate("cad::BrowserLoader", "The embedded sign-in browser could not be loaded: %1")
            .arg(problems.join(QStringLiteral("; "))),
        hint};
}

} // namespace cad
