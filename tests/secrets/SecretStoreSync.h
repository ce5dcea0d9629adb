#pragma once

// Waits (bounded) for SecretStore callbacks so that the tests read like straight-line code.
#include "secrets/SecretStore.h"

#include <QTest>

#include <optional>

namespace cad::test {

inline constexpr int StoreTimeoutMs = 20000;

inline SecretStore::ReadResult readNow(SecretStore &store, const QString &connector, const QString &name)
{
    std::optional<SecretStore::ReadResult> result;
    store.read(connector, name, &store, [&result](const SecretStore::ReadResult &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, StoreTimeoutMs))
        return Error{QStringLiteral("timed out waiting for the read of %1").arg(name), {}};
    return *result;
}

inline Status writeNow(SecretStore &store, const QString &connector, const QString &name, const QString &value)
{
    std::optional<Status> result;
    store.write(connector, name, value, &store, [&result](const Status &s) { result = s; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, StoreTimeoutMs))
        return Error{QStringLiteral("timed out waiting for the write of %1").arg(name), {}};
    return *result;
}

inline Status removeNow(SecretStore &store, const QString &connector, const QString &name)
{
    std::optional<Status> result;
    store.remove(connector, name, &store, [&result](const Status &s) { result = s; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, StoreTimeoutMs))
        return Error{QStringLiteral("timed out waiting for the removal of %1").arg(name), {}};
    return *result;
}

inline Status removeAllNow(SecretStore &store, const QString &connector, const QStringList &names)
{
    std::optional<Status> result;
    store.removeAll(connector, names, &store, [&result](const Status &s) { result = s; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, StoreTimeoutMs))
        return Error{QStringLiteral("timed out waiting for removeAll"), {}};
    return *result;
}

inline std::optional<bool> detectNow(SecretStore &store)
{
    std::optional<bool> result;
    store.detectBackend(&store, [&result](bool persistent) { result = persistent; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, StoreTimeoutMs))
        return std::nullopt;
    return result;
}

/// "value" / "not found" / "error: ..." for QCOMPARE messages.
inline QString describe(const SecretStore::ReadResult &r)
{
    if (!r.ok())
        return QStringLiteral("error: ") + r.error().toString();
    return r.value().has_value() ? *r.value() : QStringLiteral("<not found>");
}

} // namespace cad::test
