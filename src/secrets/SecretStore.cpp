#include "secrets/SecretStore.h"

#include "core/Logging.h"

#include <QTimer>
#include <QUrl>

#include <qt6keychain/keychain.h>

#include <memory>

namespace cad {

namespace {

const QString &probeKey()
{
    static const QString key = QStringLiteral(".backend-probe");
    return key;
}

// Runs callback(value) from the event loop, only while context is alive.
template <typename Callback, typename Value> void deliverLater(QObject *context, Callback callback, Value value)
{
    if (!callback)
        return;
    QTimer::singleShot(0, context, [callback = std::move(callback), value = std::move(value)]() { callback(value); });
}

} // namespace

SecretStore::SecretStore(Mode mode, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
{
    if (m_mode == Mode::MemoryOnly)
        m_backendMessage = tr("Secrets are kept in memory only, as requested, and will be lost when the program ends.");
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { detectBackend(this, {}); });
}

void SecretStore::setRetryInterval(int ms)
{
    m_retryIntervalMs = std::max(1, ms);
    if (m_retryTimer.isActive())
        m_retryTimer.start(m_retryIntervalMs);
}

QStringList SecretStore::pendingRemovals() const
{
    QStringList keys(m_tombstones.cbegin(), m_tombstones.cend());
    keys.sort();
    return keys;
}

SecretStore::~SecretStore() = default;

QString SecretStore::keyFor(const QString &connectorKey, const QString &name)
{
    // '/' and '%' are encoded, so the first '/' of a key always ends the connector part.
    return QString::fromLatin1(QUrl::toPercentEncoding(connectorKey)) + QLatin1Char('/') + name;
}

bool SecretStore::isBackendFailure(int keychainError)
{
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: // e.g. "Cannot autolaunch D-Bus", "Object does not exist at path .../login"
        return true;
    default:
        return false;
    }
}

void SecretStore::switchToMemory(const QString &reason)
{
    if (m_mode == Mode::MemoryOnly)
        return;
    qCWarning(lcSecrets) << "keychain unavailable, keeping secrets in memory only:" << reason;
    m_mode = Mode::MemoryOnly;
    m_fallback = true;
    m_backendMessage = tr("No keychain is available: secrets are kept in memory only and will be lost when you close "
                          "the designer. Start a Secret Service such as GNOME Keyring or KWallet to keep them.");
    m_retryTimer.start(m_retryIntervalMs);
    Q_EMIT persistenceChanged(false);
}

void SecretStore::recover()
{
    // The keychain answers again: what happened in memory meanwhile happens there now. Jobs run
    // in order, so a later read sees these writes and removals.
    qCInfo(lcSecrets) << "keychain available again:" << m_memory.size() << "values to keep," << m_tombstones.size()
                      << "to remove";
    m_mode = Mode::Keychain;
    m_fallback = false;
    m_retryTimer.stop();
    m_backendMessage.clear();
    const QHash<QString, QString> memory = std::exchange(m_memory, {});
    const QSet<QString> tombstones = std::exchange(m_tombstones, {});
    for (const QString &key : tombstones) {
        auto *job = new QKeychain::DeletePasswordJob(ServiceName);
        startJob(job, key, this, [this, key](QKeychain::Job *j, const QPointer<QObject> &) {
            if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
                m_tombstones.insert(key);
                switchToMemory(j->errorString());
            }
        });
    }
    for (auto it = memory.cbegin(); it != memory.cend(); ++it) {
        auto *job = new QKeychain::WritePasswordJob(ServiceName);
        job->setTextData(it.value());
        const QString key = it.key();
        const QString value = it.value();
        startJob(job, key, this, [this, key, value](QKeychain::Job *j, const QPointer<QObject> &) {
            if (j->error() != QKeychain::NoError) {
                m_memory.insert(key, value);
                switchToMemory(j->errorString());
            }
        });
    }
    Q_EMIT persistenceChanged(true);
}

void SecretStore::startJob(QKeychain::Job *job, const QString &key, QObject *context,
                           std::function<void(QKeychain::Job *, const QPointer<QObject> &)> handler)
{
    // No parent: a job deletes itself once finished. Owned by the store, a pending job would be
    // deleted with it while libsecret still holds the pointer (a crash when a window closes early).
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never QSettings, never a file
    job->setKey(key);
    QPointer<QObject> guard(context ? context : this);
    // Connected to this, not to the context: the store's own bookkeeping (memory fallback) must
    // happen even when the caller has gone away.
    connect(job, &QKeychain::Job::finished, this,
            [guard, handler = std::move(handler)](QKeychain::Job *finished) { handler(finished, guard); });
    job->start();
}

