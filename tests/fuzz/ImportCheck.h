#pragma once

// The checks shared by fuzz_openapi_json, fuzz_openapi_yaml and fuzz_postman: the same entry point
// (Importer::importData, which parses JSON or YAML and dispatches), fed from different corpora.

#include "exchange/Importer.h"
#include "io/DefinitionFile.h"

#include "FuzzSupport.h"

namespace cad::fuzz {

/// Importer.h promises: no crash on malformed, truncated or hostile text; secret properties never carry
/// values. And what an import gives, the designer must be able to save and open again.
inline void checkImportResult(const ImportResult &result)
{
    for (const Property &p : result.definition.properties)
        CAD_FUZZ_CHECK(!p.secret || p.value.isEmpty(), QStringLiteral("secret property %1 has a value").arg(p.name));
    const DefinitionFile::ReadResult reopened = DefinitionFile::parse(DefinitionFile::serialize(result.definition));
    CAD_FUZZ_CHECK(reopened.ok(),
                   reopened.diagnostics.isEmpty() ? QString() : reopened.diagnostics.constFirst().toString());
}

inline void checkImport(const QByteArray &bytes)
{
    ImportErrorKind kind = ImportErrorKind::Io;
    const Result<ImportResult> imported = Importer::importData(bytes, Importer::Options{}, &kind);
    if (!imported) {
        CAD_FUZZ_CHECK(kind != ImportErrorKind::Io, QStringLiteral("an I/O error without I/O"));
        CAD_FUZZ_CHECK(!imported.error().message.isEmpty(), QStringLiteral("an error without a message"));
        return;
    }
    checkImportResult(*imported);
    // Every other scheme the source offers, as --scheme NAME would import it (a few at most).
    int tried = 0;
    for (const QString &scheme : imported->schemes) {
        if (scheme == imported->chosenScheme || ++tried > 3)
            continue;
        Importer::Options options;
        options.scheme = scheme;
        const Result<ImportResult> other = Importer::importData(bytes, options, &kind);
        if (other)
            checkImportResult(*other);
    }
}

} // namespace cad::fuzz
