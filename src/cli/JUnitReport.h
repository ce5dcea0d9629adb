#pragma once

#include <QList>
#include <QString>

namespace cad::cli {

/// A JUnit XML report, as GitHub Actions, GitLab and Jenkins display it: one <testsuite> per
/// command run, one <testcase> per file or check, a <failure> for each that did not pass. Written
/// all or nothing (the file is replaced only when the whole report is on disk).
class JUnitReport
{
public:
    struct Case
    {
        QString className; ///< the file, or the file and the step ("acme.connector.json")
        QString name;      ///< "validate", "test request", "/email exists"
        double seconds = 0;
        bool failed = false;
        QString failureMessage; ///< one line
        QString failureText;    ///< the details: every diagnostic, what was found
        QString output;         ///< warnings and notes (system-out)
    };

    explicit JUnitReport(QString suiteName)
        : m_suite(std::move(suiteName))
    {}

    void add(const Case &testCase) { m_cases.append(testCase); }
    [[nodiscard]] const QList<Case> &cases() const { return m_cases; }

    [[nodiscard]] QByteArray toXml() const;
    /// Writes the report; on failure returns the reason for the user ("cannot write …: …").
    [[nodiscard]] QString write(const QString &path) const;

private:
    QString m_suite;
    QList<Case> m_cases;
};

} // namespace cad::cli
