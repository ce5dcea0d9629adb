// Definition files: NAME.connector.json
// ======================================
//
// One JSON object, UTF-8, written indented with a trailing newline (keys sorted by Qt):
//
//   {
//     "format": "connector-auth-designer",         required, exactly this text
//     "formatVersion": 1,                          required whole number; > 1 is refused with
//                                                  "made by a newer version" (update the designer)
//     "connector": {                               required object
//       "key": "acme-crm",                         required string
//       "displayName": "Acme CRM",                 required string
//       "baseUrl": "https://{subdomain}.acme.example/api/v2",   required string, may use {variables}
//       "description": "...",                      optional string, default ""
//       "testRequest": { "method": "GET", "path": "/me",       optional, defaults GET and /me
//         "expect": {                              optional: what a good answer is
//           "status": [200, "200-299"],            optional codes or "low-high" ranges, default 200-299
//           "json": [ { "pointer": "/email",       optional checks: an RFC 6901 pointer and exactly
//                       "exists": true } ],        one of "exists" (bool), "equals" (any JSON value)
//                                                  or "matches" (a regular expression, on the text)
//           "maxMs": 2000 } },                     optional response time limit, 1..600000
//       "connectionLabel": "{/email} at {subdomain}"   optional: the connection's name after a test,
//                                                  from the answer ({/pointer}) and values ({name})
//       "documentationUrl": "https://..."          optional: the provider's authentication documentation
//     },
//     "authentication": {                          required object
//       "type": "oauth2_authorization_code",       required, an authTypeId()
//       "properties": [                            optional array (default empty) of objects:
//         { "name": "client_id",                   required string, unique in the file
//           "displayName": "Client ID",            required string
//           "value": "abc",                        optional string, default ""; NEVER written for a
//                                                  secret property, and ignored (with a warning)
//                                                  when found on one: secrets live in the keychain
//           "askUser": false, "required": true, "secret": false, "builtIn": true,
//                                                  optional booleans, default false
//           "inputKind": "text",                   optional, an inputKindId(), default "text"
//           "choices": ["S256", "plain"],          optional array of strings, default []
//           "hint": "...",                         optional string, default ""
//           "order": 1,                            optional whole number 0..1000000, default row + 1
//           "sendAs": { "location": "none",        optional object; location required inside it:
//                       "key": "", "template": "" }   header, query, body or none (default none);
//                                                  key and template optional strings
//         } ]
//     }
//   }
//
// Reading checks structure and types only (Validator does the semantics) and reports every
// problem with its JSON path, e.g. "authentication.properties[3].sendAs.location: expected one
// of header, query, body, none", plus a hint. Unknown keys are warnings (forward compatibility
// within a format version). Files over MaxFileSize, invalid UTF-8, NUL bytes, strings over 64 KiB,
// more than 10000 properties or choices, and JSON nested too deeply are refused with a clear
// error. Reading never writes to the file; writing goes through QSaveFile (all or nothing).

#include "io/DefinitionFile.h"

#include "core/Logging.h"
#include "io/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

namespace cad {

namespace {

constexpr qsizetype MaxStringLength = 64 * 1024; // characters in any one string
constexpr qsizetype MaxProperties = 10000;
constexpr qsizetype MaxChoices = 10000;
constexpr int MaxOrder = 1000000;
constexpr qsizetype MaxChecks = 1000; // status entries or JSON checks of the test request

namespace Key {
const QLatin1String Format("format");
const QLatin1String FormatVersion("formatVersion");
const QLatin1String Connector("connector");
const QLatin1String Authentication("authentication");
const QLatin1String ConnectorKey("key");
const QLatin1String DisplayName("displayName");
const QLatin1String BaseUrl("baseUrl");
const QLatin1String Description("description");
const QLatin1String TestRequest("testRequest");
const QLatin1String Method("method");
const QLatin1String Path("path");
const QLatin1String Type("type");
const QLatin1String Properties("properties");
const QLatin1String Name("name");
const QLatin1String Value("value");
const QLatin1String AskUser("askUser");
const QLatin1String Required("required");
const QLatin1String Secret("secret");
const QLatin1String InputKindKey("inputKind");
const QLatin1String Choices("choices");
const QLatin1String Hint("hint");
const QLatin1String Order("order");
const QLatin1String SendAsKey("sendAs");
const QLatin1String LocationKey("location");
const QLatin1String SendKey("key");
const QLatin1String Template("template");
const QLatin1String BuiltIn("builtIn");
const QLatin1String Expect("expect");
const QLatin1String Status("status");
const QLatin1String Json("json");
const QLatin1String MaxMs("maxMs");
const QLatin1String Pointer("pointer");
const QLatin1String Exists("exists");
const QLatin1String Equals("equals");
const QLatin1String Matches("matches");
const QLatin1String ConnectionLabel("connectionLabel");
const QLatin1String DocumentationUrl("documentationUrl");
} // namespace Key

/// Where in the document a set of keys lives: the JSON path of the object, the properties-table
/// row (or -1) and the Diagnostic::field prefix used for the keys inside it.
struct Where
{
    QString objectPath;
    int row = -1;
    QString fieldPrefix;

