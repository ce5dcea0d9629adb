#pragma once

#include "cli/Cli.h"

namespace cad::cli {

/// auth-designer-cli lint [--json] [--fix] [--fail-on error|warning] [--junit REPORT] FILE|FOLDER|PATTERN...
/// The design rules and the lint rules (model/Lint.h), with rule ids and fixes. Exit 0 when no
/// finding is at or above --fail-on (after --fix), 1 otherwise, 2 for usage or I/O errors.
class LintCommand : public Command
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("lint"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList &arguments, Io &io) override;
};

} // namespace cad::cli
