// Target: YamlToJson::convert, YAML (and JSON, a subset) to a QJsonValue (src/exchange/YamlToJson.h).
// Checks: any bytes give a value or an Error with a message, without a crash, leak, undefined behaviour
// or hang: yaml-cpp exceptions never escape, alias bombs and self-referring aliases are refused within
// the node, text and nesting budgets.
#include "exchange/YamlToJson.h"

#include "FuzzSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cad;

namespace {
int depthOf(const QJsonValue &v)
{
    int deepest = 0;
    if (v.isArray()) {
        for (const QJsonValue &child : v.toArray())
            deepest = qMax(deepest, depthOf(child));
        return deepest + 1;
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            deepest = qMax(deepest, depthOf(it.value()));
        return deepest + 1;
    }
    return 0;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Result<QJsonValue> converted = YamlToJson::convert(fuzz::bytes(data, size));
    if (!converted) {
        CAD_FUZZ_CHECK(!converted.error().message.isEmpty(), QStringLiteral("an error without a message"));
        return 0;
    }
    // The nesting budget holds for what comes out: MaxDepth levels below the root at most.
    CAD_FUZZ_CHECK(depthOf(*converted) <= YamlToJson::MaxDepth + 1, QString::number(depthOf(*converted)));
    return 0;
}
