#pragma once

#include "core/Result.h"
#include "model/ConnectorDefinition.h"

#include <QList>
#include <QString>

#include <optional>

namespace cad {

/// A provider template: a definition file under resources/templates/KEY.connector.json with the
/// provider's endpoints, scopes, client authentication, base URL (with {variables} where the host
/// depends on the customer), a test request and connector.documentationUrl, the provider's own
/// authentication documentation every value was taken from.
struct TemplateInfo
{
    QString key; ///< the file name without .connector.json, also the design's connector key
    QString displayName;
    QString description;
    AuthType authType = DefaultAuthType;
    QString documentationUrl;
    QString path; ///< the resource path, :/templates/KEY.connector.json
};

/// The templates compiled into the program: one list for File > New from Template… and the command
/// line (`templates`, `new --template KEY`).
namespace TemplateCatalog {

/// Every template, by display name (case-insensitive). Read once.
[[nodiscard]] const QList<TemplateInfo> &all();
[[nodiscard]] std::optional<TemplateInfo> find(const QString &key);
/// The template's file as it is stored (what `new --template KEY` writes).
[[nodiscard]] Result<QByteArray> bytes(const QString &key);
/// The template as a design.
[[nodiscard]] Result<ConnectorDefinition> load(const QString &key);

} // namespace TemplateCatalog

} // namespace cad