    [[nodiscard]] QString pathOf(QLatin1String key) const
    {
        return objectPath.isEmpty() ? QString(key) : objectPath + QLatin1Char('.') + key;
    }
    [[nodiscard]] QString fieldOf(QLatin1String key) const
    {
        return fieldPrefix.isEmpty() ? QString(key) : fieldPrefix + QLatin1Char('.') + key;
    }
    [[nodiscard]] Where child(QLatin1String key) const { return {pathOf(key), row, fieldOf(key)}; }
};

QString describeNumber(double d)
{
    return QString::number(d, 'g', 15);
}

/// Line and column (both 1-based, column in characters) of a byte offset in UTF-8 text.
QString lineColumn(const QByteArray &bytes, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, bytes.size());
    const QByteArrayView before(bytes.constData(), offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype lineStart = bytes.lastIndexOf('\n', offset - 1) + 1;
    const qsizetype column = QString::fromUtf8(bytes.constData() + lineStart, offset - lineStart).size() + 1;
    return QCoreApplication::translate("cad::DefinitionFile", "line %1, column %2").arg(line).arg(column);
}

/// Offset of the first byte that is not part of well-formed UTF-8 (RFC 3629: no overlong forms,
/// no surrogates, nothing above U+10FFFF), or -1 when all is well.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        if (s[i + 1] < lo || s[i + 1] > hi)
            return i;
        for (int k = 2; k < length; ++k) {
            if (s[i + k] < 0x80 || s[i + k] > 0xBF)
                return i;
        }
        i += length;
    }
    return -1;
}

class Reader
{
public:
    DefinitionFile::ReadResult run(const QJsonObject &root);

    void error(const QString &path, const QString &message, const QString &hint, int row = -1,
               const QString &field = QString())
    {
        m_diagnostics.append({Diagnostic::Severity::Error, path, message, hint, row, field});
    }
    void warning(const QString &path, const QString &message, const QString &hint, int row = -1,
                 const QString &field = QString())
    {
        m_diagnostics.append({Diagnostic::Severity::Warning, path, message, hint, row, field});
    }
    [[nodiscard]] Diagnostics diagnostics() const { return m_diagnostics; }

private:
    void missing(const Where &w, QLatin1String key, const QString &what)
    {
        error(w.pathOf(key), QCoreApplication::translate("cad::DefinitionFile", "missing required key \"%1\"").arg(key),
              QCoreApplication::translate("cad::DefinitionFile", "Add \"%1\" with %2.").arg(key, what), w.row,
              w.fieldOf(key));
    }

