#pragma once

#include "exchange/ExportFormat.h"
#include "exchange/ImportResult.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace cad {

class DocumentController;

/// File > Import and File > Export, with the code auth-designer-cli uses: an OpenAPI / Swagger
/// description or a Postman collection becomes a new, unsaved document (after asking which
/// security scheme, and whether to read an OpenID Connect discovery document); the document is
/// written as OpenAPI 3.0 or a Postman collection, never with secret values.
class ImportExportController : public QObject
{
    Q_OBJECT

public:
    ImportExportController(DocumentController *documents, QWidget *dialogParent);

    void importDescription();
    /// Imports after the unsaved-changes prompt; false when nothing was imported.
    bool importFile(const QString &path);
    void exportDescription(cad::ExportFormat format);
    bool exportFile(const QString &path, cad::ExportFormat format);

Q_SIGNALS:
    /// An imported description became the current document.
    void importFinished();
    void statusMessage(const QString &text, int timeoutMs);

private:
    bool importWithoutPrompt(const QString &path);
    void finishImport(ImportResult result, const QString &path);

    DocumentController *m_documents;
    QPointer<QWidget> m_dialogParent;
};

} // namespace cad
