#pragma once

#include <QProcess>
#include <QStandardPaths>
#include <QString>

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

} // namespace cad::test
