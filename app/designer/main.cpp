// The designer: only wires the widgets library together.
#include "browser/BrowserLoader.h"
#include "common/DesignerStyle.h"
#include "mainwindow/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    // WebEngine (the embedded sign-in browser) is loaded later, only when needed; it requires this
    // attribute before the application object exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setStyle(new cad::DesignerStyle);
    QCoreApplication::setOrganizationName(QStringLiteral("ConnectorAuthDesigner"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("connector-auth-designer.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("auth-designer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAD_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Connector Auth Designer"));
    QGuiApplication::setDesktopFileName(QStringLiteral(CAD_APP_ID)); // the installed desktop entry

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("auth-designer"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Design, preview and test the authentication of REST API connectors."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "Connector definition to open (.connector.json)."),
                                 QStringLiteral("[file]"));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("main", "Render the window to PATH and exit."),
                                        QStringLiteral("path"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotOption);
    QCommandLineOption screenshotSizeOption(QStringLiteral("screenshot-size"),
                                            QCoreApplication::translate("main", "Window size for --screenshot."),
                                            QStringLiteral("WIDTHxHEIGHT"), QStringLiteral("1480x940"));
    screenshotSizeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotSizeOption);
    QCommandLineOption checkBrowserOption(
        QStringLiteral("check-sign-in-browser"),
        QCoreApplication::translate("main", "Load the embedded sign-in browser, say from where, and exit."));
    parser.addOption(checkBrowserOption);
    parser.process(app);

    if (parser.isSet(checkBrowserOption)) {
        const cad::Result<cad::SignInBrowserFactory *> browser = cad::BrowserLoader::factory();
        if (!browser) {
            std::fprintf(stderr, "%s\n", qPrintable(browser.error().toString()));
            return 1;
        }
        std::printf("Sign-in browser: %s\n", qPrintable(cad::BrowserLoader::loadedPath()));
        return 0;
    }

    const QStringList files = parser.positionalArguments();
    // The file is opened while the window is made, so that its views are built once, for it.
    const QString file = files.isEmpty() ? QString() : QFileInfo(files.constFirst()).absoluteFilePath();
    cad::MainWindow window(file);
    const QString screenshot = parser.value(screenshotOption);
    if (!screenshot.isEmpty()) {
        const QStringList size = parser.value(screenshotSizeOption).split(QLatin1Char('x'));
        const int width = size.value(0).toInt();
        const int height = size.value(1).toInt();
        if (size.size() != 2 || width < 200 || height < 200) {
            std::fprintf(stderr, "--screenshot-size: expected WIDTHxHEIGHT such as 1024x700\n");
            return 2;
        }
        window.resize(width, height);
        if (!file.isEmpty() && window.filePath() != file)
            return 1;
        window.show();
        QTimer::singleShot(300, &window, [&window, screenshot]() {
            const bool ok = window.grab().save(screenshot);
            QCoreApplication::exit(ok ? 0 : 1);
        });
        return app.exec();
    }

    window.show();
    // Also when a file was opened: an earlier session's unsaved work is offered before anything
    // the author does here could be autosaved over it.
    window.offerRecovery();
    return app.exec();
}
