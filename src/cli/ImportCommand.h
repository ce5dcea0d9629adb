#pragma once

#include "cli/Cli.h"

namespace cad::cli {

/// auth-designer-cli import SOURCE [--scheme NAME] [-o FILE] [--force]
/// Reads OpenAPI 3.0/3.1, Swagger 2.0 (JSON or YAML) or a Postman collection v2.1 and writes a
/// definition file (stdout by default). Notes and warnings go to stderr. Exit 0 on success, 1 for
/// invalid or unsupported content, 2 for usage or I/O errors; nothing is written on failure.
class ImportCommand : public Command
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("import"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList &arguments, Io &io) override;
};

} // namespace cad::cli