    void unknownKeys(const QJsonObject &object, const Where &w, std::initializer_list<QLatin1String> known)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString key = it.key();
            if (std::find(known.begin(), known.end(), key) != known.end())
                continue;
            const QString shown = key.size() > 80 ? key.left(80) + QStringLiteral("...") : key;
            const QString path = w.objectPath.isEmpty() ? shown : w.objectPath + QLatin1Char('.') + shown;
            warning(path,
                    QCoreApplication::translate("cad::DefinitionFile", "unknown key \"%1\" was ignored").arg(shown),
                    QCoreApplication::translate(
                        "cad::DefinitionFile",
                        "Check the spelling (keys are case-sensitive); this version of Connector Auth Designer does "
                        "not use this key."),
                    w.row, w.fieldPrefix);
        }
    }

    /// Checks a string value: type, length, NUL characters. Reports at path.
    bool checkString(const QJsonValue &v, const QString &path, int row, const QString &field, QString &out)
    {
        if (!v.isString()) {
            error(path, QCoreApplication::translate("cad::DefinitionFile", "expected a string"),
                  QCoreApplication::translate("cad::DefinitionFile",
                                              "Write the value in double quotes, for example \"text\"."),
                  row, field);
            return false;
        }
        const QString s = v.toString();
        if (s.size() > MaxStringLength) {
            error(path,
                  QCoreApplication::translate("cad::DefinitionFile", "the text is too long (%1 characters; at most %2)")
                      .arg(s.size())
                      .arg(MaxStringLength),
                  QCoreApplication::translate("cad::DefinitionFile",
                                              "Shorten it: no field of a connector definition needs more than 64 KiB."),
                  row, field);
            return false;
        }
        if (s.contains(QChar(u'\0'))) {
            error(path, QCoreApplication::translate("cad::DefinitionFile", "the text contains a NUL character"),
                  QCoreApplication::translate("cad::DefinitionFile", "Remove the \\u0000 escape from the text."), row,
                  field);
            return false;
        }
        out = s;
        return true;
    }

    /// Reads an optional (or required) string member. Returns false on a problem (already reported).
    bool readString(const QJsonObject &o, QLatin1String key, const Where &w, bool required, QString &out)
    {
        const auto it = o.constFind(key);
        if (it == o.constEnd()) {
            if (required)
                missing(w, key, QCoreApplication::translate("cad::DefinitionFile", "a text value in double quotes"));
            return !required;
        }
        return checkString(it.value(), w.pathOf(key), w.row, w.fieldOf(key), out);
    }

    bool readBool(const QJsonObject &o, QLatin1String key, const Where &w, bool &out)
    {
        const auto it = o.constFind(key);
        if (it == o.constEnd())
            return true;
        if (!it.value().isBool()) {
            error(w.pathOf(key), QCoreApplication::translate("cad::DefinitionFile", "expected true or false"),
                  QCoreApplication::translate("cad::DefinitionFile", "Write true or false without quotes."), w.row,
                  w.fieldOf(key));
            return false;
        }
        out = it.value().toBool();
        return true;
    }

    /// A whole number in [min, max]. Returns nullopt when absent or wrong (wrong is reported).
    std::optional<int> wholeNumber(const QJsonValue &v, const QString &path, int row, const QString &field, int min,
                                   int max)
    {
        if (!v.isDouble()) {
            error(path, QCoreApplication::translate("cad::DefinitionFile", "expected a whole number"),
                  QCoreApplication::translate("cad::DefinitionFile", "Write a number without quotes, such as 1."), row,
                  field);
            return std::nullopt;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d) || d != std::trunc(d) || d < min || d > max) {
            error(path,
                  QCoreApplication::translate("cad::DefinitionFile", "expected a whole number between %1 and %2")
                      .arg(min)
                      .arg(max),
                  QCoreApplication::translate("cad::DefinitionFile",
                                              "%1 is out of range; write a whole number such as %2.")
                      .arg(describeNumber(d))
                      .arg(qMax(min, 1)),
                  row, field);
            return std::nullopt;
        }
        return static_cast<int>(d);
    }

    /// An id from a fixed list (auth type, input kind, location): wrong type or unknown id give
    /// "expected one of a, b, c".
    template <typename T, typename FromId>
    std::optional<T> readEnum(const QJsonValue &v, const QString &path, int row, const QString &field,
                              const QStringList &ids, FromId fromId, const QString &what)
    {
        const QString expected = QCoreApplication::translate("cad::DefinitionFile", "expected one of %1")
                                     .arg(ids.join(QStringLiteral(", ")));
        if (!v.isString()) {
            error(path, expected,
                  QCoreApplication::translate("cad::DefinitionFile",
                                              "Write the %1 as one of the listed ids, in double quotes.")
                      .arg(what),
                  row, field);
            return std::nullopt;
        }
        const QString id = v.toString();
        if (const std::optional<T> value = fromId(QStringView(id)))
            return value;
        const QString shown = id.size() > 80 ? id.left(80) + QStringLiteral("...") : id;
        error(path, expected,
              QCoreApplication::translate("cad::DefinitionFile",
                                          "\"%1\" is not a known %2; use one of the listed ids (lower case).")
                  .arg(shown, what),
              row, field);
        return std::nullopt;
    }

    bool readObject(const QJsonObject &o, QLatin1String key, const Where &w, bool required, QJsonObject &out)
    {
        const auto it = o.constFind(key);
        if (it == o.constEnd()) {
            if (required)
                missing(w, key, QCoreApplication::translate("cad::DefinitionFile", "an object in braces: { ... }"));
            return false;
        }
        if (!it.value().isObject()) {
            error(w.pathOf(key), QCoreApplication::translate("cad::DefinitionFile", "expected an object"),
                  QCoreApplication::translate("cad::DefinitionFile", "Write an object in braces: { ... }."), w.row,
                  w.fieldOf(key));
            return false;
        }
        out = it.value().toObject();
        return true;
    }

    void readConnector(const QJsonObject &root, ConnectorDefinition &d);
    void readExpectation(const QJsonObject &expect, const Where &w, TestExpectation &out);
    /// A JSON array member with at most MaxChecks elements; false when absent or wrong (reported).
    bool readArray(const QJsonObject &o, QLatin1String key, const Where &w, QJsonArray &out);
    void readAuthentication(const QJsonObject &root, ConnectorDefinition &d);
    std::optional<Property> readProperty(const QJsonValue &value, int row);

    Diagnostics m_diagnostics;
};

