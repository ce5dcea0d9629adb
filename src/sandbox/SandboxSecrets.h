#pragma once

#include <QHash>
#include <QString>
#include <QUrl>

namespace cad {

struct ConnectorDefinition;

/// The sandbox's own secret values for a design that uses the sandbox at @p issuer: the client
/// secret of a sandbox client, the sandbox account's password, its API key, personal access token
/// and custom header values (SandboxCredentials). So a sandbox sample connects with nothing typed.
///
/// A value is only offered where it may go: the client secret when the design's token URL is on the
/// sandbox's origin, the API credentials when its base URL is. Only secret properties are named;
/// names with no sandbox value are absent.
[[nodiscard]] QHash<QString, QString> sandboxSecretsFor(const ConnectorDefinition &definition, const QUrl &issuer);

} // namespace cad
