#pragma once

#include "cli/Cli.h"

namespace cad::cli {

/// auth-designer-cli sandbox [--port N] [--token-ttl SECONDS] [--rotate-refresh-tokens on|off]
///     [--client-auth basic|post|any] [--pkce required|optional] [--omit-expires-in] [--auto-approve]
/// Runs the sandbox provider until SIGINT or SIGTERM; prints one READY line on stdout when it
/// listens and the request log on stderr.
class SandboxCommand : public Command
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("sandbox"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList &arguments, Io &io) override;
};

} // namespace cad::cli
