#include "mainwindow/ImportExportController.h"

#include "common/ModalSeam.h"
#include "exchange/DiscoveryFetcher.h"
#include "exchange/Importer.h"
#include "io/AtomicFile.h"
#include "mainwindow/DocumentController.h"
#include "model/ConnectorDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QWidget>

#include <algorithm>

namespace cad {

ImportExportController::ImportExportController(DocumentController *documents, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_documents(documents)
    , m_dialogParent(dialogParent)
{}

void ImportExportController::importDescription()
{
    if (!m_documents->maybeSave())
        return;
    const QString path =
        ModalSeam::openFileName(m_dialogParent, tr("Import API Description"), m_documents->startDirectory(),
                                tr("API descriptions (*.json *.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        importWithoutPrompt(path);
}

bool ImportExportController::importFile(const QString &path)
{
    if (!m_documents->maybeSave())
        return false;
    return importWithoutPrompt(path);
}

bool ImportExportController::importWithoutPrompt(const QString &path)
{
    // The same importer as auth-designer-cli import.
    auto failed = [this, &path](const Error &error) {
        ModalSeam::informError(m_dialogParent, QMessageBox::Warning, tr("Cannot Import"),
                               tr("\"%1\" could not be imported.").arg(QFileInfo(path).fileName()), error, path);
        return false;
    };
    Result<ImportResult> imported = Importer::importFile(path, {});
    if (!imported)
        return failed(imported.error());
    ImportResult result = std::move(imported).value();
    if (result.schemes.size() > 1) {
        const QString chosen =
            ModalSeam::choose(m_dialogParent, tr("Import API Description"),
                              tr("The description has several security schemes. Import &which one?"), result.schemes,
                              int(std::max<qsizetype>(0, result.schemes.indexOf(result.chosenScheme))));
        if (chosen.isEmpty())
            return false;
        if (chosen != result.chosenScheme) {
            imported = Importer::importFile(path, {chosen});
            if (!imported)
                return failed(imported.error());
            result = std::move(imported).value();
        }
    }
    if (!result.schemesNote.isEmpty()) {
        // The importer's note speaks to the command line (--scheme); here the author chose in a list.
        result.notes.removeAll(result.schemesNote);
        result.notes.prepend(tr("The description has %1 security schemes (%2); you imported %3. To import another "
                                "one, import the file again and choose it.")
                                 .arg(result.schemes.size())
                                 .arg(result.schemes.join(QStringLiteral(", ")), result.chosenScheme));
    }
    if (result.discoveryUrl.isValid()) {
        // OpenID Connect: the endpoints are in a discovery document, read only when the author says so.
        const auto answer = ModalSeam::ask(
            m_dialogParent, QMessageBox::Question, tr("Import API Description"),
            tr("The description points to an OpenID Connect discovery document. Read the endpoints from it?"),
            tr("The designer would fetch %1 now and fill the authorization, token and revocation URLs from it. No "
               "(or a document that fails its checks) leaves them for you to fill in.")
                .arg(result.discoveryUrl.toString()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes) {
            result.notes.append(tr("The discovery document %1 was not read, as you chose: fill in the authorization "
                                   "and token URLs yourself, or import again and answer Yes.")
                                    .arg(result.discoveryUrl.toString(QUrl::RemoveUserInfo)));
            finishImport(std::move(result), path);
            return true;
        }
        auto *fetcher = new DiscoveryFetcher(nullptr, this);
        const QUrl url = result.discoveryUrl;
        connect(fetcher, &DiscoveryFetcher::finished, this,
                [this, fetcher, result, path](const QJsonObject &document, const QString &error) mutable {
                    fetcher->deleteLater();
                    if (error.isEmpty())
                        Importer::applyDiscovery(result, document);
                    else
                        Importer::discoveryFailed(result, error);
                    finishImport(std::move(result), path);
                });
        Q_EMIT statusMessage(tr("Reading the OpenID Connect discovery document…"), 0);
        fetcher->fetch(url);
        return true;
    }
    finishImport(std::move(result), path);
    return true;
}

void ImportExportController::finishImport(ImportResult result, const QString &path)
{
    m_documents->replaceDocument(result.definition, DocumentController::Replacement::Imported);
    const QString summary =
        tr("Imported \"%1\" (%2) as %3.")
            .arg(QFileInfo(path).fileName(), result.sourceFormat, authTypeDisplayName(result.definition.authType));
    QStringList lines = result.notes;
    for (const QString &warning : std::as_const(result.warnings))
        lines.append(QStringLiteral("⚠ ") + warning);
    if (!lines.isEmpty())
        ModalSeam::inform(m_dialogParent, result.warnings.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                          tr("Import API Description"), summary, lines.join(QStringLiteral("\n\n")));
    Q_EMIT statusMessage(summary, 8000);
    Q_EMIT importFinished();
}

void ImportExportController::exportDescription(ExportFormat format)
{
    const QString suffix =
        format == ExportFormat::OpenApi ? QStringLiteral(".openapi.json") : QStringLiteral(".postman_collection.json");
    const QString suggested =
        m_documents->startDirectory() + QLatin1Char('/') + m_documents->document()->definition().key + suffix;
    const QString title =
        format == ExportFormat::OpenApi ? tr("Export as OpenAPI 3.0") : tr("Export as Postman Collection");
    const QString path =
        ModalSeam::saveFileName(m_dialogParent, title, suggested, tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        exportFile(path, format);
}

bool ImportExportController::exportFile(const QString &path, ExportFormat format)
{
    // The same bytes as auth-designer-cli export; secret values are never part of them.
    const QByteArray bytes = exportDefinition(m_documents->document()->definition(), format);
    const Status written = AtomicFile::write(path, bytes);
    if (!written) {
        ModalSeam::informError(m_dialogParent, QMessageBox::Critical, tr("Cannot Export"),
                               tr("\"%1\" could not be written.").arg(QDir::toNativeSeparators(path)),
                               Error{written.error().message, tr("Choose another folder and export again.")}, path);
        return false;
    }
    Q_EMIT statusMessage(tr("Exported %1. Secret values are not part of it.").arg(QDir::toNativeSeparators(path)),
                         5000);
    return true;
}

} // namespace cad
