#pragma once

#include "cli/Cli.h"

namespace cad::cli {

/// auth-designer-cli export --format openapi|postman FILE [-o OUT] [--force]
/// Writes OpenAPI 3.0.3 or a Postman collection v2.1 (stdout by default). Secrets are never written.
class ExportCommand : public Command
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("export"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList &arguments, Io &io) override;
};

} // namespace cad::cli
