// Benchmarks of the live preview against the 16 ms frame budget (one frame at 60 Hz).
//
// A 200-property definition (every second property ask-the-user, all input kinds) measures:
//   editDisplayName  a display-name edit -> PreviewForm::setDefinition + layout and paint
//   fullRebuild      a fresh PreviewForm built from empty with all 100 fields
//   requestPane      RequestPane update after an edit (authorize + curl render + highlight)
// Each prints QBENCHMARK's result and a line "<name>: <median> ms = <ratio> of a 16 ms frame"
// from its own median over 31 runs (11 for the rebuild). Run: ctest -L bench -V.
// No timing assertions: the numbers are for people.

#include "model/ConnectorDefinition.h"
#include "preview/PreviewForm.h"
#include "requestpane/RequestPane.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLayout>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace cad;

namespace {

constexpr double FrameMs = 16.0;

ConnectorDefinition bigDefinition()
{
    ConnectorDefinition def = ConnectorDefinition::create(AuthType::Custom, QStringLiteral("Acme CRM"));
    def.properties.clear();
    const InputKind kinds[] = {InputKind::Text,        InputKind::Password,     InputKind::Url,
                               InputKind::Number,      InputKind::Boolean,      InputKind::Choice,
                               InputKind::MultiChoice, InputKind::MultiLineText};
    const Location locations[] = {Location::Header, Location::Query, Location::Body, Location::NotSent};
    for (int i = 0; i < 200; ++i) {
        Property p;
        p.name = QStringLiteral("field_%1").arg(i);
        p.displayName = QStringLiteral("Field number %1").arg(i);
        p.askUser = i % 2 == 0;
        p.required = i % 3 == 0;
        p.inputKind = kinds[(i / 2) % 8];
        p.secret = p.inputKind == InputKind::Password;
        if (p.inputKind == InputKind::Choice || p.inputKind == InputKind::MultiChoice)
            p.choices = {QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("admin"),
                         QStringLiteral("offline_access")};
        p.value = p.inputKind == InputKind::Boolean ? QStringLiteral("true") : QString();
        if (i % 4 == 0)
            p.hint = QStringLiteral("Helper text for field %1, shown under the input.").arg(i);
        p.order = i;
        p.sendAs.location = locations[i % 4];
        p.sendAs.key = QStringLiteral("X-Field-%1").arg(i);
        def.properties.append(p);
    }
    return def;
}

double medianMs(const std::function<void()> &run, int runs = 31)
{
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        run();
        samples.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

/// QBENCHMARK runs the test function more than once; the median line is printed on the first run.
bool firstRun(const char *name)
{
    static QSet<QByteArray> done;
    if (done.contains(name))
        return false;
    done.insert(name);
    return true;
}

void report(const char *name, double ms)
{
    qInfo("%s: %.3f ms = %.3f of a 16 ms frame", name, ms, ms / FrameMs);
}

} // namespace

class BenchPreview : public QObject
{
    Q_OBJECT

private slots:
    void editDisplayName();
    void fullRebuild();
    void requestPane();
};

void BenchPreview::editDisplayName()
{
    ConnectorDefinition def = bigDefinition();
    PreviewForm form;
    form.resize(900, 1000);
    form.setDefinition(def);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QCoreApplication::processEvents();
    QCOMPARE(form.fieldEditors().size(), 100);

    int n = 0;
    auto edit = [&] {
        // An author typing in the display-name cell of a field in the middle of the table.
        def.properties[100].displayName = QStringLiteral("Renamed field %1").arg(++n);
        form.setDefinition(def);
        QCoreApplication::processEvents(); // layout and paint of the visible part
    };
    QBENCHMARK
    {
        edit();
    }
    if (firstRun("edit")) {
        report("edit (display name -> setDefinition + layout + paint)", medianMs(edit));
        report("edit (display name -> setDefinition alone)", medianMs([&] {
                   def.properties[100].displayName = QStringLiteral("Renamed field %1").arg(++n);
                   form.setDefinition(def);
               }));
        QCoreApplication::processEvents();
    }
}

void BenchPreview::fullRebuild()
{
    const ConnectorDefinition def = bigDefinition();
    auto rebuild = [&] {
        PreviewForm form;
        form.resize(900, 1000);
        form.setDefinition(def);
        form.layout()->activate();
    };
    QBENCHMARK
    {
        rebuild();
    }
    if (firstRun("rebuild"))
        report("full rebuild (200 properties, 100 fields, from empty)", medianMs(rebuild, 11));
}

void BenchPreview::requestPane()
{
    ConnectorDefinition def = bigDefinition();
    RequestPane pane;
    pane.resize(900, 400);
    pane.setDefinition(def);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(!pane.displayedText().isEmpty());

    int n = 0;
    auto update = [&] {
        // A value edit in a header-located property changes the curl command.
        def.properties[1].value = QStringLiteral("value-%1").arg(++n);
        pane.setDefinition(def);
        QCoreApplication::processEvents();
    };
    QBENCHMARK
    {
        update();
    }
    if (firstRun("pane"))
        report("request pane (authorize + render + highlight + paint)", medianMs(update));
}

QTEST_MAIN(BenchPreview)

#include "bench_preview.moc"
