#pragma once

#include "cli/Cli.h"

namespace cad::cli {

/// auth-designer-cli test FILE [--set NAME=VALUE]... [--set-env NAME=ENVVAR]... [--no-browser]
///                    [--timeout SECONDS] [--json] [--verbose] [--keep]
///
/// Creates a connection headless with the designer's engine (DesignTimeConnection), then sends the
/// definition's test request:
///
///   values ──► connectToService()
///                ├─ basic, API key, PAT, custom, none, client credentials: directly
///                └─ authorization code (+PKCE): URL on stderr (+ xdg-open) ──► loopback redirect
///                      ──► token exchange
///           ──► Connected ──► test() ──► revoke (revoke URL set, no --keep) ──► summary / JSON
///
/// Never prints a secret or a token; --verbose prints the redacted exchange log on stderr.
/// Exit codes: 0 connected and 2xx; 1 invalid definition; 2 usage, I/O or missing value;
/// 3 authorization or token failure; 4 the test request failed (non-2xx or network).
class TestCommand : public Command
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("test"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList &arguments, Io &io) override;

    /// Default for --timeout, in seconds.
    static constexpr int DefaultTimeoutSeconds = 120;
};

} // namespace cad::cli
