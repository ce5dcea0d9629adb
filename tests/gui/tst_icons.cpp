// The designer's icons and the style that lends them to Qt's own overflow buttons.
#include "common/DesignerStyle.h"
#include "common/Icons.h"

#include <QApplication>
#include <QFile>
#include <QGroupBox>
#include <QImage>
#include <QMainWindow>
#include <QMenuBar>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using cad::Icons::Icon;

namespace {
bool librarymapped(const char *name)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains(name);
}

// The largest difference of one colour channel between two images of the same size (-1 otherwise).
int largestDifference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return -1;
    const QImage x = a.convertToFormat(QImage::Format_ARGB32);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32);
    int largest = 0;
    for (int row = 0; row < x.height(); ++row)
        for (int col = 0; col < x.width(); ++col) {
            const QRgb p = x.pixel(col, row);
            const QRgb q = y.pixel(col, row);
            largest = std::max({largest, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                                std::abs(qBlue(p) - qBlue(q)), std::abs(qAlpha(p) - qAlpha(q))});
        }
    return largest;
}

QImage paintedAt(const QIcon &icon, const QSize &size, qreal scale, QIcon::Mode mode = QIcon::Normal)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    icon.paint(&painter, QRect(QPoint(0, 0), size), Qt::AlignCenter, mode);
    painter.end();
    return image;
}

bool hasPixels(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) > 0)
                return true;
    return false;
}

constexpr int IconCount = static_cast<int>(Icon::MoreVertical) + 1;
} // namespace

// The style option of a tool bar, as it paints itself.
class OptionToolBar : public QToolBar
{
public:
    using QToolBar::QToolBar;
    QStyleOptionToolBar option() const
    {
        QStyleOptionToolBar o;
        initStyleOption(&o);
        return o;
    }
};

class TestIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // First, before any test reads an SVG or an image: what a window's first frame draws (the
    // icons at 1x and 2x, menus and buttons at 16, the tool bar at 18, each also disabled, and a
    // group box) loads no image-format plugin, no SVG icon plugin and not Qt SVG.
    void theFirstFrameLoadsNoImagePlugin()
    {
        QVERIFY(!librarymapped("/imageformats/"));
        QVERIFY(!librarymapped("/iconengines/"));
        for (int i = 0; i < IconCount; ++i) {
            const QIcon icon = cad::Icons::icon(static_cast<Icon>(i));
            for (const int side : {16, 18})
                for (const qreal scale : {1.0, 2.0}) {
                    QVERIFY(!icon.pixmap(QSize(side, side), scale).isNull());
                    QVERIFY(!icon.pixmap(QSize(side, side), scale, QIcon::Disabled).isNull());
                    QVERIFY(hasPixels(paintedAt(icon, QSize(side, side), scale)));
                }
        }
        cad::DesignerStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
        QGroupBox box(QStringLiteral("Connector"));
        box.setStyle(&style);
        box.resize(300, 200);
        QImage image(box.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        box.render(&image);
        QVERIFY(qGray(image.pixel(150, 100)) < 0xff); // the frame's middle was drawn
        QVERIFY(!librarymapped("/imageformats/"));
        QVERIFY(!librarymapped("/iconengines/"));
        QVERIFY(!librarymapped("libQt6Svg"));
    }

    void renderedSizesLookAsTheSvgDoes_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("side");
        QTest::addColumn<int>("mode");
        for (int i = 0; i < IconCount; ++i)
            for (const int side : {16, 18, 24, 32, 36, 48}) {
                QTest::addRow("%d at %d", i, side) << i << side << int(QIcon::Normal);
                QTest::addRow("%d at %d, disabled", i, side) << i << side << int(QIcon::Disabled);
            }
        QTest::addRow("application icon at 128") << int(Icon::App) << 128 << int(QIcon::Normal);
    }

    // The pixels made at build time are Qt's SVG engine's pictures, to the last bit.
    void renderedSizesLookAsTheSvgDoes()
    {
        QFETCH(int, which);
        QFETCH(int, side);
        QFETCH(int, mode);
        const auto icon = static_cast<Icon>(which);
        const QIcon svg(cad::Icons::svgPath(icon));
        const QSize size(side, side);
        const QImage expected = svg.pixmap(size, 1.0, QIcon::Mode(mode)).toImage();
        const QImage actual = cad::Icons::icon(icon).pixmap(size, 1.0, QIcon::Mode(mode)).toImage();
        QCOMPARE(actual.size(), size);
        const int difference = largestDifference(actual, expected);
        QCOMPARE(difference, 0);
    }

    // A size not rendered at build time (20 and 28 pixels: a 16 pixel icon at 1.25x and 1.75x) is
    // drawn from the SVG, exactly, not scaled from a rendered size.
    void otherSizesAreDrawnFromTheSvg()
    {
        for (int i = 0; i < IconCount; ++i) {
            const auto icon = static_cast<Icon>(i);
            const QIcon svg(cad::Icons::svgPath(icon));
            for (const qreal scale : {1.25, 1.75}) {
                const QImage expected = paintedAt(svg, QSize(16, 16), scale);
                const QImage actual = paintedAt(cad::Icons::icon(icon), QSize(16, 16), scale);
                QCOMPARE(actual.size(), QSize(16, 16) * scale);
                QCOMPARE(largestDifference(actual, expected), 0);
            }
            // Painted at 2x, a 16 pixel icon uses its 32 pixel picture, not a stretched 16 pixel one.
            const QImage sharp = paintedAt(cad::Icons::icon(icon), QSize(16, 16), 2.0);
            QCOMPARE(largestDifference(sharp, paintedAt(svg, QSize(16, 16), 2.0)), 0);
        }
    }

    void theApplicationIconOffersTheWindowIconSizes()
    {
        const QList<QSize> sizes = cad::Icons::icon(Icon::App).availableSizes();
        QVERIFY(sizes.contains(QSize(16, 16)));
        QVERIFY(sizes.contains(QSize(64, 64)));
        QVERIFY(sizes.contains(QSize(128, 128)));
    }

    void everyIconHasAPicture_data()
    {
        QTest::addColumn<int>("which");
        for (int i = 0; i <= static_cast<int>(Icon::MoreVertical); ++i)
            QTest::addRow("%d", i) << i;
    }

    void everyIconHasAPicture()
    {
        QFETCH(int, which);
        const QIcon icon = cad::Icons::icon(static_cast<Icon>(which));
        QVERIFY(!icon.isNull());
        const QImage image = icon.pixmap(QSize(16, 16)).toImage();
        QCOMPARE(image.size(), QSize(16, 16));
        QVERIFY(hasPixels(image)); // something is drawn
    }

    void anIconIsReadOnce()
    {
        QCOMPARE(cad::Icons::icon(Icon::Save).cacheKey(), cad::Icons::icon(Icon::Save).cacheKey());
        QVERIFY(cad::Icons::icon(Icon::Save).cacheKey() != cad::Icons::icon(Icon::Open).cacheKey());
    }

    void overflowButtonsUseTheDesignersIcons()
    {
        cad::DesignerStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
        QCOMPARE(style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton).cacheKey(),
                 cad::Icons::icon(Icon::MoreHorizontal).cacheKey());
        QCOMPARE(style.standardIcon(QStyle::SP_ToolBarVerticalExtensionButton).cacheKey(),
                 cad::Icons::icon(Icon::MoreVertical).cacheKey());
        // Everything else is the platform style's.
        QVERIFY(!style.standardIcon(QStyle::SP_MessageBoxWarning).isNull());

        // With the style installed as the designer's main() does, tool bars and menu bars take
        // their overflow icon from it.
        QApplication::setStyle(new cad::DesignerStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
        QMainWindow window;
        const auto overflowIcon = [](QWidget *bar) {
            for (auto *button : bar->findChildren<QToolButton *>())
                if (button->icon().cacheKey() == cad::Icons::icon(Icon::MoreHorizontal).cacheKey())
                    return true;
            return false;
        };
        QVERIFY(overflowIcon(window.addToolBar(QStringLiteral("Tools"))));
        QVERIFY(overflowIcon(window.menuBar()));
    }

    void groupBoxFramesArePaintedAsFusionPaintsThem_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("checkable");
        QTest::addColumn<QSize>("size");
        QTest::addRow("titled, large") << QStringLiteral("Connector") << false << QSize(800, 420);
        QTest::addRow("titled, small") << QStringLiteral("Problems") << false << QSize(40, 36);
        QTest::addRow("untitled") << QString() << false << QSize(300, 120);
        QTest::addRow("checkable") << QStringLiteral("Proxy") << true << QSize(260, 90);
        QTest::addRow("too small for the frame") << QStringLiteral("X") << false << QSize(10, 12);
    }

    // The designer's style draws the group-box frame more cheaply than Fusion; every pixel must be
    // the same as Fusion's, at whole-number scales (cut in bands) and at fractional ones.
    void groupBoxFramesArePaintedAsFusionPaintsThem()
    {
        QFETCH(QString, title);
        QFETCH(bool, checkable);
        QFETCH(QSize, size);
        QScopedPointer<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        cad::DesignerStyle designer(QStyleFactory::create(QStringLiteral("Fusion")));
        const auto paint = [&](QStyle *style, qreal scale) {
            QGroupBox box(title);
            box.setCheckable(checkable);
            box.setStyle(style);
            box.resize(size);
            QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(scale);
            image.fill(QColor(0xef, 0xef, 0xef));
            box.render(&image);
            return image;
        };
        for (const qreal scale : {1.0, 2.0, 3.0, 1.25, 1.5, 1.75}) {
            const QImage expected = paint(fusion.data(), scale);
            const QImage actual = paint(&designer, scale);
            QCOMPARE(actual.size(), expected.size());
            int differing = 0;
            for (int y = 0; y < expected.height(); ++y)
                for (int x = 0; x < expected.width(); ++x)
                    differing += actual.pixel(x, y) != expected.pixel(x, y);
            QVERIFY2(differing == 0, qPrintable(QStringLiteral("%1 pixels differ at %2x").arg(differing).arg(scale)));
        }
        // And it is drawn at all: the frame darkens the box's middle.
        if (size.width() > 40 && size.height() > 40) {
            const QImage image = paint(&designer, 1.0);
            QVERIFY(qGray(image.pixel(size.width() / 2, size.height() / 2)) < 0xef);
        }
    }

    void toolBarsArePaintedAsFusionPaintsThem_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addRow("the main tool bar") << QSize(1360, 36);
        QTest::addRow("a narrow tool bar") << QSize(24, 36);
        QTest::addRow("one band and a line") << QSize(31, 30);
    }

    // The designer's style draws tool bars in bands, to keep Qt from handing their long lines to
    // its thread pool; every pixel must be the same as Fusion's, at 1x (banded) and other scales.
    void toolBarsArePaintedAsFusionPaintsThem()
    {
        QFETCH(QSize, size);
        QScopedPointer<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        cad::DesignerStyle designer(QStyleFactory::create(QStringLiteral("Fusion")));
        QMainWindow window; // Fusion draws the bevel of a main window's tool bars only
        auto *toolBar = new OptionToolBar(&window);
        window.addToolBar(toolBar);
        const auto canvas = [&](qreal scale) {
            QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(scale);
            image.fill(QColor(0xef, 0xef, 0xef));
            return image;
        };
        const auto paint = [&](QStyle *style, qreal scale) {
            QImage image = canvas(scale);
            QPainter painter(&image);
            QStyleOptionToolBar option = toolBar->option();
            option.rect = QRect(QPoint(0, 0), size);
            style->drawControl(QStyle::CE_ToolBar, &option, &painter, toolBar);
            return image;
        };
        for (const qreal scale : {1.0, 2.0, 1.5}) {
            const QImage expected = paint(fusion.data(), scale);
            QVERIFY(expected != canvas(scale)); // drawn at all: not the background alone
            QCOMPARE(paint(&designer, scale), expected);
        }
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
