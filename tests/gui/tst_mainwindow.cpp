#include "common/ModalSeam.h"
#include "common/SecretLineEdit.h"
#include "connectionpanel/ConnectionPanel.h"
#include "diagnostics/DiagnosticsView.h"
#include "files/AutosaveManager.h"
#include "io/DefinitionFile.h"
#include "mainwindow/MainWindow.h"
#include "model/BuiltinSchemas.h"
#include "model/ConnectorDocument.h"
#include "properties/EditPropertyDialog.h"
#include "properties/PropertiesPanel.h"
#include "properties/PropertiesTableModel.h"
#include "support/BuiltinSchemaSpec.h"

#include "WindowTestSupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLockFile>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace cad;

namespace {

QLabel *findLabel(QWidget *root, const QString &text)
{
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (QLabel *l : labels) {
        if (l->text().contains(text) && l->isVisibleTo(root))
            return l;
    }
    return nullptr;
}

void activateType(MainWindow &window, AuthType type)
{
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("authTypeCombo"));
    QVERIFY(combo);
    const int i = combo->findData(authTypeId(type));
    QVERIFY(i >= 0);
    combo->setCurrentIndex(i);
    Q_EMIT combo->activated(i);
}

// A definition file cut off in the middle, as a crash of another program could leave it.
bool writeTruncatedDefinition(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) &&
           f.write("{\"format\": \"connector-auth-designer\", \"version\": 1, \"connector\": [") > 0;
}

Property headerProperty(const QString &name, const QString &header, const QString &value)
{
    Property p;
    p.name = name;
    p.displayName = name;
    p.value = value;
    p.sendAs.location = Location::Header;
    p.sendAs.key = header;
    p.order = 50;
    return p;
}

