#include "common/ModalSeam.h"

#include "core/DisplayText.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QQueue>

namespace cad {

namespace {

struct SeamState
{
    QQueue<QMessageBox::StandardButton> answers;
    QQueue<QString> fileNames;
    QQueue<QString> items;
    QString lastMessage;
    int messageCount = 0;
    int unanswered = 0;
    bool testMode = false;
};

SeamState &state()
{
    static SeamState s;
    return s;
}

void record(const QString &title, const QString &text, const QString &informative, const QString &details)
{
    QStringList parts{title, text};
    if (!informative.isEmpty())
        parts.append(informative);
    if (!details.isEmpty())
        parts.append(details);
    state().lastMessage = parts.join(QLatin1Char('\n'));
    ++state().messageCount;
}

} // namespace

void ModalSeam::setNextAnswer(QMessageBox::StandardButton answer)
{
    state().answers.enqueue(answer);
}

void ModalSeam::setNextFileName(const QString &fileName)
{
    state().fileNames.enqueue(fileName);
}

void ModalSeam::setNextItem(const QString &item)
{
    state().items.enqueue(item);
}

QString ModalSeam::lastMessage()
{
    return state().lastMessage;
}

int ModalSeam::messageCount()
{
    return state().messageCount;
}

void ModalSeam::reset()
{
    const bool testMode = state().testMode;
    state() = SeamState{};
    state().testMode = testMode;
}

void ModalSeam::setTestMode(bool enabled)
{
    state().testMode = enabled;
}

int ModalSeam::unansweredCount()
{
    return state().unanswered;
}

static bool refuseInTestMode(const QString &what)
{
    if (!state().testMode)
        return false;
    ++state().unanswered;
    qWarning("ModalSeam: unanswered dialog in test mode: %s", qPrintable(what));
    return true;
}

QMessageBox::StandardButton ModalSeam::ask(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                           const QString &text, const QString &informativeText,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton, const QString &detailedText)
{
    record(title, text, informativeText, detailedText);
    if (!state().answers.isEmpty())
        return state().answers.dequeue();
    if (refuseInTestMode(title))
        return defaultButton;
    QMessageBox box(icon, title, text, buttons, parent);
    // Messages quote server answers, file contents and URLs: shown as text, never as HTML.
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(informativeText);
    if (auto *informative = box.findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel")))
        informative->setTextFormat(Qt::PlainText);
    box.setDetailedText(detailedText);
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

void ModalSeam::inform(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                       const QString &informativeText, const QString &detailedText)
{
    ask(parent, icon, title, text, informativeText, QMessageBox::Ok, QMessageBox::Ok, detailedText);
}

void ModalSeam::informError(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                            const Error &error, const QString &path)
{
    // Messages of the core are often sentence parts ("the file is empty"): a box shows sentences.
    Error shown = error;
    shown.message = DisplayText::sentenceStart(shown.message);
    const bool namesFile = !path.isEmpty() && (error.message.contains(QDir::toNativeSeparators(path)) ||
                                               error.message.contains(QFileInfo(path).fileName()));
    if (namesFile) {
        QString message = shown.message.trimmed();
        if (!message.endsWith(QLatin1Char('.')) && !message.endsWith(QLatin1Char('!')) &&
            !message.endsWith(QLatin1Char('?')))
            message += QLatin1Char('.');
        inform(parent, icon, title, message, shown.hint);
        return;
    }
    inform(parent, icon, title, text, shown.toString());
}

QString ModalSeam::openFileName(QWidget *parent, const QString &title, const QString &dir, const QString &filter)
{
    if (!state().fileNames.isEmpty())
        return state().fileNames.dequeue();
    if (refuseInTestMode(title))
        return {};
    return QFileDialog::getOpenFileName(parent, title, dir, filter);
}

QString ModalSeam::saveFileName(QWidget *parent, const QString &title, const QString &dir, const QString &filter)
{
    if (!state().fileNames.isEmpty())
        return state().fileNames.dequeue();
    if (refuseInTestMode(title))
        return {};
    return QFileDialog::getSaveFileName(parent, title, dir, filter);
}

QString ModalSeam::choose(QWidget *parent, const QString &title, const QString &label, const QStringList &items,
                          int current)
{
    if (!state().items.isEmpty())
        return state().items.dequeue();
    if (refuseInTestMode(title))
        return {};
    bool ok = false;
    const QString item = QInputDialog::getItem(parent, title, label, items, current, false, &ok);
    return ok ? item : QString();
}

} // namespace cad
