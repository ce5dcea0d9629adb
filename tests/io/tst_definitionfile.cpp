// Definition files: round trips for every type, a hand-made file, every malformed input we could
// think of (each must fail cleanly, with path, message and hint, and leave the file untouched),
// semantic problems that load but are reported by Validator, and atomic writes.

#include "io/DefinitionFile.h"
#include "model/BuiltinSchemas.h"
#include "model/Validator.h"
#include "support/SecretScan.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace cad;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(CAD_TEST_DATA_DIR "/definitions/") + name;
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray("unreadable");
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append((d.isError() ? QStringLiteral("E ") : QStringLiteral("W ")) + d.toString().left(300));
    return lines.join(QLatin1Char('\n'));
}

const Diagnostic *findDiagnostic(const Diagnostics &diagnostics, const QString &path, const QString &message,
                                 Diagnostic::Severity severity = Diagnostic::Severity::Error)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == severity && d.path == path && d.message.contains(message))
            return &d;
    }
    return nullptr;
}

/// A sample value a user might enter for a property of this kind.
QString sampleValue(const Property &p)
{
    switch (p.inputKind) {
    case InputKind::Url:
        return QStringLiteral("https://login.example.com/oauth/") + p.name;
    case InputKind::Number:
        return QStringLiteral("1800");
    case InputKind::Boolean:
        return QStringLiteral("false");
    case InputKind::Choice:
        return p.choices.value(0, QStringLiteral("one"));
    case InputKind::MultiChoice:
        return p.choices.mid(0, 2).join(QLatin1Char(' '));
    case InputKind::Password:
        return QStringLiteral("S3cret-") + p.name + QStringLiteral("-x9Qz");
    default:
        return QStringLiteral("value of ") + p.name + QStringLiteral(" \"quoted\" \\ é ✓");
    }
}

/// A definition of the given type with every value filled and author-added properties of every
/// input kind and every location.
ConnectorDefinition filledDefinition(AuthType type)
{
    ConnectorDefinition d = ConnectorDefinition::create(type, QStringLiteral("Acme CRM"));
    d.baseUrl = QStringLiteral("https://{subdomain}.acme.example/api/v2");
    d.description = QStringLiteral("Line one\nline two, with \"quotes\" and ünïcödé");
    d.testRequest = {QStringLiteral("POST"), QStringLiteral("/v2/whoami")};

    const QList<InputKind> kinds{InputKind::Text,        InputKind::Password,     InputKind::Url,
                                 InputKind::Number,      InputKind::Boolean,      InputKind::Choice,
                                 InputKind::MultiChoice, InputKind::MultiLineText};
    const QList<Location> locations{Location::Header, Location::Query, Location::Body, Location::NotSent};
    for (int i = 0; i < kinds.size(); ++i) {
        Property p;
        p.name = QStringLiteral("extra_%1").arg(i);
        p.displayName = QStringLiteral("Extra %1").arg(i);
        p.inputKind = kinds.at(i);
        if (p.inputKind == InputKind::Choice || p.inputKind == InputKind::MultiChoice)
            p.choices = {QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")};
        p.askUser = i % 2 == 0;
        p.required = i % 3 == 0;
        p.secret = p.inputKind == InputKind::Password;
        p.hint = QStringLiteral("Hint for extra %1").arg(i);
        p.order = 100 - i;
        p.sendAs.location = locations.at(i % locations.size());
        if (p.sendAs.location != Location::NotSent) {
            p.sendAs.key = QStringLiteral("X-Extra-%1").arg(i);
            p.sendAs.valueTemplate = QStringLiteral("pre {value} post");
        }
        d.properties.append(p);
    }
    Property subdomain;
    subdomain.name = QStringLiteral("subdomain");
    subdomain.displayName = QStringLiteral("Subdomain");
    subdomain.askUser = true;
    subdomain.required = true;
    d.properties.append(subdomain);

    for (Property &p : d.properties) {
        if (p.value.isEmpty())
            p.value = sampleValue(p);
    }
    // Make sure every secret has a value that can be searched for.
    for (Property &p : d.properties) {
        if (p.secret)
            p.value = QStringLiteral("Sup3rS3cret-%1-Kq7w").arg(p.name);
    }
    return d;
}

QString firstDifference(const ConnectorDefinition &a, const ConnectorDefinition &b)
{
    if (a.key != b.key || a.displayName != b.displayName || a.baseUrl != b.baseUrl || a.description != b.description ||
        !(a.testRequest == b.testRequest) || a.authType != b.authType)
        return QStringLiteral("connector settings differ");
    if (a.properties.size() != b.properties.size())
        return QStringLiteral("property count %1 vs %2").arg(a.properties.size()).arg(b.properties.size());
    for (int i = 0; i < a.properties.size(); ++i) {
        if (!(a.properties.at(i) == b.properties.at(i)))
            return QStringLiteral("property %1 (%2) differs").arg(i).arg(a.properties.at(i).name);
    }
    return QString();
}

/// The file written by the designer for a filled OAuth definition: the base of the malformed cases.
QJsonObject validRoot()
{
    return DefinitionFile::toJson(filledDefinition(AuthType::OAuth2AuthorizationCode));
}

using Mutation = std::function<void(QJsonObject &)>;

QByteArray mutated(const Mutation &change)
{
    QJsonObject root = validRoot();
    change(root);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

/// Sets authentication.properties[row].key (or removes it when value is undefined).
Mutation setPropertyField(int row, const QString &key, const QJsonValue &value)
{
    return [=](QJsonObject &root) {
        QJsonObject auth = root.value(QLatin1String("authentication")).toObject();
        QJsonArray props = auth.value(QLatin1String("properties")).toArray();
        QJsonObject p = props.at(row).toObject();
        if (value.isUndefined())
            p.remove(key);
        else
            p.insert(key, value);
        props.replace(row, p);
        auth.insert(QLatin1String("properties"), props);
        root.insert(QLatin1String("authentication"), auth);
    };
}

Mutation setSendAsField(int row, const QString &key, const QJsonValue &value)
{
    return [=](QJsonObject &root) {
        QJsonObject auth = root.value(QLatin1String("authentication")).toObject();
        QJsonArray props = auth.value(QLatin1String("properties")).toArray();
        QJsonObject p = props.at(row).toObject();
        QJsonObject s = p.value(QLatin1String("sendAs")).toObject();
        if (value.isUndefined())
            s.remove(key);
        else
            s.insert(key, value);
        p.insert(QLatin1String("sendAs"), s);
        props.replace(row, p);
        auth.insert(QLatin1String("properties"), props);
        root.insert(QLatin1String("authentication"), auth);
    };
}

Mutation setObjectField(const QString &object, const QString &key, const QJsonValue &value)
{
    return [=](QJsonObject &root) {
        QJsonObject o = root.value(object).toObject();
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        root.insert(object, o);
    };
}

Mutation setTestRequestField(const QString &key, const QJsonValue &value)
{
    return [=](QJsonObject &root) {
        QJsonObject c = root.value(QLatin1String("connector")).toObject();
        QJsonObject t = c.value(QLatin1String("testRequest")).toObject();
        t.insert(key, value);
        c.insert(QLatin1String("testRequest"), t);
        root.insert(QLatin1String("connector"), c);
    };
}

/// Runs fn in a child process that has given up root, so that file permissions apply. Returns the
/// child's output (what fn returned), or a failure text starting with "!".
QByteArray runWithoutRoot(const std::function<QByteArray()> &fn)
{
    int fds[2];
    if (pipe(fds) != 0)
        return QByteArrayLiteral("!pipe failed");
    const pid_t pid = fork();
    if (pid < 0)
        return QByteArrayLiteral("!fork failed");
    if (pid == 0) {
        ::close(fds[0]);
        if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0)) {
            const char msg[] = "!cannot drop root";
            (void)!::write(fds[1], msg, sizeof msg - 1);
            _exit(1);
        }
        const QByteArray out = fn();
        (void)!::write(fds[1], out.constData(), static_cast<size_t>(out.size()));
        _exit(0);
    }
    ::close(fds[1]);
    QByteArray out;
    char buffer[4096];
    ssize_t n;
    while ((n = ::read(fds[0], buffer, sizeof buffer)) > 0)
        out.append(buffer, n);
    ::close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status))
        return QByteArrayLiteral("!child crashed");
    return out;
}

QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

class TstDefinitionFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void roundTrip_data();
    void roundTrip();
    void serializedBytesAreIndentedUtf8WithTrailingNewline();
    void handMadeFileLoads();
    void absentOptionalFieldsGetDefaults();
    void secretValueInFileIsIgnoredWithWarning();
    void unknownKeysAreWarnings();
    void everyProblemIsReported();
    void parseErrorNamesLineAndColumn();
    void utf8ByteOrderMarkAndCrLfAreAccepted();

    void malformed_data();
    void malformed();

    void loadsButValidatorReports_data();
    void loadsButValidatorReports();

    void readReportsIoErrors();
    void readReportsPermissionDenied();
    void writeReplacesExistingFileWhole();
    void writeIntoReadOnlyDirectoryFailsAndKeepsOldFile();
    void writeFailingMidwayKeepsOldFile();
    void writeIntoMissingDirectoryFails();

private:
    QTemporaryDir m_tmp;
};

void TstDefinitionFile::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    // Let an unprivileged child process (see runWithoutRoot) reach the folders below.
    QVERIFY(QFile::setPermissions(m_tmp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                    QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                                    QFileDevice::ExeGroup));
}

void TstDefinitionFile::roundTrip_data()
{
    QTest::addColumn<AuthType>("type");
    for (AuthType t : allAuthTypes())
        QTest::newRow(qPrintable(authTypeId(t))) << t;
}

void TstDefinitionFile::roundTrip()
{
    QFETCH(AuthType, type);
    const ConnectorDefinition original = filledDefinition(type);
    const QStringList secrets = [&] {
        QStringList s;
        for (const Property &p : original.properties) {
            if (p.secret)
                s.append(p.value);
        }
        return s;
    }();
    QVERIFY(!secrets.isEmpty()); // every type has at least the author-added password property

    const QString path = m_tmp.filePath(authTypeId(type) + DefinitionFile::Suffix);
    const Status written = DefinitionFile::write(path, original);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().toString()));

    const QByteArray bytes = readBytes(path);
    QCOMPARE(bytes, DefinitionFile::serialize(original));
    const QList<test::Leak> leaks = test::findLeaks(bytes, secrets, path);
    QVERIFY2(leaks.isEmpty(), qPrintable(test::describe(leaks)));

    const DefinitionFile::ReadResult loaded = DefinitionFile::read(path);
    QVERIFY2(loaded.ok(), qPrintable(describe(loaded.diagnostics)));
    QVERIFY2(loaded.diagnostics.isEmpty(), qPrintable(describe(loaded.diagnostics)));

    ConnectorDefinition expected = original;
    for (Property &p : expected.properties) {
        if (p.secret)
            p.value.clear();
    }
    const QString difference = firstDifference(*loaded.definition, expected);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QVERIFY(*loaded.definition == expected);
    for (const Property &p : loaded.definition->properties) {
        if (p.secret)
            QVERIFY2(p.value.isEmpty(), qPrintable(p.name));
    }
    // Saving the loaded definition gives the same bytes: the format is stable.
    QCOMPARE(DefinitionFile::serialize(*loaded.definition), bytes);
}

void TstDefinitionFile::serializedBytesAreIndentedUtf8WithTrailingNewline()
{
    const ConnectorDefinition d = filledDefinition(AuthType::Basic);
    const QByteArray bytes = DefinitionFile::serialize(d);
    QVERIFY(bytes.endsWith("}\n"));
    QVERIFY(bytes.startsWith("{\n    \""));
    QVERIFY(bytes.contains(QStringLiteral("ünïcödé").toUtf8())); // raw UTF-8, not \u escapes
    QVERIFY(bytes.contains("\"format\": \"connector-auth-designer\""));
    QVERIFY(bytes.contains("\"formatVersion\": 1"));
    QVERIFY(bytes.contains("\"type\": \"basic\""));
    // The secret property is written with every field but its value.
    const QJsonArray props = DefinitionFile::toJson(d)
                                 .value(QLatin1String("authentication"))
                                 .toObject()
                                 .value(QLatin1String("properties"))
                                 .toArray();
    const int passwordRow = d.indexOf(PropertyNames::Password);
    QVERIFY(passwordRow >= 0);
    const QJsonObject password = props.at(passwordRow).toObject();
    QVERIFY(!password.contains(QLatin1String("value")));
    QCOMPARE(password.value(QLatin1String("secret")).toBool(), true);
    QCOMPARE(password.value(QLatin1String("inputKind")).toString(), QStringLiteral("password"));
    QVERIFY(props.at(d.indexOf(PropertyNames::Username)).toObject().contains(QLatin1String("value")));
}