DefinitionFile::ReadResult Reader::run(const QJsonObject &root)
{
    const Where top;
    // Identity first: a file that is not ours, or is from a newer format, is not read further.
    const auto format = root.constFind(Key::Format);
    if (format == root.constEnd()) {
        error(Key::Format,
              QCoreApplication::translate("cad::DefinitionFile",
                                          "missing \"format\": this is not a Connector Auth Designer definition file"),
              QCoreApplication::translate("cad::DefinitionFile",
                                          "Open a NAME.connector.json file saved by Connector Auth Designer."),
              -1, Key::Format);
        return {std::nullopt, m_diagnostics};
    }
    if (!format->isString() || format->toString() != DefinitionFile::FormatName) {
        error(Key::Format,
              QCoreApplication::translate("cad::DefinitionFile",
                                          "expected \"%1\": this is not a Connector Auth Designer "
                                          "definition file")
                  .arg(DefinitionFile::FormatName),
              QCoreApplication::translate("cad::DefinitionFile",
                                          "Open a NAME.connector.json file saved by Connector Auth Designer."),
              -1, Key::Format);
        return {std::nullopt, m_diagnostics};
    }
    const auto version = root.constFind(Key::FormatVersion);
    if (version == root.constEnd()) {
        missing(top, Key::FormatVersion, QCoreApplication::translate("cad::DefinitionFile", "the number 1"));
    } else if (!version->isDouble()) {
        error(
            Key::FormatVersion, QCoreApplication::translate("cad::DefinitionFile", "expected a whole number"),
            QCoreApplication::translate("cad::DefinitionFile", "Write \"formatVersion\": 1 (a number without quotes)."),
            -1, Key::FormatVersion);
    } else {
        const double v = version->toDouble();
        if (std::isfinite(v) && v == std::trunc(v) && v > DefinitionFile::FormatVersion) {
            const QString shown = v < 1e15 ? QString::number(static_cast<qint64>(v)) : describeNumber(v);
            error(Key::FormatVersion,
                  QCoreApplication::translate("cad::DefinitionFile",
                                              "this file was made by a newer version of Connector Auth Designer "
                                              "(format %1); this version reads format %2.")
                      .arg(shown)
                      .arg(DefinitionFile::FormatVersion),
                  QCoreApplication::translate("cad::DefinitionFile",
                                              "Install the latest Connector Auth Designer, then open the file again."),
                  -1, Key::FormatVersion);
            return {std::nullopt, m_diagnostics};
        }
        if (!std::isfinite(v) || v != std::trunc(v) || v < 1) {
            error(Key::FormatVersion,
                  QCoreApplication::translate("cad::DefinitionFile", "unsupported format version %1")
                      .arg(describeNumber(v)),
                  QCoreApplication::translate("cad::DefinitionFile", "Set \"formatVersion\" to %1.")
                      .arg(DefinitionFile::FormatVersion),
                  -1, Key::FormatVersion);
        }
    }
    unknownKeys(root, top, {Key::Format, Key::FormatVersion, Key::Connector, Key::Authentication});

    ConnectorDefinition d;
    readConnector(root, d);
    readAuthentication(root, d);

    if (hasErrors(m_diagnostics))
        return {std::nullopt, m_diagnostics};
    return {d, m_diagnostics};
}

void Reader::readConnector(const QJsonObject &root, ConnectorDefinition &d)
{
    QJsonObject c;
    if (!readObject(root, Key::Connector, Where{}, true, c))
        return;
    const Where w{QString(Key::Connector), -1, QString()};
    unknownKeys(c, w,
                {Key::ConnectorKey, Key::DisplayName, Key::BaseUrl, Key::Description, Key::TestRequest,
                 Key::ConnectionLabel, Key::DocumentationUrl});
    readString(c, Key::ConnectorKey, w, true, d.key);
    readString(c, Key::DisplayName, w, true, d.displayName);
    readString(c, Key::BaseUrl, w, true, d.baseUrl);
    readString(c, Key::Description, w, false, d.description);
    readString(c, Key::ConnectionLabel, w, false, d.connectionLabel);
    readString(c, Key::DocumentationUrl, w, false, d.documentationUrl);

    QJsonObject t;
    if (readObject(c, Key::TestRequest, w, false, t)) {
        const Where tw = w.child(Key::TestRequest);
        unknownKeys(t, tw, {Key::Method, Key::Path, Key::Expect});
        readString(t, Key::Method, tw, false, d.testRequest.method);
        readString(t, Key::Path, tw, false, d.testRequest.path);
        QJsonObject e;
        if (readObject(t, Key::Expect, tw, false, e))
            readExpectation(e, tw.child(Key::Expect), d.testRequest.expect);
    }
}

bool Reader::readArray(const QJsonObject &o, QLatin1String key, const Where &w, QJsonArray &out)
{
    const auto it = o.constFind(key);
    if (it == o.constEnd())
        return false;
    if (!it.value().isArray()) {
        error(w.pathOf(key), QCoreApplication::translate("cad::DefinitionFile", "expected an array"),
              QCoreApplication::translate("cad::DefinitionFile", "Write a list in brackets: [ ... ]."), w.row,
              w.fieldOf(key));
        return false;
    }
    out = it.value().toArray();
    if (out.size() > MaxChecks) {
        error(w.pathOf(key),
              QCoreApplication::translate("cad::DefinitionFile", "too many entries (%1; at most %2)")
                  .arg(out.size())
                  .arg(MaxChecks),
              QCoreApplication::translate("cad::DefinitionFile", "Keep the checks that say what a good answer is."),
              w.row, w.fieldOf(key));
        return false;
    }
    return true;
}

