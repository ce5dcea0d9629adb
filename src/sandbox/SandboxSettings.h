#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace cad {

/// How the sandbox's token endpoint authenticates confidential clients.
enum class SandboxClientAuth
{
    Any,   ///< client_secret_basic or client_secret_post
    Basic, ///< only the Authorization: Basic header; a secret in the body is refused (invalid_client)
    Post,  ///< only client_id and client_secret in the body; a Basic header is refused
};

/// What the next token or refresh request gets instead of a normal answer (once, then None).
enum class SandboxFailure
{
    None,
    InvalidGrant, ///< 400 {"error": "invalid_grant"}
    ServerError,  ///< 400 {"error": "server_error"} (RFC 6749 4.1.2.1 names it; some providers send it)
    Http500,      ///< 500 with an HTML body, as a crashed gateway answers
    Delay,        ///< the normal answer, FailureDelayMs late
};

/// The behaviour switches of the sandbox provider; all may change while it runs.
struct SandboxSettings
{
    static constexpr quint16 DefaultPort = 47913;
    static constexpr int FailureDelayMs = 5000;

    int tokenLifetimeSeconds = 3600;
    bool rotateRefreshTokens = true;
    SandboxClientAuth clientAuth = SandboxClientAuth::Any;
    bool pkceRequired = false;
    bool omitExpiresIn = false;
    bool autoApprove = false; ///< sign in and consent without showing the page (headless use)
    SandboxFailure failNext = SandboxFailure::None;

    [[nodiscard]] static QString clientAuthId(SandboxClientAuth auth);
    [[nodiscard]] static std::optional<SandboxClientAuth> clientAuthFromId(const QString &id);
    [[nodiscard]] static QStringList clientAuthIds();
    [[nodiscard]] static QString failureId(SandboxFailure failure);
    [[nodiscard]] static std::optional<SandboxFailure> failureFromId(const QString &id);
    [[nodiscard]] static QStringList failureIds();
};

} // namespace cad