void TstDefinitionFile::handMadeFileLoads()
{
    const QString path = dataFile(QStringLiteral("acme-crm.connector.json"));
    const QByteArray before = sha256(path);
    const DefinitionFile::ReadResult r = DefinitionFile::read(path);
    QVERIFY2(r.ok(), qPrintable(describe(r.diagnostics)));
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(describe(r.diagnostics)));
    QCOMPARE(sha256(path), before);

    const ConnectorDefinition &d = *r.definition;
    QCOMPARE(d.key, QStringLiteral("acme-crm"));
    QCOMPARE(d.displayName, QStringLiteral("Acme CRM"));
    QCOMPARE(d.baseUrl, QStringLiteral("https://{subdomain}.acme.example/api/v2"));
    QCOMPARE(d.description, QStringLiteral("Contacts and deals from Acme CRM."));
    QCOMPARE(d.testRequest.method, QStringLiteral("GET"));
    QCOMPARE(d.testRequest.path, QStringLiteral("/users/me"));
    QCOMPARE(d.authType, AuthType::OAuth2AuthorizationCodePkce);
    QCOMPARE(d.properties.size(), 9);

    const Property *clientId = d.property(PropertyNames::ClientId);
    QVERIFY(clientId);
    QCOMPARE(clientId->value, QStringLiteral("acme-designer-app"));
    QVERIFY(clientId->required && clientId->builtIn && !clientId->secret && !clientId->askUser);
    QCOMPARE(clientId->inputKind, InputKind::Text);
    QCOMPARE(clientId->sendAs.location, Location::NotSent);

    const Property *secret = d.property(PropertyNames::ClientSecret);
    QVERIFY(secret && secret->secret && secret->value.isEmpty());
    QCOMPARE(secret->inputKind, InputKind::Password);

    const Property *scope = d.property(PropertyNames::Scope);
    QVERIFY(scope && scope->askUser);
    QCOMPARE(scope->inputKind, InputKind::MultiChoice);
    QCOMPARE(scope->choices, (QStringList{QStringLiteral("contacts.read"), QStringLiteral("contacts.write"),
                                          QStringLiteral("deals.read")}));

    const Property *audience = d.property(u"audience");
    QVERIFY(audience);
    QCOMPARE(audience->order, 8); // absent: row + 1
    QCOMPARE(audience->sendAs.location, Location::Query);
    QCOMPARE(audience->sendAs.key, QStringLiteral("audience"));
    QCOMPARE(audience->sendAs.valueTemplate, QString());
    QVERIFY(!audience->builtIn);

    const Property *version = d.property(u"api_version");
    QVERIFY(version);
    QCOMPARE(version->sendAs.location, Location::Header);
    QCOMPARE(version->sendAs.key, QStringLiteral("Acme-Version"));
    QCOMPARE(version->sendAs.valueTemplate, QStringLiteral("v{value}"));

    const Property *subdomain = d.property(u"subdomain");
    QVERIFY(subdomain && subdomain->askUser && subdomain->required);
    QCOMPARE(subdomain->hint, QStringLiteral("The part before .acme.example in your Acme address."));

    // The hand-made file is also semantically sound.
    const Diagnostics semantic = Validator::validate(d);
    QVERIFY2(!hasErrors(semantic), qPrintable(describe(semantic)));
}

void TstDefinitionFile::absentOptionalFieldsGetDefaults()
{
    const QByteArray json = R"({
        "format": "connector-auth-designer", "formatVersion": 1,
        "connector": { "key": "k", "displayName": "K", "baseUrl": "https://k.example" },
        "authentication": { "type": "custom", "properties": [
            { "name": "a", "displayName": "A" },
            { "name": "b", "displayName": "B", "sendAs": { "location": "body" } } ] }
    })";
    const DefinitionFile::ReadResult r = DefinitionFile::parse(json);
    QVERIFY2(r.ok(), qPrintable(describe(r.diagnostics)));
    const ConnectorDefinition &d = *r.definition;
    QCOMPARE(d.description, QString());
    QCOMPARE(d.testRequest, TestRequest{});
    QCOMPARE(d.authType, AuthType::Custom);
    const Property &a = d.properties.at(0);
    QVERIFY(!a.askUser && !a.required && !a.secret && !a.builtIn);
    QCOMPARE(a.value, QString());
    QCOMPARE(a.inputKind, InputKind::Text);
    QVERIFY(a.choices.isEmpty());
    QCOMPARE(a.hint, QString());
    QCOMPARE(a.order, 1);
    QCOMPARE(a.sendAs, SendAs{});
    QCOMPARE(d.properties.at(1).order, 2);
    QCOMPARE(d.properties.at(1).sendAs.location, Location::Body);

    // No "properties" at all: an empty table (type none needs nothing).
    const DefinitionFile::ReadResult none = DefinitionFile::parse(R"({"format": "connector-auth-designer",
        "formatVersion": 1, "connector": {"key": "n", "displayName": "N", "baseUrl": "https://n.example"},
        "authentication": {"type": "none"}})");
    QVERIFY2(none.ok(), qPrintable(describe(none.diagnostics)));
    QVERIFY(none.definition->properties.isEmpty());
}

