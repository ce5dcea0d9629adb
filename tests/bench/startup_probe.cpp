// Start-up probe for scripts/bench-startup: starts either a bare Qt window (the baseline) or the
// designer's main window with a connector open, waits for the first frame, prints the resident
// memory at that moment and exits. The script times whole processes, so dynamic loading counts.
//
//   startup_probe bare             an empty QMainWindow
//   startup_probe label            a QMainWindow with a label (the baseline issue 10 names)
//   startup_probe form             a QMainWindow with a label, a line edit and a button (pays Qt's
//                                  one-time font and style set-up, as any window with text does)
//   startup_probe designer FILE
#include "mainwindow/MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>
#include <QTextStream>

#include <cstdio>

namespace {
long statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = status.readAll();
    const qsizetype at = text.indexOf(field);
    if (at < 0)
        return -1;
    return text.mid(at + qstrlen(field)).trimmed().split(' ').value(0).toLong();
}

bool webEngineLoaded()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libQt6WebEngineCore");
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const bool designer = args.value(1) == QLatin1String("designer");
    QStandardPaths::setTestModeEnabled(true);

    QMainWindow *window = nullptr;
    if (designer) {
        auto *main = new cad::MainWindow;
        if (args.size() > 2 && !main->openFile(args.at(2)))
            return 2;
        window = main;
    } else {
        window = new QMainWindow;
        window->setWindowTitle(QStringLiteral("Bare window"));
        if (args.value(1) == QLatin1String("label")) {
            window->setCentralWidget(new QLabel(QStringLiteral("Acme CRM"), window));
        } else if (args.value(1) == QLatin1String("form")) {
            auto *central = new QWidget(window);
            auto *form = new QFormLayout(central);
            form->addRow(new QLabel(QStringLiteral("Name:")), new QLineEdit(QStringLiteral("Acme CRM")));
            form->addRow(
                new QPushButton(central->style()->standardIcon(QStyle::SP_DialogOkButton), QStringLiteral("Connect")));
            window->setCentralWidget(central);
        }
    }
    window->resize(1360, 860);
    window->show();
    if (!QTest::qWaitForWindowExposed(window, 10000))
        return 3;
    window->grab(); // the first frame, painted
    QTextStream(stdout) << "rss_kb " << statusKb("VmRSS:") << " hwm_kb " << statusKb("VmHWM:") << " webengine "
                        << (webEngineLoaded() ? 1 : 0) << Qt::endl;
    delete window;
    return 0;
}
