// The designer's fonts: text an author types in a script that needs shaping is shaped in every
// field it shows in, and identifiers, URLs and requests share one monospace face.
#include "common/Fonts.h"
#include "mainwindow/MainWindow.h"
#include "properties/PropertiesTableModel.h"

#include "WindowTestSupport.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGlyphRun>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>
#include <QTextLayout>

using cad::MainWindow;
using cad::PropertiesTableModel;

namespace {
QList<quint32> glyphsOf(const QString &text, const QFont &font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    QList<quint32> glyphs;
    for (const QGlyphRun &run : layout.glyphRuns())
        glyphs << run.glyphIndexes();
    return glyphs;
}
} // namespace

class TestFonts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        cad::test::setUpWindowTests(QStringLiteral("tst_fonts"));
        // The fonts of these tests: DejaVu (fonts-dejavu-core, which scripts/test installs) has
        // Arabic.
        QCOMPARE(QFontInfo(QApplication::font()).family(), QStringLiteral("DejaVu Sans"));
    }

    void init() { cad::test::resetWindowTest(); }

    void arabicIsJoinedInTheFieldsAnAuthorFills()
    {
        // Three Arabic letters beh: shaped, the first takes its initial form, the middle one its
        // medial form and the last its final form, three different glyphs. Drawn from the
        // character map alone (as with QFont::PreferNoShaping, which Qt 6.4 applies to Arabic
        // too) they would be one isolated glyph three times: illegible.
        MainWindow window;
        auto *table = cad::test::child<QTableView>(&window, "propertiesTable");
        QVERIFY(table);
        const QList<QFont> fonts{
            cad::test::child<QLineEdit>(&window, "displayNameEdit")->font(),
            cad::test::child<QWidget>(&window, "previewTitle")->font(),
            table->font(),
            table->model()
                ->index(0, PropertiesTableModel::NameColumn)
                .data(Qt::FontRole)
                .value<QFont>()
                .resolve(table->font()),
        };
        const QString behs(3, QChar(0x0628));
        for (const QFont &font : fonts) {
            const QList<quint32> glyphs = glyphsOf(behs, font);
            QCOMPARE(glyphs.size(), 3);
            const QList<quint32> isolated = glyphsOf(QString(QChar(0x0628)), font);
            QCOMPARE(isolated.size(), 1);
            QVERIFY(glyphs.at(0) != glyphs.at(1));
            QVERIFY(glyphs.at(1) != glyphs.at(2));
            QVERIFY(glyphs.at(0) != glyphs.at(2));
            QVERIFY(!glyphs.contains(isolated.constFirst()));
        }
    }

    void identifiersUrlsAndRequestsShareOneMonospaceFace()
    {
        MainWindow window;
        const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        QVERIFY(QFontInfo(mono).fixedPitch());
        auto *table = cad::test::child<QTableView>(&window, "propertiesTable");
        QVERIFY(table);
        // Each font as its widget draws it: a cell's font role is resolved against the table's font.
        const QList<QFont> fonts{
            cad::test::child<QLineEdit>(&window, "keyEdit")->font(),
            cad::test::child<QLineEdit>(&window, "baseUrlEdit")->font(),
            cad::test::child<QPlainTextEdit>(&window, "requestCurl")->font(),
            table->model()
                ->index(0, PropertiesTableModel::NameColumn)
                .data(Qt::FontRole)
                .value<QFont>()
                .resolve(table->font()),
            table->model()
                ->index(0, PropertiesTableModel::SentAsColumn)
                .data(Qt::FontRole)
                .value<QFont>()
                .resolve(table->font()),
        };
        for (const QFont &font : fonts) {
            QCOMPARE(QFontInfo(font).family(), QFontInfo(mono).family());
            QCOMPARE(font.pointSizeF(), mono.pointSizeF());
            QCOMPARE(font.weight(), mono.weight());
        }
    }

    void smallAndHeadingScaleFontsSetInPointsOrPixels()
    {
        QFont points;
        points.setPointSize(10);
        QCOMPARE(cad::Fonts::small(points).pointSizeF(), 9.0);
        QCOMPARE(cad::Fonts::heading(points).pointSizeF(), 14.0);
        QCOMPARE(cad::Fonts::heading(points).weight(), QFont::DemiBold);
        // A font set in pixels, as a style sheet sets it, has no point size to scale.
        QFont pixels;
        pixels.setPixelSize(20);
        QCOMPARE(cad::Fonts::small(pixels).pixelSize(), 18);
        QCOMPARE(cad::Fonts::heading(pixels).pixelSize(), 28);
        QCOMPARE(cad::Fonts::strong(pixels).pixelSize(), 20);
    }
};

QTEST_MAIN(TestFonts)
#include "tst_fonts.moc"
