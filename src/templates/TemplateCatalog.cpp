#include "templates/TemplateCatalog.h"

#include "io/DefinitionFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>

namespace cad::TemplateCatalog {

namespace {

const QString Folder = QStringLiteral(":/templates");

QString pathOf(const QString &key)
{
    return Folder + QLatin1Char('/') + key + DefinitionFile::Suffix;
}

Error unknown(const QString &key)
{
    return Error{QCoreApplication::translate("cad::TemplateCatalog", "There is no template \"%1\".").arg(key),
                 QCoreApplication::translate("cad::TemplateCatalog",
                                             "auth-designer-cli templates lists them, with their keys.")};
}

QList<TemplateInfo> readAll()
{
    QList<TemplateInfo> list;
    const QDir dir(Folder);
    for (const QString &name : dir.entryList({QLatin1String("*") + DefinitionFile::Suffix}, QDir::Files)) {
        const DefinitionFile::ReadResult read = DefinitionFile::read(dir.filePath(name));
        if (!read.ok())
            continue; // a test proves every template reads
        const ConnectorDefinition &d = *read.definition;
        list.append(TemplateInfo{name.chopped(DefinitionFile::Suffix.size()), d.displayName, d.description, d.authType,
                                 d.documentationUrl, dir.filePath(name)});
    }
    std::sort(list.begin(), list.end(), [](const TemplateInfo &a, const TemplateInfo &b) {
        const int byName = a.displayName.compare(b.displayName, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.key < b.key;
    });
    return list;
}

} // namespace

const QList<TemplateInfo> &all()
{
    static const QList<TemplateInfo> list = readAll();
    return list;
}

std::optional<TemplateInfo> find(const QString &key)
{
    for (const TemplateInfo &t : all()) {
        if (t.key == key)
            return t;
    }
    return std::nullopt;
}

Result<QByteArray> bytes(const QString &key)
{
    if (!find(key))
        return unknown(key);
    QFile file(pathOf(key));
    if (!file.open(QIODevice::ReadOnly))
        return unknown(key);
    return file.readAll();
}

Result<ConnectorDefinition> load(const QString &key)
{
    if (!find(key))
        return unknown(key);
    DefinitionFile::ReadResult read = DefinitionFile::read(pathOf(key));
    if (!read.ok())
        return unknown(key);
    return std::move(*read.definition);
}

} // namespace cad::TemplateCatalog