void Reader::readExpectation(const QJsonObject &e, const Where &w, TestExpectation &out)
{
    unknownKeys(e, w, {Key::Status, Key::Json, Key::MaxMs});
    QJsonArray status;
    if (readArray(e, Key::Status, w, status)) {
        for (qsizetype i = 0; i < status.size(); ++i) {
            const QString path = QStringLiteral("%1[%2]").arg(w.pathOf(Key::Status)).arg(i);
            const QJsonValue v = status.at(i);
            QString entry;
            if (v.isDouble()) {
                if (const std::optional<int> code = wholeNumber(v, path, w.row, w.fieldOf(Key::Status), 0, 999))
                    out.status.append(QString::number(*code));
            } else if (v.isString()) {
                if (checkString(v, path, w.row, w.fieldOf(Key::Status), entry))
                    out.status.append(entry);
            } else {
                error(path, QCoreApplication::translate("cad::DefinitionFile", "expected a status code or a range"),
                      QCoreApplication::translate("cad::DefinitionFile",
                                                  "Write a code such as 200 or a range in quotes such as \"200-299\"."),
                      w.row, w.fieldOf(Key::Status));
            }
        }
    }
    QJsonArray checks;
    if (readArray(e, Key::Json, w, checks)) {
        for (qsizetype i = 0; i < checks.size(); ++i) {
            const Where cw{QStringLiteral("%1[%2]").arg(w.pathOf(Key::Json)).arg(i), w.row, w.fieldOf(Key::Json)};
            if (!checks.at(i).isObject()) {
                error(
                    cw.objectPath, QCoreApplication::translate("cad::DefinitionFile", "expected an object"),
                    QCoreApplication::translate("cad::DefinitionFile",
                                                "Write a check such as { \"pointer\": \"/email\", \"exists\": true }."),
                    w.row, cw.fieldPrefix);
                continue;
            }
            const QJsonObject o = checks.at(i).toObject();
            unknownKeys(o, cw, {Key::Pointer, Key::Exists, Key::Equals, Key::Matches});
            ResponseCheck check;
            bool ok = readString(o, Key::Pointer, cw, true, check.pointer);
            const int given =
                int(o.contains(Key::Exists)) + int(o.contains(Key::Equals)) + int(o.contains(Key::Matches));
            if (given != 1) {
                error(
                    cw.objectPath,
                    QCoreApplication::translate("cad::DefinitionFile",
                                                "a check needs exactly one of \"exists\", \"equals\" and \"matches\""),
                    QCoreApplication::translate(
                        "cad::DefinitionFile", "Split it into one check per condition, or add the condition it lacks."),
                    w.row, cw.fieldPrefix);
                continue;
            }
            if (o.contains(Key::Exists)) {
                bool exists = true;
                ok &= readBool(o, Key::Exists, cw, exists);
                check.kind = ResponseCheck::Kind::Exists;
                check.value = exists;
            } else if (o.contains(Key::Equals)) {
                check.kind = ResponseCheck::Kind::Equals;
                check.value = o.value(Key::Equals);
            } else {
                QString pattern;
                ok &= readString(o, Key::Matches, cw, true, pattern);
                check.kind = ResponseCheck::Kind::Matches;
                check.value = pattern;
            }
            if (ok)
                out.json.append(check);
        }
    }
    const auto maxMs = e.constFind(Key::MaxMs);
    if (maxMs != e.constEnd()) {
        if (const std::optional<int> ms = wholeNumber(maxMs.value(), w.pathOf(Key::MaxMs), w.row, w.fieldOf(Key::MaxMs),
                                                      1, TestExpectation::MaxMsLimit))
            out.maxMs = *ms;
    }
}

void Reader::readAuthentication(const QJsonObject &root, ConnectorDefinition &d)
{
    QJsonObject a;
    if (!readObject(root, Key::Authentication, Where{}, true, a))
        return;
    const Where w{QString(Key::Authentication), -1, QString()};
    unknownKeys(a, w, {Key::Type, Key::Properties});

    const auto type = a.constFind(Key::Type);
    if (type == a.constEnd()) {
        missing(w, Key::Type,
                QCoreApplication::translate("cad::DefinitionFile", "one of %1")
                    .arg(authTypeIds().join(QStringLiteral(", "))));
    } else if (const auto t = readEnum<AuthType>(
                   type.value(), w.pathOf(Key::Type), -1, QString(Key::Type), authTypeIds(), authTypeFromId,
                   QCoreApplication::translate("cad::DefinitionFile", "authentication type"))) {
        d.authType = *t;
    }

    const auto props = a.constFind(Key::Properties);
    if (props == a.constEnd())
        return;
    const QString propsPath = w.pathOf(Key::Properties);
    if (!props->isArray()) {
        error(propsPath, QCoreApplication::translate("cad::DefinitionFile", "expected an array"),
              QCoreApplication::translate("cad::DefinitionFile",
                                          "Write the properties as a list in square brackets: [ { ... } ]."));
        return;
    }
    const QJsonArray list = props->toArray();
    if (list.size() > MaxProperties) {
        error(propsPath,
              QCoreApplication::translate("cad::DefinitionFile", "too many properties (%1; at most %2)")
                  .arg(list.size())
                  .arg(MaxProperties),
              QCoreApplication::translate("cad::DefinitionFile",
                                          "A connector needs a handful of properties; remove the surplus."));
        return;
    }
    QHash<QString, int> firstRow;
    d.properties.reserve(d.properties.size() + list.size());
    firstRow.reserve(list.size());
    for (int i = 0; i < list.size(); ++i) {
        std::optional<Property> p = readProperty(list.at(i), i);
        if (!p)
            continue;
        if (!p->name.isEmpty()) {
            if (firstRow.contains(p->name)) {
                error(QStringLiteral("authentication.properties[%1].name").arg(i),
                      QCoreApplication::translate("cad::Validator", "duplicate property name \"%1\"").arg(p->name),
                      QCoreApplication::translate("cad::Validator",
                                                  "Technical names must be unique; rename one of them."),
                      i, QString(Key::Name));
            } else {
                firstRow.insert(p->name, i);
            }
        }
        d.properties.append(std::move(*p));
    }
}

