#pragma once

#include "cli/Cli.h"

namespace cad::cli {

/// auth-designer-cli request FILE [--set NAME=VALUE]... [--set-env NAME=ENVVAR]... [--resource PATH]
///                    [--method METHOD] [--show-secrets]
/// Prints the post-authorization request as a curl command.
class RequestCommand : public Command
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("request"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList &arguments, Io &io) override;
};

} // namespace cad::cli