void SecretStore::detectBackend(QObject *context, std::function<void(bool)> callback)
{
    if (m_mode == Mode::MemoryOnly && !m_fallback) {
        deliverLater(context ? context : this, std::move(callback), false);
        return;
    }
    if (m_simulateUnavailable) {
        switchToMemory(QStringLiteral("unavailable (test)"));
        if (m_fallback)
            m_retryTimer.start(m_retryIntervalMs);
        deliverLater(context ? context : this, std::move(callback), false);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(ServiceName);
    startJob(job, probeKey(), context, [this, callback = std::move(callback)](QKeychain::Job *j, const auto &guard) {
        const bool answers = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        if (!answers) {
            switchToMemory(j->errorString());
            if (m_fallback)
                m_retryTimer.start(m_retryIntervalMs);
        } else if (m_fallback) {
            recover();
        } else {
            qCDebug(lcSecrets) << "keychain available";
        }
        if (guard && callback)
            callback(isPersistent());
    });
}

void SecretStore::read(const QString &connectorKey, const QString &name, QObject *context, ReadCallback callback)
{
    const QString key = keyFor(connectorKey, name);
    if (m_mode == Mode::MemoryOnly) {
        const auto it = m_memory.constFind(key);
        ReadResult result = it == m_memory.cend() ? std::optional<QString>() : std::optional<QString>(*it);
        qCDebug(lcSecrets) << "read from memory" << key << (result->has_value() ? "found" : "not found");
        deliverLater(context ? context : this, std::move(callback), std::move(result));
        return;
    }
    if (m_simulateUnavailable) {
        switchToMemory(QStringLiteral("unavailable (test)"));
        read(connectorKey, name, context, std::move(callback));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(ServiceName);
    startJob(job, key, context,
             [this, key, name, callback = std::move(callback)](QKeychain::Job *j, const QPointer<QObject> &guard) {
                 auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
                 std::optional<ReadResult> result;
                 if (j->error() == QKeychain::NoError) {
                     qCDebug(lcSecrets) << "read" << key << "found";
                     result = ReadResult(std::optional<QString>(readJob->textData()));
                 } else if (j->error() == QKeychain::EntryNotFound) {
                     qCDebug(lcSecrets) << "read" << key << "not found";
                     result = ReadResult(std::optional<QString>());
                 } else if (isBackendFailure(j->error())) {
                     switchToMemory(j->errorString());
                     const auto it = m_memory.constFind(key);
                     result =
                         ReadResult(it == m_memory.cend() ? std::optional<QString>() : std::optional<QString>(*it));
                 } else {
                     qCWarning(lcSecrets) << "read" << key << "failed:" << j->errorString();
                     result = ReadResult(
                         Error{tr("The keychain refused to give the secret “%1”: %2.").arg(name, j->errorString()),
                               tr("Unlock your keychain (GNOME Keyring or KWallet) and try again.")});
                 }
                 if (guard && callback)
                     callback(*result);
             });
}

void SecretStore::write(const QString &connectorKey, const QString &name, const QString &value, QObject *context,
                        StatusCallback callback)
{
    const QString key = keyFor(connectorKey, name);
    if (m_mode == Mode::MemoryOnly) {
        m_memory.insert(key, value);
        m_tombstones.remove(key);
        qCDebug(lcSecrets) << "wrote to memory" << key;
        deliverLater(context ? context : this, std::move(callback), Status::success());
        return;
    }
    if (m_simulateUnavailable) {
        switchToMemory(QStringLiteral("unavailable (test)"));
        write(connectorKey, name, value, context, std::move(callback));
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(ServiceName);
    job->setTextData(value);
    startJob(job, key, context,
             [this, key, value, callback = std::move(callback)](QKeychain::Job *j, const QPointer<QObject> &guard) {
                 if (j->error() == QKeychain::NoError) {
                     qCDebug(lcSecrets) << "wrote" << key;
                 } else {
                     // A refused write must not lose the value, and must never reach the disk.
                     qCWarning(lcSecrets) << "write" << key << "failed:" << j->errorString();
                     switchToMemory(j->errorString());
                     m_memory.insert(key, value);
                     m_tombstones.remove(key);
                 }
                 if (guard && callback)
                     callback(Status::success());
             });
}

void SecretStore::remove(const QString &connectorKey, const QString &name, QObject *context, StatusCallback callback)
{
    const QString key = keyFor(connectorKey, name);
    m_memory.remove(key);
    if (m_mode == Mode::MemoryOnly) {
        // In fallback mode the keychain may still hold the entry: remove it there once it answers.
        if (m_fallback)
            m_tombstones.insert(key);
        qCDebug(lcSecrets) << "removed from memory" << key;
        deliverLater(context ? context : this, std::move(callback), Status::success());
        return;
    }
    if (m_simulateUnavailable) {
        switchToMemory(QStringLiteral("unavailable (test)"));
        remove(connectorKey, name, context, std::move(callback));
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(ServiceName);
    startJob(job, key, context,
             [this, key, name, callback = std::move(callback)](QKeychain::Job *j, const QPointer<QObject> &guard) {
                 Status status;
                 if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound) {
                     qCDebug(lcSecrets) << "removed" << key;
                 } else if (isBackendFailure(j->error())) {
                     switchToMemory(j->errorString());
                     m_tombstones.insert(key);
                 } else {
                     qCWarning(lcSecrets) << "remove" << key << "failed:" << j->errorString();
                     status = Error{
                         tr("The secret “%1” could not be removed from the keychain: %2.").arg(name, j->errorString()),
                         tr("Remove the entry “%1” of “%2” with your keychain manager, such as Seahorse or "
                            "KWalletManager.")
                             .arg(key, ServiceName)};
                 }
                 if (guard && callback)
                     callback(status);
             });
}

void SecretStore::removeAll(const QString &connectorKey, const QStringList &names, QObject *context,
                            StatusCallback callback)
{
    if (names.isEmpty()) {
        deliverLater(context ? context : this, std::move(callback), Status::success());
        return;
    }
    struct Pending
    {
        qsizetype remaining = 0;
        Status status;
    };
    auto pending = std::make_shared<Pending>();
    pending->remaining = names.size();
    QPointer<QObject> guard(context ? context : this);
    for (const QString &name : names) {
        remove(connectorKey, name, this, [pending, guard, callback](const Status &status) {
            if (!status && pending->status)
                pending->status = status;
            if (--pending->remaining == 0 && guard && callback)
                callback(pending->status);
        });
    }
}

} // namespace cad
