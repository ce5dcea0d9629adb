#include "model/BuiltinSchemas.h"
#include "model/ConnectorDocument.h"
#include "model/Validator.h"
#include "properties/PropertiesTableModel.h"
#include "support/BuiltinSchemaSpec.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QIcon>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace cad;

class TestPropertiesTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rowsAndRequiredMarkersMatchSchemas_data()
    {
        QTest::addColumn<AuthType>("type");
        for (AuthType t : allAuthTypes())
            QTest::newRow(qPrintable(authTypeId(t))) << t;
    }

    void rowsAndRequiredMarkersMatchSchemas()
    {
        QFETCH(AuthType, type);
        ConnectorDocument document;
        document.setDefinition(ConnectorDefinition::create(type));
        QUndoStack stack;
        PropertiesTableModel model(&document, &stack);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // The schema as documented, written out in BuiltinSchemaSpec.h (not recomputed by the code under test).
        const QList<test::PropertySpec> expected = test::expectedBuiltins(type);
        QCOMPARE(model.rowCount(), expected.size());
        for (int row = 0; row < expected.size(); ++row) {
            const test::PropertySpec &p = expected.at(row);
            const QModelIndex name = model.index(row, PropertiesTableModel::NameColumn);
            QCOMPARE(name.data().toString(), QString::fromUtf8(p.name));
            QCOMPARE(model.index(row, PropertiesTableModel::DisplayNameColumn).data().toString(),
                     QString::fromUtf8(p.displayName));
            QCOMPARE(model.index(row, PropertiesTableModel::RequiredColumn).data(Qt::CheckStateRole).toInt(),
                     int(p.required ? Qt::Checked : Qt::Unchecked));
            QCOMPARE(model.index(row, PropertiesTableModel::AskUserColumn).data(Qt::CheckStateRole).toInt(),
                     int(p.askUser ? Qt::Checked : Qt::Unchecked));
            const bool missing = p.required && QString::fromUtf8(p.defaultValue).isEmpty() && !p.askUser;
            QCOMPARE(name.data(PropertiesTableModel::MissingValueRole).toBool(), missing);
            // Red, with an icon and a tooltip: colour alone is not enough.
            QCOMPARE(name.data(Qt::ForegroundRole).isValid(), missing);
            if (missing) {
                QCOMPARE(name.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xb7, 0x1c, 0x1c));
                QVERIFY(!name.data(Qt::DecorationRole).value<QIcon>().isNull());
                QVERIFY(name.data(Qt::ToolTipRole).toString().contains(QLatin1String("Required")));
            }
        }
        QCOMPARE(Validator::missingRequiredValues(document.definition()).size(),
                 std::count_if(expected.begin(), expected.end(), [](const test::PropertySpec &p) {
                     return p.required && QString::fromUtf8(p.defaultValue).isEmpty() && !p.askUser;
                 }));
    }

    void requiredMarkerGoesAwayWhenValueEntered()
    {
        ConnectorDocument document;
        QUndoStack stack;
        PropertiesTableModel model(&document, &stack);
        const int row = document.definition().indexOf(PropertyNames::ClientId);
        const QModelIndex value = model.index(row, PropertiesTableModel::ValueColumn);
        QVERIFY(value.data(PropertiesTableModel::MissingValueRole).toBool());
        QVERIFY(model.setData(value, QStringLiteral("my-client")));
        QVERIFY(!value.data(PropertiesTableModel::MissingValueRole).toBool());
        QCOMPARE(document.definition().valueOf(PropertyNames::ClientId), QStringLiteral("my-client"));
        QCOMPARE(stack.count(), 1);
        stack.undo();
        QVERIFY(document.definition().valueOf(PropertyNames::ClientId).isEmpty());
        QVERIFY(value.data(PropertiesTableModel::MissingValueRole).toBool());
    }

    void secretValuesAreMaskedButRawRoleHasThem()
    {
        ConnectorDocument document;
        QUndoStack stack;
        PropertiesTableModel model(&document, &stack);
        const int row = document.definition().indexOf(PropertyNames::ClientSecret);
        const QModelIndex value = model.index(row, PropertiesTableModel::ValueColumn);
        QVERIFY(model.setData(value, QStringLiteral("s3cr3t")));
        QCOMPARE(value.data().toString(), QStringLiteral("••••••"));
        QCOMPARE(value.data(PropertiesTableModel::RawValueRole).toString(), QStringLiteral("s3cr3t"));
        QVERIFY(!value.data(Qt::ToolTipRole).toString().contains(QLatin1String("s3cr3t")));
    }

    void sentAsShowsLocationAndKey()
    {
        ConnectorDocument document;
        document.setDefinition(ConnectorDefinition::create(AuthType::ApiKey));
        QUndoStack stack;
        PropertiesTableModel model(&document, &stack);
        const QModelIndex sentAs = model.index(0, PropertiesTableModel::SentAsColumn);
        QCOMPARE(sentAs.data().toString(), QStringLiteral("Header: X-Access-Token"));
        QVERIFY(model.setData(sentAs, QStringLiteral("query")));
        QCOMPARE(sentAs.data().toString(), QStringLiteral("Query: X-Access-Token"));
        QCOMPARE(document.propertyAt(0).sendAs.location, Location::Query);
    }

    void checkBoxesEditThroughUndoStack()
    {
        ConnectorDocument document;
        QUndoStack stack;
        PropertiesTableModel model(&document, &stack);
        const int row = document.definition().indexOf(PropertyNames::Scope);
        const QModelIndex ask = model.index(row, PropertiesTableModel::AskUserColumn);
        QVERIFY(model.flags(ask) & Qt::ItemIsUserCheckable);
        QVERIFY(model.setData(ask, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(document.propertyAt(row).askUser);
        stack.undo();
        QVERIFY(!document.propertyAt(row).askUser);
        // Built-in: name and required are fixed.
        QVERIFY(!(model.flags(model.index(row, PropertiesTableModel::NameColumn)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(row, PropertiesTableModel::NameColumn), QStringLiteral("x")));
    }

    void modelFollowsEveryDocumentChange()
    {
        ConnectorDocument document;
        QUndoStack stack;
        PropertiesTableModel model(&document, &stack);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        Property extra;
        extra.name = QStringLiteral("audience");
        extra.displayName = QStringLiteral("Audience");
        extra.sendAs.location = Location::Query;
        document.insertProperty(2, extra);
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("audience"));
        document.moveProperty(2, 5);
        QCOMPARE(model.index(5, 0).data().toString(), QStringLiteral("audience"));
        document.moveProperty(5, 0);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("audience"));
        extra.displayName = QStringLiteral("API audience");
        document.setProperty(0, extra);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("API audience"));
        document.removeProperty(0);
        QCOMPARE(model.rowCount(), 10); // authorization code's ten built-in properties
        document.setAuthType(AuthType::None);
        QCOMPARE(model.rowCount(), 0);
        document.setAuthType(AuthType::Basic);
        QCOMPARE(model.rowCount(), 3); // username, password, connection_name
        QCOMPARE(model.index(2, PropertiesTableModel::NameColumn).data().toString(), QStringLiteral("connection_name"));
        document.setDefinition(ConnectorDefinition::create(AuthType::OAuth2ClientCredentials));
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.index(6, PropertiesTableModel::NameColumn).data().toString(), QStringLiteral("basic_header"));
    }
};

QTEST_MAIN(TestPropertiesTableModel)
#include "tst_propertiestablemodel.moc"