std::optional<Property> Reader::readProperty(const QJsonValue &value, int row)
{
    const QString path = QStringLiteral("authentication.properties[%1]").arg(row);
    if (!value.isObject()) {
        error(path, QCoreApplication::translate("cad::DefinitionFile", "expected an object"),
              QCoreApplication::translate("cad::DefinitionFile",
                                          "Write each property as an object in braces: { \"name\": ... }."),
              row);
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    const Where w{path, row, QString()};
    unknownKeys(o, w,
                {Key::Name, Key::DisplayName, Key::Value, Key::AskUser, Key::Required, Key::Secret, Key::InputKindKey,
                 Key::Choices, Key::Hint, Key::Order, Key::SendAsKey, Key::BuiltIn});

    Property p;
    p.order = row + 1;
    bool ok = readString(o, Key::Name, w, true, p.name);
    ok &= readString(o, Key::DisplayName, w, true, p.displayName);
    ok &= readBool(o, Key::AskUser, w, p.askUser);
    ok &= readBool(o, Key::Required, w, p.required);
    const bool secretOk = readBool(o, Key::Secret, w, p.secret);
    ok &= secretOk;
    ok &= readBool(o, Key::BuiltIn, w, p.builtIn);
    ok &= readString(o, Key::Hint, w, false, p.hint);

    QString fileValue;
    ok &= readString(o, Key::Value, w, false, fileValue);
    if (p.secret) {
        if (!fileValue.isEmpty()) {
            const QString who = p.name.isEmpty() ? path : p.name;
            warning(
                w.pathOf(Key::Value),
                QCoreApplication::translate("cad::DefinitionFile",
                                            "a value for the secret property %1 was ignored: secrets are kept in "
                                            "the keychain, never in files")
                    .arg(who),
                QCoreApplication::translate(
                    "cad::DefinitionFile",
                    "Remove the value from the file and enter it in the designer, which stores it in the keychain."),
                row, QString(Key::Value));
        }
    } else {
        p.value = fileValue;
    }

    if (const auto it = o.constFind(Key::InputKindKey); it != o.constEnd()) {
        if (const auto k = readEnum<InputKind>(it.value(), w.pathOf(Key::InputKindKey), row, QString(Key::InputKindKey),
                                               inputKindIds(), inputKindFromId,
                                               QCoreApplication::translate("cad::DefinitionFile", "input kind")))
            p.inputKind = *k;
        else
            ok = false;
    }

    if (const auto it = o.constFind(Key::Choices); it != o.constEnd()) {
        const QString choicesPath = w.pathOf(Key::Choices);
        if (!it->isArray()) {
            error(choicesPath, QCoreApplication::translate("cad::DefinitionFile", "expected an array"),
                  QCoreApplication::translate("cad::DefinitionFile",
                                              "Write the choices as a list of texts: [\"a\", \"b\"]."),
                  row, QString(Key::Choices));
            ok = false;
        } else {
            const QJsonArray choices = it->toArray();
            if (choices.size() > MaxChoices) {
                error(choicesPath,
                      QCoreApplication::translate("cad::DefinitionFile", "too many choices (%1; at most %2)")
                          .arg(choices.size())
                          .arg(MaxChoices),
                      QCoreApplication::translate("cad::DefinitionFile",
                                                  "Offer end users a short list; remove the surplus."),
                      row, QString(Key::Choices));
                ok = false;
            } else {
                for (int c = 0; c < choices.size(); ++c) {
                    QString choice;
                    if (checkString(choices.at(c), choicesPath + QStringLiteral("[%1]").arg(c), row,
                                    QString(Key::Choices), choice))
                        p.choices.append(choice);
                    else
                        ok = false;
                }
            }
        }
    }

    if (const auto it = o.constFind(Key::Order); it != o.constEnd()) {
        if (const auto order = wholeNumber(it.value(), w.pathOf(Key::Order), row, QString(Key::Order), 0, MaxOrder))
            p.order = *order;
        else
            ok = false;
    }

    QJsonObject s;
    if (readObject(o, Key::SendAsKey, w, false, s)) {
        const Where sw = w.child(Key::SendAsKey);
        unknownKeys(s, sw, {Key::LocationKey, Key::SendKey, Key::Template});
        if (const auto it = s.constFind(Key::LocationKey); it == s.constEnd()) {
            missing(sw, Key::LocationKey,
                    QCoreApplication::translate("cad::DefinitionFile", "one of %1")
                        .arg(locationIds().join(QStringLiteral(", "))));
            ok = false;
        } else if (const auto l = readEnum<Location>(it.value(), sw.pathOf(Key::LocationKey), row,
                                                     sw.fieldOf(Key::LocationKey), locationIds(), locationFromId,
                                                     QCoreApplication::translate("cad::DefinitionFile", "location"))) {
            p.sendAs.location = *l;
        } else {
            ok = false;
        }
        ok &= readString(s, Key::SendKey, sw, false, p.sendAs.key);
        ok &= readString(s, Key::Template, sw, false, p.sendAs.valueTemplate);
    } else if (o.contains(Key::SendAsKey)) {
        ok = false;
    }

    // Even a property with errors is returned so that duplicate names are still found.
    Q_UNUSED(ok);
    return p;
}

} // namespace

