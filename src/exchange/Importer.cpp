#include "exchange/Importer.h"

#include "core/Origin.h"
#include "exchange/Discovery.h"
#include "exchange/OpenApiImporter.h"
#include "exchange/PostmanImporter.h"
#include "exchange/YamlToJson.h"
#include "model/BuiltinSchemas.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace cad {

namespace {

/// True when a text anywhere in @p v, a key included, contains U+0000.
bool containsNul(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().contains(QChar(u'\0'));
    if (v.isArray()) {
        const QJsonArray array = v.toArray();
        return std::any_of(array.begin(), array.end(), [](const QJsonValue &item) { return containsNul(item); });
    }
    if (v.isObject()) {
        const QJsonObject object = v.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key().contains(QChar(u'\0')) || containsNul(it.value()))
                return true;
        }
    }
    return false;
}

/// An object with the parts of an OpenAPI or Swagger description but no version field.
bool isOpenApiWithoutVersion(const QJsonObject &root)
{
    if (!root.value(QLatin1String("info")).isObject())
        return false;
    for (const char *key : {"paths", "components", "webhooks", "securityDefinitions"}) {
        if (root.value(QLatin1String(key)).isObject())
            return true;
    }
    return false;
}

} // namespace

Result<QByteArray> Importer::readSource(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    auto fail = [&shown](const QString &reason, const QString &hint) {
        return Error{QCoreApplication::translate("cad::Importer", "Cannot import \"%1\": %2").arg(shown, reason), hint};
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QCoreApplication::translate("cad::Importer", "the file does not exist"),
                    QCoreApplication::translate("cad::Importer", "Check the path and try again."));
    if (!info.isFile())
        return fail(QCoreApplication::translate("cad::Importer", "it is not a regular file"),
                    QCoreApplication::translate("cad::Importer", "Name an OpenAPI, Swagger or Postman file."));
    if (info.size() > MaxFileSize)
        return fail(QCoreApplication::translate("cad::Importer", "the file is too large (%1 bytes; at most %2 MiB)")
                        .arg(info.size())
                        .arg(MaxFileSize / (1024 * 1024)),
                    QCoreApplication::translate(
                        "cad::Importer",
                        "Trim the description to the parts that describe servers and security, then import it."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString(),
                    QCoreApplication::translate("cad::Importer", "Check that you may read the file."));
    QByteArray bytes = file.read(MaxFileSize + 1);
    if (bytes.size() > MaxFileSize)
        return fail(QCoreApplication::translate("cad::Importer", "the file is too large"),
                    QCoreApplication::translate("cad::Importer", "Trim the description, then import it."));
    return bytes;
}

Result<QJsonObject> Importer::parseDocument(const QByteArray &bytes)
{
    const QString hint = QCoreApplication::translate(
        "cad::Importer", "Check that the file is a complete OpenAPI, Swagger or Postman description in JSON or YAML.");
    if (bytes.size() > MaxFileSize)
        return Error{QCoreApplication::translate("cad::Importer", "the source is too large (at most 16 MiB)"), hint};
    QByteArray text = bytes;
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.mid(3);
    if (text.trimmed().isEmpty())
        return Error{QCoreApplication::translate("cad::Importer", "the file is empty"), hint};
    if (text.contains('\0'))
        return Error{QCoreApplication::translate("cad::Importer", "the file contains NUL bytes: it is not a text file"),
                     hint};
    const QByteArray trimmed = text.trimmed();
    QJsonValue root;
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError) {
            return Error{QCoreApplication::translate("cad::Importer", "the JSON is not valid: %1 (at byte %2)")
                             .arg(error.errorString())
                             .arg(error.offset),
                         hint};
        }
        root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    } else {
        Result<QJsonValue> converted = YamlToJson::convert(text);
        if (!converted)
            return converted.error();
        root = *converted;
    }
    if (!root.isObject())
        return Error{QCoreApplication::translate("cad::Importer", "the top level is not an object"), hint};
    // A \u0000 escape (JSON) or \0 (YAML) gives the same NUL as a raw byte: it would reach the definition,
    // whose file could then not be opened again (DefinitionFile refuses NUL characters).
    if (containsNul(root))
        return Error{QCoreApplication::translate("cad::Importer", "the file contains NUL bytes: it is not a text file"),
                     hint};
    return root.toObject();
}

