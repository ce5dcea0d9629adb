#include "model/Fingerprint.h"

#include "model/AuthType.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>

#include <algorithm>

namespace cad {

QByteArray Fingerprint::of(const ConnectorDefinition &definition, const QHash<QString, QString> &values)
{
    // A versioned, order-preserving binary serialization: display order and row order both count,
    // since both change what the end user sees.
    QByteArray canonical;
    QDataStream out(&canonical, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << quint8(1) << authTypeId(definition.authType) << qint32(definition.properties.size());
    for (const Property &p : definition.properties) {
        out << p.name << p.displayName << p.value << p.askUser << p.required << p.secret << inputKindId(p.inputKind)
            << p.choices << p.hint << qint32(p.order) << locationId(p.sendAs.location) << p.sendAs.key
            << p.sendAs.valueTemplate << p.builtIn;
    }
    QStringList keys = values.keys();
    std::sort(keys.begin(), keys.end());
    out << qint32(keys.size());
    for (const QString &k : keys)
        out << k << values.value(k);
    return QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
}

} // namespace cad