void TstDefinitionFile::secretValueInFileIsIgnoredWithWarning()
{
    const QByteArray json = mutated(setPropertyField(1, QStringLiteral("value"), QStringLiteral("leaked-secret-123")));
    QCOMPARE(validRoot()
                 .value(QLatin1String("authentication"))
                 .toObject()
                 .value(QLatin1String("properties"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QLatin1String("name"))
                 .toString(),
             QStringLiteral("client_secret"));
    const DefinitionFile::ReadResult r = DefinitionFile::parse(json);
    QVERIFY2(r.ok(), qPrintable(describe(r.diagnostics)));
    QCOMPARE(r.diagnostics.size(), 1);
    const Diagnostic &w = r.diagnostics.first();
    QCOMPARE(w.severity, Diagnostic::Severity::Warning);
    QCOMPARE(w.path, QStringLiteral("authentication.properties[1].value"));
    QCOMPARE(w.message, QStringLiteral("a value for the secret property client_secret was ignored: secrets are kept "
                                       "in the keychain, never in files"));
    QVERIFY(!w.hint.isEmpty());
    QCOMPARE(w.propertyIndex, 1);
    QVERIFY(!w.message.contains(QStringLiteral("leaked-secret-123")) && !w.hint.contains(QStringLiteral("leaked")));
    QCOMPARE(r.definition->valueOf(PropertyNames::ClientSecret), QString());
    QVERIFY(!DefinitionFile::serialize(*r.definition).contains("leaked-secret-123"));
}

void TstDefinitionFile::unknownKeysAreWarnings()
{
    QJsonObject root = validRoot();
    root.insert(QStringLiteral("comment"), QStringLiteral("made by hand"));
    setObjectField(QStringLiteral("connector"), QStringLiteral("icon"), QStringLiteral("acme.png"))(root);
    setPropertyField(2, QStringLiteral("tooltip"), 5)(root);
    setSendAsField(0, QStringLiteral("encoding"), QStringLiteral("base64"))(root);
    const DefinitionFile::ReadResult r = DefinitionFile::fromJson(root);
    QVERIFY2(r.ok(), qPrintable(describe(r.diagnostics)));
    QCOMPARE(r.diagnostics.size(), 4);
    const auto W = Diagnostic::Severity::Warning;
    QVERIFY(findDiagnostic(r.diagnostics, QStringLiteral("comment"), QStringLiteral("unknown key \"comment\""), W));
    QVERIFY(findDiagnostic(r.diagnostics, QStringLiteral("connector.icon"), QStringLiteral("\"icon\""), W));
    QVERIFY(findDiagnostic(r.diagnostics, QStringLiteral("authentication.properties[2].tooltip"),
                           QStringLiteral("\"tooltip\""), W));
    QVERIFY(findDiagnostic(r.diagnostics, QStringLiteral("authentication.properties[0].sendAs.encoding"),
                           QStringLiteral("\"encoding\""), W));
    for (const Diagnostic &d : r.diagnostics)
        QVERIFY(!d.hint.isEmpty());
}

void TstDefinitionFile::everyProblemIsReported()
{
    QJsonObject root = validRoot();
    setObjectField(QStringLiteral("connector"), QStringLiteral("key"), 7)(root);
    setObjectField(QStringLiteral("authentication"), QStringLiteral("type"), QStringLiteral("oauth3"))(root);
    setPropertyField(0, QStringLiteral("askUser"), QStringLiteral("yes"))(root);
    setSendAsField(3, QStringLiteral("location"), QStringLiteral("cookie"))(root);
    setPropertyField(5, QStringLiteral("order"), QStringLiteral("5"))(root);
    const DefinitionFile::ReadResult r = DefinitionFile::fromJson(root);
    QVERIFY(!r.ok());
    QCOMPARE(r.diagnostics.size(), 5);
    QVERIFY(findDiagnostic(r.diagnostics, QStringLiteral("connector.key"), QStringLiteral("expected a string")));
    QVERIFY(findDiagnostic(r.diagnostics, QStringLiteral("authentication.type"), QStringLiteral("expected one of")));
    QVERIFY(findDiagnostic(r.diagnostics, QStringLiteral("authentication.properties[0].askUser"),
                           QStringLiteral("expected true or false")));
    const Diagnostic *location = findDiagnostic(
        r.diagnostics, QStringLiteral("authentication.properties[3].sendAs.location"), QStringLiteral("expected"));
    QVERIFY(location);
    QCOMPARE(location->message, QStringLiteral("expected one of header, query, body, none"));
    QCOMPARE(location->propertyIndex, 3);
    QCOMPARE(location->field, QStringLiteral("sendAs.location"));
    QCOMPARE(location->toString(), QStringLiteral("authentication.properties[3].sendAs.location: expected one of "
                                                  "header, query, body, none (") +
                                       location->hint + QLatin1Char(')'));
    QVERIFY(findDiagnostic(r.diagnostics, QStringLiteral("authentication.properties[5].order"),
                           QStringLiteral("expected a whole number")));
}

void TstDefinitionFile::parseErrorNamesLineAndColumn()
{
    const QByteArray json =
        "{\n  \"format\": \"connector-auth-designer\",\n  \"formatVersion\": 1\n  \"connector\": {}\n}\n";
    const DefinitionFile::ReadResult r = DefinitionFile::parse(json);
    QVERIFY(!r.ok());
    QCOMPARE(r.diagnostics.size(), 1);
    QVERIFY2(r.diagnostics.first().message.contains(QStringLiteral("(line 4, column ")),
             qPrintable(r.diagnostics.first().message));
}

void TstDefinitionFile::utf8ByteOrderMarkAndCrLfAreAccepted()
{
    // Editors on Windows save like this; the file must still open.
    QByteArray bytes = readBytes(dataFile(QStringLiteral("acme-crm.connector.json")));
    QVERIFY(!bytes.isEmpty());
    bytes.replace("\n", "\r\n");
    bytes.prepend("\xEF\xBB\xBF");
    const DefinitionFile::ReadResult r = DefinitionFile::parse(bytes);
    QVERIFY2(r.ok(), qPrintable(describe(r.diagnostics)));
    QCOMPARE(r.definition->key, QStringLiteral("acme-crm"));
}

void TstDefinitionFile::malformed_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    const QByteArray valid = QJsonDocument(validRoot()).toJson(QJsonDocument::Indented);
    QVERIFY(DefinitionFile::parse(valid).ok());
    const QString P = QStringLiteral("authentication.properties");

    // --- bytes that are not a JSON object
    QTest::newRow("empty file") << QByteArray() << QString() << QStringLiteral("the file is empty");
    QTest::newRow("only whitespace") << QByteArray(" \n\t\n") << QString() << QStringLiteral("the file is empty");
    QTest::newRow("truncated JSON") << valid.left(valid.size() / 2) << QString()
                                    << QStringLiteral("the file is not valid JSON");
    QTest::newRow("missing closing brace")
        << valid.left(valid.lastIndexOf('}')) << QString() << QStringLiteral("the file is not valid JSON");
    QTest::newRow("root is an array") << QByteArray("[{\"format\": \"connector-auth-designer\"}]") << QString()
                                      << QStringLiteral("expected an object at the top level");
    QTest::newRow("root is a string") << QByteArray("\"connector\"") << QString()
                                      << QStringLiteral("expected an object at the top level");
    {
        QByteArray bad = valid;
        const qsizetype at = bad.indexOf("Acme CRM");
        bad.insert(at + 2, "\xC3\x28"); // a lead byte followed by a non-continuation byte
        QTest::newRow("not UTF-8") << bad << QString()
                                   << QStringLiteral("the file is not valid UTF-8 (byte offset %1)").arg(at + 2);
        QByteArray latin1 = valid;
        latin1.replace("Acme CRM", "Acm\xE9 CRM");
        QTest::newRow("Latin-1 text") << latin1 << QString() << QStringLiteral("the file is not valid UTF-8");
        QByteArray surrogate = valid;
        surrogate.replace("Acme CRM", "Acme \xED\xA0\x80");
        QTest::newRow("UTF-8 surrogate") << surrogate << QString() << QStringLiteral("the file is not valid UTF-8");
    }
    {
        QByteArray nul = valid;
        nul.replace("Acme CRM", QByteArray("Acme\0CRM", 8));
        QTest::newRow("NUL byte") << nul << QString() << QStringLiteral("the file contains a NUL byte (line ");
    }
    QTest::newRow("100000 nested arrays")
        << QByteArray(100000, '[') << QString() << QStringLiteral("nested too deeply");
    {
        QByteArray deep = valid;
        deep.insert(1, "\"deep\": " + QByteArray(3000, '[') + QByteArray(3000, ']') + ",");
        QTest::newRow("deep nesting under an unknown key") << deep << QString() << QStringLiteral("nested too deeply");
    }
    QTest::newRow("1e400") << mutated([](QJsonObject &) {}).replace("\"order\": 1,", "\"order\": 1e400,") << QString()
                           << QStringLiteral("not valid JSON: illegal number");
    {
        QByteArray big = "{\"format\": \"connector-auth-designer\", \"formatVersion\": 1, \"connector\": {\"key\": \"";
        big += QByteArray(50 * 1024 * 1024, 'a');
        big += "\"}}";
        QTest::newRow("50 MB string") << big << QString() << QStringLiteral("too large");
    }
    {
        QByteArray oversize = valid;
        oversize += QByteArray(DefinitionFile::MaxFileSize + 1 - oversize.size(), ' ');
        QTest::newRow("over-size file (valid JSON + spaces)") << oversize << QString() << QStringLiteral("too large");
    }

    // --- identity and version
    QTest::newRow("missing format") << mutated([](QJsonObject &r) { r.remove(QStringLiteral("format")); })
                                    << QStringLiteral("format") << QStringLiteral("missing \"format\"");
    QTest::newRow("wrong format") << mutated([](QJsonObject &r) {
        r.insert(QStringLiteral("format"), QStringLiteral("postman"));
    }) << QStringLiteral("format") << QStringLiteral("expected \"connector-auth-designer\"");
    QTest::newRow("format not a string") << mutated([](QJsonObject &r) { r.insert(QStringLiteral("format"), 1); })
                                         << QStringLiteral("format")
                                         << QStringLiteral("expected \"connector-auth-designer\"");
    QTest::newRow("newer formatVersion")
        << mutated([](QJsonObject &r) { r.insert(QStringLiteral("formatVersion"), 2); })
        << QStringLiteral("formatVersion")
        << QStringLiteral("this file was made by a newer version of Connector Auth Designer (format 2); this version "
                          "reads format 1.");
    QTest::newRow("formatVersion as string")
        << mutated([](QJsonObject &r) { r.insert(QStringLiteral("formatVersion"), QStringLiteral("1")); })
        << QStringLiteral("formatVersion") << QStringLiteral("expected a whole number");
    QTest::newRow("formatVersion 1.5") << mutated([](QJsonObject &r) {
        r.insert(QStringLiteral("formatVersion"), 1.5);
    }) << QStringLiteral("formatVersion")
                                       << QStringLiteral("unsupported format version");
    QTest::newRow("formatVersion 0") << mutated([](QJsonObject &r) { r.insert(QStringLiteral("formatVersion"), 0); })
                                     << QStringLiteral("formatVersion")
                                     << QStringLiteral("unsupported format version 0");
    QTest::newRow("missing formatVersion")
        << mutated([](QJsonObject &r) { r.remove(QStringLiteral("formatVersion")); }) << QStringLiteral("formatVersion")
        << QStringLiteral("missing required key \"formatVersion\"");

    // --- connector
    QTest::newRow("missing connector") << mutated([](QJsonObject &r) { r.remove(QStringLiteral("connector")); })
                                       << QStringLiteral("connector")
                                       << QStringLiteral("missing required key \"connector\"");
    QTest::newRow("connector is an array")
        << mutated([](QJsonObject &r) { r.insert(QStringLiteral("connector"), QJsonArray{}); })
        << QStringLiteral("connector") << QStringLiteral("expected an object");
    QTest::newRow("key is a number") << mutated(setObjectField(QStringLiteral("connector"), QStringLiteral("key"), 42))
                                     << QStringLiteral("connector.key") << QStringLiteral("expected a string");
    QTest::newRow("key is an array") << mutated(setObjectField(QStringLiteral("connector"), QStringLiteral("key"),
                                                               QJsonArray{QStringLiteral("a")}))
                                     << QStringLiteral("connector.key") << QStringLiteral("expected a string");
    QTest::newRow("missing displayName")
        << mutated(setObjectField(QStringLiteral("connector"), QStringLiteral("displayName"), QJsonValue::Undefined))
        << QStringLiteral("connector.displayName") << QStringLiteral("missing required key \"displayName\"");
    QTest::newRow("baseUrl is null") << mutated(setObjectField(QStringLiteral("connector"), QStringLiteral("baseUrl"),
                                                               QJsonValue::Null))
                                     << QStringLiteral("connector.baseUrl") << QStringLiteral("expected a string");
    QTest::newRow("description is an object")
        << mutated(setObjectField(QStringLiteral("connector"), QStringLiteral("description"), QJsonObject{}))
        << QStringLiteral("connector.description") << QStringLiteral("expected a string");
    QTest::newRow("testRequest is a string")
        << mutated(
               setObjectField(QStringLiteral("connector"), QStringLiteral("testRequest"), QStringLiteral("GET /me")))
        << QStringLiteral("connector.testRequest") << QStringLiteral("expected an object");
    QTest::newRow("testRequest.method is a boolean")
        << mutated(setTestRequestField(QStringLiteral("method"), true))
        << QStringLiteral("connector.testRequest.method") << QStringLiteral("expected a string");
    QTest::newRow("displayName of 100 KiB")
        << mutated(
               setObjectField(QStringLiteral("connector"), QStringLiteral("displayName"), QString(100 * 1024, u'x')))
        << QStringLiteral("connector.displayName") << QStringLiteral("the text is too long (102400 characters");
    QTest::newRow("escaped NUL in displayName")
        << mutated(setObjectField(QStringLiteral("connector"), QStringLiteral("displayName"),
                                  QString(QStringLiteral("Acme") + QChar(u'\0') + QStringLiteral("CRM"))))
        << QStringLiteral("connector.displayName") << QStringLiteral("NUL character");

    // --- authentication
    QTest::newRow("missing authentication")
        << mutated([](QJsonObject &r) { r.remove(QStringLiteral("authentication")); })
        << QStringLiteral("authentication") << QStringLiteral("missing required key \"authentication\"");
    QTest::newRow("unknown type id")
        << mutated(setObjectField(QStringLiteral("authentication"), QStringLiteral("type"), QStringLiteral("oauth1")))
        << QStringLiteral("authentication.type")
        << QStringLiteral("expected one of oauth2_authorization_code, oauth2_authorization_code_pkce, "
                          "oauth2_client_credentials, basic, api_key, personal_access_token, custom, none");
    QTest::newRow("type is a number") << mutated(setObjectField(QStringLiteral("authentication"),
                                                                QStringLiteral("type"), 3))
                                      << QStringLiteral("authentication.type")
                                      << QStringLiteral("expected one of oauth2_authorization_code");
    QTest::newRow("missing type") << mutated(setObjectField(QStringLiteral("authentication"), QStringLiteral("type"),
                                                            QJsonValue::Undefined))
                                  << QStringLiteral("authentication.type")
                                  << QStringLiteral("missing required key \"type\"");
    QTest::newRow("properties not an array")
        << mutated(setObjectField(QStringLiteral("authentication"), QStringLiteral("properties"), QJsonObject{})) << P
        << QStringLiteral("expected an array");
    QTest::newRow("property not an object") << mutated([](QJsonObject &r) {
        QJsonObject a = r.value(QLatin1String("authentication")).toObject();
        QJsonArray props = a.value(QLatin1String("properties")).toArray();
        props.replace(1, QStringLiteral("client_secret"));
        a.insert(QLatin1String("properties"), props);
        r.insert(QLatin1String("authentication"), a);
    }) << P + QStringLiteral("[1]") << QStringLiteral("expected an object");
    {
        QJsonArray many;
        for (int i = 0; i < 10001; ++i)
            many.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("p%1").arg(i)},
                                    {QStringLiteral("displayName"), QStringLiteral("P")}});
        QTest::newRow("10001 properties")
            << mutated(setObjectField(QStringLiteral("authentication"), QStringLiteral("properties"), many)) << P
            << QStringLiteral("too many properties (10001; at most 10000)");
    }

    // --- property fields
    QTest::newRow("missing name") << mutated(setPropertyField(0, QStringLiteral("name"), QJsonValue::Undefined))
                                  << P + QStringLiteral("[0].name") << QStringLiteral("missing required key \"name\"");
    QTest::newRow("name is a number") << mutated(setPropertyField(2, QStringLiteral("name"), 12))
                                      << P + QStringLiteral("[2].name") << QStringLiteral("expected a string");
    QTest::newRow("name of 1 MB") << mutated(setPropertyField(2, QStringLiteral("name"), QString(1024 * 1024, u'n')))
                                  << P + QStringLiteral("[2].name") << QStringLiteral("the text is too long");
    QTest::newRow("duplicate property names")
        << mutated(setPropertyField(4, QStringLiteral("name"), QStringLiteral("client_id")))
        << P + QStringLiteral("[4].name") << QStringLiteral("duplicate property name \"client_id\"");
    QTest::newRow("value is a number") << mutated(setPropertyField(0, QStringLiteral("value"), 12345))
                                       << P + QStringLiteral("[0].value") << QStringLiteral("expected a string");
    QTest::newRow("askUser as string") << mutated(
                                              setPropertyField(0, QStringLiteral("askUser"), QStringLiteral("true")))
                                       << P + QStringLiteral("[0].askUser") << QStringLiteral("expected true or false");
    QTest::newRow("required as 1") << mutated(setPropertyField(0, QStringLiteral("required"), 1))
                                   << P + QStringLiteral("[0].required") << QStringLiteral("expected true or false");
    QTest::newRow("secret as null") << mutated(setPropertyField(1, QStringLiteral("secret"), QJsonValue::Null))
                                    << P + QStringLiteral("[1].secret") << QStringLiteral("expected true or false");
    QTest::newRow("builtIn as array") << mutated(setPropertyField(0, QStringLiteral("builtIn"), QJsonArray{}))
                                      << P + QStringLiteral("[0].builtIn") << QStringLiteral("expected true or false");
    QTest::newRow("unknown inputKind")
        << mutated(setPropertyField(0, QStringLiteral("inputKind"), QStringLiteral("dropdown")))
        << P + QStringLiteral("[0].inputKind")
        << QStringLiteral(
               "expected one of text, password, url, number, boolean, choice, multi_choice, multi_line_text");
    QTest::newRow("inputKind in upper case")
        << mutated(setPropertyField(0, QStringLiteral("inputKind"), QStringLiteral("TEXT")))
        << P + QStringLiteral("[0].inputKind") << QStringLiteral("expected one of text,");
    QTest::newRow("choices is a string") << mutated(
                                                setPropertyField(0, QStringLiteral("choices"), QStringLiteral("a,b")))
                                         << P + QStringLiteral("[0].choices") << QStringLiteral("expected an array");
    QTest::newRow("choices containing a number")
        << mutated(setPropertyField(0, QStringLiteral("choices"), QJsonArray{QStringLiteral("a"), 5}))
        << P + QStringLiteral("[0].choices[1]") << QStringLiteral("expected a string");
    QTest::newRow("hint is a boolean") << mutated(setPropertyField(0, QStringLiteral("hint"), false))
                                       << P + QStringLiteral("[0].hint") << QStringLiteral("expected a string");
    QTest::newRow("order as string") << mutated(setPropertyField(0, QStringLiteral("order"), QStringLiteral("1")))
                                     << P + QStringLiteral("[0].order") << QStringLiteral("expected a whole number");
    QTest::newRow("huge order") << mutated(setPropertyField(0, QStringLiteral("order"), 1e300))
                                << P + QStringLiteral("[0].order")
                                << QStringLiteral("expected a whole number between 0 and 1000000");
    QTest::newRow("order beyond int") << mutated(setPropertyField(0, QStringLiteral("order"), 4294967296.0))
                                      << P + QStringLiteral("[0].order")
                                      << QStringLiteral("expected a whole number between 0 and 1000000");
    QTest::newRow("fractional order") << mutated(setPropertyField(0, QStringLiteral("order"), 2.5))
                                      << P + QStringLiteral("[0].order")
                                      << QStringLiteral("expected a whole number between 0 and 1000000");
    QTest::newRow("negative order") << mutated(setPropertyField(0, QStringLiteral("order"), -3))
                                    << P + QStringLiteral("[0].order")
                                    << QStringLiteral("expected a whole number between 0 and 1000000");

    // --- sendAs
    QTest::newRow("bad location") << mutated(setSendAsField(3, QStringLiteral("location"), QStringLiteral("cookie")))
                                  << P + QStringLiteral("[3].sendAs.location")
                                  << QStringLiteral("expected one of header, query, body, none");
    QTest::newRow("location is a number")
        << mutated(setSendAsField(3, QStringLiteral("location"), 0)) << P + QStringLiteral("[3].sendAs.location")
        << QStringLiteral("expected one of header, query, body, none");
    QTest::newRow("missing location") << mutated(setSendAsField(3, QStringLiteral("location"), QJsonValue::Undefined))
                                      << P + QStringLiteral("[3].sendAs.location")
                                      << QStringLiteral("missing required key \"location\"");
    QTest::newRow("sendAs not an object")
        << mutated(setPropertyField(3, QStringLiteral("sendAs"), QStringLiteral("header")))
        << P + QStringLiteral("[3].sendAs") << QStringLiteral("expected an object");
    QTest::newRow("sendAs.key is a number")
        << mutated(setSendAsField(3, QStringLiteral("key"), 7)) << P + QStringLiteral("[3].sendAs.key")
        << QStringLiteral("expected a string");
    QTest::newRow("sendAs.template is an array")
        << mutated(setSendAsField(3, QStringLiteral("template"), QJsonArray{QStringLiteral("{value}")}))
        << P + QStringLiteral("[3].sendAs.template") << QStringLiteral("expected a string");
}

