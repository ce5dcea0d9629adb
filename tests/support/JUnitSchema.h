#pragma once

#include <QFile>
#include <QList>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QXmlStreamReader>

namespace cad::test {

/// Checks a JUnit report with xmllint against tests/data/junit/junit.xsd. An empty result means
/// valid; otherwise what xmllint said (or that it is missing: scripts/test installs libxml2-utils).
inline QString junitSchemaProblems(const QString &report)
{
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (xmllint.isEmpty())
        return QStringLiteral("xmllint (libxml2-utils) is not installed; scripts/test installs it");
    QProcess p;
    p.start(xmllint, {QStringLiteral("--noout"), QStringLiteral("--schema"),
                      QStringLiteral(CAD_TEST_DATA_DIR "/junit/junit.xsd"), report});
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit)
        return QStringLiteral("xmllint did not finish");
    return p.exitCode() == 0 ? QString() : QString::fromUtf8(p.readAllStandardError());
}

/// What a JUnit report says, read back for assertions.
struct JUnitContent
{
    struct Case
    {
        QString className;
        QString name;
        QString failure; ///< the failure's message, or empty when the case passed
    };
    int suites = 0;
    QString tests;    ///< the testsuite's "tests" attribute, as written
    QString failures; ///< its "failures" attribute
    QList<Case> cases;
    QString error; ///< why the file could not be read as XML, or empty
};

inline JUnitContent readJUnit(const QString &report)
{
    JUnitContent content;
    QFile file(report);
    if (!file.open(QIODevice::ReadOnly)) {
        content.error = file.errorString();
        return content;
    }
    QXmlStreamReader reader(&file);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = reader.attributes();
        if (reader.name() == QLatin1String("testsuite")) {
            ++content.suites;
            content.tests = a.value(QLatin1String("tests")).toString();
            content.failures = a.value(QLatin1String("failures")).toString();
        } else if (reader.name() == QLatin1String("testcase")) {
            content.cases.append(
                {a.value(QLatin1String("classname")).toString(), a.value(QLatin1String("name")).toString(), {}});
        } else if (reader.name() == QLatin1String("failure") && !content.cases.isEmpty()) {
            content.cases.last().failure = a.value(QLatin1String("message")).toString();
        }
    }
    if (reader.hasError())
        content.error = reader.errorString();
    return content;
}

} // namespace cad::test
