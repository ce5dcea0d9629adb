// The defects of the designer walkthrough (issue 10), each tried as a user meets it in the window:
// the live token in the request pane, the PKCE client secret rule, keyboard navigation, the window
// at 1024x700, the system browser that cannot be opened, the banner that must not move the table,
// secrets typed into plain fields, the exchange log's detail, type switches and undo, the import
// dialog's wording, Failed after an edit, invalid values in the table, window-wide shortcuts,
// accessible names and the wording of messages. Every expected value is written out here.
// Networking only to 127.0.0.1 (a loopback resource and the real oidc-provider).
#include "WindowTestSupport.h"
#include "browser/SignInController.h"
#include "common/ModalSeam.h"
#include "connection/DesignTimeConnection.h"
#include "connectionpanel/ConnectionPanel.h"
#include "diagnostics/DiagnosticsView.h"
#include "exchangelog/ExchangeLogModel.h"
#include "exchangelog/ExchangeLogView.h"
#include "files/AutosaveManager.h"
#include "io/DefinitionFile.h"
#include "mainwindow/MainWindow.h"
#include "model/BuiltinSchemas.h"
#include "model/ConnectorDocument.h"
#include "preview/PreviewForm.h"
#include "properties/EditPropertyDialog.h"
#include "properties/PropertiesPanel.h"
#include "properties/PropertiesTableModel.h"
#include "support/OidcProvider.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrlQuery>

using namespace cad;
using cad::test::OidcProvider;