void TstDefinitionFile::malformed()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, path);
    QFETCH(QString, message);

    const QString file = m_tmp.filePath(QStringLiteral("malformed.connector.json"));
    QVERIFY(writeBytes(file, content));
    const QByteArray before = sha256(file);
    const QDateTime modified = QFileInfo(file).lastModified();

    const DefinitionFile::ReadResult r = DefinitionFile::read(file);

    QVERIFY(!r.ok());
    const Diagnostic *d = findDiagnostic(r.diagnostics, path, message);
    QVERIFY2(d,
             qPrintable(QStringLiteral("expected \"%1: %2\", got:\n%3").arg(path, message, describe(r.diagnostics))));
    QVERIFY2(!d->hint.isEmpty(), qPrintable(d->toString()));
    QVERIFY2(d->message.size() < 1000, "a diagnostic never quotes a huge value back");
    for (const Diagnostic &each : r.diagnostics)
        QVERIFY2(!each.hint.isEmpty(), qPrintable(each.toString()));
    if (path.startsWith(QLatin1String("authentication.properties[")))
        QCOMPARE(d->propertyIndex, path.mid(26, path.indexOf(QLatin1Char(']')) - 26).toInt());
    QCOMPARE(sha256(file), before);
    QCOMPARE(QFileInfo(file).lastModified(), modified);

    // Parsing the same bytes in memory gives the same findings.
    if (content.size() <= DefinitionFile::MaxFileSize) {
        const DefinitionFile::ReadResult fromBytes = DefinitionFile::parse(content);
        QVERIFY(!fromBytes.ok());
        QCOMPARE(fromBytes.diagnostics, r.diagnostics);
    }
    QVERIFY(QFile::remove(file));
}

