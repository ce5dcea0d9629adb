#pragma once

// A design with some of the OAuth types' advanced properties (BuiltinSchemas::advancedPropertiesFor()),
// each added as "Add Advanced Property" adds it, with the value the test gives.

#include "model/BuiltinSchemas.h"
#include "model/ConnectorDefinition.h"

#include <QList>
#include <QPair>

namespace cad::test {

inline ConnectorDefinition withAdvanced(ConnectorDefinition d, const QList<QPair<QStringView, QString>> &set)
{
    for (const auto &[name, value] : set) {
        for (Property p : BuiltinSchemas::advancedPropertiesFor(d.authType)) {
            if (p.name == name) {
                p.value = value;
                d.properties.append(p);
            }
        }
    }
    return d;
}

} // namespace cad::test
