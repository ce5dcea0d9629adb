#pragma once

#include "core/Result.h"

#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

namespace cad {

/// Every modal dialog of the designer goes through here. Tests queue the next answers
/// (KeePassXC style) so that no dialog ever opens and blocks; without queued answers the real
/// dialog is shown.
class ModalSeam
{
public:
    // --- test hooks
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextFileName(const QString &fileName); ///< empty string: the user cancels
    static void setNextItem(const QString &item);         ///< for choose(); empty: cancel
    /// Text (title + message + details) of the last message box, whether answered by a test or a person.
    [[nodiscard]] static QString lastMessage();
    [[nodiscard]] static int messageCount();
    static void reset();
    /// Test mode: a dialog without a queued answer is never shown; it takes its default button
    /// (file and item choices: cancel) and logs a warning, so a test never blocks.
    static void setTestMode(bool enabled);
    /// Dialogs that found no queued answer in test mode.
    [[nodiscard]] static int unansweredCount();

    // --- dialogs
    static QMessageBox::StandardButton ask(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                           const QString &text, const QString &informativeText,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton,
                                           const QString &detailedText = QString());
    static void inform(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                       const QString &informativeText = QString(), const QString &detailedText = QString());
    /// An error about the file @p path, said once: when the error's message names the file already
    /// ("Could not save "x": the disk is full") it is the text and its hint the details; otherwise
    /// @p text ("x could not be imported.") is the text and the error the details.
    static void informError(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                            const Error &error, const QString &path);
    static QString openFileName(QWidget *parent, const QString &title, const QString &dir, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &title, const QString &dir, const QString &filter);
    /// A choice from a list; returns the chosen item or an empty string when cancelled.
    static QString choose(QWidget *parent, const QString &title, const QString &label, const QStringList &items,
                          int current);
};

} // namespace cad