Result<ImportResult> Importer::importData(const QByteArray &bytes, const Options &options, ImportErrorKind *kind)
{
    ImportErrorKind ignored = ImportErrorKind::Invalid;
    ImportErrorKind &k = kind ? *kind : ignored;
    k = ImportErrorKind::Invalid;
    Result<QJsonObject> document = parseDocument(bytes);
    if (!document)
        return document.error();
    const QJsonObject &root = *document;
    if (root.contains(QLatin1String("openapi")) || root.contains(QLatin1String("swagger")))
        return OpenApiImporter::import(root, options.scheme, k);
    const QJsonObject info = root.value(QLatin1String("info")).toObject();
    const QString schema = info.value(QLatin1String("schema")).toString();
    if (schema.contains(QLatin1String("/collection/v1")))
        return Error{QCoreApplication::translate("cad::Importer", "Postman collection format v1 is not supported"),
                     QCoreApplication::translate(
                         "cad::Importer", "Export the collection from Postman as Collection v2.1, then import it.")};
    // A collection that lacks a required part is still recognised, so that the error names the part.
    if (schema.contains(QLatin1String("/collection/v2")) || root.contains(QLatin1String("item"))) {
        if (!options.scheme.isEmpty()) {
            k = ImportErrorKind::Usage;
            return Error{
                QCoreApplication::translate("cad::Importer", "--scheme applies to OpenAPI and Swagger sources only"),
                QCoreApplication::translate("cad::Importer", "Leave out --scheme for a Postman collection.")};
        }
        return PostmanImporter::import(root, k);
    }
    if (isOpenApiWithoutVersion(root))
        return Error{
            QCoreApplication::translate("cad::Importer",
                                        "the description has no \"openapi\" (or \"swagger\") field naming its version"),
            QCoreApplication::translate("cad::Importer",
                                        "Add \"openapi: 3.0.3\" (the OpenAPI version the description follows) at "
                                        "the top, or \"swagger: \"2.0\"\" for a Swagger 2.0 description, then import "
                                        "it again.")};
    return Error{QCoreApplication::translate(
                     "cad::Importer", "this is neither an OpenAPI or Swagger description nor a Postman collection"),
                 QCoreApplication::translate(
                     "cad::Importer",
                     "An OpenAPI file has \"openapi: 3.x\", a Swagger file \"swagger: 2.0\", a Postman collection "
                     "an \"info.schema\" naming collection v2.1.")};
}

Result<ImportResult> Importer::importFile(const QString &path, const Options &options, ImportErrorKind *kind)
{
    Result<QByteArray> bytes = readSource(path);
    if (!bytes) {
        if (kind)
            *kind = ImportErrorKind::Io;
        return bytes.error();
    }
    return importData(*bytes, options, kind);
}

void Importer::applyDiscovery(ImportResult &result, const QJsonObject &discovery)
{
    result.definition = Discovery::plan(result.definition, discovery).definition;
    result.notes.append(QCoreApplication::translate("cad::Importer", "Read the endpoints from the OpenID Connect "
                                                                     "discovery document %1.")
                            .arg(result.discoveryUrl.toString(QUrl::RemoveUserInfo)));
}

void Importer::discoveryFailed(ImportResult &result, const QString &reason)
{
    result.notes.append(QCoreApplication::translate("cad::Importer",
                                                    "Could not read the OpenID Connect discovery document %1 (%2). "
                                                    "Fill in the authorization and token URLs yourself.")
                            .arg(result.discoveryUrl.toString(QUrl::RemoveUserInfo), reason));
}

} // namespace cad