DefinitionFile::ReadResult DefinitionFile::read(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    auto ioError = [&shown](const QString &reason, const QString &hint) {
        ReadResult r;
        r.diagnostics.append(
            {Diagnostic::Severity::Error, QString(),
             QCoreApplication::translate("cad::DefinitionFile", "Could not open \"%1\": %2").arg(shown, reason), hint,
             -1, QString(DefinitionFile::IoErrorField)});
        return r;
    };

    const QFileInfo info(path);
    if (!info.exists())
        return ioError(QCoreApplication::translate("cad::DefinitionFile", "the file does not exist"),
                       QCoreApplication::translate("cad::DefinitionFile", "Check the path, or choose the file again."));
    if (info.isDir())
        return ioError(
            QCoreApplication::translate("cad::DefinitionFile", "it is a folder, not a file"),
            QCoreApplication::translate("cad::DefinitionFile", "Choose a NAME.connector.json file inside the folder."));
    if (!info.isFile())
        return ioError(QCoreApplication::translate("cad::DefinitionFile", "it is not a regular file"),
                       QCoreApplication::translate("cad::DefinitionFile", "Choose a NAME.connector.json file."));
    if (info.size() > MaxFileSize) {
        return ioError(
            QCoreApplication::translate("cad::DefinitionFile", "the file is too large (%1 bytes; at most %2 MiB)")
                .arg(info.size())
                .arg(MaxFileSize / (1024 * 1024)),
            QCoreApplication::translate(
                "cad::DefinitionFile",
                "A connector definition is a few kilobytes; check that this is the right file."));
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ioError(
            file.errorString(),
            QCoreApplication::translate("cad::DefinitionFile", "Check that the file exists and that you may read it."));
    // Never read more than allowed, even if the file grew after the size check.
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return ioError(
            file.errorString(),
            QCoreApplication::translate("cad::DefinitionFile", "Check that the file is readable, then try again."));
    file.close();
    qCDebug(lcIo) << "read" << shown << bytes.size() << "bytes";
    return parse(bytes);
}

DefinitionFile::ReadResult DefinitionFile::parse(const QByteArray &json)
{
    ReadResult r;
    auto fail = [&r](const QString &message, const QString &hint) {
        r.diagnostics.append({Diagnostic::Severity::Error, QString(), message, hint});
        return r;
    };

    if (json.size() > MaxFileSize) {
        return fail(
            QCoreApplication::translate("cad::DefinitionFile", "the file is too large (%1 bytes; at most %2 MiB)")
                .arg(json.size())
                .arg(MaxFileSize / (1024 * 1024)),
            QCoreApplication::translate(
                "cad::DefinitionFile",
                "A connector definition is a few kilobytes; check that this is the right file."));
    }
    if (json.trimmed().isEmpty())
        return fail(QCoreApplication::translate("cad::DefinitionFile", "the file is empty"),
                    QCoreApplication::translate(
                        "cad::DefinitionFile",
                        "Choose a definition file saved by Connector Auth Designer, or create a new connector."));
    if (const qsizetype bad = firstInvalidUtf8(json); bad >= 0) {
        return fail(
            QCoreApplication::translate("cad::DefinitionFile", "the file is not valid UTF-8 (byte offset %1)").arg(bad),
            QCoreApplication::translate("cad::DefinitionFile",
                                        "Save the file with UTF-8 encoding, or restore it from a backup."));
    }
    if (const qsizetype nul = json.indexOf('\0'); nul >= 0) {
        return fail(QCoreApplication::translate("cad::DefinitionFile", "the file contains a NUL byte (%1)")
                        .arg(lineColumn(json, nul)),
                    QCoreApplication::translate("cad::DefinitionFile",
                                                "The file is damaged or not a text file; restore it from a backup."));
    }

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt refuses a scalar at the top level with "illegal value"; say what is really wrong.
        QByteArray start = json.trimmed();
        if (start.startsWith("\xEF\xBB\xBF"))
            start = start.mid(3).trimmed();
        if (!start.startsWith('{') && !start.startsWith('['))
            return fail(QCoreApplication::translate("cad::DefinitionFile", "expected an object at the top level"),
                        QCoreApplication::translate(
                            "cad::DefinitionFile",
                            "A definition file is one JSON object that starts with { and contains \"format\"."));
        const QString where = lineColumn(json, parseError.offset);
        if (parseError.error == QJsonParseError::DeepNesting)
            return fail(QCoreApplication::translate("cad::DefinitionFile",
                                                    "the file is not valid JSON: it is nested too deeply (%1)")
                            .arg(where),
                        QCoreApplication::translate(
                            "cad::DefinitionFile",
                            "A connector definition nests only a few levels; this is not a definition file."));
        return fail(QCoreApplication::translate("cad::DefinitionFile", "the file is not valid JSON: %1 (%2)")
                        .arg(parseError.errorString(), where),
                    QCoreApplication::translate(
                        "cad::DefinitionFile",
                        "Fix the JSON at that place (a missing comma, quote or bracket?), or restore the file from a "
                        "backup."));
    }
    if (!doc.isObject())
        return fail(QCoreApplication::translate("cad::DefinitionFile", "expected an object at the top level"),
                    QCoreApplication::translate(
                        "cad::DefinitionFile",
                        "A definition file is one JSON object that starts with { and contains \"format\"."));
    return fromJson(doc.object());
}

