#include "cli/JUnitReport.h"

#include "io/AtomicFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QXmlStreamWriter>

namespace cad::cli {

QByteArray JUnitReport::toXml() const
{
    int failures = 0;
    double seconds = 0;
    for (const Case &c : m_cases) {
        failures += c.failed ? 1 : 0;
        seconds += c.seconds;
    }
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("name"), m_suite);
    xml.writeAttribute(QStringLiteral("tests"), QString::number(m_cases.size()));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("time"), QString::number(seconds, 'f', 3));
    xml.writeStartElement(QStringLiteral("testsuite"));
    xml.writeAttribute(QStringLiteral("name"), m_suite);
    xml.writeAttribute(QStringLiteral("tests"), QString::number(m_cases.size()));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("skipped"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("time"), QString::number(seconds, 'f', 3));
    xml.writeAttribute(QStringLiteral("timestamp"),
                       QDateTime::currentDateTimeUtc().toString(Qt::ISODate).chopped(1)); // no "Z", as JUnit writes it
    for (const Case &c : m_cases) {
        xml.writeStartElement(QStringLiteral("testcase"));
        xml.writeAttribute(QStringLiteral("classname"), c.className);
        xml.writeAttribute(QStringLiteral("name"), c.name);
        xml.writeAttribute(QStringLiteral("time"), QString::number(c.seconds, 'f', 3));
        if (c.failed) {
            xml.writeStartElement(QStringLiteral("failure"));
            xml.writeAttribute(QStringLiteral("message"), c.failureMessage);
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("failure"));
            xml.writeCharacters(c.failureText.isEmpty() ? c.failureMessage : c.failureText);
            xml.writeEndElement();
        }
        if (!c.output.isEmpty())
            xml.writeTextElement(QStringLiteral("system-out"), c.output);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QString JUnitReport::write(const QString &path) const
{
    const Status status = AtomicFile::write(path, toXml());
    if (status.ok())
        return {};
    return QCoreApplication::translate("cad::cli", "Cannot write the JUnit report %1: %2")
        .arg(path, status.error().toString());
}

} // namespace cad::cli
