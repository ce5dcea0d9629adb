// Every export of every type passes real third-party validators run by Node:
// @apidevtools/swagger-parser for OpenAPI, postman-collection for Postman (validate.mjs).

#include "ExchangeSamples.h"
#include "exchange/ExportFormat.h"
#include "exchange/Importer.h"
#include "templates/TemplateCatalog.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cad;

class TstExchangeValidators : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportsAreValid_data();
    void exportsAreValid();
    void validatorRejectsBrokenFiles();
    void templateExportsAreValidAndRoundTrip_data();
    void templateExportsAreValidAndRoundTrip();

private:
    QString run(const QString &format, const QString &file, int &exitCode);
    QString m_node;
    QString m_script;
    QTemporaryDir m_dir;
};

void TstExchangeValidators::initTestCase()
{
    const QString fixture = QStringLiteral(CAD_FIXTURES_DIR "/validators");
    m_script = fixture + QStringLiteral("/validate.mjs");
    m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
    QVERIFY2(!m_node.isEmpty(), "node is not installed: install Node.js 20 (scripts/test does it)");
    QVERIFY2(QDir(fixture + QStringLiteral("/node_modules/@apidevtools/swagger-parser")).exists() &&
                 QDir(fixture + QStringLiteral("/node_modules/postman-collection")).exists(),
             qPrintable(QStringLiteral("The validators are not installed: run `npm ci` in %1 (scripts/test does it).")
                            .arg(fixture)));
    QVERIFY(m_dir.isValid());
}

QString TstExchangeValidators::run(const QString &format, const QString &file, int &exitCode)
{
    QProcess node;
    node.setProcessChannelMode(QProcess::MergedChannels);
    node.start(m_node, {m_script, format, file});
    if (!node.waitForFinished(120000)) {
        node.kill();
        node.waitForFinished();
        exitCode = -1;
        return QStringLiteral("timed out");
    }
    exitCode = node.exitStatus() == QProcess::NormalExit ? node.exitCode() : -1;
    return QString::fromUtf8(node.readAll());
}

void TstExchangeValidators::exportsAreValid_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("format");
    for (AuthType type : allAuthTypes()) {
        for (ExportFormat format : {ExportFormat::OpenApi, ExportFormat::Postman})
            QTest::addRow("%s/%s", qPrintable(authTypeId(type)), qPrintable(exportFormatId(format)))
                << int(type) << int(format);
    }
}

void TstExchangeValidators::exportsAreValid()
{
    QFETCH(int, type);
    QFETCH(int, format);
    ConnectorDefinition d = test::sampleDefinition(AuthType(type));
    d.testRequest.path = QStringLiteral("/users/{subdomain}/me?fields=all");
    const QString file = m_dir.filePath(authTypeId(AuthType(type)) + QLatin1Char('.') +
                                        exportFormatId(ExportFormat(format)) + QStringLiteral(".json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(exportDefinition(d, ExportFormat(format)));
    out.close();
    int exitCode = 0;
    const QString output = run(exportFormatId(ExportFormat(format)), file, exitCode);
    QVERIFY2(exitCode == 0, qPrintable(output));
}

void TstExchangeValidators::templateExportsAreValidAndRoundTrip_data()
{
    // One provider template of each shape: response variables, token prefix, a regional variable,
    // custom headers and query parameters, Basic, API key, PKCE, client credentials.
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("format");
    for (const char *key : {"salesforce", "slack", "zoho-desk", "datadog", "trello", "twilio", "stripe",
                            "microsoft-365", "adobe-pdf-services"}) {
        for (ExportFormat format : {ExportFormat::OpenApi, ExportFormat::Postman})
            QTest::addRow("%s/%s", key, qPrintable(exportFormatId(format))) << QString::fromLatin1(key) << int(format);
    }
}

void TstExchangeValidators::templateExportsAreValidAndRoundTrip()
{
    QFETCH(QString, key);
    QFETCH(int, format);
    const Result<ConnectorDefinition> d = TemplateCatalog::load(key);
    QVERIFY(d.ok());
    const QByteArray exported = exportDefinition(*d, ExportFormat(format));
    const QString file =
        m_dir.filePath(key + QLatin1Char('.') + exportFormatId(ExportFormat(format)) + QStringLiteral(".json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(exported);
    out.close();
    int exitCode = 0;
    const QString output = run(exportFormatId(ExportFormat(format)), file, exitCode);
    QVERIFY2(exitCode == 0, qPrintable(output));
    const Result<ImportResult> back = Importer::importData(exported, {});
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
    QVERIFY(back->lossless);
    QVERIFY(back->definition == *d);
}

void TstExchangeValidators::validatorRejectsBrokenFiles()
{
    // The validators must be able to fail, or the test above proves nothing.
    const QString file = m_dir.filePath(QStringLiteral("broken.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(R"({"openapi": "3.0.3", "info": {"title": "x"}, "paths": {},
                 "info2": 1, "item": {}, "auth": {"type": "magic"}})");
    out.close();
    int exitCode = 0;
    QString output = run(QStringLiteral("openapi"), file, exitCode);
    QCOMPARE(exitCode, 1);
    QVERIFY2(output.contains(QLatin1String("version")), qPrintable(output));
    output = run(QStringLiteral("postman"), file, exitCode);
    QCOMPARE(exitCode, 1);
}

QTEST_GUILESS_MAIN(TstExchangeValidators)
#include "tst_exchangevalidators.moc"
