#include "cli/FileArguments.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace cad::cli {

namespace {
bool isPattern(const QString &text)
{
    return text.contains(QLatin1Char('*')) || text.contains(QLatin1Char('?')) || text.contains(QLatin1Char('['));
}

/// A glob as an anchored regular expression over '/'-separated relative paths.
QRegularExpression globToRegex(const QString &glob)
{
    QString re;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (c == QLatin1Char('*')) {
            if (i + 1 < glob.size() && glob.at(i + 1) == QLatin1Char('*')) {
                const bool slash = i + 2 < glob.size() && glob.at(i + 2) == QLatin1Char('/');
                re += slash ? QStringLiteral("(?:.*/)?") : QStringLiteral(".*");
                i += slash ? 2 : 1;
            } else {
                re += QStringLiteral("[^/]*");
            }
        } else if (c == QLatin1Char('?')) {
            re += QStringLiteral("[^/]");
        } else if (c == QLatin1Char('[')) {
            const qsizetype end = glob.indexOf(QLatin1Char(']'), i + 1);
            if (end < 0) {
                re += QStringLiteral("\\[");
            } else {
                QString set = glob.mid(i + 1, end - i - 1);
                if (set.startsWith(QLatin1Char('!')))
                    set[0] = QLatin1Char('^');
                re += QLatin1Char('[') + set.replace(QLatin1String("\\"), QLatin1String("\\\\")) + QLatin1Char(']');
                i = end;
            }
        } else {
            re += QRegularExpression::escape(QString(c));
        }
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(re));
}

QStringList definitionsBelow(const QString &folder)
{
    QStringList found;
    QDirIterator it(folder, {QStringLiteral("*.connector.json")}, QDir::Files | QDir::Readable,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        found << QDir::cleanPath(it.next());
    found.sort();
    return found;
}

QStringList matching(const QString &pattern)
{
    // The folders before the first segment with a wildcard are where the search starts.
    const QStringList segments = pattern.split(QLatin1Char('/'));
    qsizetype literal = 0;
    while (literal < segments.size() - 1 && !isPattern(segments.at(literal)))
        ++literal;
    QString base = QStringList(segments.mid(0, literal)).join(QLatin1Char('/'));
    if (base.isEmpty() && pattern.startsWith(QLatin1Char('/')))
        base = QStringLiteral("/");
    const QString rest = QStringList(segments.mid(literal)).join(QLatin1Char('/'));
    const QRegularExpression re = globToRegex(rest);
    const bool deep = rest.contains(QLatin1Char('/')) || rest.contains(QLatin1String("**"));
    const QString start = base.isEmpty() ? QStringLiteral(".") : base;
    const QDir dir(QFileInfo(start).absoluteFilePath());
    QStringList found;
    QDirIterator it(start, QDir::Files | QDir::Readable,
                    deep ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
    while (it.hasNext()) {
        const QString path = it.next(); // as the user would write it: below the start folder
        if (re.match(dir.relativeFilePath(QFileInfo(path).absoluteFilePath())).hasMatch())
            found << QDir::cleanPath(path);
    }
    found.sort();
    return found;
}
} // namespace

FileArguments expandFileArguments(const QStringList &arguments)
{
    FileArguments result;
    QSet<QString> seen;
    const auto add = [&](const QStringList &files) {
        for (const QString &file : files) {
            const QString key = QFileInfo(file).absoluteFilePath();
            if (!seen.contains(key)) {
                seen.insert(key);
                result.files << file;
            }
        }
    };
    for (const QString &argument : arguments) {
        const QFileInfo info(argument);
        if (info.isDir()) {
            const QStringList files = definitionsBelow(argument);
            if (files.isEmpty())
                result.problems << QCoreApplication::translate("cad::cli",
                                                               "%1: the folder holds no *.connector.json file")
                                       .arg(argument);
            add(files);
        } else if (!info.exists() && isPattern(argument)) {
            const QStringList files = matching(argument);
            if (files.isEmpty())
                result.problems
                    << QCoreApplication::translate("cad::cli", "%1: no file matches the pattern").arg(argument);
            add(files);
        } else {
            add({argument}); // a file, or a path the command reports as missing
        }
    }
    return result;
}

} // namespace cad::cli
