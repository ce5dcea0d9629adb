#include "sandbox/SandboxSettings.h"

#include "core/EnumIds.h"

namespace cad {

namespace {

constexpr EnumId<SandboxClientAuth> ClientAuthIds[] = {
    {SandboxClientAuth::Any, "any"},
    {SandboxClientAuth::Basic, "basic"},
    {SandboxClientAuth::Post, "post"},
};

constexpr EnumId<SandboxFailure> FailureIds[] = {
    {SandboxFailure::None, "none"},
    {SandboxFailure::InvalidGrant, "invalid_grant"},
    {SandboxFailure::ServerError, "server_error"},
    {SandboxFailure::Http500, "http_500"},
    {SandboxFailure::Delay, "delay"},
};

} // namespace

QString SandboxSettings::clientAuthId(SandboxClientAuth auth)
{
    return enumId(ClientAuthIds, auth);
}

std::optional<SandboxClientAuth> SandboxSettings::clientAuthFromId(const QString &id)
{
    return enumFromId(ClientAuthIds, id);
}

QStringList SandboxSettings::clientAuthIds()
{
    return enumIds(ClientAuthIds);
}

QString SandboxSettings::failureId(SandboxFailure failure)
{
    return enumId(FailureIds, failure);
}

std::optional<SandboxFailure> SandboxSettings::failureFromId(const QString &id)
{
    return enumFromId(FailureIds, id);
}

QStringList SandboxSettings::failureIds()
{
    return enumIds(FailureIds);
}

} // namespace cad