namespace {

using test::child;

void activateType(MainWindow &window, AuthType type)
{
    auto *combo = child<QComboBox>(&window, "authTypeCombo");
    QVERIFY(combo);
    const int i = combo->findData(authTypeId(type));
    QVERIFY(i >= 0);
    combo->setCurrentIndex(i);
    Q_EMIT combo->activated(i);
}

void setTableValue(MainWindow &window, QStringView name, const QString &value)
{
    const int row = window.document()->definition().indexOf(name);
    QVERIFY2(row >= 0, qPrintable(name.toString()));
    auto *model = window.propertiesPanel()->model();
    QVERIFY(model->setData(model->index(row, PropertiesTableModel::ValueColumn), value));
}

QModelIndex cell(MainWindow &window, QStringView name, int column)
{
    const int row = window.document()->definition().indexOf(name);
    return window.propertiesPanel()->model()->index(row, column);
}

/// The rows of the Problems list as the person reads them: "message | hint | location".
QStringList problemRows(MainWindow &window)
{
    QStringList rows;
    auto *view = child<QTreeWidget>(&window, "diagnosticsView");
    if (!view)
        return rows;
    for (int i = 0; i < view->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = view->topLevelItem(i);
        rows << item->text(0) + QStringLiteral(" | ") + item->text(1) + QStringLiteral(" | ") + item->text(2);
    }
    return rows;
}

bool anyRowContains(const QStringList &rows, const QString &text)
{
    return std::any_of(rows.cbegin(), rows.cend(), [&text](const QString &r) { return r.contains(text); });
}

/// The edit dialog opened by Edit Property… on @p name's row.
EditPropertyDialog *openEditDialog(MainWindow &window, QStringView name)
{
    PropertiesPanel *panel = window.propertiesPanel();
    panel->selectCell(window.document()->definition().indexOf(name), 0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // a dialog closed before
    panel->editAction()->trigger();
    const QList<EditPropertyDialog *> dialogs =
        window.findChildren<EditPropertyDialog *>(QStringLiteral("editPropertyDialog"));
    for (EditPropertyDialog *dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

void showAndActivate(QWidget &window)
{
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

/// The text a screen reader announces as the widget's name.
QString accessibleNameOf(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name) : w->accessibleName();
}

} // namespace

class TestWalkthrough : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    OidcProvider m_idp;

    bool startIdp()
    {
        if (!m_idp.isRunning() && !m_idp.start()) {
            qWarning("%s", qPrintable(m_idp.errorString()));
            return false;
        }
        return true;
    }

    QString writeClientCredentials(const QString &fileName)
    {
        const ConnectorDefinition d = cad::test::oidcClientCredentials(m_idp, QStringLiteral("cc-basic"),
                                                                       QStringLiteral("walkthrough-cc"), true, true);
        const QString path = m_dir.filePath(fileName);
        return DefinitionFile::write(path, d).ok() ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        cad::test::setUpWindowTests(QStringLiteral("tst_walkthrough"));
        QVERIFY(m_dir.isValid());
    }

    void init() { cad::test::resetWindowTest(); }

    void cleanup()
    {
        QCOMPARE(ModalSeam::unansweredCount(), 0); // no dialog appeared that the test did not expect
        ModalSeam::reset();
        QFile::remove(AutosaveManager::recoveryFilePath());
    }

    // 1, 8 (token request), 15 (Disconnect wording): client credentials against oidc-provider.
    void connectedRequestPaneShowsTheLiveTokenOnlyWithShowSecrets()
    {
        QVERIFY(startIdp());
        const QString path = writeClientCredentials(QStringLiteral("cc.connector.json"));
        QVERIFY(!path.isEmpty());
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(path));
        setTableValue(window, PropertyNames::ClientSecret, m_idp.client(QStringLiteral("cc-basic")).clientSecret);

        auto *curl = child<QPlainTextEdit>(&window, "requestCurl");
        auto *showSecrets = child<QCheckBox>(&window, "showSecrets");
        auto *copyWithSecrets = child<QAction>(&window, "copyWithSecrets");
        QVERIFY(curl && showSecrets && copyWithSecrets);
        QVERIFY(!showSecrets->isChecked());
        // Not connected: the token is a placeholder, shown or not.
        QVERIFY2(curl->toPlainText().contains(QLatin1String("Authorization: Bearer {access_token}")),
                 qPrintable(curl->toPlainText()));
        showSecrets->setChecked(true);
        QVERIFY2(curl->toPlainText().contains(QLatin1String("Authorization: Bearer {access_token}")),
                 qPrintable(curl->toPlainText()));
        showSecrets->setChecked(false);

        ConnectionPanel *panel = window.connectionPanel();
        QTest::mouseClick(child<QAbstractButton>(panel, "connectButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->state(), ConnectionState::Connected, 15000);
        const QString token = window.designTimeConnection()->tokens().accessToken;
        QVERIFY(token.size() > 10);

        // Connected, secrets hidden: masked, never the token.
        QTRY_VERIFY2(curl->toPlainText().contains(QStringLiteral("Authorization: Bearer ••••••")),
                     qPrintable(curl->toPlainText()));
        QVERIFY(!curl->toPlainText().contains(token));
        QVERIFY(!curl->toPlainText().contains(QLatin1String("{access_token}")));
        // Show secrets: the live token.
        showSecrets->setChecked(true);
        QVERIFY2(curl->toPlainText().contains(QStringLiteral("Authorization: Bearer ") + token),
                 qPrintable(curl->toPlainText()));
        showSecrets->setChecked(false);
        QVERIFY(!curl->toPlainText().contains(token));
        // Copy with secrets copies the live token, whatever is shown.
        QGuiApplication::clipboard()->clear();
        copyWithSecrets->trigger();
        QVERIFY2(QGuiApplication::clipboard()->text().contains(QStringLiteral("Authorization: Bearer ") + token),
                 qPrintable(QGuiApplication::clipboard()->text()));
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(QLatin1String("curl")));

        // 8: the token request's detail names its Content-Type once and lists the form parameters.
        ExchangeLogView *log = window.exchangeLog();
        QCOMPARE(log->model()->rowCount(), 1);
        QCOMPARE(log->model()->record(0).stage, OAuthStage::Token);
        const QString detail = ExchangeLogModel::describe(log->model()->record(0));
        QCOMPARE(detail.count(QStringLiteral("Content-Type: application/x-www-form-urlencoded"), Qt::CaseInsensitive),
                 1);
        QVERIFY2(detail.contains(QLatin1String("Form parameters:\n")), qPrintable(detail));
        QVERIFY2(detail.contains(QLatin1String("  grant_type = client_credentials\n")), qPrintable(detail));

        // 15: whole sentences after Disconnect.
        QTest::mouseClick(child<QAbstractButton>(panel, "disconnectButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->state(), ConnectionState::NotConnected, 15000);
        QCOMPARE(child<QLabel>(panel, "connectionStatusLabel")->text(),
                 QStringLiteral("Disconnected. Access token revoked."));
        // The token is gone from the pane as well.
        showSecrets->setChecked(true);
        QVERIFY(curl->toPlainText().contains(QLatin1String("Authorization: Bearer {access_token}")));
        QVERIFY(!curl->toPlainText().contains(token));
    }

    // 2: the PKCE client secret's Required box, the red row and the Problems list agree.
    void pkceClientSecretRequiredCanBeUnticked()
    {
        MainWindow window;
        window.show();
        activateType(window, AuthType::OAuth2AuthorizationCodePkce);
        QCOMPARE(window.document()->definition().authType, AuthType::OAuth2AuthorizationCodePkce);
        const QModelIndex value = cell(window, PropertyNames::ClientSecret, PropertiesTableModel::ValueColumn);
        // The product's default: Required, red while empty, and a finding.
        QVERIFY(window.document()->definition().property(PropertyNames::ClientSecret)->required);
        QVERIFY(value.data(PropertiesTableModel::MissingValueRole).toBool());
        QVERIFY(anyRowContains(problemRows(window), QStringLiteral("Client secret is required")));

        EditPropertyDialog *dialog = openEditDialog(window, PropertyNames::ClientSecret);
        QVERIFY(dialog);
        auto *required = child<QCheckBox>(dialog, "requiredCheck");
        QVERIFY(required);
        QVERIFY(required->isEnabled());
        QVERIFY(required->isChecked());
        required->setChecked(false);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!window.findChild<EditPropertyDialog *>(QStringLiteral("editPropertyDialog")) ||
                    !window.findChild<EditPropertyDialog *>(QStringLiteral("editPropertyDialog"))->isVisible());
        QVERIFY(!window.document()->definition().property(PropertyNames::ClientSecret)->required);
        QVERIFY(window.document()->definition().valueOf(PropertyNames::ClientSecret).isEmpty());

        // Unticked and empty: not red, no finding about the client secret.
        const QModelIndex after = cell(window, PropertyNames::ClientSecret, PropertiesTableModel::ValueColumn);
        QVERIFY(!after.data(PropertiesTableModel::MissingValueRole).toBool());
        QVERIFY(!after.data(Qt::ForegroundRole).isValid());
        QVERIFY(!after.data(Qt::BackgroundRole).isValid());
        const QStringList rows = problemRows(window);
        QVERIFY2(!anyRowContains(rows, QStringLiteral("Client secret")), qPrintable(rows.join(QLatin1Char('\n'))));

        // Ticked again: red and a finding.
        dialog = openEditDialog(window, PropertyNames::ClientSecret);
        QVERIFY(dialog);
        child<QCheckBox>(dialog, "requiredCheck")->setChecked(true);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        const QModelIndex again = cell(window, PropertyNames::ClientSecret, PropertiesTableModel::ValueColumn);
        QVERIFY(again.data(PropertiesTableModel::MissingValueRole).toBool());
        QCOMPARE(again.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xb7, 0x1c, 0x1c));
        QVERIFY(anyRowContains(problemRows(window),
                               QStringLiteral("Client secret is required | Enter it, or untick \"Required\" if the app "
                                              "is a public client without a client secret. | Client secret in the "
                                              "properties table")));

        // Authorization code without PKCE: a confidential client, the box cannot be unticked.
        activateType(window, AuthType::OAuth2AuthorizationCode);
        QCOMPARE(window.document()->definition().authType, AuthType::OAuth2AuthorizationCode);
        dialog = openEditDialog(window, PropertyNames::ClientSecret);
        QVERIFY(dialog);
        QVERIFY(child<QCheckBox>(dialog, "requiredCheck")->isChecked());
        QVERIFY(!child<QCheckBox>(dialog, "requiredCheck")->isEnabled());
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    }

    // 3: Tab leaves the table, Shift+Tab goes back, arrows move between cells.
    void tabLeavesThePropertiesTable()
    {
        MainWindow window;
        showAndActivate(window);
        auto *table = child<QTableView>(&window, "propertiesTable");
        QVERIFY(table);
        table->setFocus(Qt::TabFocusReason);
        table->setCurrentIndex(table->model()->index(0, 0));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table));

        QTest::keyClick(table, Qt::Key_Right);
        QCOMPARE(table->currentIndex(), table->model()->index(0, 1));
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentIndex(), table->model()->index(1, 1));
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table));

        QTest::keyClick(table, Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        QVERIFY(next);
        QVERIFY2(next != table && !table->isAncestorOf(next), qPrintable(next->objectName()));
        QCOMPARE(next->objectName(), QStringLiteral("diagnosticsView")); // the Problems list, below the table
        QCOMPARE(table->currentIndex(), table->model()->index(1, 1));    // the table kept its place

        QTest::keyClick(next, Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table));
        QTest::keyClick(table, Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("authTypeCombo"));
    }

    // 4: the window at 1024x700 (and 1600x1000) with screenshots to look at.
    void smallWindowStaysUsable()
    {
        MainWindow window;
        const QSize min = window.minimumSizeHint();
        QVERIFY2(min.width() <= 1024 && min.height() <= 700,
                 qPrintable(QStringLiteral("%1x%2").arg(min.width()).arg(min.height())));
        QDir().mkpath(QStringLiteral("/tmp/walkthrough-shots"));

        window.resize(1600, 1000);
        showAndActivate(window);
        QTRY_COMPARE(window.size(), QSize(1600, 1000));
        QVERIFY(window.grab().save(QStringLiteral("/tmp/walkthrough-shots/designer-1600x1000.png")));

        window.resize(1024, 700);
        QTRY_COMPARE(window.size(), QSize(1024, 700));
        QCoreApplication::processEvents();
        QVERIFY(window.grab().save(QStringLiteral("/tmp/walkthrough-shots/designer-1024x700.png")));
        auto *preview = child<QWidget>(&window, "previewForm");
        auto *table = child<QTableView>(&window, "propertiesTable");
        QVERIFY(preview && table);
        QVERIFY2(preview->width() >= 240, qPrintable(QString::number(preview->width())));
        QVERIFY2(!table->horizontalScrollBar()->isVisible(), qPrintable(QStringLiteral("table viewport %1, contents %2")
                                                                            .arg(table->viewport()->width())
                                                                            .arg(table->horizontalHeader()->length())));
        // Every column is at least as wide as its heading.
        for (int c = 0; c < table->model()->columnCount(); ++c) {
            const int needed = table->horizontalHeader()->sectionSizeHint(c);
            QVERIFY2(table->columnWidth(c) >= needed - 2,
                     qPrintable(QStringLiteral("column %1: %2 < %3").arg(c).arg(table->columnWidth(c)).arg(needed)));
        }

        // Every type at 1024x700: no horizontal scrolling, and the value keeps a readable width.
        for (AuthType type : allAuthTypes()) {
            activateType(window, type);
            QCoreApplication::processEvents();
            QVERIFY2(!table->horizontalScrollBar()->isVisible(), qPrintable(authTypeId(type)));
            if (table->model()->rowCount() > 0)
                QVERIFY2(table->columnWidth(PropertiesTableModel::ValueColumn) >= 80,
                         qPrintable(QStringLiteral("%1: %2")
                                        .arg(authTypeId(type))
                                        .arg(table->columnWidth(PropertiesTableModel::ValueColumn))));
            if (type == AuthType::ApiKey)
                QVERIFY(window.grab().save(QStringLiteral("/tmp/walkthrough-shots/designer-1024x700-apikey.png")));
        }
        QCOMPARE(ModalSeam::messageCount(), 0);
    }

    // 5 and 8 (authorize URL): no browser could be opened.
    void systemBrowserThatCannotOpenOffersCopyAndCancel()
    {
        QVERIFY(startIdp());
        const ConnectorDefinition d = cad::test::oidcPublicPkce(m_idp, QStringLiteral("walkthrough-pkce"));
        const QString path = m_dir.filePath(QStringLiteral("pkce.connector.json"));
        QVERIFY(DefinitionFile::write(path, d).ok());

        MainWindow window;
        window.show();
        QVERIFY(window.openFile(path));
        ConnectionPanel *panel = window.connectionPanel();
        child<QCheckBox>(panel, "systemBrowserCheck")->setChecked(true);
        QUrl asked;
        window.signInController()->setSystemBrowserOpener([&asked](const QUrl &url) {
            asked = url;
            return false; // no browser on this machine
        });
        auto *row = child<QWidget>(panel, "browserSignIn");
        auto *cancel = child<QAbstractButton>(panel, "cancelSignInButton");
        auto *copy = child<QAbstractButton>(panel, "copySignInUrlButton");
        QVERIFY(row && cancel && copy);
        QVERIFY(!row->isVisible());

        QTest::mouseClick(child<QAbstractButton>(panel, "connectButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(asked.isValid(), 10000);
        QCOMPARE(panel->state(), ConnectionState::Authorizing);
        QTRY_VERIFY(row->isVisible());
        QCOMPARE(child<QLabel>(panel, "browserSignInLabel")->text(), QStringLiteral("No web browser could be opened."));
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        QVERIFY(copy->isVisible() && copy->isEnabled());
        QCOMPARE(copy->text(), QStringLiteral("Copy Sign-in &URL"));
        QCOMPARE(asked.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(asked.path(), m_idp.authorizationUrl().path());
        QCOMPARE(QUrlQuery(asked).queryItemValue(QStringLiteral("client_id")), QStringLiteral("public-pkce"));

        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), asked.toString(QUrl::FullyEncoded));

        // 8: the authorize request's detail lists its query as parameters, not as one encoded blob.
        const ExchangeLogModel *log = window.exchangeLog()->model();
        QVERIFY(log->rowCount() >= 1);
        QCOMPARE(log->record(0).stage, OAuthStage::Authorize);
        const QString detail = ExchangeLogModel::describe(log->record(0));
        QVERIFY2(detail.contains(QLatin1String("\nQuery parameters:\n")), qPrintable(detail));
        QVERIFY2(detail.contains(QLatin1String("\n  client_id = public-pkce\n")), qPrintable(detail));
        QVERIFY2(detail.contains(QLatin1String("\n  scope = openid profile\n")), qPrintable(detail));
        QVERIFY2(detail.contains(QLatin1String("\n  code_challenge_method = S256\n")), qPrintable(detail));
        QVERIFY2(detail.startsWith(QStringLiteral("GET ") + m_idp.authorizationUrl().toString() + QLatin1Char('\n')),
                 qPrintable(detail));

        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->state(), ConnectionState::NotConnected, 10000);
        QCOMPARE(child<QLabel>(panel, "connectionStateLabel")->text(), QStringLiteral("Not connected"));
        QVERIFY(!row->isVisible());
        child<QCheckBox>(panel, "systemBrowserCheck")->setChecked(false);
    }

    // 6: the invalidation banner does not move the table.
    void invalidationBannerDoesNotMoveTheTable()
    {
        MainWindow window;
        window.resize(1024, 700);
        showAndActivate(window);
        activateType(window, AuthType::ApiKey);
        QTest::keyClicks(child<QLineEdit>(&window, "preview_api_key"), QStringLiteral("k-123456"));
        QTest::mouseClick(child<QAbstractButton>(window.connectionPanel(), "connectButton"), Qt::LeftButton);
        QTRY_COMPARE(window.connectionPanel()->state(), ConnectionState::Connected);
        QCoreApplication::processEvents();
        auto *table = child<QTableView>(&window, "propertiesTable");
        auto *banner = child<QWidget>(&window, "invalidationBanner");
        QVERIFY(!banner->isVisible());
        const QRect before(table->mapTo(&window, QPoint(0, 0)), table->size());
        auto *preview = child<QWidget>(&window, "previewForm");
        const QRect previewBefore(preview->mapTo(&window, QPoint(0, 0)), preview->size());

        setTableValue(window, PropertyNames::ConnectionName, QStringLiteral("Work account"));
        QTRY_VERIFY(banner->isVisible());
        QCoreApplication::processEvents(); // the connection area makes room after the layout settled
        QCoreApplication::processEvents();
        QCOMPARE(QRect(table->mapTo(&window, QPoint(0, 0)), table->size()), before);
        // (The connection area makes room for the banner in the right column, from the request pane
        // down to its minimum and then from the preview; the left column does not move.)
        QCOMPARE(preview->mapTo(&window, QPoint(0, 0)).x(), previewBefore.x());
        QCOMPARE(preview->width(), previewBefore.width());
        // The banner is whole, and so is every row of the connection area below it (wrapped text too).
        QVERIFY(banner->height() >= banner->minimumSizeHint().height());
        auto *area = child<QWidget>(&window, "connectionGroup");
        QVERIFY2(area->height() >= area->heightForWidth(area->width()),
                 qPrintable(QStringLiteral("%1 < %2").arg(area->height()).arg(area->heightForWidth(area->width()))));
        QVERIFY(window.grab().save(QStringLiteral("/tmp/walkthrough-shots/designer-1024x700-banner.png")));
    }

    // 7: a secret typed into a plain field is a warning.
    void secretTypedIntoAPlainFieldIsAWarning()
    {
        MainWindow window;
        window.show();
        setTableValue(window, PropertyNames::ClientSecret, QStringLiteral("s3cr3t-V4lue-9137"));
        QVERIFY(!anyRowContains(problemRows(window), QStringLiteral("s3cr3t")));
        setTableValue(window, PropertyNames::ClientId, QStringLiteral("s3cr3t-V4lue-9137"));
        const QStringList rows = problemRows(window);
        const auto found = std::find_if(rows.cbegin(), rows.cend(), [](const QString &r) {
            return r.endsWith(QLatin1String(" | Client ID in the properties table"));
        });
        QVERIFY2(found != rows.cend(), qPrintable(rows.join(QLatin1Char('\n'))));
        QCOMPARE(*found, QStringLiteral("The value of \"Client ID\" looks like the secret \"Client secret\"; it would "
                                        "be saved in the file in plain text | Enter the secret only in its own row, "
                                        "which is kept in the keychain, or tick \"Secret\" on this property in Edit "
                                        "Property. | Client ID in the properties table"));
        QVERIFY2(!found->contains(QLatin1String("s3cr3t")), qPrintable(*found)); // the warning never repeats it
        // A warning, not an error: its cell shows the warning icon and the message.
        const QModelIndex id = cell(window, PropertyNames::ClientId, PropertiesTableModel::ValueColumn);
        QVERIFY(!id.data(PropertiesTableModel::DiagnosticsRole).toStringList().isEmpty());
        const ConnectorDefinition &d = window.document()->definition();
        const Diagnostics shown = child<DiagnosticsView>(&window, "diagnosticsView")->diagnostics();
        QVERIFY(std::any_of(shown.cbegin(), shown.cend(), [&d](const Diagnostic &x) {
            return x.severity == Diagnostic::Severity::Warning && x.propertyIndex == d.indexOf(PropertyNames::ClientId);
        }));
        // Fixed: the warning goes.
        setTableValue(window, PropertyNames::ClientId, QStringLiteral("client-42"));
        QVERIFY(!anyRowContains(problemRows(window), QStringLiteral(" | Client ID in the properties table")));
    }

    // 9: authorization code -> PKCE keeps {subdomain}; preview values survive undo of a type switch.
    void typeSwitchKeepsSubdomainAndUndoKeepsPreviewValues()
    {
        MainWindow window;
        window.show();
        auto *baseUrl = child<QLineEdit>(&window, "baseUrlEdit");
        baseUrl->selectAll();
        QTest::keyClicks(baseUrl, QStringLiteral("https://{subdomain}.acme.test/api"));
        Property subdomain;
        subdomain.name = QStringLiteral("subdomain");
        subdomain.displayName = QStringLiteral("Subdomain");
        subdomain.askUser = true;
        subdomain.required = true;
        subdomain.sendAs.location = Location::NotSent;
        subdomain.order = 5;
        window.document()->insertProperty(0, subdomain);
        const Property kept = window.document()->propertyAt(0);

        activateType(window, AuthType::OAuth2AuthorizationCodePkce);
        QCOMPARE(ModalSeam::messageCount(), 0); // nothing is lost: no question
        QCOMPARE(window.document()->definition().authType, AuthType::OAuth2AuthorizationCodePkce);
        QCOMPARE(window.document()->propertyAt(0), kept);
        QCOMPARE(window.document()->definition().baseUrl, QStringLiteral("https://{subdomain}.acme.test/api"));
        QVERIFY(!anyRowContains(problemRows(window), QStringLiteral("ubdomain")));

        auto *field = child<QLineEdit>(&window, "preview_subdomain");
        QVERIFY(field);
        QTest::keyClicks(field, QStringLiteral("globex"));
        QCOMPARE(window.connectionValues().value(QStringLiteral("subdomain")), QStringLiteral("globex"));

        // "No authentication" drops everything (asked); undo brings it back with what was typed.
        ModalSeam::setNextAnswer(QMessageBox::Discard);
        activateType(window, AuthType::None);
        QCOMPARE(ModalSeam::messageCount(), 1);
        QVERIFY(ModalSeam::lastMessage().contains(QLatin1String("Subdomain")) ||
                ModalSeam::lastMessage().contains(QLatin1String("subdomain")));
        QCOMPARE(window.document()->propertyCount(), 0);
        window.undoStack()->undo();
        QCOMPARE(window.document()->definition().authType, AuthType::OAuth2AuthorizationCodePkce);
        field = child<QLineEdit>(&window, "preview_subdomain");
        QVERIFY(field);
        QCOMPARE(field->text(), QStringLiteral("globex"));
        QCOMPARE(window.connectionValues().value(QStringLiteral("subdomain")), QStringLiteral("globex"));
        auto *curl = child<QPlainTextEdit>(&window, "requestCurl");
        QVERIFY2(curl->toPlainText().contains(QLatin1String("https://globex.acme.test/api")),
                 qPrintable(curl->toPlainText()));
    }

    // 10: the import dialog's wording and imported scopes as choices.
    void importSpeaksToTheDesignerAndScopesBecomeChoices()
    {
        const QString path = QStringLiteral(CAD_TEST_DATA_DIR "/imports/two-schemes-oauth.openapi.json");

        MainWindow window;
        ModalSeam::setNextItem(QStringLiteral("Robots"));
        ModalSeam::setNextAnswer(QMessageBox::Ok); // the note naming the other scheme
        QVERIFY(window.importFile(path));
        QCOMPARE(window.document()->definition().authType, AuthType::OAuth2ClientCredentials);
        const QString message = ModalSeam::lastMessage();
        QVERIFY2(!message.contains(QLatin1String("--scheme")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("--")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("The description has 2 security schemes (Key, Robots); you imported "
                                                "Robots.")),
                 qPrintable(message));
        QCOMPARE(window.document()->definition().valueOf(PropertyNames::TokenUrl),
                 QStringLiteral("https://auth.example.com/token"));
        const QModelIndex scope = cell(window, PropertyNames::Scope, PropertiesTableModel::ValueColumn);
        QVERIFY(scope.isValid());
        QCOMPARE(scope.data(PropertiesTableModel::ChoicesRole).toStringList(),
                 (QStringList{QStringLiteral("items:read"), QStringLiteral("items:write")}));
    }

    // 11: Failed goes back to Not connected after an edit.
    void failedConnectionClearsAfterAnEdit()
    {
        QTcpServer closed; // a port on 127.0.0.1 that nobody listens on any more
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();

        MainWindow window;
        window.show();
        activateType(window, AuthType::OAuth2ClientCredentials);
        setTableValue(window, PropertyNames::ClientId, QStringLiteral("robot"));
        setTableValue(window, PropertyNames::ClientSecret, QStringLiteral("robot-secret-1"));
        setTableValue(window, PropertyNames::TokenUrl, QStringLiteral("http://127.0.0.1:%1/token").arg(port));
        ConnectionPanel *panel = window.connectionPanel();
        QTest::mouseClick(child<QAbstractButton>(panel, "connectButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->state(), ConnectionState::Failed, 15000);
        QCOMPARE(child<QLabel>(panel, "connectionStateLabel")->text(), QStringLiteral("Failed"));

        setTableValue(window, PropertyNames::Scope, QStringLiteral("items:read"));
        QTRY_COMPARE(panel->state(), ConnectionState::NotConnected);
        QCOMPARE(child<QLabel>(panel, "connectionStateLabel")->text(), QStringLiteral("Not connected"));
        QVERIFY(!child<QWidget>(&window, "invalidationBanner")->isVisible());
    }

    // 12: invalid values are marked in the table; Problems names the place in words.
    void invalidValuesAreMarkedWithAHumanLocation()
    {
        MainWindow window;
        window.show();
        activateType(window, AuthType::OAuth2ClientCredentials);
        setTableValue(window, PropertyNames::TokenUrl, QStringLiteral("not a url"));
        const QModelIndex value = cell(window, PropertyNames::TokenUrl, PropertiesTableModel::ValueColumn);
        QVERIFY(!value.data(PropertiesTableModel::MissingValueRole).toBool()); // not empty
        const QStringList messages = value.data(PropertiesTableModel::DiagnosticsRole).toStringList();
        QVERIFY2(!messages.isEmpty(), "the invalid token URL is not marked");
        QVERIFY(!value.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(!value.data(Qt::ToolTipRole).toString().isEmpty());
        const QStringList rows = problemRows(window);
        QVERIFY2(std::any_of(rows.cbegin(), rows.cend(),
                             [](const QString &r) {
                                 return r.endsWith(QLatin1String(" | Token URL in the properties table"));
                             }),
                 qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY(!anyRowContains(rows, QStringLiteral("properties["))); // no JSON path in sight
        QVERIFY(!anyRowContains(rows, QStringLiteral("connector.")));
        // Problems has room for more than two rows at 1024x700.
        window.resize(1024, 700);
        QCoreApplication::processEvents();
        auto *view = child<QTreeWidget>(&window, "diagnosticsView");
        QVERIFY(view->topLevelItemCount() > 0);
        const int rowHeight = view->sizeHintForRow(0);
        QVERIFY2(view->viewport()->height() >= 3 * rowHeight,
                 qPrintable(QStringLiteral("%1 < 3 x %2").arg(view->viewport()->height()).arg(rowHeight)));
        setTableValue(window, PropertyNames::TokenUrl, QStringLiteral("https://auth.example.com/token"));
        QVERIFY(cell(window, PropertyNames::TokenUrl, PropertiesTableModel::ValueColumn)
                    .data(PropertiesTableModel::DiagnosticsRole)
                    .toStringList()
                    .isEmpty());
    }

    // 13: window-wide shortcuts while the focus is elsewhere.
    void windowWideShortcuts()
    {
        MainWindow window;
        showAndActivate(window);
        PropertiesPanel *panel = window.propertiesPanel();
        QAction *add = panel->findChild<QAction *>(QStringLiteral("addPropertyAction"));
        QAction *edit = panel->editAction();
        QAction *del = panel->deleteAction();
        QAction *saveAs = window.findChild<QAction *>(QStringLiteral("saveAsAction"));
        QVERIFY(add && edit && del && saveAs);
        QVERIFY(add->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)));
        QCOMPARE(edit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QCOMPARE(del->shortcuts(), QKeySequence::keyBindings(QKeySequence::Delete));
        QCOMPARE(saveAs->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        QCOMPARE(add->shortcutContext(), Qt::WindowShortcut);
        QCOMPARE(edit->shortcutContext(), Qt::WindowShortcut);
        QCOMPARE(saveAs->shortcutContext(), Qt::WindowShortcut);

        // The focus in the type combo box, not in the table.
        auto *combo = child<QComboBox>(&window, "authTypeCombo");
        combo->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(combo));
        const int rows = window.document()->propertyCount();
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.document()->propertyCount(), rows + 1);

        const int scope = window.document()->definition().indexOf(PropertyNames::Scope);
        panel->selectCell(scope, 0);
        combo->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(combo));
        QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
        auto *dialog = window.findChild<EditPropertyDialog *>(QStringLiteral("editPropertyDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("scope"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QTRY_VERIFY(!dialog->isVisible());

        // Delete belongs to a text field while one has the focus; in the table it deletes the row.
        auto *displayName = child<QLineEdit>(&window, "displayNameEdit");
        displayName->setFocus(Qt::TabFocusReason);
        displayName->setCursorPosition(0);
        const QString name = displayName->text();
        QTest::keyClick(displayName, Qt::Key_Delete);
        QCOMPARE(displayName->text(), name.mid(1));
        QCOMPARE(window.document()->definition().indexOf(PropertyNames::Scope), scope);
        auto *table = child<QTableView>(&window, "propertiesTable");
        panel->selectCell(scope, 0);
        table->setFocus(Qt::TabFocusReason);
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(window.document()->definition().indexOf(PropertyNames::Scope), -1);

        const QString path = m_dir.filePath(QStringLiteral("shortcut-save-as.connector.json"));
        ModalSeam::setNextFileName(path);
        combo->setFocus(Qt::TabFocusReason);
        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(window.filePath(), path);
        QVERIFY(QFile::exists(path));
    }

    // 13b: moving a row and adding one with the keyboard while another control has the focus.
    void moveAndInsertFromAnywhereInTheWindow()
    {
        MainWindow window;
        showAndActivate(window);
        PropertiesPanel *panel = window.propertiesPanel();
        QCOMPARE(panel->findChild<QAction *>(QStringLiteral("moveUpAction"))->shortcutContext(), Qt::WindowShortcut);
        const auto names = [&window]() {
            QStringList list;
            for (const Property &p : window.document()->definition().properties)
                list << p.name;
            return list;
        };
        const QStringList before = names();
        const int scope = before.indexOf(PropertyNames::Scope);
        QVERIFY(scope > 0 && scope + 1 < before.size());
        panel->selectCell(scope, 0);

        auto *combo = child<QComboBox>(&window, "authTypeCombo");
        const QString type = combo->currentText();
        combo->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(combo));

        QTest::keyClick(&window, Qt::Key_Up, Qt::ControlModifier);
        QStringList expected = before;
        expected.move(scope, scope - 1);
        QCOMPARE(names(), expected);
        QTest::keyClick(&window, Qt::Key_Down, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_Down, Qt::ControlModifier);
        expected = before;
        expected.move(scope, scope + 1);
        QCOMPARE(names(), expected);
        QCOMPARE(combo->currentText(), type); // the keys went to the table's rows, not to the combo box
        window.undoStack()->undo();
        window.undoStack()->undo();
        window.undoStack()->undo();
        QCOMPARE(names(), before);

        // Insert adds a property, as Ctrl+Shift+N does.
        QTest::keyClick(&window, Qt::Key_Insert);
        QCOMPARE(window.document()->propertyCount(), before.size() + 1);
    }

    // 14: every input says what it is, not what it holds.
    void everyInputHasALabelDerivedAccessibleName()
    {
        MainWindow window;
        window.show();
        activateType(window, AuthType::OAuth2ClientCredentials); // preview fields too
        const int scope = window.document()->definition().indexOf(PropertyNames::Scope);
        QVERIFY(window.propertiesPanel()->model()->setData(
            window.propertiesPanel()->model()->index(scope, PropertiesTableModel::AskUserColumn), Qt::Checked,
            Qt::CheckStateRole));
        QStringList bad;
        int checked = 0;
        const QList<QWidget *> widgets = window.findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            QString value;
            if (auto *combo = qobject_cast<QComboBox *>(w))
                value = combo->currentText();
            else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
                if (qobject_cast<QComboBox *>(w->parent()))
                    continue; // a combo box's own line edit
                value = edit->text();
            } else if (!qobject_cast<QCheckBox *>(w)) {
                continue;
            }
            ++checked;
            // The name the designer gives the control. (A combo box's accessible interface reports its
            // value as the name on Unix whatever is set; see the expected failure below.)
            const QString name = qobject_cast<QComboBox *>(w) ? w->accessibleName() : accessibleNameOf(w);
            const QString id =
                w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
            if (name.trimmed().isEmpty())
                bad << id + QStringLiteral(": no accessible name");
            else if (!value.isEmpty() && name == value)
                bad << id + QStringLiteral(": named by its value \"") + value + QLatin1Char('"');
            else if (name.contains(QLatin1Char('&')))
                bad << id + QStringLiteral(": mnemonic in the name \"") + name + QLatin1Char('"');
        }
        QVERIFY2(checked >= 10, qPrintable(QString::number(checked)));
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
        auto *type = child<QComboBox>(&window, "authTypeCombo");
        QCOMPARE(type->accessibleName(), QStringLiteral("Authentication type"));
        QCOMPARE(child<QComboBox>(&window, "testMethodCombo")->accessibleName(), QStringLiteral("Test request"));
        // On Linux Qt gives AT-SPI a combo box's current text as its name on purpose and the label
        // through the "labelled by" relation (the label's buddy), which screen readers announce.
        QAccessibleInterface *combo = QAccessible::queryAccessibleInterface(type);
        QVERIFY(combo);
        QStringList labels;
        for (const auto &relation : combo->relations(QAccessible::Label))
            labels << relation.first->text(QAccessible::Name);
        QCOMPARE(labels, QStringList{QStringLiteral("Authentication type:")});
    }

    // 15: wording the walkthrough found.
    void messagesReadAsSentences()
    {
        MainWindow window;
        window.show();
        activateType(window, AuthType::PersonalAccessToken);
        auto *field = child<QLineEdit>(&window, "preview_personal_access_token");
        QVERIFY(field);
        QCOMPARE(field->placeholderText(), QStringLiteral("Enter your personal access token"));
    }
};

QTEST_MAIN(TestWalkthrough)
#include "tst_walkthrough.moc"
