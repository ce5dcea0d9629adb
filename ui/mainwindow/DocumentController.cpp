#include "mainwindow/DocumentController.h"

#include "common/ModalSeam.h"
#include "files/AutosaveManager.h"
#include "files/RecentFiles.h"
#include "io/DefinitionFile.h"
#include "model/ConnectorDocument.h"
#include "templates/TemplateCatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUndoStack>
#include <QWidget>

#include <algorithm>

namespace cad {

namespace {
QString fileFilter()
{
    return QCoreApplication::translate("cad::DocumentController", "Connector definitions (*%1);;All files (*)")
        .arg(DefinitionFile::Suffix);
}
} // namespace

DocumentController::DocumentController(ConnectorDocument *document, QUndoStack *undoStack, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_document(document)
    , m_undoStack(undoStack)
    , m_dialogParent(dialogParent)
    , m_autosave(new AutosaveManager(document, this))
    , m_recent(new RecentFiles(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        m_document->setModified(!clean);
        if (clean)
            m_autosave->discard();
        Q_EMIT fileStateChanged();
    });
}

DocumentController::~DocumentController()
{
    disconnect(m_undoStack, nullptr, this, nullptr);
}

QString DocumentController::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

bool DocumentController::isModified() const
{
    return !m_undoStack->isClean() || m_document->isModified();
}

QString DocumentController::startDirectory() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).absolutePath();
    const QStringList recent = m_recent->files();
    if (!recent.isEmpty())
        return QFileInfo(recent.constFirst()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void DocumentController::replaceDocument(const ConnectorDefinition &definition, Replacement how, const QString &path)
{
    Q_EMIT aboutToReplaceDocument();
    // A file written in another language: built-in names and hints left at their default follow this one.
    ConnectorDefinition localized = definition;
    localized.followCurrentTranslation();
    m_document->setDefinition(localized);
    m_undoStack->clear(); // clean: a new or just-read document
    switch (how) {
    case Replacement::New:
        m_filePath.clear();
        m_autosave->discard();
        break;
    case Replacement::Opened:
        m_filePath = QFileInfo(path).absoluteFilePath();
        m_autosave->discard();
        m_recent->add(m_filePath);
        break;
    case Replacement::Imported:
    case Replacement::Recovered:
        // Not saved anywhere yet: modified from the start, so closing asks, and the autosave keeps it.
        m_undoStack->resetClean();
        m_document->setModified(true);
        m_filePath = how == Replacement::Recovered ? path : QString();
        break;
    }
    m_autosave->setSourcePath(m_filePath);
    Q_EMIT documentReplaced(how);
    Q_EMIT fileStateChanged();
}

bool DocumentController::maybeSave()
{
    if (m_undoStack->isClean())
        return true;
    const auto answer =
        ModalSeam::ask(m_dialogParent, QMessageBox::Warning, tr("Unsaved Changes"),
                       tr("Save the changes to \"%1\" before continuing?").arg(displayName()),
                       tr("Your changes are lost if you don't save them."),
                       QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    switch (answer) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void DocumentController::newFile()
{
    if (!maybeSave())
        return;
    QStringList names;
    for (AuthType t : allAuthTypes())
        names.append(authTypeDisplayName(t));
    const QString chosen =
        ModalSeam::choose(m_dialogParent, tr("New Connector"), tr("Authentication &type of the new connector:"), names,
                          int(allAuthTypes().indexOf(DefaultAuthType)));
    if (chosen.isEmpty())
        return;
    const AuthType type = allAuthTypes().at(std::max<qsizetype>(0, names.indexOf(chosen)));
    replaceDocument(ConnectorDefinition::create(type), Replacement::New);
    Q_EMIT statusMessage(tr("New connector with %1").arg(authTypeDisplayName(type)), 4000);
}

QList<QPair<QString, QString>> DocumentController::samples()
{
    // In the order of the authentication types (as in the type list), then by name.
    struct Sample
    {
        qsizetype typeIndex;
        QString path;
        QString name;
    };
    QList<Sample> found;
    const QDir dir(QStringLiteral(":/samples"));
    for (const QString &name : dir.entryList({QLatin1String("*") + DefinitionFile::Suffix}, QDir::Files, QDir::Name)) {
        const DefinitionFile::ReadResult read = DefinitionFile::read(dir.filePath(name));
        if (read.ok())
            found.append(
                {allAuthTypes().indexOf(read.definition->authType), dir.filePath(name), read.definition->displayName});
    }
    std::sort(found.begin(), found.end(), [](const Sample &a, const Sample &b) {
        return a.typeIndex != b.typeIndex ? a.typeIndex < b.typeIndex : a.name < b.name;
    });
    QList<QPair<QString, QString>> list;
    for (const Sample &s : found)
        list.append({s.path, s.name});
    return list;
}

bool DocumentController::newFromSample(const QString &resourcePath)
{
    if (!maybeSave())
        return false;
    const DefinitionFile::ReadResult read = DefinitionFile::read(resourcePath);
    if (!read.ok()) {
        Q_EMIT statusMessage(tr("The sample %1 could not be read.").arg(QFileInfo(resourcePath).fileName()), 8000);
        return false;
    }
    replaceDocument(*read.definition, Replacement::New);
    Q_EMIT statusMessage(tr("New connector from the sample \"%1\"").arg(read.definition->displayName), 4000);
    return true;
}

bool DocumentController::newFromTemplate(const QString &key)
{
    if (!maybeSave())
        return false;
    const Result<ConnectorDefinition> loaded = TemplateCatalog::load(key);
    if (!loaded) {
        Q_EMIT statusMessage(loaded.error().toString(), 8000);
        return false;
    }
    replaceDocument(loaded.value(), Replacement::New);
    Q_EMIT statusMessage(tr("New connector from the template \"%1\". Enter your app's client ID and the rest "
                            "the Problems list names.")
                             .arg(loaded->displayName),
                         6000);
    return true;
}

void DocumentController::open()
{
    if (!maybeSave())
        return;
    const QString path =
        ModalSeam::openFileName(m_dialogParent, tr("Open Connector Definition"), startDirectory(), fileFilter());
    if (!path.isEmpty())
        openWithoutPrompt(path);
}

bool DocumentController::openFile(const QString &path)
{
    if (!maybeSave())
        return false;
    return openWithoutPrompt(path);
}

bool DocumentController::openWithoutPrompt(const QString &path)
{
    const DefinitionFile::ReadResult result = DefinitionFile::read(path);
    if (!result.ok()) {
        const Diagnostic first = result.diagnostics.value(0);
        if (result.diagnostics.size() == 1 && first.field == DefinitionFile::IoErrorField) {
            // Not read at all (missing, a folder, too large): the message names the file and says why.
            ModalSeam::informError(m_dialogParent, QMessageBox::Warning, tr("Cannot Open File"),
                                   tr("\"%1\" could not be opened.").arg(QFileInfo(path).fileName()),
                                   Error{first.message, first.hint}, path);
        } else {
            QStringList lines;
            for (const Diagnostic &d : result.diagnostics)
                lines.append(d.toString());
            // The first ten in the box; the details hold only the rest, never the same lines again.
            QString informative = tr("The current design was left as it was. Fix these problems in the file and "
                                     "open it again:\n\n%1")
                                      .arg(lines.mid(0, 10).join(QLatin1Char('\n')));
            if (lines.size() > 10)
                informative += QLatin1Char('\n') + tr("%1 more in the details.").arg(lines.size() - 10);
            ModalSeam::inform(m_dialogParent, QMessageBox::Warning, tr("Cannot Open File"),
                              tr("\"%1\" is not a valid connector definition.").arg(QFileInfo(path).fileName()),
                              informative, lines.size() > 10 ? lines.mid(10).join(QLatin1Char('\n')) : QString());
        }
        if (!QFileInfo::exists(path))
            m_recent->remove(path);
        return false;
    }
    replaceDocument(*result.definition, Replacement::Opened, path);
    if (!result.diagnostics.isEmpty())
        Q_EMIT statusMessage(result.diagnostics.constFirst().toString(), 8000);
    else
        Q_EMIT statusMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_filePath)), 4000);
    return true;
}