void TstDefinitionFile::loadsButValidatorReports_data()
{
    QTest::addColumn<QString>("property"); // empty: the connector's base URL
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");

    QTest::newRow("relative token URL") << QStringLiteral("token_url") << QStringLiteral("/oauth/token")
                                        << QStringLiteral("must be a full URL, not a relative path");
    QTest::newRow("authorization URL without scheme")
        << QStringLiteral("authorization_url") << QStringLiteral("login.example.com/authorize")
        << QStringLiteral("must be a full URL");
    QTest::newRow("ftp token URL") << QStringLiteral("token_url") << QStringLiteral("ftp://login.example.com/token")
                                   << QStringLiteral("must use https (or http), not ftp");
    QTest::newRow("unknown variable in token URL")
        << QStringLiteral("token_url") << QStringLiteral("https://{tenant}.example.com/oauth/token")
        << QStringLiteral("unknown variable {tenant}");
    QTest::newRow("unknown variable in base URL") << QString() << QStringLiteral("https://{region}.acme.example/api")
                                                  << QStringLiteral("unknown variable {region}");
}

void TstDefinitionFile::loadsButValidatorReports()
{
    QFETCH(QString, property);
    QFETCH(QString, value);
    QFETCH(QString, message);

    ConnectorDefinition d = filledDefinition(AuthType::OAuth2AuthorizationCode);
    QString expectedPath = QStringLiteral("connector.baseUrl");
    if (property.isEmpty()) {
        d.baseUrl = value;
    } else {
        const int row = d.indexOf(property);
        QVERIFY(row >= 0);
        d.properties[row].value = value;
        expectedPath = QStringLiteral("authentication.properties[%1].value").arg(row);
    }
    const QString file = m_tmp.filePath(QStringLiteral("semantic.connector.json"));
    QVERIFY(DefinitionFile::write(file, d).ok());

    const DefinitionFile::ReadResult r = DefinitionFile::read(file);
    QVERIFY2(r.ok(), qPrintable(describe(r.diagnostics)));
    QVERIFY2(!hasErrors(r.diagnostics), qPrintable(describe(r.diagnostics)));

    const Diagnostics semantic = Validator::validate(*r.definition);
    const Diagnostic *found = findDiagnostic(semantic, expectedPath, message);
    QVERIFY2(found, qPrintable(describe(semantic)));
    QVERIFY(!found->hint.isEmpty());
    QVERIFY(QFile::remove(file));
}

