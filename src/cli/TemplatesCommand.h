#pragma once

#include "cli/Cli.h"

namespace cad::cli {

/// auth-designer-cli templates [--json]: the provider templates `new --template KEY` starts from.
class TemplatesCommand : public Command
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("templates"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList &arguments, Io &io) override;
};

} // namespace cad::cli
