#include "model/Validator.h"

#include "core/JsonPointer.h"
#include "core/Origin.h"
#include "model/BuiltinSchemas.h"
#include "model/ConnectionLabel.h"
#include "model/Http.h"
#include "model/TokenHandling.h"
#include "model/Variables.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace cad {

namespace {

QString propertyPath(int row, const QString &field = QString())
{
    QString p = QStringLiteral("authentication.properties[%1]").arg(row);
    if (!field.isEmpty())
        p += QLatin1Char('.') + field;
    return p;
}

class Collector
{
public:
    explicit Collector(Diagnostics &out)
        : m_out(out)
    {}
    void error(const QString &path, const QString &message, const QString &hint, int row = -1,
               const QString &field = QString())
    {
        m_out.append({Diagnostic::Severity::Error, path, message, hint, row, field});
    }
    void warning(const QString &path, const QString &message, const QString &hint, int row = -1,
                 const QString &field = QString())
    {
        m_out.append({Diagnostic::Severity::Warning, path, message, hint, row, field});
    }
    void errorWithFix(const QString &path, const QString &message, const QString &hint, int row, const QString &field,
                      const QString &fixValue, const QString &fixLabel)
    {
        m_out.append({Diagnostic::Severity::Error, path, message, hint, row, field, fixValue, fixLabel});
    }
    void warningWithFix(const QString &path, const QString &message, const QString &hint, int row, const QString &field,
                        const QString &fixValue, const QString &fixLabel)
    {
        m_out.append({Diagnostic::Severity::Warning, path, message, hint, row, field, fixValue, fixLabel});
    }

private:
    Diagnostics &m_out;
};

/// What a value template would make of a typed value when it lacks {value}: the proposed
/// template that keeps the template's text and appends the value ("Bearer" -> "Bearer {value}").
QString templateWithValue(const QString &valueTemplate)
{
    const QString trimmed = valueTemplate.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("{value}");
    const QChar last = trimmed.back();
    const bool joined = last == QLatin1Char('=') || last == QLatin1Char(':') || last == QLatin1Char('/') ||
                        last == QLatin1Char('-') || last == QLatin1Char('_');
    return trimmed + (joined ? QString() : QStringLiteral(" ")) + QStringLiteral("{value}");
}

bool isOAuthUrlProperty(QStringView name)
{
    using namespace PropertyNames;
    return name == AuthorizationUrl || name == TokenUrl || name == RefreshTokenUrl || name == TokenRevokeUrl;
}

/// Where a URL leads decides how strict the check is: credentials (client secret, codes, tokens)
/// travel to the OAuth endpoints, so plain http there is an error unless the host is loopback.
enum class UrlUse
{
    Api,        ///< the base URL: plain http is a warning
    Credential, ///< authorization, token, refresh and revoke URLs: plain http is an error
};

/// Checks that text, once its variables are filled with a harmless value, is an absolute http(s) URL.
void checkUrl(Collector &c, const QString &path, const QString &text, const QString &what, int row,
              const QString &field, UrlUse use, const QStringList &capturedUrls = {})
{
    // A variable the token response fills may be the whole start of the URL ({instance_url}/api):
    // it stands for an https address there.
    QHash<QString, QString> dummy;
    for (const QString &v : Variables::referenced(text))
        dummy.insert(v, capturedUrls.contains(v) && text.startsWith(QLatin1Char('{') + v + QLatin1Char('}'))
                            ? QStringLiteral("https://captured.invalid")
                            : QStringLiteral("x"));
    const QUrl url(Variables::substitute(text, dummy), QUrl::StrictMode);
    if (!url.isValid()) {
        c.error(
            path, QCoreApplication::translate("cad::Validator", "%1 is not a valid URL").arg(what),
            QCoreApplication::translate("cad::Validator", "Enter a full URL such as https://example.com/oauth/token."),
            row, field);
        return;
    }
    if (url.isRelative() || url.host().isEmpty()) {
        c.error(
            path, QCoreApplication::translate("cad::Validator", "%1 must be a full URL, not a relative path").arg(what),
            QCoreApplication::translate(
                "cad::Validator", "OAuth URLs never inherit the base URL: write it in full, starting with https://."),
            row, field);
        return;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        c.error(path,
                QCoreApplication::translate("cad::Validator", "%1 must use https (or http), not %2").arg(what, scheme),
                QCoreApplication::translate("cad::Validator", "Use an https:// URL."), row, field);
    } else if (scheme == QLatin1String("http") && !isLoopbackHost(url.host())) {
        if (use == UrlUse::Credential)
            c.error(path,
                    QCoreApplication::translate("cad::Validator", "%1 uses plain http to %2")
                        .arg(what, Origin::of(url).toString()),
                    QCoreApplication::translate("cad::Validator",
                                                "Secrets and tokens must not travel unencrypted: use https (plain "
                                                "http is allowed only for 127.0.0.1, ::1 and localhost)."),
                    row, field);
        else
            c.warning(path, QCoreApplication::translate("cad::Validator", "%1 uses plain http").arg(what),
                      QCoreApplication::translate(
                          "cad::Validator", "Credentials would travel unencrypted; use https outside local testing."),
                      row, field);
    }
}

void checkVariables(Collector &c, const ConnectorDefinition &d, const QString &path, const QString &text, int row,
                    const QString &field, bool allowValue)
{
    for (const QString &name : Variables::referenced(text)) {
        if (allowValue && name == QLatin1String("value"))
            continue;
        if (d.indexOf(name) < 0 && !TokenHandling::isResponseVariable(d, name)) {
            c.error(
                path, QCoreApplication::translate("cad::Validator", "unknown variable {%1}").arg(name),
                QCoreApplication::translate("cad::Validator", "Add a property named \"%1\" or correct the spelling.")
                    .arg(name),
                row, field);
        }
    }
}

/// connector.testRequest.expect: status codes and ranges, JSON Pointers, regular expressions.
void checkExpectation(Collector &c, const TestExpectation &expect)
{
    const QString field = QStringLiteral("testRequest.expect");
    for (qsizetype i = 0; i < expect.status.size(); ++i) {
        const QString path = QStringLiteral("connector.testRequest.expect.status[%1]").arg(i);
        const std::optional<StatusRange> range = TestExpectation::parseStatus(expect.status.at(i));
        if (!range) {
            c.error(path,
                    QCoreApplication::translate("cad::Validator", "\"%1\" is not a status code or a range")
                        .arg(expect.status.at(i)),
                    QCoreApplication::translate("cad::Validator",
                                                "Write a three-digit code such as 200 or a range such as 200-299."),
                    -1, field);
        } else if (range->low < 100 || range->high > 599 || range->low > range->high) {
            c.error(path,
                    QCoreApplication::translate("cad::Validator", "the status range %1 is not one HTTP can answer")
                        .arg(expect.status.at(i)),
                    QCoreApplication::translate("cad::Validator",
                                                "HTTP status codes are 100 to 599, the lower one first (200-299)."),
                    -1, field);
        }
    }
    for (qsizetype i = 0; i < expect.json.size(); ++i) {
        const ResponseCheck &check = expect.json.at(i);
        const QString path = QStringLiteral("connector.testRequest.expect.json[%1]").arg(i);
        const QString pointerProblem = JsonPointer::problem(check.pointer);
        if (!pointerProblem.isEmpty())
            c.error(path + QStringLiteral(".pointer"), pointerProblem,
                    QCoreApplication::translate("cad::Validator",
                                                "Point at a field of the answer, such as /email or /data/0/id."),
                    -1, field);
        if (check.kind == ResponseCheck::Kind::Matches) {
            const QRegularExpression re(check.value.toString());
            if (!re.isValid())
                c.error(path + QStringLiteral(".matches"),
                        QCoreApplication::translate("cad::Validator",
                                                    "the regular expression of the check on %1 is not valid: %2 "
                                                    "at character %3")
                            .arg(check.pointer, re.errorString())
                            .arg(re.patternErrorOffset() + 1),
                        QCoreApplication::translate("cad::Validator",
                                                    "Correct the expression (Perl syntax); escape . ? + * ( ) [ ] with "
                                                    "a backslash to match them as they are."),
                        -1, field);
        }
    }
}

/// The advanced properties of the OAuth types (the unit is a choice, checked as every choice):
/// pointers are pointers, the header is one HTTP can carry, the separator is punctuation, and the response variables
/// are NAME=/pointer lines whose names no property has.
void checkTokenHandling(Collector &c, const ConnectorDefinition &d)
{
    using namespace PropertyNames;
    if (!isOAuth(d.authType))
        return;
    auto where = [&d](QStringView name) {
        return d.indexOf(name);
    };
    auto fail = [&](QStringView name, const QString &message, const QString &hint) {
        const int row = where(name);
        c.error(propertyPath(row, QStringLiteral("value")), message, hint, row, QStringLiteral("value"));
    };
    for (QStringView name : {AccessTokenField, RefreshTokenField, ExpiresInField, ExpiresAtField}) {
        const Property *p = d.property(name);
        if (!p || p->value.trimmed().isEmpty())
            continue;
        if (const QString problem = JsonPointer::problem(p->value.trimmed()); !problem.isEmpty())
            fail(name, QCoreApplication::translate("cad::Validator", "%1: %2").arg(p->displayName, problem),
                 QCoreApplication::translate("cad::Validator",
                                             "Point at the field of the token response, such as /access_token or "
                                             "/data/token."));
    }
    if (const Property *header = d.property(TokenHeader);
        header && !header->value.trimmed().isEmpty() && !Http::isHeaderName(header->value.trimmed()))
        fail(TokenHeader,
             QCoreApplication::translate("cad::Validator", "\"%1\" is not a header name").arg(header->value.left(60)),
             QCoreApplication::translate("cad::Validator", "Use letters, digits and dashes, such as X-Access-Token."));
    if (const Property *prefix = d.property(TokenPrefix); prefix && !Http::isHeaderValue(prefix->value))
        fail(TokenPrefix, QCoreApplication::translate("cad::Validator", "the token prefix has a line break"),
             QCoreApplication::translate("cad::Validator", "Write one word, such as Bearer or Zoho-oauthtoken."));
    static const QRegularExpression parameterName(QStringLiteral("^[A-Za-z0-9_.~-]+$"));
    if (const Property *query = d.property(TokenQueryParameter);
        query && !query->value.trimmed().isEmpty() && !parameterName.match(query->value.trimmed()).hasMatch())
        fail(TokenQueryParameter,
             QCoreApplication::translate("cad::Validator", "\"%1\" is not a query parameter name")
                 .arg(query->value.left(60)),
             QCoreApplication::translate("cad::Validator", "Use letters, digits, _ . ~ and -, such as access_token."));
    if (const Property *separator = d.property(ScopeSeparator); separator && !separator->value.isEmpty()) {
        const QString s = separator->value;
        bool punctuation = s.size() <= 3;
        for (const QChar ch : s)
            punctuation &= !ch.isLetterOrNumber() && ch.unicode() >= 0x20 && ch.unicode() < 0x7f;
        if (!punctuation)
            fail(ScopeSeparator,
                 QCoreApplication::translate("cad::Validator", "the scope separator \"%1\" is not punctuation")
                     .arg(s.left(20)),
                 QCoreApplication::translate("cad::Validator", "Use a space or a comma, as the provider documents."));
    }
    if (const Property *variables = d.property(ResponseVariables)) {
        const TokenHandling::ParsedVariables parsed = TokenHandling::parseResponseVariables(variables->value);
        for (const QString &problem : parsed.problems)
            fail(ResponseVariables,
                 QCoreApplication::translate("cad::Validator", "response variables: %1").arg(problem),
                 QCoreApplication::translate("cad::Validator",
                                             "Write one NAME=/pointer per line, such as instance_url=/instance_url."));
        for (const TokenHandling::ResponseVariable &v : parsed.variables) {
            if (d.indexOf(v.name) >= 0)
                fail(ResponseVariables,
                     QCoreApplication::translate("cad::Validator",
                                                 "the response variable {%1} has the name of a property")
                         .arg(v.name),
                     QCoreApplication::translate("cad::Validator", "Rename it: {%1} would mean the property's value.")
                         .arg(v.name));
        }
    }
}

/// connector.connectionLabel: its pointers are pointers, its names are properties that are not
/// secrets (a label is shown on screen and printed by the command line).
void checkConnectionLabel(Collector &c, const ConnectorDefinition &d)
{
    const QString path = QStringLiteral("connector.connectionLabel");
    const QString field = QStringLiteral("connectionLabel");
    for (const QString &pointer : ConnectionLabel::pointers(d.connectionLabel)) {
        const QString problem = JsonPointer::problem(pointer);
        if (!problem.isEmpty())
            c.error(
                path, problem,
                QCoreApplication::translate("cad::Validator", "Point at a field of the test answer, such as {/email}."),
                -1, field);
    }
    for (const QString &name : Variables::referenced(d.connectionLabel)) {
        const Property *p = d.property(name);
        if (!p) {
            c.error(path, QCoreApplication::translate("cad::Validator", "unknown variable {%1}").arg(name),
                    QCoreApplication::translate("cad::Validator",
                                                "Add a property named \"%1\", correct the spelling, or write "
                                                "{/%1} for a field of the test answer.")
                        .arg(name),
                    -1, field);
        } else if (p->secret) {
            c.error(path,
                    QCoreApplication::translate("cad::Validator", "the connection label would show the secret {%1}")
                        .arg(name),
                    QCoreApplication::translate("cad::Validator",
                                                "Use a value that is not secret, such as the account's e-mail "
                                                "address from the test answer ({/email})."),
                    -1, field);
        }
    }
}

/// Required, empty and not asked of the end user: the red rows, and an error in the problems list.
bool isMissingValue(const ConnectorDefinition &d, const Property &p)
{
    return BuiltinSchemas::isRequired(d, p) && !p.askUser && p.value.trimmed().isEmpty();
}

/// A plain value that equals a secret's value (the client secret pasted into Client ID) would be
/// written to the file. The message names the secret, never the value.
void checkNotASecret(Collector &c, const ConnectorDefinition &d, int row)
{
    const Property &p = d.properties.at(row);
    const QString value = p.value.trimmed();
    if (value.isEmpty())
        return;
    for (const Property &secret : d.properties) {
        if (!secret.secret || secret.value.trimmed() != value)
            continue;
        c.warning(propertyPath(row, QStringLiteral("value")),
                  QCoreApplication::translate("cad::Validator",
                                              "the value of \"%1\" looks like the secret \"%2\"; it would be saved "
                                              "in the file in plain text")
                      .arg(p.displayName.isEmpty() ? p.name : p.displayName,
                           secret.displayName.isEmpty() ? secret.name : secret.displayName),
                  QCoreApplication::translate("cad::Validator",
                                              "Enter the secret only in its own row, which is kept in the keychain, "
                                              "or tick \"Secret\" on this property in Edit Property."),
                  row, QStringLiteral("value"));
        return;
    }
}

} // namespace