void TstDefinitionFile::readReportsIoErrors()
{
    const QString missing = m_tmp.filePath(QStringLiteral("nope.connector.json"));
    DefinitionFile::ReadResult r = DefinitionFile::read(missing);
    QVERIFY(!r.ok());
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics.first().path, QString());
    QVERIFY(r.diagnostics.first().message.contains(QDir::toNativeSeparators(missing)));
    QVERIFY(r.diagnostics.first().message.contains(QStringLiteral("does not exist")));
    QVERIFY(!r.diagnostics.first().hint.isEmpty());
    QVERIFY(!QFile::exists(missing)); // reading creates nothing

    const QString folder = m_tmp.filePath(QStringLiteral("folder.connector.json"));
    QVERIFY(QDir().mkpath(folder));
    r = DefinitionFile::read(folder);
    QVERIFY(!r.ok());
    QVERIFY(r.diagnostics.first().message.contains(QStringLiteral("folder")));
    QVERIFY(r.diagnostics.first().message.contains(QDir::toNativeSeparators(folder)));

    if (QFileInfo::exists(QStringLiteral("/dev/zero"))) { // not a regular file: endless, never read
        r = DefinitionFile::read(QStringLiteral("/dev/zero"));
        QVERIFY(!r.ok());
        QVERIFY(r.diagnostics.first().message.contains(QStringLiteral("not a regular file")));
    }
}