DefinitionFile::ReadResult DefinitionFile::fromJson(const QJsonObject &root)
{
    Reader reader;
    return reader.run(root);
}

QJsonObject DefinitionFile::toJson(const ConnectorDefinition &d)
{
    QJsonObject testRequest{{Key::Method, d.testRequest.method}, {Key::Path, d.testRequest.path}};
    const TestExpectation &expect = d.testRequest.expect;
    if (!expect.isDefault()) {
        QJsonObject e;
        if (!expect.status.isEmpty()) {
            QJsonArray status;
            for (const QString &entry : expect.status) {
                // A single code as a number (as authors write it), a range as text.
                const std::optional<StatusRange> range = TestExpectation::parseStatus(entry);
                if (range && range->low == range->high && entry.trimmed() == QString::number(range->low))
                    status.append(range->low);
                else
                    status.append(entry);
            }
            e.insert(Key::Status, status);
        }
        if (!expect.json.isEmpty()) {
            QJsonArray checks;
            for (const ResponseCheck &check : expect.json) {
                const QLatin1String kind = check.kind == ResponseCheck::Kind::Exists   ? Key::Exists
                                           : check.kind == ResponseCheck::Kind::Equals ? Key::Equals
                                                                                       : Key::Matches;
                checks.append(QJsonObject{{Key::Pointer, check.pointer}, {kind, check.value}});
            }
            e.insert(Key::Json, checks);
        }
        if (expect.maxMs > 0)
            e.insert(Key::MaxMs, expect.maxMs);
        testRequest.insert(Key::Expect, e);
    }
    QJsonObject connector{{Key::ConnectorKey, d.key},
                          {Key::DisplayName, d.displayName},
                          {Key::BaseUrl, d.baseUrl},
                          {Key::Description, d.description},
                          {Key::TestRequest, testRequest}};
    if (!d.connectionLabel.isEmpty())
        connector.insert(Key::ConnectionLabel, d.connectionLabel);
    if (!d.documentationUrl.isEmpty())
        connector.insert(Key::DocumentationUrl, d.documentationUrl);
    QJsonArray properties;
    for (const Property &p : d.properties) {
        QJsonObject o{{Key::Name, p.name},
                      {Key::DisplayName, p.displayName},
                      {Key::AskUser, p.askUser},
                      {Key::Required, p.required},
                      {Key::Secret, p.secret},
                      {Key::InputKindKey, inputKindId(p.inputKind)},
                      {Key::Choices, QJsonArray::fromStringList(p.choices)},
                      {Key::Hint, p.hint},
                      {Key::Order, p.order},
                      {Key::SendAsKey, QJsonObject{{Key::LocationKey, locationId(p.sendAs.location)},
                                                   {Key::SendKey, p.sendAs.key},
                                                   {Key::Template, p.sendAs.valueTemplate}}},
                      {Key::BuiltIn, p.builtIn}};
        if (!p.secret)
            o.insert(Key::Value, p.value);
        properties.append(o);
    }
    QJsonObject authentication{{Key::Type, authTypeId(d.authType)}, {Key::Properties, properties}};
    return QJsonObject{{Key::Format, QString(FormatName)},
                       {Key::FormatVersion, FormatVersion},
                       {Key::Connector, connector},
                       {Key::Authentication, authentication}};
}

QByteArray DefinitionFile::serialize(const ConnectorDefinition &definition)
{
    QByteArray bytes = QJsonDocument(toJson(definition)).toJson(QJsonDocument::Indented);
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    return bytes;
}

Status DefinitionFile::write(const QString &path, const ConnectorDefinition &definition)
{
    const QString shown = QDir::toNativeSeparators(path);
    auto failure = [&shown](const QString &reason) {
        return Error{QCoreApplication::translate("cad::DefinitionFile", "Could not save \"%1\": %2").arg(shown, reason),
                     QCoreApplication::translate(
                         "cad::DefinitionFile",
                         "Choose a folder you may write to and that has free space, then save again. The previous "
                         "file, if any, is unchanged.")};
    };

    const Status written = AtomicFile::write(path, serialize(definition));
    if (!written)
        return failure(written.error().message);
    return Status::success();
}

} // namespace cad
