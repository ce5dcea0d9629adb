#include "secrets/DefinitionSecrets.h"

#include "secrets/SecretStore.h"

#include <memory>

namespace cad {

namespace {
QString storeKey(const ConnectorDefinition &definition)
{
    return definition.key.isEmpty() ? QStringLiteral("connector") : definition.key;
}
} // namespace

void DefinitionSecrets::save(SecretStore *store, const ConnectorDefinition &definition, QObject *context,
                             std::function<void(const Status &)> callback)
{
    struct Pending
    {
        int remaining = 0;
        Status first;
    };
    auto pending = std::make_shared<Pending>();
    QList<const Property *> secrets;
    for (const Property &p : definition.properties) {
        if (p.secret)
            secrets.append(&p);
    }
    if (secrets.isEmpty()) {
        QMetaObject::invokeMethod(
            context, [callback] { callback(Status::success()); }, Qt::QueuedConnection);
        return;
    }
    pending->remaining = int(secrets.size());
    auto done = [pending, callback](const Status &s) {
        if (!s && pending->first)
            pending->first = s;
        if (--pending->remaining == 0)
            callback(pending->first);
    };
    const QString key = storeKey(definition);
    for (const Property *p : secrets) {
        if (p->value.isEmpty())
            store->remove(key, p->name, context, done);
        else
            store->write(key, p->name, p->value, context, done);
    }
}

void DefinitionSecrets::load(SecretStore *store, const ConnectorDefinition &definition, QObject *context,
                             std::function<void(const QHash<QString, QString> &, const Status &)> callback)
{
    struct Pending
    {
        int remaining = 0;
        QHash<QString, QString> values;
        Status first;
    };
    auto pending = std::make_shared<Pending>();
    const QStringList names = definition.secretPropertyNames();
    if (names.isEmpty()) {
        QMetaObject::invokeMethod(
            context, [callback] { callback({}, Status::success()); }, Qt::QueuedConnection);
        return;
    }
    pending->remaining = int(names.size());
    const QString key = storeKey(definition);
    for (const QString &name : names) {
        store->read(key, name, context, [pending, callback, name](const SecretStore::ReadResult &r) {
            if (!r) {
                if (pending->first)
                    pending->first = r.error();
            } else if (r.value()) {
                pending->values.insert(name, *r.value());
            }
            if (--pending->remaining == 0)
                callback(pending->values, pending->first);
        });
    }
}

void DefinitionSecrets::apply(ConnectorDefinition &definition, const QHash<QString, QString> &values)
{
    for (Property &p : definition.properties) {
        if (p.secret && values.contains(p.name))
            p.value = values.value(p.name);
    }
}

} // namespace cad
