#pragma once

#include "cli/Cli.h"

namespace cad::cli {

/// auth-designer-cli new --type TYPE [--name NAME] [-o FILE] [--force]
class NewCommand : public Command
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("new"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList &arguments, Io &io) override;
};

} // namespace cad::cli
