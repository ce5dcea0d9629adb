// File > New from Template…: the gallery lists every provider template, narrows the list as the author
// types (provider, type, key or description, every word), moves through it with the arrow keys from the
// search field, and Enter starts a new, unsaved design that is the template.
#include "WindowTestSupport.h"
#include "gallery/TemplateGallery.h"
#include "io/DefinitionFile.h"
#include "mainwindow/MainWindow.h"
#include "model/ConnectorDocument.h"
#include "templates/TemplateCatalog.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace cad;

namespace {

using test::child;

QStringList names(QTableView *list)
{
    QStringList shown;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        shown << list->model()->index(row, 0).data().toString();
    return shown;
}

} // namespace

class TstTemplateGallery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void searchNarrowsTheList();
    void keyboardPicksATemplateForANewDesign();
};

void TstTemplateGallery::searchNarrowsTheList()
{
    TemplateGallery gallery;
    gallery.show();
    QVERIFY(QTest::qWaitForWindowExposed(&gallery));
    auto *search = child<QLineEdit>(&gallery, "templateSearch");
    auto *list = child<QTableView>(&gallery, "templateList");
    auto *details = child<QLabel>(&gallery, "templateDetails");
    QVERIFY(search && list && details);
    QCOMPARE(list->model()->rowCount(), TemplateCatalog::all().size());
    QVERIFY(search->hasFocus());

    QTest::keyClicks(search, QStringLiteral("zoho"));
    QCOMPARE(names(list),
             (QStringList{QStringLiteral("Zoho Campaigns"), QStringLiteral("Zoho Desk"), QStringLiteral("Zoho Mail")}));
    // Every word must match, in any field: the provider and the type's display name.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("google  client"));
    QCOMPARE(names(list), QStringList());
    QVERIFY(!child<QPushButton>(&gallery, "templateCreateButton")->isEnabled());
    QVERIFY2(details->text().startsWith(QLatin1String("No template matches")), qPrintable(details->text()));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("PKCE microsoft teams"));
    QCOMPARE(names(list), QStringList{QStringLiteral("Microsoft Teams")});
    QVERIFY2(details->text().contains(QLatin1String("href=\"https://learn.microsoft.com/")),
             qPrintable(details->text()));
    // The key finds it too.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("quickbooks-online"));
    QCOMPARE(names(list).size(), 1);
}

void TstTemplateGallery::keyboardPicksATemplateForANewDesign()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    child<QAction>(&window, "newFromTemplateAction")->trigger();
    auto *gallery = child<TemplateGallery>(&window, "templateGallery");
    QVERIFY(gallery);
    QTRY_VERIFY(gallery->isVisible());
    auto *search = child<QLineEdit>(gallery, "templateSearch");
    QTest::keyClicks(search, QStringLiteral("slack"));
    QCOMPARE(gallery->selectedKey(), QStringLiteral("slack"));
    // Arrow keys move in the list without leaving the search field.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("zoho"));
    QTest::keyClick(search, Qt::Key_Down);
    QCOMPARE(gallery->selectedKey(), QStringLiteral("zoho-desk"));
    QCOMPARE(gallery->focusWidget(), search);
    QPointer<TemplateGallery> open = gallery;
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(!open);

    // The new design is the template: unsaved, no file, nothing to undo.
    const Result<ConnectorDefinition> expected = TemplateCatalog::load(QStringLiteral("zoho-desk"));
    QVERIFY(expected.ok());
    QVERIFY(window.document()->definition() == expected.value());
    QCOMPARE(window.document()->definition().key, QStringLiteral("zoho-desk"));
    QVERIFY(window.filePath().isEmpty());
    QVERIFY(!window.isWindowModified());
    QCOMPARE(window.undoStack()->count(), 0);
}

QTEST_MAIN(TstTemplateGallery)
#include "tst_templategallery.moc"