bool Validator::isValidPropertyName(QStringView name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.\\-]{0,127}$"));
    return re.match(name).hasMatch();
}

QList<int> Validator::missingRequiredValues(const ConnectorDefinition &definition)
{
    QList<int> rows;
    for (int i = 0; i < definition.properties.size(); ++i) {
        if (isMissingValue(definition, definition.properties.at(i)))
            rows.append(i);
    }
    return rows;
}

QList<int> Validator::missingValues(const ConnectorDefinition &definition, const QHash<QString, QString> &values,
                                    SecretValues secrets)
{
    QList<int> rows;
    for (int i = 0; i < definition.properties.size(); ++i) {
        const Property &p = definition.properties.at(i);
        // A PKCE client whose client secret is not required is public: no secret (isRequired()).
        if (p.secret && secrets == SecretValues::NotIncluded)
            continue;
        if (BuiltinSchemas::isRequired(definition, p) && p.value.isEmpty() && values.value(p.name).isEmpty())
            rows.append(i);
    }
    return rows;
}

Diagnostics Validator::validate(const ConnectorDefinition &d, SecretValues secrets)
{
    Diagnostics out;
    Collector c(out);

    // Connector settings
    static const QRegularExpression keyRe(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    if (d.key.isEmpty())
        c.error(QStringLiteral("connector.key"),
                QCoreApplication::translate("cad::Validator", "the connector key is empty"),
                QCoreApplication::translate("cad::Validator", "Enter a short identifier such as \"acme-crm\"."), -1,
                QStringLiteral("key"));
    else if (!keyRe.match(d.key).hasMatch())
        c.error(QStringLiteral("connector.key"),
                QCoreApplication::translate("cad::Validator",
                                            "the connector key may contain only a-z, 0-9, '.', '_' and '-'"),
                QCoreApplication::translate("cad::Validator",
                                            "Use lower-case letters, digits and dashes, at most 64 characters."),
                -1, QStringLiteral("key"));
    if (d.displayName.trimmed().isEmpty())
        c.error(QStringLiteral("connector.displayName"),
                QCoreApplication::translate("cad::Validator", "the display name is empty"),
                QCoreApplication::translate("cad::Validator", "Enter the name end users see, such as \"Acme CRM\"."),
                -1, QStringLiteral("displayName"));
    if (d.baseUrl.trimmed().isEmpty()) {
        c.error(QStringLiteral("connector.baseUrl"),
                QCoreApplication::translate("cad::Validator", "the base URL is empty"),
                QCoreApplication::translate("cad::Validator",
                                            "Enter the API's base URL, such as https://api.example.com/v1."),
                -1, QStringLiteral("baseUrl"));
    } else {
        QStringList captured;
        for (const TokenHandling::ResponseVariable &v : TokenHandling::responseVariables(d))
            captured.append(v.name);
        checkUrl(c, QStringLiteral("connector.baseUrl"), d.baseUrl,
                 QCoreApplication::translate("cad::Validator", "The base URL"), -1, QStringLiteral("baseUrl"),
                 UrlUse::Api, captured);
        checkVariables(c, d, QStringLiteral("connector.baseUrl"), d.baseUrl, -1, QStringLiteral("baseUrl"), false);
    }
    if (!Http::isMethod(d.testRequest.method))
        c.error(QStringLiteral("connector.testRequest.method"),
                QCoreApplication::translate("cad::Validator", "unsupported method \"%1\"").arg(d.testRequest.method),
                QCoreApplication::translate("cad::Validator", "Use one of %1.")
                    .arg(Http::methods().join(QStringLiteral(", "))),
                -1, QStringLiteral("testRequest.method"));
    if (d.testRequest.path.isEmpty())
        c.error(QStringLiteral("connector.testRequest.path"),
                QCoreApplication::translate("cad::Validator", "the test request path must start with '/'"),
                QCoreApplication::translate("cad::Validator", "Enter a path relative to the base URL, such as /me."),
                -1, QStringLiteral("testRequest.path"));
    else if (!d.testRequest.path.startsWith(QLatin1Char('/')))
        c.errorWithFix(
            QStringLiteral("connector.testRequest.path"),
            QCoreApplication::translate("cad::Validator", "the test request path must start with '/'"),
            QCoreApplication::translate("cad::Validator", "Enter a path relative to the base URL, such as /me."), -1,
            QStringLiteral("testRequest.path"), QLatin1Char('/') + d.testRequest.path,
            QCoreApplication::translate("cad::Validator", "Use the path /%1").arg(d.testRequest.path));
    checkExpectation(c, d.testRequest.expect);
    checkConnectionLabel(c, d);
    checkTokenHandling(c, d);
    if (!d.documentationUrl.isEmpty()) {
        const QUrl docs(d.documentationUrl, QUrl::StrictMode);
        if (!docs.isValid() || docs.host().isEmpty() ||
            (docs.scheme() != QLatin1String("https") && docs.scheme() != QLatin1String("http")))
            c.error(QStringLiteral("connector.documentationUrl"),
                    QCoreApplication::translate("cad::Validator", "the documentation URL is not a full web address"),
                    QCoreApplication::translate("cad::Validator",
                                                "Enter the address of the provider's authentication documentation, "
                                                "such as https://developer.example.com/docs/oauth."),
                    -1, QStringLiteral("documentationUrl"));
    }

    // Built-in properties of the type must all be present.
    for (const Property &builtin : BuiltinSchemas::propertiesFor(d.authType)) {
        if (builtin.builtIn && builtin.required && d.indexOf(builtin.name) < 0)
            c.error(QStringLiteral("authentication.properties"),
                    QCoreApplication::translate("cad::Validator", "the required built-in property \"%1\" is missing")
                        .arg(builtin.name),
                    QCoreApplication::translate("cad::Validator", "Add a property named \"%1\" (%2).")
                        .arg(builtin.name, builtin.displayName));
    }

    QSet<QString> seen;
    QHash<QString, int> headerKeys;
    for (int i = 0; i < d.properties.size(); ++i) {
        const Property &p = d.properties.at(i);
        if (!isValidPropertyName(p.name)) {
            c.error(propertyPath(i, QStringLiteral("name")),
                    QCoreApplication::translate("cad::Validator", "\"%1\" is not a valid technical name").arg(p.name),
                    QCoreApplication::translate(
                        "cad::Validator",
                        "Start with a letter or '_', then letters, digits, '_', '.' or '-' (at most 128)."),
                    i, QStringLiteral("name"));
        } else if (seen.contains(p.name)) {
            c.error(
                propertyPath(i, QStringLiteral("name")),
                QCoreApplication::translate("cad::Validator", "duplicate property name \"%1\"").arg(p.name),
                QCoreApplication::translate("cad::Validator", "Technical names must be unique; rename one of them."), i,
                QStringLiteral("name"));
        }
        seen.insert(p.name);

        if (p.askUser && p.displayName.trimmed().isEmpty())
            c.error(propertyPath(i, QStringLiteral("displayName")),
                    QCoreApplication::translate("cad::Validator", "\"%1\" is asked of the user but has no display name")
                        .arg(p.name),
                    QCoreApplication::translate("cad::Validator", "Enter the label the end user sees."), i,
                    QStringLiteral("displayName"));

        if (isMissingValue(d, p) && (!p.secret || secrets == SecretValues::Included))
            c.error(
                propertyPath(i, QStringLiteral("value")),
                QCoreApplication::translate("cad::Validator", "%1 is required")
                    .arg(p.displayName.isEmpty() ? p.name : p.displayName),
                p.builtIn && BuiltinSchemas::mayChangeRequired(d.authType, p)
                    ? QCoreApplication::translate("cad::Validator",
                                                  "Enter it, or untick \"Required\" if the app is a public client "
                                                  "without a client secret.")
                    : QCoreApplication::translate(
                          "cad::Validator", "Enter a value, or tick \"Ask the user\" so that end users provide it."),
                i, QStringLiteral("value"));
        if (secrets == SecretValues::Included && !p.secret)
            checkNotASecret(c, d, i);

        if (!p.value.isEmpty()) {
            if (isOAuthUrlProperty(p.name) && isOAuth(d.authType)) {
                checkUrl(c, propertyPath(i, QStringLiteral("value")), p.value,
                         p.displayName.isEmpty() ? p.name : p.displayName, i, QStringLiteral("value"),
                         UrlUse::Credential);
                checkVariables(c, d, propertyPath(i, QStringLiteral("value")), p.value, i, QStringLiteral("value"),
                               false);
            }
            if (p.inputKind == InputKind::Number) {
                bool ok = false;
                const double n = p.value.toDouble(&ok);
                if (!ok)
                    c.error(propertyPath(i, QStringLiteral("value")),
                            QCoreApplication::translate("cad::Validator", "\"%1\" is not a number").arg(p.value),
                            QCoreApplication::translate("cad::Validator", "Enter digits only, such as 3600."), i,
                            QStringLiteral("value"));
                else if (p.name == PropertyNames::RefreshInterval && n <= 0)
                    c.error(propertyPath(i, QStringLiteral("value")),
                            QCoreApplication::translate("cad::Validator", "the refresh interval must be positive"),
                            QCoreApplication::translate("cad::Validator", "Enter a number of seconds such as 3600."), i,
                            QStringLiteral("value"));
            } else if (p.inputKind == InputKind::Boolean && p.value != QLatin1String("true") &&
                       p.value != QLatin1String("false")) {
                c.error(propertyPath(i, QStringLiteral("value")),
                        QCoreApplication::translate("cad::Validator", "\"%1\" is not true or false").arg(p.value),
                        QCoreApplication::translate("cad::Validator", "Use true or false."), i,
                        QStringLiteral("value"));
            } else if (p.inputKind == InputKind::Choice && !p.choices.isEmpty() && !p.choices.contains(p.value)) {
                c.error(propertyPath(i, QStringLiteral("value")),
                        QCoreApplication::translate("cad::Validator", "\"%1\" is not one of the choices (%2)")
                            .arg(p.value, p.choices.join(QStringLiteral(", "))),
                        QCoreApplication::translate("cad::Validator", "Pick one of the choices or add it to the list."),
                        i, QStringLiteral("value"));
            } else if (p.inputKind == InputKind::MultiChoice && !p.choices.isEmpty()) {
                const QStringList picked = p.value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                for (const QString &v : picked) {
                    if (!p.choices.contains(v)) {
                        c.error(
                            propertyPath(i, QStringLiteral("value")),
                            QCoreApplication::translate("cad::Validator", "\"%1\" is not one of the choices").arg(v),
                            QCoreApplication::translate("cad::Validator",
                                                        "Pick from the choices or add it to the list."),
                            i, QStringLiteral("value"));
                        break;
                    }
                }
            }
        }
        if ((p.inputKind == InputKind::Choice || p.inputKind == InputKind::MultiChoice) && p.choices.isEmpty())
            c.error(
                propertyPath(i, QStringLiteral("choices")),
                QCoreApplication::translate("cad::Validator", "\"%1\" offers a choice but has no choices").arg(p.name),
                QCoreApplication::translate("cad::Validator", "Add at least one choice, or change the input kind."), i,
                QStringLiteral("choices"));

        if (p.sendAs.location != Location::NotSent) {
            const QString key = p.sentKey();
            if (p.sendAs.location == Location::Header) {
                if (!Http::isHeaderName(key))
                    c.error(propertyPath(i, QStringLiteral("sendAs.key")),
                            QCoreApplication::translate("cad::Validator", "\"%1\" is not a valid header name").arg(key),
                            QCoreApplication::translate(
                                "cad::Validator", "Header names use letters, digits and - only, such as X-Api-Key."),
                            i, QStringLiteral("sendAs.key"));
                const QString lower = key.toLower();
                if (headerKeys.contains(lower))
                    c.warning(propertyPath(i, QStringLiteral("sendAs.key")),
                              QCoreApplication::translate("cad::Validator", "the header %1 is also set by row %2")
                                  .arg(key)
                                  .arg(headerKeys.value(lower) + 1),
                              QCoreApplication::translate("cad::Validator",
                                                          "Only one value is sent; remove or rename one of them."),
                              i, QStringLiteral("sendAs.key"));
                headerKeys.insert(lower, i);
                if (isOAuth(d.authType) && lower == QLatin1String("authorization"))
                    c.warning(propertyPath(i, QStringLiteral("sendAs.key")),
                              QCoreApplication::translate("cad::Validator",
                                                          "the Authorization header is set by the OAuth framework"),
                              QCoreApplication::translate(
                                  "cad::Validator",
                                  "This property would override the bearer token; send it under another name."),
                              i, QStringLiteral("sendAs.key"));
            }
            checkVariables(c, d, propertyPath(i, QStringLiteral("sendAs.template")), p.sendAs.valueTemplate, i,
                           QStringLiteral("sendAs.template"), true);
            if (!p.sendAs.valueTemplate.isEmpty() && !p.sendAs.valueTemplate.contains(QLatin1String("{value}"))) {
                const QString fixed = templateWithValue(p.sendAs.valueTemplate);
                c.warningWithFix(
                    propertyPath(i, QStringLiteral("sendAs.template")),
                    QCoreApplication::translate("cad::Validator",
                                                "the template of \"%1\" has no {value}: the typed value would be "
                                                "dropped")
                        .arg(p.name),
                    QCoreApplication::translate("cad::Validator",
                                                "Put {value} where the value belongs, such as \"%1\".")
                        .arg(fixed),
                    i, QStringLiteral("sendAs.template"), fixed,
                    QCoreApplication::translate("cad::Validator", "Use the template \"%1\"").arg(fixed));
            }
            if (p.sendAs.location == Location::Header) {
                if (!Http::isHeaderValue(p.sendAs.valueTemplate))
                    c.error(propertyPath(i, QStringLiteral("sendAs.template")),
                            QCoreApplication::translate("cad::Validator",
                                                        "the template of \"%1\" contains a line break or another "
                                                        "control character")
                                .arg(p.name),
                            QCoreApplication::translate("cad::Validator",
                                                        "A header carries one line of text: remove the control "
                                                        "characters."),
                            i, QStringLiteral("sendAs.template"));
                if (!Http::isHeaderValue(p.value))
                    c.error(propertyPath(i, QStringLiteral("value")),
                            QCoreApplication::translate("cad::Validator",
                                                        "the value of \"%1\" contains a line break or another "
                                                        "control character")
                                .arg(p.name),
                            QCoreApplication::translate("cad::Validator",
                                                        "It is sent in the %1 header, which carries one line of "
                                                        "text: remove the control characters.")
                                .arg(key),
                            i, QStringLiteral("value"));
            }
            // For the OAuth types a Query property is a parameter of the authorization request, which the
            // browser shows, keeps in its history and hands to the provider's access logs.
            if (p.secret && isOAuth(d.authType) && p.sendAs.location == Location::Query)
                c.error(propertyPath(i, QStringLiteral("sendAs.location")),
                        QCoreApplication::translate("cad::Validator",
                                                    "the secret \"%1\" would be sent in the authorization URL")
                            .arg(p.name),
                        QCoreApplication::translate("cad::Validator",
                                                    "The browser keeps that URL in its history and the provider in "
                                                    "its logs: send the secret in the body of the token request "
                                                    "instead."),
                        i, QStringLiteral("sendAs.location"));
        }
    }
    return out;
}

} // namespace cad
