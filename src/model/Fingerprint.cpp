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
    // QDataStream writes a null QString unlike an empty one, but the definition read back from a file has
    // empty strings where the one in memory had null ones: both must give the same fingerprint.
    auto s = [](const QString &text) {
        return text.isNull() ? QString::fromLatin1("", 0) : text;
    };
    // Version 2 adds where the connection talks: the base URL and the test request (the OAuth URLs
    // are property values). A connection recorded under version 1 no longer matches, on purpose.
    out << quint8(2) << authTypeId(definition.authType) << s(definition.baseUrl) << s(definition.testRequest.method)
        << s(definition.testRequest.path) << qint32(definition.properties.size());
    for (const Property &p : definition.properties) {
        QStringList choices;
        for (const QString &c : p.choices)
            choices << s(c);
        out << s(p.name) << s(p.displayName) << s(p.value) << p.askUser << p.required << p.secret
            << inputKindId(p.inputKind) << choices << s(p.hint) << qint32(p.order) << locationId(p.sendAs.location)
            << s(p.sendAs.key) << s(p.sendAs.valueTemplate) << p.builtIn;
    }
    QStringList keys = values.keys();
    std::sort(keys.begin(), keys.end());
    out << qint32(keys.size());
    for (const QString &k : keys)
        out << s(k) << s(values.value(k));
    return QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
}

} // namespace cad
