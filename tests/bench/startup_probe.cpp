// Start-up probe for scripts/bench-startup: starts either a bare Qt window (the baseline) or the
// designer's main window with a connector open, waits for the first frame, prints the resident
// memory, the wall clock at the moment the first frame was flushed ("frame_ns", so that the script
// can count from before exec: dynamic loading counts) and the phases in this process, then exits.
//
//   startup_probe bare             an empty QMainWindow
//   startup_probe label            a QMainWindow with a label (the baseline issue 10 names)
//   startup_probe form             a QMainWindow with a label, a line edit and a button (pays Qt's
//                                  one-time font and style set-up, as any window with text does)
//   startup_probe designer FILE
#include "common/DesignerStyle.h"
#include "mainwindow/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>
#include <QTextStream>
#include <QWindow>

#include <cstdio>
#include <ctime>

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

QByteArray mappedFiles()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) ? maps.readAll() : QByteArray();
}

bool webEngineLoaded()
{
    return mappedFiles().contains("libQt6WebEngineCore");
}

// The image-format and icon-engine plugins loaded so far (comma-separated file names, or "none").
QByteArray imagePluginsLoaded()
{
    QByteArrayList names;
    for (const QByteArray &line : mappedFiles().split('\n')) {
        if (!line.contains("/imageformats/") && !line.contains("/iconengines/"))
            continue;
        const QByteArray name = line.mid(line.lastIndexOf('/') + 1);
        if (!names.contains(name))
            names.append(name);
    }
    return names.isEmpty() ? QByteArray("none") : names.join(',');
}
qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

// Handles the window's expose event itself to note the moment the widgets have painted the first
// frame into the backing store and flushed it (what comes after, such as work the window queued
// for "after the first frame", does not count).
class FirstFrame : public QObject
{
public:
    explicit FirstFrame(const QElapsedTimer &clock)
        : m_clock(clock)
    {}
    qint64 paintedNs = -1;
    qint64 paintWallNs = -1; // handling the first expose: painting the widgets and flushing them
    qint64 paintCpuNs = -1;  // of that, on this thread's CPU (the rest it waited, e.g. for Qt's thread pool)
    timespec paintedWallClock{};

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Expose || paintedNs >= 0)
            return QObject::eventFilter(watched, event);
        const qint64 wallBefore = m_clock.nsecsElapsed();
        const qint64 cpuBefore = threadCpuNs();
        const bool handled = watched->event(event);
        paintCpuNs = threadCpuNs() - cpuBefore;
        paintWallNs = m_clock.nsecsElapsed() - wallBefore;
        if (static_cast<QWindow *>(watched)->isExposed()) {
            paintedNs = m_clock.nsecsElapsed();
            clock_gettime(CLOCK_REALTIME, &paintedWallClock);
        }
        return handled;
    }

private:
    const QElapsedTimer &m_clock;
};
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QStringList phases;
    const auto phase = [&](const char *name) {
        phases << QStringLiteral("%1=%2").arg(QLatin1String(name)).arg(clock.nsecsElapsed() / 100000 / 10.0);
    };
    phase("app");
    const QStringList args = QCoreApplication::arguments();
    const bool designer = args.value(1) == QLatin1String("designer");
    QStandardPaths::setTestModeEnabled(true);

    QMainWindow *window = nullptr;
    if (designer) {
        QApplication::setStyle(new cad::DesignerStyle); // as the designer's main() does
        // As the designer's main() does: the file is opened while the window is made.
        const QString file = args.size() > 2 ? QFileInfo(args.at(2)).absoluteFilePath() : QString();
        auto *main = new cad::MainWindow(file);
        phase("window");
        if (main->filePath() != file)
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
    FirstFrame firstFrame(clock);
    window->resize(1360, 860);
    window->winId(); // the native window, to watch its expose event
    window->windowHandle()->installEventFilter(&firstFrame);
    window->show();
    phase("show");
    // The first frame: the window system exposes the window and the widgets paint into its backing
    // store. (A grab() here would paint everything a second time, into a pixmap.)
    if (!QTest::qWaitFor([&]() { return firstFrame.paintedNs >= 0; }, 10000))
        return 3;
    phases << QStringLiteral("painted=%1").arg(firstFrame.paintedNs / 100000 / 10.0);
    phases << QStringLiteral("paint_wall=%1").arg(firstFrame.paintWallNs / 100000 / 10.0);
    phases << QStringLiteral("paint_cpu=%1").arg(firstFrame.paintCpuNs / 100000 / 10.0);
    QTextStream(stdout) << "rss_kb " << statusKb("VmRSS:") << " hwm_kb " << statusKb("VmHWM:") << " webengine "
                        << (webEngineLoaded() ? 1 : 0) << " image_plugins " << imagePluginsLoaded() << " phases_ms "
                        << phases.join(QLatin1Char(',')) << " frame_ns "
                        << qint64(firstFrame.paintedWallClock.tv_sec) * 1000000000 + firstFrame.paintedWallClock.tv_nsec
                        << Qt::endl;
    delete window;
    return 0;
}
