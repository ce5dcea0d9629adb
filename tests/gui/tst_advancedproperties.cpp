// Edit > Add Advanced Property: the OAuth types offer the ten token-response and token-placement
// properties the design lacks, each added as one undoable edit with its starting value; other types
// offer none. The request pane sends the token where they say and shows a captured variable as a
// placeholder until a connection gives it.
#include "commands/ChangeAuthTypeCommand.h"
#include "commands/EditPropertyCommand.h"
#include "commands/SetConnectorFieldCommand.h"
#include "mainwindow/MainWindow.h"
#include "model/BuiltinSchemas.h"
#include "model/ConnectorDocument.h"
#include "properties/PropertiesPanel.h"
#include "requestpane/RequestPane.h"

#include <QAction>
#include <QMenu>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace cad;

namespace {

QStringList offered(QAction *advanced)
{
    QMenu *menu = advanced->menu();
    Q_EMIT menu->aboutToShow(); // what opening it does
    QStringList names;
    for (QAction *a : menu->actions()) {
        if (a->isEnabled())
            names << a->objectName().mid(QStringLiteral("addAdvanced_").size());
    }
    return names;
}

void setValue(MainWindow &window, QStringView name, const QString &value)
{
    const int row = window.document()->definition().indexOf(name);
    Property p = window.document()->propertyAt(row);
    p.value = value;
    window.undoStack()->push(new EditPropertyCommand(window.document(), row, p, QStringLiteral("edit")));
}

} // namespace

class TstAdvancedProperties : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void theMenuOffersWhatTheDesignLacks();
    void theRequestPaneFollowsThem();
};

void TstAdvancedProperties::theMenuOffersWhatTheDesignLacks()
{
    MainWindow window;
    auto *advanced = window.findChild<QAction *>(QStringLiteral("addAdvancedPropertyAction"));
    QVERIFY(advanced);
    QVERIFY(advanced->isEnabled());
    const QStringList all{QStringLiteral("access_token_field"), QStringLiteral("refresh_token_field"),
                          QStringLiteral("expires_in_field"),   QStringLiteral("expires_in_unit"),
                          QStringLiteral("expires_at_field"),   QStringLiteral("token_header"),
                          QStringLiteral("token_prefix"),       QStringLiteral("token_query_parameter"),
                          QStringLiteral("scope_separator"),    QStringLiteral("response_variables")};
    QCOMPARE(offered(advanced), all);
    const int rows = window.document()->propertyCount();

    advanced->menu()->findChild<QAction *>(QStringLiteral("addAdvanced_scope_separator"))->trigger();
    QCOMPARE(window.document()->propertyCount(), rows + 1);
    const Property *added = window.document()->definition().property(PropertyNames::ScopeSeparator);
    QVERIFY(added);
    QCOMPARE(added->value, QStringLiteral(","));
    QCOMPARE(added->displayName, QStringLiteral("Scope separator"));
    QVERIFY(!added->hint.isEmpty());
    // The table shows it selected, on its value.
    auto *panel = window.findChild<PropertiesPanel *>();
    QCOMPARE(panel->currentRow(), rows);
    QStringList rest = all;
    rest.removeOne(QStringLiteral("scope_separator"));
    QCOMPARE(offered(advanced), rest);
    QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Add property scope_separator"));
    window.undoStack()->undo();
    QCOMPARE(window.document()->propertyCount(), rows);
    QCOMPARE(offered(advanced), all);

    // Only the OAuth types have them.
    window.undoStack()->push(new ChangeAuthTypeCommand(window.document(), AuthType::ApiKey));
    QVERIFY(!advanced->isEnabled());
    window.undoStack()->push(new ChangeAuthTypeCommand(window.document(), AuthType::OAuth2ClientCredentials));
    QVERIFY(advanced->isEnabled());
}

void TstAdvancedProperties::theRequestPaneFollowsThem()
{
    using namespace PropertyNames;
    MainWindow window;
    auto *panel = window.findChild<PropertiesPanel *>();
    auto *pane = window.findChild<RequestPane *>(QStringLiteral("requestPane"));
    QVERIFY(panel && pane);
    window.undoStack()->push(new SetConnectorFieldCommand(window.document(), SetConnectorFieldCommand::Field::BaseUrl,
                                                          QStringLiteral("https://www.zohoapis.com/crm/v2")));
    QVERIFY2(pane->displayedText().contains(QLatin1String("--header 'Authorization: Bearer {access_token}'")),
             qPrintable(pane->displayedText()));

    QVERIFY(panel->addAdvancedProperty(TokenPrefix.toString()));
    setValue(window, TokenPrefix, QStringLiteral("Zoho-oauthtoken"));
    QVERIFY2(pane->displayedText().contains(QLatin1String("--header 'Authorization: Zoho-oauthtoken {access_token}'")),
             qPrintable(pane->displayedText()));
    QVERIFY(!panel->addAdvancedProperty(TokenPrefix.toString())); // once

    QVERIFY(panel->addAdvancedProperty(TokenQueryParameter.toString()));
    QVERIFY2(pane->displayedText().contains(QLatin1String("/crm/v2/me?access_token={access_token}")),
             qPrintable(pane->displayedText()));
    QVERIFY(!pane->displayedText().contains(QLatin1String("Authorization:")));

    // The API host from the token response: a placeholder until a connection gives it.
    QVERIFY(panel->addAdvancedProperty(ResponseVariables.toString())); // instance_url=/instance_url
    window.undoStack()->push(new SetConnectorFieldCommand(window.document(), SetConnectorFieldCommand::Field::BaseUrl,
                                                          QStringLiteral("{instance_url}/services/data")));
    QVERIFY2(pane->displayedText().contains(QLatin1String("{instance_url}/services/data/me")),
             qPrintable(pane->displayedText()));
    pane->setCapturedValues({{QStringLiteral("instance_url"), QStringLiteral("https://na1.example.com")}});
    QVERIFY2(pane->displayedText().contains(QLatin1String("https://na1.example.com/services/data/me")),
             qPrintable(pane->displayedText()));
    // The Problems list knows {instance_url}: no "unknown variable".
    for (const Diagnostic &d : window.document()->diagnostics())
        QVERIFY2(!d.message.contains(QLatin1String("instance_url")), qPrintable(d.toString()));
}

QTEST_MAIN(TstAdvancedProperties)
#include "tst_advancedproperties.moc"