// What a designer that crashed with unsaved work leaves: the recovery file (its window goes away
// without a close event, as in a crash).
void leaveACrashRecovery(const QString &tenant)
{
    MainWindow window;
    window.autosave()->setDelay(10);
    window.document()->insertProperty(0, headerProperty(QStringLiteral("tenant"), QStringLiteral("X-Tenant"), tenant));
    QTRY_VERIFY_WITH_TIMEOUT(AutosaveManager::hasRecovery(), 5000);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        cad::test::setUpWindowTests(QStringLiteral("tst_mainwindow"));
        QVERIFY(m_dir.isValid());
    }

    void init() { cad::test::resetWindowTest(); }

    void cleanup()
    {
        QCOMPARE(ModalSeam::unansweredCount(), 0); // no dialog appeared that the test did not expect
        ModalSeam::reset();
    }

    void startsWithDefaultTypeAndItsProperties()
    {
        MainWindow window;
        auto *combo = window.findChild<QComboBox *>(QStringLiteral("authTypeCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 8);
        QCOMPARE(combo->currentText(), QStringLiteral("OAuth 2.0 Authorization code"));
        auto *table = window.findChild<QTableView *>(QStringLiteral("propertiesTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 10); // authorization code's ten built-in properties
        QStringList names;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            names << table->model()->index(row, PropertiesTableModel::NameColumn).data().toString();
        QCOMPARE(names, test::expectedBuiltinNames(AuthType::OAuth2AuthorizationCode));
    }

    void typeComboSwitchesTypeForEveryType()
    {
        MainWindow window;
        auto *table = window.findChild<QTableView *>(QStringLiteral("propertiesTable"));
        for (AuthType type : allAuthTypes()) {
            activateType(window, type);
            QCOMPARE(window.document()->definition().authType, type);
            const QStringList expected = test::expectedBuiltinNames(type); // written out, not recomputed
            QCOMPARE(table->model()->rowCount(), expected.size());
            for (int row = 0; row < expected.size(); ++row) {
                const QModelIndex name = table->model()->index(row, PropertiesTableModel::NameColumn);
                QCOMPARE(name.data().toString(), expected.at(row));
                const Property &p = window.document()->propertyAt(row);
                QCOMPARE(name.data(PropertiesTableModel::MissingValueRole).toBool(),
                         p.required && p.value.isEmpty() && !p.askUser);
            }
        }
        // Nothing the author made was lost (Custom's untouched example property goes silently).
        QCOMPARE(ModalSeam::messageCount(), 0);
    }

    void typeChangeKeepsOwnPropertiesAndAsksOnlyWhenSomethingIsLost()
    {
        MainWindow window;
        window.document()->insertProperty(
            0, headerProperty(QStringLiteral("tenant"), QStringLiteral("X-Tenant"), QStringLiteral("acme")));
        auto *combo = window.findChild<QComboBox *>(QStringLiteral("authTypeCombo"));

        // Authorization code -> with PKCE: the author's property stays where it was, no question.
        activateType(window, AuthType::OAuth2AuthorizationCodePkce);
        QCOMPARE(ModalSeam::messageCount(), 0);
        QCOMPARE(window.document()->definition().authType, AuthType::OAuth2AuthorizationCodePkce);
        QCOMPARE(window.document()->propertyAt(0).name, QStringLiteral("tenant"));
        QCOMPARE(window.document()->propertyAt(0).value, QStringLiteral("acme"));

        // -> No authentication would drop it: asked, naming it; Cancel changes nothing.
        const ConnectorDefinition before = window.document()->definition();
        const int commands = window.undoStack()->count();
        ModalSeam::setNextAnswer(QMessageBox::Cancel);
        activateType(window, AuthType::None);
        QCOMPARE(ModalSeam::messageCount(), 1);
        QVERIFY(ModalSeam::lastMessage().contains(QLatin1String("tenant")));
        QCOMPARE(window.document()->definition(), before);
        QCOMPARE(window.undoStack()->count(), commands); // Cancel pushes nothing on the undo stack
        QCOMPARE(combo->currentData().toString(), QStringLiteral("oauth2_authorization_code_pkce"));

        ModalSeam::setNextAnswer(QMessageBox::Discard);
        activateType(window, AuthType::None);
        QCOMPARE(window.document()->definition().authType, AuthType::None);
        QCOMPARE(window.document()->propertyCount(), 0);     // "No authentication" clears the table
        QCOMPARE(window.undoStack()->count(), commands + 1); // one undoable type change

        window.undoStack()->undo();
        QCOMPARE(window.document()->definition(), before);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("oauth2_authorization_code_pkce"));
    }

    void undoRedoRestoresExactStates()
    {
        MainWindow window;
        QList<ConnectorDefinition> states{window.document()->definition()};
        auto *displayName = window.findChild<QLineEdit *>(QStringLiteral("displayNameEdit"));
        QVERIFY(displayName);
        displayName->selectAll();
        QTest::keyClicks(displayName, QStringLiteral("Acme CRM"));
        QCOMPARE(window.document()->definition().displayName, QStringLiteral("Acme CRM"));
        QCOMPARE(window.undoStack()->count(), 1); // keystrokes in one field merge
        states.append(window.document()->definition());

        auto *baseUrl = window.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"));
        baseUrl->selectAll();
        QTest::keyClicks(baseUrl, QStringLiteral("https://{org}.acme.test/api"));
        states.append(window.document()->definition());

        PropertiesPanel *panel = window.propertiesPanel();
        auto *model = panel->model();
        QVERIFY(model->setData(model->index(0, PropertiesTableModel::ValueColumn), QStringLiteral("client-1")));
        states.append(window.document()->definition());

        panel->selectCell(2, 0);
        panel->addProperty();
        states.append(window.document()->definition());
        QCOMPARE(window.document()->propertyCount(), states.first().properties.size() + 1);

        panel->moveUp();
        states.append(window.document()->definition());

        ModalSeam::setNextAnswer(QMessageBox::Discard);
        activateType(window, AuthType::PersonalAccessToken);
        states.append(window.document()->definition());

        QCOMPARE(window.undoStack()->count(), states.size() - 1);
        for (int i = states.size() - 2; i >= 0; --i) {
            window.undoStack()->undo();
            QCOMPARE(window.document()->definition(), states.at(i));
        }
        QVERIFY(window.undoStack()->isClean());
        QVERIFY(!window.isWindowModified());
        QCOMPARE(displayName->text(), states.first().displayName);
        for (int i = 1; i < states.size(); ++i) {
            window.undoStack()->redo();
            QCOMPARE(window.document()->definition(), states.at(i));
        }
        QVERIFY(window.isWindowModified());
    }

    void deleteIsDisabledForBuiltinRequired()
    {
        MainWindow window;
        PropertiesPanel *panel = window.propertiesPanel();
        const int clientId = window.document()->definition().indexOf(PropertyNames::ClientId);
        panel->selectCell(clientId, 0);
        QVERIFY(!panel->deleteAction()->isEnabled());
        QVERIFY(panel->deleteAction()->toolTip().contains(QLatin1String("cannot be deleted")));
        const int scope = window.document()->definition().indexOf(PropertyNames::Scope);
        panel->selectCell(scope, 0);
        QVERIFY(panel->deleteAction()->isEnabled());
        panel->deleteAction()->trigger();
        QCOMPARE(window.document()->definition().indexOf(PropertyNames::Scope), -1);
    }

    void editingDisplayNameUpdatesPreview()
    {
        MainWindow window;
        window.show();
        auto *preview = window.findChild<QWidget *>(QStringLiteral("previewForm"));
        QVERIFY(preview);
        const int row = window.document()->definition().indexOf(PropertyNames::ConnectionName);
        auto *model = window.propertiesPanel()->model();
        QVERIFY(findLabel(preview, window.document()->propertyAt(row).displayName));
        QVERIFY(model->setData(model->index(row, PropertiesTableModel::DisplayNameColumn),
                               QStringLiteral("Workspace nickname")));
        QVERIFY(findLabel(preview, QStringLiteral("Workspace nickname")));
    }

    void askTheUserShowsAndHidesPreviewField()
    {
        MainWindow window;
        window.show();
        auto *preview = window.findChild<QWidget *>(QStringLiteral("previewForm"));
        QVERIFY(preview);
        const int row = window.document()->definition().indexOf(PropertyNames::Scope);
        auto *model = window.propertiesPanel()->model();
        const QString fieldName = QStringLiteral("preview_scope");
        auto visibleField = [&]() {
            QWidget *w = preview->findChild<QWidget *>(fieldName);
            return w && w->isVisibleTo(preview);
        };
        QVERIFY(!visibleField());
        QVERIFY(
            model->setData(model->index(row, PropertiesTableModel::AskUserColumn), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(visibleField());
        QVERIFY(findLabel(preview, window.document()->propertyAt(row).displayName));
        QVERIFY(
            model->setData(model->index(row, PropertiesTableModel::AskUserColumn), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!visibleField());
    }

    void headerPropertyShowsInCurlPane()
    {
        MainWindow window;
        window.show();
        ModalSeam::setNextAnswer(QMessageBox::Discard);
        activateType(window, AuthType::ApiKey);
        auto *curl = window.findChild<QPlainTextEdit *>(QStringLiteral("requestCurl"));
        QVERIFY(curl);
        QVERIFY(curl->toPlainText().contains(QLatin1String("X-Access-Token")));
        QVERIFY(!curl->toPlainText().contains(QLatin1String("X-Tenant")));
        window.document()->insertProperty(
            window.document()->propertyCount(),
            headerProperty(QStringLiteral("tenant"), QStringLiteral("X-Tenant"), QStringLiteral("acme")));
        QVERIFY(curl->toPlainText().contains(QLatin1String("X-Tenant")));
        QVERIFY(curl->toPlainText().contains(QLatin1String("acme")));
    }

    void unsavedChangesPromptOnClose()
    {
        MainWindow window;
        window.show();
        auto *displayName = window.findChild<QLineEdit *>(QStringLiteral("displayNameEdit"));
        QTest::keyClicks(displayName, QStringLiteral(" 2"));
        QVERIFY(window.isWindowModified());

        ModalSeam::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!window.close());
        QCOMPARE(ModalSeam::messageCount(), 1);
        QVERIFY(ModalSeam::lastMessage().contains(QLatin1String("Save the changes")));
        QVERIFY(window.isVisible());

        ModalSeam::setNextAnswer(QMessageBox::Discard);
        QVERIFY(window.close());
        QCOMPARE(ModalSeam::messageCount(), 2);
    }

    void noPromptWhenClean()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.close());
        QCOMPARE(ModalSeam::messageCount(), 0);
    }

    void malformedFileLeavesDocumentUntouched()
    {
        MainWindow window;
        window.document()->insertProperty(
            0, headerProperty(QStringLiteral("tenant"), QStringLiteral("X-Tenant"), QStringLiteral("acme")));
        window.undoStack()->clear();
        const ConnectorDefinition before = window.document()->definition();
        const QString path = m_dir.filePath(QStringLiteral("broken.connector.json"));
        QVERIFY(writeTruncatedDefinition(path));

        ModalSeam::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!window.openFile(path));
        QCOMPARE(ModalSeam::messageCount(), 1);
        QVERIFY(ModalSeam::lastMessage().contains(QLatin1String("broken.connector.json")));
        QCOMPARE(window.document()->definition(), before);
        QVERIFY(window.filePath().isEmpty());
    }

    void saveOpenRoundTripKeepsSecretsOut()
    {
        const QString path = m_dir.filePath(QStringLiteral("acme.connector.json"));
        ConnectorDefinition saved;
        {
            MainWindow window;
            auto *model = window.propertiesPanel()->model();
            const int secretRow = window.document()->definition().indexOf(PropertyNames::ClientSecret);
            QVERIFY(model->setData(model->index(secretRow, PropertiesTableModel::ValueColumn),
                                   QStringLiteral("TOPSECRET-123")));
            QVERIFY(model->setData(model->index(0, PropertiesTableModel::ValueColumn), QStringLiteral("client-9")));
            ModalSeam::setNextFileName(path);
            QVERIFY(window.saveAs());
            QVERIFY(window.undoStack()->isClean());
            QCOMPARE(window.filePath(), path);
            saved = window.document()->definition();
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("TOPSECRET-123"));

        MainWindow window;
        QVERIFY(window.openFile(path));
        QCOMPARE(window.filePath(), path);
        QCOMPARE(window.document()->definition().valueOf(PropertyNames::ClientId), QStringLiteral("client-9"));
        QVERIFY(window.document()->definition().valueOf(PropertyNames::ClientSecret).isEmpty());
        QCOMPARE(window.document()->propertyCount(), saved.properties.size());
        QVERIFY(QSettings().value(QStringLiteral("files/recent")).toStringList().contains(path));
    }

    void autosaveAndRecovery()
    {
        ConnectorDefinition edited;
        {
            MainWindow window;
            window.autosave()->setDelay(10);
            auto *model = window.propertiesPanel()->model();
            const int secretRow = window.document()->definition().indexOf(PropertyNames::ClientSecret);
            QVERIFY(model->setData(model->index(secretRow, PropertiesTableModel::ValueColumn),
                                   QStringLiteral("TOPSECRET-456")));
            window.document()->insertProperty(
                0, headerProperty(QStringLiteral("tenant"), QStringLiteral("X-Tenant"), QStringLiteral("acme")));
            QTRY_VERIFY_WITH_TIMEOUT(AutosaveManager::hasRecovery(), 5000);
            edited = window.document()->definition();
            QFile f(AutosaveManager::recoveryFilePath());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains("TOPSECRET-456"));
            // Simulate a crash: the window goes away without closeEvent.
        }
        QVERIFY(AutosaveManager::hasRecovery());

        MainWindow window;
        ModalSeam::setNextAnswer(QMessageBox::Yes);
        window.offerRecovery();
        QCOMPARE(ModalSeam::messageCount(), 1);
        QVERIFY(window.document()->definition().indexOf(u"tenant") >= 0);
        QCOMPARE(window.document()->definition().valueOf(u"tenant"), QStringLiteral("acme"));
        QVERIFY(window.isWindowModified());

        ModalSeam::setNextFileName(m_dir.filePath(QStringLiteral("recovered.connector.json")));
        QVERIFY(window.save());
        QVERIFY(!AutosaveManager::hasRecovery());
    }

    // A designer that crashed left unsaved work; the next one is started with a file (a
    // double-click). Opening it, and closing that window cleanly, must not delete the recovery,
    // which is then offered; declining it is what removes it.
    void aCrashRecoveryOutlivesOpeningAnotherFile()
    {
        leaveACrashRecovery(QStringLiteral("tenant-1"));
        const QString sample =
            QFileInfo(QStringLiteral(CAD_TEST_DATA_DIR "/../../resources/samples/acme-crm.connector.json"))
                .absoluteFilePath();
        {
            MainWindow window(sample);
            QVERIFY(AutosaveManager::hasRecovery());
            QVERIFY(window.close());
            QVERIFY(AutosaveManager::hasRecovery());
        }
        {
            MainWindow window(sample);
            ModalSeam::setNextAnswer(QMessageBox::Yes);
            window.offerRecovery();
            QCOMPARE(ModalSeam::messageCount(), 1);
            QCOMPARE(window.document()->definition().valueOf(u"tenant"), QStringLiteral("tenant-1"));
            QVERIFY(window.isWindowModified());
            // Recovered and saved: the copy is gone.
            QVERIFY(window.saveFile(m_dir.filePath(QStringLiteral("recovered-1.connector.json"))));
            QVERIFY(!AutosaveManager::hasRecovery());
        }
        ModalSeam::reset();
        leaveACrashRecovery(QStringLiteral("tenant-2"));
        MainWindow window(sample);
        ModalSeam::setNextAnswer(QMessageBox::Discard);
        window.offerRecovery();
        QCOMPARE(ModalSeam::messageCount(), 1);
        QVERIFY(!AutosaveManager::hasRecovery());
        QCOMPARE(window.filePath(), sample); // the opened file stays
    }

    // Two designers at once: the second is not offered the first one's live work as a crash's.
    void aRunningDesignersWorkIsNotOfferedAsACrashs()
    {
        MainWindow first;
        first.autosave()->setDelay(10);
        first.document()->insertProperty(
            0, headerProperty(QStringLiteral("tenant"), QStringLiteral("X-Tenant"), QStringLiteral("live")));
        QTRY_VERIFY_WITH_TIMEOUT(AutosaveManager::hasRecovery(), 5000);
        QVERIFY(AutosaveManager::recoveryInUse());
        MainWindow second;
        second.offerRecovery();
        QCOMPARE(ModalSeam::messageCount(), 0);
        QVERIFY(AutosaveManager::hasRecovery());
        ModalSeam::setNextAnswer(QMessageBox::Discard);
        QVERIFY(first.close());
        QVERIFY(!AutosaveManager::hasRecovery());
        QVERIFY(!AutosaveManager::recoveryInUse());
    }

    // A designer that crashed leaves its lock, naming a process that is gone: its work is offered.
    void aCrashedDesignersLockDoesNotHideItsWork()
    {
        leaveACrashRecovery(QStringLiteral("tenant-3"));
        const QString lockPath = AutosaveManager::recoveryDirectory() + QStringLiteral("/unsaved.lock");
        QByteArray content;
        {
            QLockFile lock(lockPath);
            QVERIFY(lock.tryLock(0));
            QFile f(lockPath);
            QVERIFY(f.open(QIODevice::ReadOnly));
            content = f.readAll();
        }
        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        QVERIFY(gone.waitForStarted());
        const qint64 deadPid = gone.processId();
        QVERIFY(gone.waitForFinished());
        QList<QByteArray> lines = content.split('\n');
        QCOMPARE(lines.value(0).toLongLong(), QCoreApplication::applicationPid()); // the format: the id first
        lines[0] = QByteArray::number(deadPid);
        QFile f(lockPath);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(f.write(lines.join('\n')) > 0);
        f.close();

        QVERIFY(!AutosaveManager::recoveryInUse());
        MainWindow window;
        ModalSeam::setNextAnswer(QMessageBox::Yes);
        window.offerRecovery();
        QCOMPARE(ModalSeam::messageCount(), 1);
        QCOMPARE(window.document()->definition().valueOf(u"tenant"), QStringLiteral("tenant-3"));
        ModalSeam::setNextAnswer(QMessageBox::Discard);
        QVERIFY(window.close());
        QVERIFY(!AutosaveManager::hasRecovery());
    }

    void invalidationBannerAfterChangeOnceConnected()
    {
        // Drives the real design-time connection: an API key connects without any network.
        MainWindow window;
        window.show();
        activateType(window, AuthType::ApiKey);
        auto *banner = window.findChild<QWidget *>(QStringLiteral("invalidationBanner"));
        QVERIFY(banner);
        auto *model = window.propertiesPanel()->model();
        const int nameRow = window.document()->definition().indexOf(PropertyNames::ConnectionName);
        QVERIFY(model->setData(model->index(nameRow, PropertiesTableModel::ValueColumn), QStringLiteral("a")));
        QVERIFY(!banner->isVisible()); // no connection yet

        auto *key = window.findChild<QLineEdit *>(QStringLiteral("preview_api_key"));
        QVERIFY(key);
        QTest::keyClicks(key, QStringLiteral("k-123456"));
        QTest::mouseClick(window.connectionPanel()->findChild<QAbstractButton *>(QStringLiteral("connectButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(window.connectionPanel()->state(), ConnectionState::Connected);
        // Settings that are not authentication do not invalidate.
        auto *description = window.findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"));
        QTest::keyClicks(description, QStringLiteral("CRM"));
        QVERIFY(!banner->isVisible());
        QVERIFY(model->setData(model->index(nameRow, PropertiesTableModel::ValueColumn), QStringLiteral("b")));
        QVERIFY(banner->isVisible());
        QCOMPARE(window.connectionPanel()->state(), ConnectionState::Invalidated);
        QVERIFY(findLabel(banner, QStringLiteral("no longer matches the design")));

        auto *again = banner->findChild<QAbstractButton *>(QStringLiteral("connectAgainButton"));
        QVERIFY(again);
        QSignalSpy spy(window.connectionPanel(), &ConnectionPanel::connectRequested);
        QTest::mouseClick(again, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QTRY_COMPARE(window.connectionPanel()->state(), ConnectionState::Connected);
        QVERIFY(!banner->isVisible());
    }

    void diagnosticActivationSelectsOffendingCell()
    {
        MainWindow window;
        window.show();
        auto *view = window.findChild<DiagnosticsView *>(QStringLiteral("diagnosticsView"));
        QVERIFY(view);
        Property bad;
        bad.name = QStringLiteral("bad name!");
        bad.displayName = QStringLiteral("Bad");
        window.document()->insertProperty(3, bad);
        int item = -1;
        for (int i = 0; i < view->topLevelItemCount(); ++i) {
            const int index = view->topLevelItem(i)->data(0, Qt::UserRole).toInt();
            if (view->diagnostics().at(index).propertyIndex == 3 && view->diagnostics().at(index).field == u"name")
                item = i;
        }
        QVERIFY(item >= 0);
        QVERIFY(!view->topLevelItem(item)->icon(0).isNull());
        Q_EMIT view->itemActivated(view->topLevelItem(item), 0);
        auto *table = window.findChild<QTableView *>(QStringLiteral("propertiesTable"));
        QCOMPARE(table->currentIndex().row(), 3);
        QCOMPARE(table->currentIndex().column(), int(PropertiesTableModel::NameColumn));
    }

    void inputsHaveAccessibleNames()
    {
        MainWindow window;
        const QList<QWidget *> widgets = window.findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QPlainTextEdit *>(w)) {
                if (w->parent() && qobject_cast<QComboBox *>(w->parent()))
                    continue; // a combo box's own line edit
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
            }
        }
    }

    void editPropertyDialogEditsAllAttributesThroughUndo()
    {
        MainWindow window;
        window.show();
        PropertiesPanel *panel = window.propertiesPanel();
        const int row = window.document()->definition().indexOf(PropertyNames::Scope);
        const Property before = window.document()->propertyAt(row);
        panel->selectCell(row, 0);
        panel->editAction()->trigger();
        auto *dialog = window.findChild<EditPropertyDialog *>(QStringLiteral("editPropertyDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        QVERIFY(name->isReadOnly()); // built-in: the technical name stays
        auto *displayName = dialog->findChild<QLineEdit *>(QStringLiteral("displayNameEdit"));
        displayName->setText(QStringLiteral("Permissions"));
        dialog->findChild<QCheckBox *>(QStringLiteral("askUserCheck"))->setChecked(true);
        auto *location = dialog->findChild<QComboBox *>(QStringLiteral("locationCombo"));
        location->setCurrentIndex(location->findData(QStringLiteral("query")));
        dialog->findChild<QLineEdit *>(QStringLiteral("keyEdit"))->setText(QStringLiteral("perm"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        const Property after = window.document()->propertyAt(row);
        QCOMPARE(after.displayName, QStringLiteral("Permissions"));
        QVERIFY(after.askUser);
        QCOMPARE(after.sendAs.location, Location::Query);
        QCOMPARE(after.sendAs.key, QStringLiteral("perm"));
        QCOMPARE(window.undoStack()->count(), 1);
        window.undoStack()->undo();
        QCOMPARE(window.document()->propertyAt(row), before);
    }

    void editPropertyDialogRefusesDuplicateName()
    {
        Property p;
        p.name = QStringLiteral("tenant");
        EditPropertyDialog dialog(p, {QStringLiteral("client_id")}, AuthType::OAuth2AuthorizationCode);
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        name->setText(QStringLiteral("client_id"));
        QVERIFY(!ok->isEnabled());
        name->setText(QStringLiteral("bad name"));
        QVERIFY(!ok->isEnabled());
        name->setText(QStringLiteral("tenant_id"));
        QVERIFY(ok->isEnabled());
    }

    void secretEditorMasksUntilRevealed()
    {
        SecretLineEdit edit;
        edit.setText(QStringLiteral("hunter2"));
        QCOMPARE(edit.echoMode(), QLineEdit::Password);
        edit.revealAction()->trigger();
        QCOMPARE(edit.echoMode(), QLineEdit::Normal);
        edit.revealAction()->trigger();
        QCOMPARE(edit.echoMode(), QLineEdit::Password);
    }

    void newAsksForTypeAndUnsavedChanges()
    {
        MainWindow window;
        auto *model = window.propertiesPanel()->model();
        QVERIFY(model->setData(model->index(0, PropertiesTableModel::ValueColumn), QStringLiteral("x")));
        ModalSeam::setNextAnswer(QMessageBox::Discard);
        ModalSeam::setNextItem(QStringLiteral("Basic"));
        window.newFile();
        QCOMPARE(ModalSeam::messageCount(), 1);
        // A new definition of the chosen type with the seed defaults, as documented (not as create() computes it).
        const ConnectorDefinition fresh = window.document()->definition();
        QCOMPARE(fresh.authType, AuthType::Basic);
        QCOMPARE(fresh.displayName, QStringLiteral("My connector"));
        QCOMPARE(fresh.key, QStringLiteral("my-connector"));
        QCOMPARE(fresh.baseUrl, QStringLiteral("https://api.example.com/v1"));
        QCOMPARE(fresh.description, QString());
        QCOMPARE(fresh.testRequest.method, QStringLiteral("GET"));
        QCOMPARE(fresh.testRequest.path, QStringLiteral("/me"));
        const QList<test::PropertySpec> spec = test::expectedBuiltins(AuthType::Basic);
        QCOMPARE(fresh.properties.size(), spec.size());
        for (int i = 0; i < spec.size(); ++i)
            QCOMPARE(test::describeProperty(fresh.properties.at(i)), test::describeSpec(spec.at(i), i + 1));
        QVERIFY(window.undoStack()->isClean());
        QVERIFY(!window.isWindowModified());
    }

    // The table measures its columns when their contents change, not at every resize: a longer
    // name widens the Name column, removing it narrows the column again, and so does a new font.
    void columnsFollowTheirContents()
    {
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *table = window.findChild<QTableView *>(QStringLiteral("propertiesTable"));
        const int before = table->columnWidth(PropertiesTableModel::NameColumn);
        const QString longName = QStringLiteral("a_property_name_longer_than_any_built_in_one");
        QVERIFY(table->fontMetrics().horizontalAdvance(longName) > before);
        window.document()->insertProperty(0, headerProperty(longName, QStringLiteral("X-Long"), QStringLiteral("v")));
        QVERIFY(table->columnWidth(PropertiesTableModel::NameColumn) >=
                table->fontMetrics().horizontalAdvance(longName));
        window.undoStack()->clear();
        window.document()->removeProperty(0);
        QCOMPARE(table->columnWidth(PropertiesTableModel::NameColumn), before);
        // A larger font for the table: measured again.
        QFont larger = table->font();
        larger.setPointSizeF(larger.pointSizeF() * 1.5);
        table->setFont(larger);
        QVERIFY(table->columnWidth(PropertiesTableModel::NameColumn) > before);
        window.document()->setModified(false);
    }

    void theSampleOpensWithoutProblems()
    {
        // What scripts/run shows a new user first: the Acme sample, a PKCE public client.
        MainWindow window;
        QVERIFY(window.openFile(QStringLiteral(CAD_TEST_DATA_DIR "/../../resources/samples/acme-crm.connector.json")));
        auto *problems = window.findChild<DiagnosticsView *>();
        QVERIFY(problems);
        QCOMPARE(problems->summary(), QStringLiteral("No problems"));
        auto *table = window.findChild<QTableView *>(QStringLiteral("propertiesTable"));
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex name = table->model()->index(row, PropertiesTableModel::NameColumn);
            QVERIFY2(!name.data(PropertiesTableModel::MissingValueRole).toBool(), qPrintable(name.data().toString()));
        }
    }

    // The designer's main() opens the file of its command line while the window is made (its views
    // are then built once). The window must be the one File > Open makes of the same file.
    void aFileGivenAtStartOpensAsOpenDoes()
    {
        const QString path =
            QFileInfo(QStringLiteral(CAD_TEST_DATA_DIR "/../../resources/samples/acme-crm.connector.json"))
                .absoluteFilePath();
        MainWindow opened;
        QVERIFY(opened.openFile(path));
        MainWindow atStart(path);

        QCOMPARE(atStart.filePath(), path);
        QCOMPARE(atStart.document()->definition(), opened.document()->definition());
        QCOMPARE(atStart.document()->definition().displayName, QStringLiteral("Acme CRM"));
        QCOMPARE(atStart.windowTitle(), opened.windowTitle());
        QVERIFY(atStart.windowTitle().startsWith(QLatin1String("acme-crm.connector.json")));
        QVERIFY(!atStart.isWindowModified());
        QVERIFY(atStart.undoStack()->isClean());
        QCOMPARE(atStart.undoStack()->count(), 0);
        const auto text = [](const MainWindow &window, const char *name) {
            if (auto *label = window.findChild<QLabel *>(QLatin1String(name)))
                return label->text();
            if (auto *edit = window.findChild<QPlainTextEdit *>(QLatin1String(name)))
                return edit->toPlainText();
            return QStringLiteral("(no %1)").arg(QLatin1String(name));
        };
        for (const char *name : {"previewTitle", "previewSubtitle", "requestTitle", "requestCurl"})
            QCOMPARE(text(atStart, name), text(opened, name));
        QCOMPARE(text(atStart, "previewTitle"), QStringLiteral("Acme CRM"));
        QVERIFY(text(atStart, "requestCurl").contains(QLatin1String("/users/me")));
        auto *combo = atStart.findChild<QComboBox *>(QStringLiteral("authTypeCombo"));
        QCOMPARE(combo->currentText(), opened.findChild<QComboBox *>(QStringLiteral("authTypeCombo"))->currentText());
        QCOMPARE(combo->currentData().toString(), QStringLiteral("oauth2_authorization_code_pkce"));
        QCOMPARE(atStart.findChild<DiagnosticsView *>()->summary(), QStringLiteral("No problems"));
        auto *table = atStart.findChild<QTableView *>(QStringLiteral("propertiesTable"));
        QCOMPARE(table->model()->rowCount(), atStart.document()->propertyCount());
        QCOMPARE(table->model()->index(0, PropertiesTableModel::NameColumn).data().toString(),
                 QStringLiteral("client_id"));
        QVERIFY(atStart.statusBar()->currentMessage().startsWith(QLatin1String("Opened ")));
        QCOMPARE(QSettings().value(QStringLiteral("files/recent")).toStringList().value(0), path);
        // Editing works on it as on any opened document.
        auto *displayName = atStart.findChild<QLineEdit *>(QStringLiteral("displayNameEdit"));
        QTest::keyClicks(displayName, QStringLiteral(" 2"));
        QCOMPARE(text(atStart, "previewTitle"), QStringLiteral("Acme CRM 2"));
        QVERIFY(atStart.isWindowModified());
        ModalSeam::setNextAnswer(QMessageBox::Discard);
        QVERIFY(atStart.close());
    }

    void aFileGivenAtStartThatCannotBeReadIsReported()
    {
        const QString path = m_dir.filePath(QStringLiteral("unreadable.connector.json"));
        QVERIFY(writeTruncatedDefinition(path));
        ModalSeam::setNextAnswer(QMessageBox::Ok);
        MainWindow window(path);
        QCOMPARE(ModalSeam::messageCount(), 1);
        QVERIFY(ModalSeam::lastMessage().contains(QLatin1String("unreadable.connector.json")));
        QVERIFY(window.filePath().isEmpty());
        QCOMPARE(window.document()->definition(), MainWindow().document()->definition()); // a new design
    }

    void droppingADefinitionFileOpensIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("dropped.connector.json"));
        QVERIFY(
            DefinitionFile::write(path, ConnectorDefinition::create(AuthType::ApiKey, QStringLiteral("Dropped"))).ok());
        MainWindow window;
        window.show();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QTRY_COMPARE(window.filePath(), path);
        QCOMPARE(window.document()->definition().displayName, QStringLiteral("Dropped"));
        QCOMPARE(window.document()->definition().authType, AuthType::ApiKey);
    }

    void aTemplateWithoutValueIsFixedFromTheProblemsList()
    {
        MainWindow window;
        activateType(window, AuthType::PersonalAccessToken);
        ConnectorDefinition d = window.document()->definition();
        const int row = d.indexOf(PropertyNames::PersonalAccessToken);
        d.properties[row].sendAs.valueTemplate = QStringLiteral("Bearer");
        window.document()->setDefinition(d);
        auto *view = window.findChild<DiagnosticsView *>(QStringLiteral("diagnosticsView"));
        QVERIFY(view);
        const Diagnostics &shown = view->diagnostics();
        const auto found = std::find_if(shown.cbegin(), shown.cend(), [](const Diagnostic &x) { return x.hasFix(); });
        QVERIFY(found != shown.cend());
        QVERIFY(found->message.contains(QLatin1String("would be dropped")));
        QCOMPARE(found->fixLabel, QStringLiteral("Use the template \"Bearer {value}\""));
        // A reference into the view's own list, which the fix replaces: applyFix must not read it afterwards
        // (AddressSanitizer found a use after free here).
        Q_EMIT view->fixRequested(*found);
        QCOMPARE(window.document()->definition().properties.at(row).sendAs.valueTemplate,
                 QStringLiteral("Bearer {value}"));
        QVERIFY(std::none_of(view->diagnostics().cbegin(), view->diagnostics().cend(),
                             [](const Diagnostic &x) { return x.hasFix(); }));
        window.undoStack()->undo(); // one undoable edit
        QCOMPARE(window.document()->definition().properties.at(row).sendAs.valueTemplate, QStringLiteral("Bearer"));
    }

    // The lint rules' findings are in the Problems list with the same fixes as `lint --fix`.
    void aLintFindingIsFixedFromTheProblemsList()
    {
        MainWindow window;
        activateType(window, AuthType::OAuth2AuthorizationCodePkce);
        ConnectorDefinition d = window.document()->definition();
        d.baseUrl = QStringLiteral("https://api.acme.example/");
        window.document()->setDefinition(d);
        auto *view = window.findChild<DiagnosticsView *>(QStringLiteral("diagnosticsView"));
        const auto found = std::find_if(view->diagnostics().cbegin(), view->diagnostics().cend(),
                                        [](const Diagnostic &x) { return x.rule == QLatin1String("double-slash"); });
        QVERIFY(found != view->diagnostics().cend());
        QVERIFY(found->hasFix());
        QCOMPARE(DiagnosticsView::location(*found, window.document()->definition()),
                 QStringLiteral("Base URL in the connector settings"));
        Q_EMIT view->fixRequested(*found);
        QCOMPARE(window.document()->definition().baseUrl, QStringLiteral("https://api.acme.example"));
        QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))->text(),
                 QStringLiteral("https://api.acme.example"));
        window.undoStack()->undo();
        QCOMPARE(window.document()->definition().baseUrl, QStringLiteral("https://api.acme.example/"));
    }

    void textFromServersIsNeverRichText()
    {
        // An error_description or scope is shown as the characters it is, never as markup.
        const QString markup = QStringLiteral("<a href='https://evil.example'>Click to fix</a><img src='x'>");
        ConnectionPanel panel;
        panel.setStatusMessage(markup);
        panel.setScopes(markup);
        for (const QString &name : {QStringLiteral("connectionStatusLabel"), QStringLiteral("connectionScopesLabel"),
                                    QStringLiteral("connectionStateLabel"), QStringLiteral("keychainNotice")}) {
            auto *label = panel.findChild<QLabel *>(name);
            QVERIFY2(label, qPrintable(name));
            QCOMPARE(label->textFormat(), Qt::PlainText);
        }
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("connectionStatusLabel"))->text().contains(markup));

        // A real message box (not answered by the seam): its text and its details are plain text.
        ModalSeam::setTestMode(false);
        QLabel *text = nullptr;
        QLabel *informative = nullptr;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            text = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"));
            informative = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel"));
            QVERIFY(text && informative);
            QCOMPARE(text->textFormat(), Qt::PlainText);
            QCOMPARE(informative->textFormat(), Qt::PlainText);
            QCOMPARE(informative->text(), markup);
            box->done(QMessageBox::Ok);
        });
        ModalSeam::inform(nullptr, QMessageBox::Warning, QStringLiteral("Cannot Import"), markup, markup);
        ModalSeam::setTestMode(true);
        QVERIFY(text && informative);
    }

    void connectionPanelFollowsState()
    {
        ConnectionPanel panel;
        auto *test = panel.findChild<QAbstractButton *>(QStringLiteral("testButton"));
        auto *disconnect = panel.findChild<QAbstractButton *>(QStringLiteral("disconnectButton"));
        QVERIFY(test && disconnect);
        QVERIFY(!test->isEnabled());
        QVERIFY(!disconnect->isEnabled());
        QSignalSpy spy(&panel, &ConnectionPanel::testRequested);
        panel.setState(ConnectionState::Connected);
        QVERIFY(test->isEnabled());
        QVERIFY(disconnect->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        panel.setScopes(QStringLiteral("openid profile"));
        QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("connectionScopesLabel"))->text(),
                 QStringLiteral("openid profile"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(ConnectionPanel::expiryText(now.addSecs(252), now), QStringLiteral("in 4 min 12 s"));
        QCOMPARE(ConnectionPanel::expiryText(now.addSecs(-1), now), QStringLiteral("Expired"));
        panel.setState(ConnectionState::NotConnected);
        QVERIFY(!test->isEnabled());
    }

    void revertReloadsTheFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("revert.connector.json"));
        QVERIFY(DefinitionFile::write(path, ConnectorDefinition::create(AuthType::Basic, QStringLiteral("Rev"))).ok());
        MainWindow window;
        QVERIFY(window.openFile(path));
        const ConnectorDefinition opened = window.document()->definition();
        auto *displayName = window.findChild<QLineEdit *>(QStringLiteral("displayNameEdit"));
        QTest::keyClicks(displayName, QStringLiteral("ised"));
        QVERIFY(window.document()->definition() != opened);
        ModalSeam::setNextAnswer(QMessageBox::Discard);
        window.revert();
        QCOMPARE(window.document()->definition(), opened);
        QVERIFY(!window.isWindowModified());
    }

    void savedFilesAppearInOpenRecent()
    {
        const QString path = m_dir.filePath(QStringLiteral("recent.connector.json"));
        MainWindow window;
        QVERIFY(window.saveFile(path));
        auto *menu = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(menu);
        // The list is filled when the menu opens, as a user opens it.
        menu->popup(QPoint(0, 0));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        QAction *entry = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->toolTip() == path)
                entry = a;
        }
        QVERIFY(entry);
        QVERIFY(entry->text().contains(QLatin1String("recent.connector.json")));
        menu->close();

        // A second file goes first, and the list is what the next start reads.
        const QString other = m_dir.filePath(QStringLiteral("other.connector.json"));
        QVERIFY(window.saveFile(other));
        menu->popup(QPoint(0, 0));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        QCOMPARE(menu->actions().value(0)->toolTip(), other);
        QCOMPARE(menu->actions().value(1)->toolTip(), path);
        menu->close();
        QCOMPARE(QSettings().value(QStringLiteral("files/recent")).toStringList().mid(0, 2),
                 QStringList({other, path}));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
