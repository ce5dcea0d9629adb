// The wrapping label answers layouts as QLabel does, however its text, font and margins change.
#include "common/WrappingLabel.h"

#include <QApplication>
#include <QTest>
#include <QVBoxLayout>

using cad::WrappingLabel;

namespace {
const QString Short = QStringLiteral("The part before .acme.example in your Acme address.");
const QString Long = QStringLiteral("No keychain is available: secrets are kept in memory only and will be lost when "
                                    "you close the designer. Start a Secret Service such as GNOME Keyring or KWallet "
                                    "to keep them.");
const QList<int> Widths{40, 120, 200, 333, 800, 120, 40};

// A plain word-wrapping QLabel in the same state: what every answer must equal.
QList<int> plainHeights(const QString &text, const QFont &font, const QMargins &margins, int indent,
                        Qt::TextInteractionFlags interaction = Qt::LinksAccessibleByMouse)
{
    QLabel plain(text);
    plain.setWordWrap(true);
    plain.setTextInteractionFlags(interaction);
    plain.setFont(font);
    plain.setContentsMargins(margins);
    plain.setIndent(indent);
    QList<int> heights;
    for (int w : Widths)
        heights << plain.heightForWidth(w);
    return heights;
}

QList<int> heights(const WrappingLabel &label)
{
    QList<int> out;
    for (int w : Widths)
        out << label.heightForWidth(w);
    return out;
}
} // namespace

class TestWrappingLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersAsQLabelAfterEveryChange()
    {
        WrappingLabel label(Short);
        QVERIFY(label.wordWrap());
        QCOMPARE(heights(label), plainHeights(Short, label.font(), {}, -1));
        // Narrower means taller: the answers are not one height for every width.
        QVERIFY(label.heightForWidth(40) > label.heightForWidth(800));

        label.setText(Long);
        QCOMPARE(heights(label), plainHeights(Long, label.font(), {}, -1));

        QFont large = label.font();
        large.setPointSizeF(large.pointSizeF() * 1.6);
        label.setFont(large);
        QCOMPARE(heights(label), plainHeights(Long, large, {}, -1));

        label.setContentsMargins(10, 6, 10, 6);
        QCOMPARE(heights(label), plainHeights(Long, large, QMargins(10, 6, 10, 6), -1));

        label.setIndent(30);
        QCOMPARE(heights(label), plainHeights(Long, large, QMargins(10, 6, 10, 6), 30));

        label.setText(Short);
        QCOMPARE(heights(label), plainHeights(Short, large, QMargins(10, 6, 10, 6), 30));

        // Selectable text is measured as a document.
        label.setText(Long);
        label.setTextInteractionFlags(Qt::TextSelectableByMouse);
        QCOMPARE(heights(label), plainHeights(Long, large, QMargins(10, 6, 10, 6), 30, Qt::TextSelectableByMouse));
    }

    // In a layout, the label gets the height its text needs at the width it is given.
    void aLayoutGivesItTheHeightItsTextNeeds()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *label = new WrappingLabel(Long, &window);
        layout->addWidget(label);
        layout->addStretch();
        window.resize(260, 400);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(label->height(), label->heightForWidth(label->width()));
        const int narrowHeight = label->height();
        window.resize(700, 400);
        QTRY_COMPARE(label->width(), 700 - layout->contentsMargins().left() - layout->contentsMargins().right());
        QTRY_COMPARE(label->height(), label->heightForWidth(label->width()));
        QVERIFY(label->height() < narrowHeight);
        label->setText(Short);
        QLabel plain(Short);
        plain.setWordWrap(true);
        QTRY_COMPARE(label->height(), plain.heightForWidth(label->width()));
    }
};

QTEST_MAIN(TestWrappingLabel)
#include "tst_wrappinglabel.moc"
