#pragma once

#include "core/Result.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

namespace cad {

/// Keeps the designer's secrets (client_secret, password, api_key, personal_access_token, custom
/// secret properties, the connection's tokens) out of every file: in the system keychain through
/// QtKeychain, or in memory only when no keychain is available or the caller asks for it.
///
///   read/write/remove ──> QtKeychain job (Secret Service, KWallet, ...) ──> callback (event loop)
///                              │ backend missing / broken / refused a write
///                              v
///                         memory-only mode (isPersistent() == false, backendMessage() for the UI)
///
/// Entries live under the service "connector-auth-designer" with the key
/// "<percent-encoded connector key>/<name>"; KeychainNames says which names there are, e.g.
/// "acme/property/client_secret" or "team%2Facme/connection". Every callback runs from the event loop, never before
/// the call returns, and only while its context object is alive. Values are never logged and never
/// written to QSettings or any file (QtKeychain's insecure fallback stays off).
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        Keychain,   ///< use the system keychain, falling back to memory if it is unavailable
        MemoryOnly, ///< never touch the keychain (CLI runs that ask for it, tests)
    };
    Q_ENUM(Mode)

    /// A read gives the value, std::nullopt when there is no such secret, or an Error.
    using ReadResult = Result<std::optional<QString>>;
    using ReadCallback = std::function<void(const ReadResult &)>;
    using StatusCallback = std::function<void(const Status &)>;

    static constexpr QLatin1String ServiceName{"connector-auth-designer"};

    explicit SecretStore(Mode mode = Mode::Keychain, QObject *parent = nullptr);
    ~SecretStore() override;

    /// The keychain key of a secret; the connector key is percent-encoded so that keys of
    /// different connectors never collide, even when a connector key contains '/'.
    [[nodiscard]] static QString keyFor(const QString &connectorKey, const QString &name);

    /// True while secrets go to the keychain and survive a restart.
    [[nodiscard]] bool isPersistent() const { return m_mode == Mode::Keychain; }
    [[nodiscard]] Mode mode() const { return m_mode; }
    /// A sentence for the UI when secrets are kept in memory only; empty while persistent.
    [[nodiscard]] QString backendMessage() const { return m_backendMessage; }

    /// Checks that the keychain answers (reads a probe entry) and switches to memory-only mode
    /// when it does not. In fallback mode (the keychain failed earlier) it asks again, and when
    /// the keychain answers now it recovers: see below. The callback receives isPersistent().
    void detectBackend(QObject *context, std::function<void(bool persistent)> callback);

    /// True while secrets are in memory because the keychain failed (not because the caller asked).
    /// The store then asks the keychain again every retryInterval(); once it answers, every value
    /// written meanwhile goes to the keychain and every entry removed meanwhile is removed there
    /// too, so nothing deleted comes back, and the store is persistent again.
    [[nodiscard]] bool isFallback() const { return m_fallback; }
    void setRetryInterval(int ms);
    [[nodiscard]] int retryInterval() const { return m_retryIntervalMs; }
    /// Keys removed while the keychain was unavailable, still to be removed from it.
    [[nodiscard]] QStringList pendingRemovals() const;

    /// Tests only: while set, every keychain job fails as if no keychain were available (a
    /// locked or absent keychain that the real one cannot produce on demand).
    void setKeychainUnavailableForTesting(bool unavailable) { m_simulateUnavailable = unavailable; }

    void read(const QString &connectorKey, const QString &name, QObject *context, ReadCallback callback);
    /// Stores a value. When the keychain refuses it, the store switches to memory-only mode and
    /// keeps the value in memory (never on disk): the callback then reports success.
    void write(const QString &connectorKey, const QString &name, const QString &value, QObject *context,
               StatusCallback callback);
    /// Removes a value; removing a secret that does not exist succeeds.
    void remove(const QString &connectorKey, const QString &name, QObject *context, StatusCallback callback);
    /// Removes several values; the callback gets the first error, or success.
    void removeAll(const QString &connectorKey, const QStringList &names, QObject *context, StatusCallback callback);

Q_SIGNALS:
    /// Emitted once when the store falls back to memory-only mode.
    void persistenceChanged(bool persistent);

private:
    void switchToMemory(const QString &reason);
    void recover();
    void startJob(QKeychain::Job *job, const QString &key, QObject *context,
                  std::function<void(QKeychain::Job *, const QPointer<QObject> &)> handler);
    static bool isBackendFailure(int keychainError);

    Mode m_mode;
    bool m_fallback = false;
    bool m_simulateUnavailable = false;
    QString m_backendMessage;
    QHash<QString, QString> m_memory;
    QSet<QString> m_tombstones; ///< removed while in fallback: to be removed from the keychain
    QTimer m_retryTimer;
    int m_retryIntervalMs = 30000;
};

} // namespace cad
