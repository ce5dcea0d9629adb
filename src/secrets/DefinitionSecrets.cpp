#include "secrets/DefinitionSecrets.h"

#include "secrets/KeychainNames.h"
#include "secrets/SecretStore.h"
#include "secrets/StoredSecret.h"

#include <memory>

namespace cad {

namespace {

/// Counts down the answers of several keychain jobs and calls back once, with the first error.
template <typename Payload> struct Pending
{
    int remaining = 0;
    Status first;
    Payload payload;

    void failed(const Status &s)
    {
        if (!s && first)
            first = s;
    }
};

} // namespace

void DefinitionSecrets::save(SecretStore *store, const ConnectorDefinition &definition, const SecretBindings &bindings,
                             const QHash<QString, Origins> &designOrigins, QObject *context,
                             std::function<void(const Status &, const SavedEntries &)> callback,
                             const QStringList &only)
{
    struct Job
    {
        QString name;
        SecretBindings::SaveAction action;
        QString value;
        Origins origins;
        bool legacy;
    };
    QList<Job> jobs;
    for (const Property &p : definition.properties) {
        if (!p.secret || (!only.isEmpty() && !only.contains(p.name)))
            continue;
        const SecretBindings::SaveAction action = bindings.saveAction(p.name, p.value);
        if (action == SecretBindings::SaveAction::Keep)
            continue;
        jobs.append({p.name, action, p.value, bindings.originsToStore(p.name, p.value, designOrigins.value(p.name)),
                     bindings.entry(p.name).legacy});
    }
    if (jobs.isEmpty()) {
        QMetaObject::invokeMethod(
            context, [callback] { callback(Status::success(), {}); }, Qt::QueuedConnection);
        return;
    }
    auto pending = std::make_shared<Pending<SavedEntries>>();
    for (const Job &job : jobs)
        pending->remaining += job.legacy ? 2 : 1;
    auto done = [pending, callback](const Status &s) {
        pending->failed(s);
        if (--pending->remaining == 0)
            callback(pending->first, pending->payload);
    };
    const QString key = definition.storageKey();
    for (const Job &job : jobs) {
        const QString entry = KeychainNames::propertyEntry(job.name);
        if (job.action == SecretBindings::SaveAction::Write) {
            const StoredSecret stored{job.value, job.origins, false};
            store->write(key, entry, stored.serialize(), context, [pending, done, job](const Status &s) {
                if (s)
                    pending->payload.insert(job.name,
                                            {SecretBindings::ReadState::Found, job.value, job.origins, false});
                done(s);
            });
        } else {
            store->remove(key, entry, context, [pending, done, job](const Status &s) {
                if (s)
                    pending->payload.insert(job.name, {SecretBindings::ReadState::Missing, QString(), {}, false});
                done(s);
            });
        }
        // The pre-0.2 entry is replaced by the new one (or cleared with it).
        if (job.legacy)
            store->remove(key, KeychainNames::legacyPropertyEntry(job.name), context, done);
    }
}

void DefinitionSecrets::load(
    SecretStore *store, const ConnectorDefinition &definition, QObject *context,
    std::function<void(const QHash<QString, SecretBindings::Entry> &, const Status &)> callback)
{
    using Entries = QHash<QString, SecretBindings::Entry>;
    const QStringList names = definition.secretPropertyNames();
    if (names.isEmpty()) {
        QMetaObject::invokeMethod(
            context, [callback] { callback({}, Status::success()); }, Qt::QueuedConnection);
        return;
    }
    auto pending = std::make_shared<Pending<Entries>>();
    pending->remaining = int(names.size());
    auto finish = [pending, callback](const QString &name, const SecretBindings::Entry &entry, const Status &s) {
        pending->failed(s);
        pending->payload.insert(name, entry);
        if (--pending->remaining == 0)
            callback(pending->payload, pending->first);
    };
    const QString key = definition.storageKey();
    for (const QString &name : names) {
        store->read(
            key, KeychainNames::propertyEntry(name), context,
            [store, key, name, context, finish](const SecretStore::ReadResult &r) {
                if (!r) {
                    finish(name, {SecretBindings::ReadState::Failed, {}, {}, false}, r.error());
                    return;
                }
                if (r.value()) {
                    const std::optional<StoredSecret> stored = StoredSecret::parse(*r.value());
                    if (stored)
                        finish(name, {SecretBindings::ReadState::Found, stored->value, stored->origins, false},
                               Status::success());
                    else // not an entry this version wrote: never sent anywhere, never deleted
                        finish(name, {SecretBindings::ReadState::Failed, {}, {}, false}, Status::success());
                    return;
                }
                const QString legacy = KeychainNames::legacyPropertyEntry(name);
                if (legacy.isEmpty()) {
                    finish(name, {SecretBindings::ReadState::Missing, {}, {}, false}, Status::success());
                    return;
                }
                store->read(key, legacy, context, [name, finish](const SecretStore::ReadResult &old) {
                    if (!old)
                        finish(name, {SecretBindings::ReadState::Failed, {}, {}, false}, old.error());
                    else if (old.value())
                        finish(name, {SecretBindings::ReadState::Found, *old.value(), {}, true}, Status::success());
                    else
                        finish(name, {SecretBindings::ReadState::Missing, {}, {}, false}, Status::success());
                });
            });
    }
}

void DefinitionSecrets::apply(ConnectorDefinition &definition, const QHash<QString, SecretBindings::Entry> &entries)
{
    for (Property &p : definition.properties) {
        const auto it = entries.constFind(p.name);
        if (p.secret && it != entries.cend() && it->state == SecretBindings::ReadState::Found)
            p.value = it->value;
    }
}

} // namespace cad
