#pragma once

#include <QCoreApplication>
#include <QString>

namespace cad {

/// States of the single design-time connection of a definition.
enum class ConnectionState
{
    NotConnected,
    Authorizing,
    Connected,
    Refreshing,
    NeedsReauthorization,
    Failed,
    Invalidated, ///< the authentication design changed since the connection was made
};

[[nodiscard]] inline QString connectionStateDisplayName(ConnectionState state)
{
    switch (state) {
    case ConnectionState::NotConnected:
        return QCoreApplication::translate("cad::ConnectionState", "Not connected");
    case ConnectionState::Authorizing:
        return QCoreApplication::translate("cad::ConnectionState", "Authorizing…");
    case ConnectionState::Connected:
        return QCoreApplication::translate("cad::ConnectionState", "Connected");
    case ConnectionState::Refreshing:
        return QCoreApplication::translate("cad::ConnectionState", "Refreshing…");
    case ConnectionState::NeedsReauthorization:
        return QCoreApplication::translate("cad::ConnectionState", "Needs re-authorization");
    case ConnectionState::Failed:
        return QCoreApplication::translate("cad::ConnectionState", "Failed");
    case ConnectionState::Invalidated:
        return QCoreApplication::translate("cad::ConnectionState", "No longer matches the design");
    }
    return {};
}

/// True when a connection exists (tokens or values are held), whatever its health.
[[nodiscard]] constexpr bool connectionExists(ConnectionState state)
{
    return state == ConnectionState::Connected || state == ConnectionState::Refreshing ||
           state == ConnectionState::NeedsReauthorization || state == ConnectionState::Invalidated;
}

} // namespace cad
