#include "cli/ValuesFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace cad::cli::ValuesFile {

namespace {

constexpr qint64 MaxFileSize = 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("cad::cli", text);
}

Error lineError(const QString &fileName, int line, const QString &what)
{
    return Error{tr("%1, line %2: %3").arg(fileName).arg(line).arg(what),
                 tr("Write one NAME=VALUE per line; quote a value that starts or ends with spaces.")};
}

bool isName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() || c == u'_' || c == u'.' || c == u'-'))
            return false;
    }
    return true;
}

Result<Values> parseJson(const QByteArray &bytes, const QString &fileName)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error{
            tr("%1 is not a JSON object of values (%2 at offset %3).")
                .arg(fileName, error.error != QJsonParseError::NoError ? error.errorString() : tr("not an object"))
                .arg(error.offset),
            tr("Write {\"NAME\": \"VALUE\", ...}, or NAME=VALUE lines.")};
    Values values;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue v = it.value();
        QString text;
        if (v.isString())
            text = v.toString();
        else if (v.isBool())
            text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (v.isDouble())
            text = QString::number(v.toDouble(), 'g', 17);
        else
            return Error{tr("%1: the value of \"%2\" is not a string, a number or true/false.").arg(fileName, it.key()),
                         tr("Write each value as a JSON string.")};
        values.append({it.key(), text});
    }
    return values;
}

/// The value after "=": quoted or plain; nothing when a quote is not closed.
std::optional<QString> parseValue(const QString &raw)
{
    const QString text = raw.trimmed();
    if (text.startsWith(QLatin1Char('\''))) {
        const qsizetype end = text.indexOf(QLatin1Char('\''), 1);
        if (end < 0)
            return std::nullopt;
        return text.mid(1, end - 1);
    }
    if (text.startsWith(QLatin1Char('"'))) {
        QString value;
        for (qsizetype i = 1; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == u'"')
                return value;
            if (c == u'\\' && i + 1 < text.size()) {
                const QChar next = text.at(++i);
                value += next == u'n' ? QChar(u'\n') : next == u't' ? QChar(u'\t') : next;
                continue;
            }
            value += c;
        }
        return std::nullopt;
    }
    QString value = text;
    const qsizetype comment = value.indexOf(QStringLiteral(" #"));
    if (comment >= 0)
        value.truncate(comment);
    return value.trimmed();
}

Result<Values> parseDotEnv(const QByteArray &bytes, const QString &fileName)
{
    Values values;
    const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        QString assignment = trimmed;
        if (assignment.startsWith(QLatin1String("export ")))
            assignment = assignment.mid(7).trimmed();
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return lineError(fileName, i + 1, tr("expected NAME=VALUE"));
        const QString name = assignment.left(eq).trimmed();
        if (!isName(name))
            return lineError(fileName, i + 1, tr("\"%1\" is not a property name").arg(name));
        const std::optional<QString> value = parseValue(assignment.mid(eq + 1));
        if (!value)
            return lineError(fileName, i + 1, tr("the quote of the value of %1 is not closed").arg(name));
        values.append({name, *value});
    }
    return values;
}

} // namespace

Result<Values> parse(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.contains('\0'))
        return Error{tr("%1 contains NUL bytes: it is not a text file.").arg(fileName),
                     tr("Give a file of NAME=VALUE lines or a JSON object.")};
    for (const char c : bytes) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' ? parseJson(bytes, fileName) : parseDotEnv(bytes, fileName);
    }
    return Values{};
}

Result<Values> read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the values file %1: %2.").arg(path, file.errorString()),
                     tr("Check the path given to --values.")};
    if (file.size() > MaxFileSize)
        return Error{tr("The values file %1 is larger than 1 MiB.").arg(path), tr("Give a file of values only.")};
    return parse(file.read(MaxFileSize + 1), path);
}

} // namespace cad::cli::ValuesFile
