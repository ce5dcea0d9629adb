// Benchmark of loading and validating a 10,000-property definition, as `auth-designer-cli validate`
// and the designer's Open do (issue 10: at most 100 ms), against a baseline measured in the same
// run: Qt's own JSON parser reading the same bytes (QJsonDocument::fromJson), which any reader of
// the file must pay. Prints "<name>: <median> ms" and the ratio to the baseline. Run: ctest -L bench -V.
// No timing assertions: the numbers are for people.

#include "io/DefinitionFile.h"
#include "model/Validator.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace cad;

namespace {

constexpr int Properties = 10000;

QByteArray largeDefinition()
{
    ConnectorDefinition d = ConnectorDefinition::create(AuthType::ApiKey, QStringLiteral("Large"));
    d.key = QStringLiteral("large");
    d.baseUrl = QStringLiteral("https://api.example.com/v1");
    d.testRequest.path = QStringLiteral("/me");
    const Location locations[] = {Location::Header, Location::Query, Location::NotSent};
    for (int i = static_cast<int>(d.properties.size()); i < Properties; ++i) {
        Property p;
        p.name = QStringLiteral("field_%1").arg(i);
        p.displayName = QStringLiteral("Field number %1").arg(i);
        p.value = QStringLiteral("value-%1").arg(i);
        p.askUser = i % 2 == 0;
        p.order = i;
        p.sendAs.location = locations[i % 3];
        p.sendAs.key = QStringLiteral("X-Field-%1").arg(i);
        d.properties.append(p);
    }
    return DefinitionFile::serialize(d);
}

double medianMs(const std::function<void()> &run, int runs = 15)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

class BenchLargeDefinition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadAndValidate()
    {
        const QByteArray bytes = largeDefinition();
        // The same outcome the CLI reports: the file loads and is valid.
        const DefinitionFile::ReadResult check = DefinitionFile::parse(bytes);
        QVERIFY(check.ok());
        QCOMPARE(check.definition->properties.size(), Properties);
        QVERIFY(Validator::validate(*check.definition).isEmpty());

        int sink = 0;
        const double baseline = medianMs([&] { sink += QJsonDocument::fromJson(bytes).object().size(); });
        const double ours = medianMs([&] {
            const DefinitionFile::ReadResult r = DefinitionFile::parse(bytes);
            sink += static_cast<int>(Validator::validate(*r.definition).size() + r.definition->properties.size());
        });
        QVERIFY(sink > 0);
        qInfo("%d properties, %lld bytes", Properties, static_cast<long long>(bytes.size()));
        qInfo("QJsonDocument::fromJson (baseline): %.1f ms", baseline);
        qInfo("DefinitionFile::parse + Validator::validate: %.1f ms = %.2fx the baseline (target: at most 100 ms)",
              ours, ours / baseline);
    }
};

QTEST_GUILESS_MAIN(BenchLargeDefinition)
#include "bench_largedefinition.moc"