void TstDefinitionFile::readReportsPermissionDenied()
{
    const QString dir = m_tmp.filePath(QStringLiteral("unreadable"));
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                           QFileDevice::ReadOther | QFileDevice::ExeOther));
    const QString file = dir + QStringLiteral("/secret.connector.json");
    QVERIFY(DefinitionFile::write(file, filledDefinition(AuthType::Basic)).ok());
    QVERIFY(QFile::setPermissions(file, QFileDevice::WriteOwner)); // nobody may read it
    const QByteArray before = sha256(file);

    const QByteArray out = runWithoutRoot([file] {
        const DefinitionFile::ReadResult r = DefinitionFile::read(file);
        if (r.ok() || r.diagnostics.isEmpty())
            return QByteArrayLiteral("!read succeeded");
        return r.diagnostics.first().toString().toUtf8();
    });
    QVERIFY2(!out.startsWith('!'), out.constData());
    QVERIFY2(out.contains(QDir::toNativeSeparators(file).toUtf8()), out.constData());
    QVERIFY2(out.contains("ermission denied"), out.constData());
    QCOMPARE(sha256(file), before);
}

void TstDefinitionFile::writeReplacesExistingFileWhole()
{
    const QString dir = m_tmp.filePath(QStringLiteral("replace"));
    QVERIFY(QDir().mkpath(dir));
    const QString file = dir + QStringLiteral("/acme.connector.json");

    const ConnectorDefinition big = filledDefinition(AuthType::OAuth2AuthorizationCodePkce);
    QVERIFY(DefinitionFile::write(file, big).ok());
    ConnectorDefinition small = ConnectorDefinition::create(AuthType::None, QStringLiteral("Tiny"));
    QVERIFY(DefinitionFile::serialize(small).size() < DefinitionFile::serialize(big).size());

    const Status s = DefinitionFile::write(file, small);
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().toString()));
    QCOMPARE(readBytes(file), DefinitionFile::serialize(small));
    QCOMPARE(entriesOf(dir), QStringList{QStringLiteral("acme.connector.json")});
    const DefinitionFile::ReadResult r = DefinitionFile::read(file);
    QVERIFY(r.ok());
    QVERIFY(*r.definition == small);
}

void TstDefinitionFile::writeIntoReadOnlyDirectoryFailsAndKeepsOldFile()
{
    const QString dir = m_tmp.filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(dir));
    const QString file = dir + QStringLiteral("/acme.connector.json");
    QVERIFY(DefinitionFile::write(file, filledDefinition(AuthType::ApiKey)).ok());
    const QByteArray before = readBytes(file);
    QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                           QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup));

    const QByteArray out = runWithoutRoot([file] {
        const Status s = DefinitionFile::write(file, ConnectorDefinition::create(AuthType::Basic));
        return s.ok() ? QByteArrayLiteral("!write succeeded") : s.error().toString().toUtf8();
    });
    QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    QVERIFY2(!out.startsWith('!'), out.constData());
    QVERIFY2(out.startsWith(QByteArray("Could not save \"" + QDir::toNativeSeparators(file).toUtf8() + "\": ")),
             out.constData());
    QCOMPARE(readBytes(file), before);
    QCOMPARE(entriesOf(dir), QStringList{QStringLiteral("acme.connector.json")});
}

void TstDefinitionFile::writeFailingMidwayKeepsOldFile()
{
    // A file-size limit makes the write fail part-way, as a full disk would.
    const QString dir = m_tmp.filePath(QStringLiteral("midway"));
    QVERIFY(QDir().mkpath(dir));
    const QString file = dir + QStringLiteral("/acme.connector.json");
    const ConnectorDefinition old = ConnectorDefinition::create(AuthType::None, QStringLiteral("Old"));
    QVERIFY(DefinitionFile::write(file, old).ok());
    const QByteArray before = readBytes(file);
    const QByteArray replacement = DefinitionFile::serialize(filledDefinition(AuthType::OAuth2AuthorizationCode));
    const rlim_t limit = 2048;
    QVERIFY(replacement.size() > qsizetype(limit) * 2);

    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = limit;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const Status s = DefinitionFile::write(file, filledDefinition(AuthType::OAuth2AuthorizationCode));
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &saved), 0);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.startsWith(QStringLiteral("Could not save \"") + QDir::toNativeSeparators(file)),
             qPrintable(s.error().message));
    QVERIFY(!s.error().hint.isEmpty());
    QCOMPARE(readBytes(file), before);
    QCOMPARE(entriesOf(dir), QStringList{QStringLiteral("acme.connector.json")});
}

void TstDefinitionFile::writeIntoMissingDirectoryFails()
{
    const QString dir = m_tmp.filePath(QStringLiteral("does-not-exist"));
    const QString file = dir + QStringLiteral("/acme.connector.json");
    const Status s = DefinitionFile::write(file, ConnectorDefinition::create());
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QDir::toNativeSeparators(file)), qPrintable(s.error().message));
    QVERIFY(!s.error().hint.isEmpty());
    QVERIFY(!QFileInfo::exists(dir));

    // A folder in the way is not replaced.
    const QString folder = m_tmp.filePath(QStringLiteral("in-the-way.connector.json"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(!DefinitionFile::write(folder, ConnectorDefinition::create()).ok());
    QVERIFY(QFileInfo(folder).isDir());
}

QTEST_GUILESS_MAIN(TstDefinitionFile)
#include "tst_definitionfile.moc"
