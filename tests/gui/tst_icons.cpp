// The designer's icons and the style that lends them to Qt's own overflow buttons.
#include "common/DesignerStyle.h"
#include "common/Icons.h"

#include <QApplication>
#include <QGroupBox>
#include <QImage>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyleFactory>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using cad::Icons::Icon;

class TestIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
        // Something is drawn: at least one pixel is not fully transparent.
        bool drawn = false;
        for (int y = 0; y < image.height() && !drawn; ++y)
            for (int x = 0; x < image.width() && !drawn; ++x)
                drawn = qAlpha(image.pixel(x, y)) > 0;
        QVERIFY(drawn);
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
    // the same as Fusion's, at 1x and 2x.
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
        for (const qreal scale : {1.0, 2.0}) {
            const QImage expected = paint(fusion.data(), scale);
            const QImage actual = paint(&designer, scale);
            QCOMPARE(actual.size(), expected.size());
            int differing = 0;
            for (int y = 0; y < expected.height(); ++y)
                for (int x = 0; x < expected.width(); ++x)
                    differing += actual.pixel(x, y) != expected.pixel(x, y);
            QCOMPARE(differing, 0);
        }
        // And it is drawn at all: the frame darkens the box's middle.
        if (size.width() > 40 && size.height() > 40) {
            const QImage image = paint(&designer, 1.0);
            QVERIFY(qGray(image.pixel(size.width() / 2, size.height() / 2)) < 0xef);
        }
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
