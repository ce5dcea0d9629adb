#pragma once

#include "cli/Cli.h"

namespace cad::cli {

/// auth-designer-cli discover URL [--type TYPE] [-o FILE [--force] | --update FILE]
///
/// Reads the provider's authorization server metadata (RFC 8414) or OpenID Connect discovery
/// document from an issuer or a metadata URL and writes a new design from it, or changes only the
/// fields discovery knows (Discovery::plan) in an existing one and prints what changed.
class DiscoverCommand : public Command
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("discover"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList &arguments, Io &io) override;
};

} // namespace cad::cli
