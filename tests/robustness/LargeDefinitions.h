#pragma once

// Two large, different definitions for the crash-safety tests: a writer killed half-way through
// writing one over the other must leave exactly one of them on disk.
#include "model/ConnectorDefinition.h"

namespace cad::test {

/// About half a megabyte serialized; @p variant 0 and 1 differ in every property.
inline ConnectorDefinition largeDefinition(int variant)
{
    ConnectorDefinition d = ConnectorDefinition::create(AuthType::ApiKey, QStringLiteral("Large %1").arg(variant));
    d.key = QStringLiteral("large-definition");
    d.description = QString(2000, variant == 0 ? u'a' : u'b');
    for (int i = 0; i < 500; ++i) {
        Property p;
        p.name = QStringLiteral("field_%1_%2").arg(variant).arg(i);
        p.displayName = QStringLiteral("Field %1 of variant %2").arg(i).arg(variant);
        p.hint = QString(700, QChar(u'0' + (i + variant) % 10));
        p.order = i;
        p.sendAs.location = Location::Header;
        p.sendAs.key = QStringLiteral("X-Field-%1").arg(i);
        d.properties.append(p);
    }
    return d;
}

} // namespace cad::test