bool DocumentController::save()
{
    if (m_filePath.isEmpty())
        return saveAs();
    return saveFile(m_filePath);
}

bool DocumentController::saveAs()
{
    QString suggested = m_filePath;
    if (suggested.isEmpty())
        suggested = startDirectory() + QLatin1Char('/') + m_document->definition().key + DefinitionFile::Suffix;
    QString path = ModalSeam::saveFileName(m_dialogParent, tr("Save Connector Definition"), suggested, fileFilter());
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += DefinitionFile::Suffix;
    return saveFile(path);
}

bool DocumentController::saveFile(const QString &path)
{
    const Status status = DefinitionFile::write(path, m_document->definition());
    if (!status.ok()) {
        ModalSeam::informError(m_dialogParent, QMessageBox::Critical, tr("Cannot Save"),
                               tr("\"%1\" could not be saved.").arg(QDir::toNativeSeparators(path)), status.error(),
                               path);
        return false;
    }
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_autosave->setSourcePath(m_filePath);
    m_undoStack->setClean();
    m_document->setModified(false);
    m_autosave->discard();
    m_recent->add(m_filePath);
    Q_EMIT fileStateChanged();
    Q_EMIT statusMessage(
        tr("Saved %1. Secret values are not written to the file.").arg(QDir::toNativeSeparators(m_filePath)), 5000);
    Q_EMIT saved(m_filePath);
    return true;
}

void DocumentController::revert()
{
    if (m_filePath.isEmpty() || m_undoStack->isClean())
        return;
    const auto answer =
        ModalSeam::ask(m_dialogParent, QMessageBox::Question, tr("Revert"),
                       tr("Discard all unsaved changes and reload \"%1\"?").arg(QFileInfo(m_filePath).fileName()),
                       tr("This cannot be undone."), QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    openWithoutPrompt(m_filePath);
}

void DocumentController::offerRecovery()
{
    // Another designer that is running now holds it: its work, not a crash's.
    if (!AutosaveManager::hasRecovery() || AutosaveManager::recoveryInUse())
        return;
    QString source;
    const DefinitionFile::ReadResult result = AutosaveManager::readRecovery(&source);
    if (!result.ok()) {
        m_autosave->discardRecovery();
        return;
    }
    const auto answer = ModalSeam::ask(
        m_dialogParent, QMessageBox::Question, tr("Recover Unsaved Work"),
        tr("The designer did not close properly last time. Recover the unsaved changes to \"%1\"?")
            .arg(result.definition->displayName),
        tr("Yes restores the design as it was a few seconds before, with the secret values kept in the keychain. "
           "Discard deletes the recovered copy."),
        QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        m_autosave->discardRecovery();
        return;
    }
    replaceDocument(*result.definition, Replacement::Recovered, source);
    m_autosave->adoptRecovery(); // saving it (or closing cleanly) now removes the recovered copy
    Q_EMIT statusMessage(tr("Recovered unsaved work. Save it to keep it."), 6000);
}

} // namespace cad
