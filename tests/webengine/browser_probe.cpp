// A stand-in for the designer executable, built next to it in bin/ (never installed): it loads the
// embedded sign-in browser exactly as the designer does when a sign-in starts, with the search an
// installed designer uses, and prints the plugin file it loaded (exit 0) or the error (exit 1).
#include "browser/BrowserLoader.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // as the designer's main()
    QApplication app(argc, argv);
    const auto factory = cad::BrowserLoader::factory();
    if (!factory) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(factory.error().toString()));
        return 1;
    }
    std::printf("%s\n", qUtf8Printable(cad::BrowserLoader::loadedPath()));
    return 0;
}
