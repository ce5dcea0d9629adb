// Edit > Fill from Discovery… in the designer window, against the suite's real OpenID Connect provider
// (oidc-provider): the dialog reads the provider's metadata, shows each change (now / from discovery)
// before anything changes, applies them as one undoable edit, and says why when nothing can be read.
#include "WindowTestSupport.h"
#include "commands/ChangeAuthTypeCommand.h"
#include "mainwindow/MainWindow.h"
#include "model/BuiltinSchemas.h"
#include "model/ConnectorDocument.h"
#include "support/OidcProvider.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTcpServer>
#include <QTest>
#include <QUndoStack>

using namespace cad;

namespace {

using test::child;

QStringList rows(QTableWidget *table)
{
    QStringList list;
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column)
            cells << table->item(row, column)->text();
        list << cells.join(QStringLiteral(" | "));
    }
    return list;
}

} // namespace

class TstDiscoveryDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void readsShowsAndAppliesAsOneEdit();
    void anUnreachableIssuerSaysWhyAndChangesNothing();
    void onlyOAuthDesignsOfferIt();
};

void TstDiscoveryDialog::readsShowsAndAppliesAsOneEdit()
{
    test::OidcProvider idp;
    if (!idp.start())
        QFAIL(qPrintable(idp.errorString()));
    const QString issuer = idp.issuer().toString();

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.undoStack()->push(new ChangeAuthTypeCommand(window.document(), AuthType::OAuth2AuthorizationCodePkce));
    ConnectorDefinition before = window.document()->definition();
    const int undoCount = window.undoStack()->count();

    auto *action = child<QAction>(&window, "fillFromDiscoveryAction");
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    action->trigger();
    auto *dialog = child<QDialog>(&window, "discoveryDialog");
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *url = child<QLineEdit>(dialog, "discoveryUrlEdit");
    auto *apply = child<QPushButton>(dialog, "discoveryApplyButton");
    auto *table = child<QTableWidget>(dialog, "discoveryChanges");
    auto *status = child<QLabel>(dialog, "discoveryStatus");
    QVERIFY(url && apply && table && status);
    QCOMPARE(url->text(), QString()); // the new design names no provider yet
    QVERIFY(!apply->isEnabled());

    // Typed, then Enter: as an author would.
    url->setFocus();
    QTest::keyClicks(url, issuer);
    QTest::keyClick(url, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(apply->isEnabled(), 15000);
    QCOMPARE(status->text(), QStringLiteral("Read %1/.well-known/oauth-authorization-server. Applying it changes 7 "
                                            "fields:")
                                 .arg(issuer));
    QCOMPARE(rows(table), (QStringList{
                              QStringLiteral("Authorization URL | (empty) | %1/auth").arg(issuer),
                              QStringLiteral("Token URL | (empty) | %1/token").arg(issuer),
                              QStringLiteral("Scope | (empty) | openid"),
                              QStringLiteral("Scope choices | (empty) | openid, offline_access, profile, email, "
                                             "api:read, api:write"),
                              QStringLiteral("Token revoke URL | (empty) | %1/token/revocation").arg(issuer),
                              QStringLiteral("Issuer | (empty) | %1").arg(issuer),
                              QStringLiteral("Token introspection URL | (empty) | %1/token/introspection").arg(issuer),
                          }));
    // The PKCE design's defaults (Basic header, S256) are what the provider offers: not listed. Nothing changed yet.
    QVERIFY(window.document()->definition() == before);

    QPointer<QDialog> first = dialog;
    apply->click();
    QTRY_VERIFY(!first); // closed, and gone
    const ConnectorDefinition &d = window.document()->definition();
    QCOMPARE(d.valueOf(PropertyNames::AuthorizationUrl), issuer + QStringLiteral("/auth"));
    QCOMPARE(d.valueOf(PropertyNames::TokenUrl), issuer + QStringLiteral("/token"));
    QCOMPARE(d.valueOf(PropertyNames::TokenRevokeUrl), issuer + QStringLiteral("/token/revocation"));
    QCOMPARE(d.valueOf(PropertyNames::Scope), QStringLiteral("openid"));
    QCOMPARE(d.valueOf(PropertyNames::Issuer), issuer);
    QCOMPARE(window.undoStack()->count(), undoCount + 1);
    QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Fill from discovery"));
    QVERIFY(window.isWindowModified());

    window.undoStack()->undo();
    QVERIFY(window.document()->definition() == before);
    window.undoStack()->redo();
    QCOMPARE(window.document()->definition().valueOf(PropertyNames::Issuer), issuer);

    // Opened again, the dialog starts from the design's issuer and finds nothing left to change.
    action->trigger();
    dialog = child<QDialog>(&window, "discoveryDialog");
    QTRY_VERIFY(dialog && dialog->isVisible());
    url = child<QLineEdit>(dialog, "discoveryUrlEdit");
    QCOMPARE(url->text(), issuer);
    child<QPushButton>(dialog, "discoveryReadButton")->click();
    status = child<QLabel>(dialog, "discoveryStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("nothing to change")), 15000);
    QVERIFY(!child<QPushButton>(dialog, "discoveryApplyButton")->isEnabled());
    dialog->reject();
}

void TstDiscoveryDialog::anUnreachableIssuerSaysWhyAndChangesNothing()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const ConnectorDefinition before = window.document()->definition();
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();

    child<QAction>(&window, "fillFromDiscoveryAction")->trigger();
    auto *dialog = child<QDialog>(&window, "discoveryDialog");
    QTRY_VERIFY(dialog && dialog->isVisible());
    auto *url = child<QLineEdit>(dialog, "discoveryUrlEdit");
    url->setText(QStringLiteral("http://127.0.0.1:%1").arg(port));
    child<QPushButton>(dialog, "discoveryReadButton")->click();
    auto *status = child<QLabel>(dialog, "discoveryStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Could not read the discovery document: ")),
                             15000);
    QVERIFY2(status->text().endsWith(QLatin1String("Check the address, or fill in the endpoints yourself.")),
             qPrintable(status->text()));
    QVERIFY(!child<QPushButton>(dialog, "discoveryApplyButton")->isEnabled());

    // Plain http to another computer is refused before any request.
    url->setText(QStringLiteral("http://login.example.com"));
    child<QPushButton>(dialog, "discoveryReadButton")->click();
    QTRY_VERIFY(status->text().contains(QLatin1String("does not use https")));
    dialog->reject();
    QVERIFY(window.document()->definition() == before);
    QCOMPARE(window.undoStack()->count(), 0);
}

void TstDiscoveryDialog::onlyOAuthDesignsOfferIt()
{
    MainWindow window;
    auto *action = child<QAction>(&window, "fillFromDiscoveryAction");
    QVERIFY(action->isEnabled()); // the default type: authorization code
    for (AuthType type : {AuthType::Basic, AuthType::ApiKey, AuthType::None}) {
        window.undoStack()->push(new ChangeAuthTypeCommand(window.document(), type));
        QVERIFY2(!action->isEnabled(), qPrintable(authTypeId(type)));
    }
    window.undoStack()->push(new ChangeAuthTypeCommand(window.document(), AuthType::OAuth2ClientCredentials));
    QVERIFY(action->isEnabled());
}

QTEST_MAIN(TstDiscoveryDialog)
#include "tst_discoverydialog.moc"
