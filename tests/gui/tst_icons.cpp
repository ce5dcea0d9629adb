// The designer's icons and the style that lends them to Qt's own overflow buttons.
#include "common/DesignerStyle.h"
#include "common/Icons.h"

#include <QApplication>
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
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
