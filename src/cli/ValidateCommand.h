#pragma once

#include "cli/Cli.h"

namespace cad::cli {

/// auth-designer-cli validate [--json] FILE...
/// Exit 0 when every file is valid, 1 when one is invalid, 2 for usage or I/O errors.
class ValidateCommand : public Command
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("validate"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList &arguments, Io &io) override;
};

} // namespace cad::cli
