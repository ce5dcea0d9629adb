#pragma once

#include "model/ConnectorDefinition.h"

#include <QStringList>
#include <QUrl>

namespace cad {

/// Why an import failed: the exit code of `auth-designer-cli import` follows it.
enum class ImportErrorKind
{
    Io,      ///< cannot read the source, or it is too large (exit 2)
    Usage,   ///< e.g. --scheme names no scheme of the source (exit 2)
    Invalid, ///< malformed, hostile or unsupported content (exit 1)
};

struct ImportResult
{
    ConnectorDefinition definition;
    QString sourceFormat; ///< "OpenAPI 3.0.3", "Swagger 2.0", "Postman collection v2.1"
    QStringList schemes;  ///< security schemes of the source (OpenAPI/Swagger)
    QString chosenScheme; ///< the one imported
    QStringList notes;    ///< what the user should know (which scheme was chosen and how to pick another, ...)
    /// The one note of notes that names the other security schemes and how to import one of them, in
    /// the command line's words (--scheme); empty when there is none. A caller that lets people
    /// choose the scheme otherwise (the designer) replaces it with its own wording.
    QString schemesNote;
    QStringList warnings;  ///< e.g. secret values found in the source and dropped
    bool lossless = false; ///< restored from Connector Auth Designer's own extension
    QUrl discoveryUrl;     ///< OpenID Connect: fetch it and call Importer::applyDiscovery
};

} // namespace cad
