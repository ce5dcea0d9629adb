#pragma once

#include "cli/Cli.h"

namespace cad::cli {

/// auth-designer-cli import SOURCE [--scheme NAME] [-o FILE] [--force] [--discover]
/// Reads OpenAPI 3.0/3.1, Swagger 2.0 (JSON or YAML) or a Postman collection v2.1 and writes a
/// definition file (stdout by default). Notes and warnings go to stderr. Exit 0 on success, 1 for
/// invalid, incomplete or unsupported content, 2 for usage or I/O errors; nothing is written on
/// failure. An OpenID Connect scheme's discovery document is fetched only with --discover (a
/// failed fetch is a note: the URLs stay empty); without it a note says how to read it.
class ImportCommand : public Command
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("import"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList &arguments, Io &io) override;
};

} // namespace cad::cli
