#include "model/Lint.h"

#include "core/DisplayText.h"
#include "model/BuiltinSchemas.h"
#include "model/Variables.h"

#include <QCoreApplication>
#include <QHash>

namespace cad {

namespace {
QString propertyPath(int row, const QString &field)
{
    return QStringLiteral("authentication.properties[%1].%2").arg(row).arg(field);
}

class Findings
{
public:
    explicit Findings(Diagnostics &out)
        : m_out(out)
    {}

    void add(const char *rule, const QString &path, const QString &message, const QString &hint, int row = -1,
             const QString &field = QString(), const QString &fixValue = QString(), const QString &fixLabel = QString())
    {
        Diagnostic d{Diagnostic::Severity::Warning, path, message, hint, row, field, fixValue, fixLabel};
        d.rule = QLatin1String(rule);
        m_out.append(d);
    }

private:
    Diagnostics &m_out;
};

/// "api_version" -> "Api version": a display name for people from a technical one.
QString humanized(const QString &name)
{
    QString text = name;
    text.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    return DisplayText::sentenceStart(text.simplified());
}
} // namespace

QStringList Lint::ruleIds()
{
    return {QStringLiteral("pkce-recommended"),     QStringLiteral("pkce-plain"),
            QStringLiteral("refresh-url-empty"),    QStringLiteral("scope-commas"),
            QStringLiteral("offline-access"),       QStringLiteral("secret-hint-missing"),
            QStringLiteral("display-name-is-name"), QStringLiteral("duplicate-query-key"),
            QStringLiteral("variable-not-asked"),   QStringLiteral("double-slash")};
}

Diagnostics Lint::lint(const ConnectorDefinition &d)
{
    Diagnostics out;
    Findings f(out);
    const int scopeRow = d.indexOf(PropertyNames::Scope);
    const QString scope = d.valueOf(PropertyNames::Scope);

    if (d.authType == AuthType::OAuth2AuthorizationCode)
        f.add("pkce-recommended", QStringLiteral("authentication.type"),
              QCoreApplication::translate("cad::Lint", "the authorization code flow runs without PKCE"),
              QCoreApplication::translate(
                  "cad::Lint",
                  "Choose \"OAuth 2.0 Authorization code with PKCE\": RFC 9700 recommends PKCE for every client, and "
                  "providers that advertise S256 support it."));
    if (d.authType == AuthType::OAuth2AuthorizationCodePkce) {
        const int row = d.indexOf(PropertyNames::PkceMethod);
        if (row >= 0 && d.properties.at(row).value.trimmed().compare(QLatin1String("plain"), Qt::CaseInsensitive) == 0)
            f.add(
                "pkce-plain", propertyPath(row, QStringLiteral("value")),
                QCoreApplication::translate("cad::Lint", "PKCE uses the plain method, which sends the verifier itself"),
                QCoreApplication::translate(
                    "cad::Lint", "Use S256 (RFC 7636 section 4.2); plain is only for clients that cannot hash."),
                row, QStringLiteral("value"), QStringLiteral("S256"),
                QCoreApplication::translate("cad::Lint", "Use the PKCE method S256"));
    }
    if (needsBrowser(d.authType)) { // the authorization code types
        const int row = d.indexOf(PropertyNames::RefreshTokenUrl);
        const QString tokenUrl = d.valueOf(PropertyNames::TokenUrl).trimmed();
        if (row >= 0 && d.properties.at(row).value.trimmed().isEmpty() && !tokenUrl.isEmpty())
            f.add(
                "refresh-url-empty", propertyPath(row, QStringLiteral("value")),
                QCoreApplication::translate(
                    "cad::Lint",
                    "the refresh token URL is empty, so the published connector cannot refresh its tokens"),
                QCoreApplication::translate("cad::Lint", "Most providers refresh at the token URL (%1).").arg(tokenUrl),
                row, QStringLiteral("value"), tokenUrl,
                QCoreApplication::translate("cad::Lint", "Refresh at the token URL"));
        if (scopeRow >= 0) {
            const QStringList scopes = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const bool refreshExpected = !d.valueOf(PropertyNames::RefreshTokenUrl).trimmed().isEmpty();
            if (scopes.contains(QLatin1String("openid")) && refreshExpected &&
                !scopes.contains(QLatin1String("offline_access")))
                f.add("offline-access", propertyPath(scopeRow, QStringLiteral("value")),
                      QCoreApplication::translate(
                          "cad::Lint",
                          "the scope asks for openid but not offline_access, so an OpenID provider may issue no "
                          "refresh token"),
                      QCoreApplication::translate("cad::Lint", "Add offline_access (OpenID Connect Core section 11)."),
                      scopeRow, QStringLiteral("value"),
                      QString(scope.trimmed() + QStringLiteral(" offline_access")).trimmed(),
                      QCoreApplication::translate("cad::Lint", "Add offline_access"));
        }
    }
    if (scopeRow >= 0 && scope.contains(QLatin1Char(','))) {
        QString fixed = scope;
        fixed.replace(QLatin1Char(','), QLatin1Char(' '));
        fixed = fixed.simplified();
        f.add(
            "scope-commas", propertyPath(scopeRow, QStringLiteral("value")),
            QCoreApplication::translate("cad::Lint",
                                        "the scope contains commas, but scopes are sent separated by spaces"),
            QCoreApplication::translate("cad::Lint", "Separate the scopes with spaces (RFC 6749 section 3.3): \"%1\".")
                .arg(fixed),
            scopeRow, QStringLiteral("value"), fixed,
            QCoreApplication::translate("cad::Lint", "Separate the scopes with spaces"));
    }

    QHash<QString, int> queryKeys;
    for (int i = 0; i < d.properties.size(); ++i) {
        const Property &p = d.properties.at(i);
        if (p.askUser && p.secret && p.hint.trimmed().isEmpty())
            f.add("secret-hint-missing", propertyPath(i, QStringLiteral("hint")),
                  QCoreApplication::translate("cad::Lint", "the end user is asked for the secret \"%1\" without a hint")
                      .arg(p.displayName),
                  QCoreApplication::translate(
                      "cad::Lint", "Say where to find it, such as \"Settings > API keys in your Acme account\"."),
                  i, QStringLiteral("hint"));
        if (!p.name.isEmpty() && p.displayName.trimmed() == p.name && humanized(p.name) != p.name)
            f.add("display-name-is-name", propertyPath(i, QStringLiteral("displayName")),
                  QCoreApplication::translate("cad::Lint", "the display name of \"%1\" is its technical name")
                      .arg(p.name),
                  QCoreApplication::translate("cad::Lint",
                                              "End users read the display name; write it for them, such as \"%1\".")
                      .arg(humanized(p.name)),
                  i, QStringLiteral("displayName"), humanized(p.name),
                  QCoreApplication::translate("cad::Lint", "Use the display name \"%1\"").arg(humanized(p.name)));
        if (p.sendAs.location == Location::Query) {
            const QString key = p.sendAs.key.isEmpty() ? p.name : p.sendAs.key;
            if (queryKeys.contains(key))
                f.add("duplicate-query-key", propertyPath(i, QStringLiteral("sendAs.key")),
                      QCoreApplication::translate("cad::Lint", "the query parameter %1 is also sent by row %2")
                          .arg(key)
                          .arg(queryKeys.value(key) + 1),
                      QCoreApplication::translate("cad::Lint",
                                                  "Services read one of the two; remove or rename one of them."),
                      i, QStringLiteral("sendAs.key"));
            else
                queryKeys.insert(key, i);
        }
    }

    // A {variable} in a URL that nobody fills: neither a value in the design nor asked of the end user.
    const auto checkUrlVariables = [&](const QString &path, const QString &url, int row, const QString &field) {
        for (const QString &name : Variables::referenced(url)) {
            const Property *p = d.property(name);
            if (p && !p->askUser && p->value.trimmed().isEmpty())
                f.add("variable-not-asked", path,
                      QCoreApplication::translate(
                          "cad::Lint", "{%1} is used in a URL but has no value and is not asked of the end user")
                          .arg(name),
                      QCoreApplication::translate("cad::Lint", "Tick \"Ask the user\" for \"%1\" or give it a value.")
                          .arg(name),
                      row, field);
        }
    };
    checkUrlVariables(QStringLiteral("connector.baseUrl"), d.baseUrl, -1, QStringLiteral("baseUrl"));
    for (const QStringView urlName : {PropertyNames::AuthorizationUrl, PropertyNames::TokenUrl,
                                      PropertyNames::RefreshTokenUrl, PropertyNames::TokenRevokeUrl}) {
        const int row = d.indexOf(urlName);
        if (row >= 0)
            checkUrlVariables(propertyPath(row, QStringLiteral("value")), d.properties.at(row).value, row,
                              QStringLiteral("value"));
    }

    if (d.baseUrl.endsWith(QLatin1Char('/')) && d.testRequest.path.startsWith(QLatin1Char('/'))) {
        QString fixed = d.baseUrl;
        while (fixed.endsWith(QLatin1Char('/')))
            fixed.chop(1);
        f.add("double-slash", QStringLiteral("connector.baseUrl"),
              QCoreApplication::translate(
                  "cad::Lint", "the base URL ends with / and the test path starts with one: requests go to //%1")
                  .arg(d.testRequest.path.mid(1)),
              QCoreApplication::translate("cad::Lint", "Remove the trailing / of the base URL."), -1,
              QStringLiteral("baseUrl"), fixed,
              QCoreApplication::translate("cad::Lint", "Remove the trailing / of the base URL"));
    }
    return out;
}

bool Fixes::apply(ConnectorDefinition &d, const Diagnostic &finding)
{
    if (!finding.hasFix())
        return false;
    if (finding.propertyIndex < 0) {
        if (finding.field == QLatin1String("baseUrl"))
            d.baseUrl = finding.fixValue;
        else if (finding.field == QLatin1String("testRequest.path"))
            d.testRequest.path = finding.fixValue;
        else
            return false;
        return true;
    }
    if (finding.propertyIndex >= d.properties.size())
        return false;
    Property &p = d.properties[finding.propertyIndex];
    if (finding.field == QLatin1String("value"))
        p.value = finding.fixValue;
    else if (finding.field == QLatin1String("displayName"))
        p.displayName = finding.fixValue;
    else if (finding.field == QLatin1String("sendAs.key"))
        p.sendAs.key = finding.fixValue;
    else if (finding.field == QLatin1String("sendAs.template"))
        p.sendAs.valueTemplate = finding.fixValue;
    else
        return false;
    return true;
}

} // namespace cad
