#include "request/RequestAuthorizer.h"

#include "core/Origin.h"
#include "core/Redactor.h"
#include "model/BuiltinSchemas.h"
#include "model/Http.h"
#include "model/TokenHandling.h"
#include "model/Variables.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

namespace cad {

namespace {

/// Joins base URL and resource with exactly one slash between them; a resource may carry a query.
QString joinUrl(const QString &base, const QString &resource)
{
    if (resource.isEmpty())
        return base;
    QString b = base;
    while (b.endsWith(QLatin1Char('/')))
        b.chop(1);
    QString r = resource;
    if (!r.startsWith(QLatin1Char('/')) && !r.startsWith(QLatin1Char('?')))
        r.prepend(QLatin1Char('/'));
    return b + r;
}

/// "https://…" or "http://…", in any letter case: a target that names its own origin.
bool isAbsoluteHttpUrl(const QString &text)
{
    return text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

void setHeader(QList<std::pair<QString, QString>> &headers, const QString &name, const QString &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

} // namespace

QString AuthorizedRequest::header(QStringView name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

namespace {
/// Puts the author's headers and body on @p request, which holds the design's headers already;
/// @p designBody: the design's Body-located properties, merged into a JSON object body.
Status applyCustom(const CustomRequest &custom, AuthorizedRequest &request, const QJsonObject &designBody)
{
    // What the design sends besides the two defaults: credentials and header properties, never replaced.
    QStringList designHeaders;
    for (const auto &h : std::as_const(request.headers)) {
        if (h.first.compare(QLatin1String("Accept"), Qt::CaseInsensitive) != 0 &&
            h.first.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) != 0)
            designHeaders << h.first.toLower();
    }
    const QString contentType = custom.contentType();
    if (!contentType.isEmpty())
        setHeader(request.headers, QStringLiteral("Content-Type"), contentType);
    for (const auto &h : custom.headers) {
        if (h.first.trimmed().isEmpty())
            continue;
        const QString name = h.first.trimmed();
        if (!Http::isHeaderName(name) || !Http::isHeaderValue(h.second))
            return Error{QCoreApplication::translate("cad::RequestAuthorizer",
                                                     "The header \"%1\" cannot be sent: a header name has letters, "
                                                     "digits and dashes, and a value has no line breaks.")
                             .arg(name.left(60)),
                         QCoreApplication::translate("cad::RequestAuthorizer", "Correct the header.")};
        if (designHeaders.contains(name.toLower()))
            return Error{QCoreApplication::translate("cad::RequestAuthorizer",
                                                     "The design sends the %1 header itself; a request cannot "
                                                     "replace it.")
                             .arg(name),
                         QCoreApplication::translate("cad::RequestAuthorizer",
                                                     "Remove the header from the request, or change the design.")};
        setHeader(request.headers, name, h.second.trimmed());
    }
    Result<QByteArray> body = custom.encodedBody();
    if (!body)
        return body.error();
    if (designBody.isEmpty()) {
        request.body = body.value();
        return {};
    }
    // The design sends properties in a JSON body (an API key in the body): they join the author's object.
    const QJsonDocument typed = QJsonDocument::fromJson(body.value());
    if (custom.bodyKind != CustomRequest::BodyKind::None &&
        !(custom.bodyKind == CustomRequest::BodyKind::Json && (body->isEmpty() || typed.isObject())))
        return Error{QCoreApplication::translate("cad::RequestAuthorizer",
                                                 "The design sends %1 in a JSON body, so the request's body must be "
                                                 "a JSON object.")
                         .arg(designBody.keys().join(QStringLiteral(", "))),
                     QCoreApplication::translate("cad::RequestAuthorizer", "Choose JSON and write an object.")};
    QJsonObject merged = typed.object();
    for (auto it = designBody.constBegin(); it != designBody.constEnd(); ++it)
        merged.insert(it.key(), it.value());
    request.body = QJsonDocument(merged).toJson(QJsonDocument::Compact);
    return {};
}

/// Builds the request; with mask set, every secret value is replaced by Redactor::Mask first, so
/// the result can be shown to people whatever the secrets look like (even one character long).
Result<AuthorizedRequest> build(const ConnectorDefinition &definition, const QHash<QString, QString> &values,
                                const RequestAuthorizer::Options &options, bool mask)
{
    const QString maskText = Redactor::Mask.toString();
    // Effective values: what the connection supplies wins over the definition's own values.
    QHash<QString, QString> effective;
    for (const Property &p : definition.properties)
        effective.insert(p.name, values.contains(p.name) ? values.value(p.name) : p.value);

    QStringList missing;
    QStringList secrets;
    auto valueOrPlaceholder = [&](const Property &p) -> QString {
        const QString v = effective.value(p.name);
        if (!v.isEmpty()) {
            if (p.secret) {
                secrets.append(v);
                if (mask)
                    return maskText;
            }
            return v;
        }
        if (p.required) {
            if (!options.allowMissing)
                missing.append(p.displayName.isEmpty() ? p.name : QStringLiteral("%1 (%2)").arg(p.name, p.displayName));
            return QLatin1Char('{') + p.name + QLatin1Char('}');
        }
        return {};
    };

    // Values captured from the token response ({instance_url}): the connection's, else placeholders
    // while none exists. They are URLs and hosts, put in as they are.
    QHash<QString, QString> captured;
    QStringList uncaptured;
    bool usesCaptured = false;
    const QStringList inBaseUrl = Variables::referenced(definition.baseUrl);
    for (const TokenHandling::ResponseVariable &rv : TokenHandling::responseVariables(definition)) {
        const QString v = values.value(rv.name);
        if (!v.isEmpty()) {
            captured.insert(rv.name, v);
            effective.insert(rv.name, v);
            usesCaptured |= inBaseUrl.contains(rv.name);
        } else {
            captured.insert(rv.name, QLatin1Char('{') + rv.name + QLatin1Char('}'));
            if (inBaseUrl.contains(rv.name))
                uncaptured.append(rv.name);
        }
    }
    if (!uncaptured.isEmpty() && !options.allowMissing && !options.allowUncaptured)
        return Error{QCoreApplication::translate("cad::RequestAuthorizer",
                                                 "The base URL uses {%1}, which the token response gives.")
                         .arg(uncaptured.join(QStringLiteral("}, {"))),
                     QCoreApplication::translate("cad::RequestAuthorizer", "Connect first.")};

    // Variables in the base URL are filled from the properties they name.
    QHash<QString, QString> variables;
    for (const QString &name : inBaseUrl) {
        const Property *p = definition.property(name);
        if (!p && captured.contains(name))
            continue;
        if (!p)
            return Error{
                QCoreApplication::translate("cad::RequestAuthorizer",
                                            "The base URL uses {%1}, which is not a property.")
                    .arg(name),
                QCoreApplication::translate("cad::RequestAuthorizer",
                                            "Add a property with that technical name or correct the base URL.")};
        const QString v = valueOrPlaceholder(*p);
        if (!v.isEmpty())
            variables.insert(name, v);
        else if (options.allowMissing)
            variables.insert(name, QLatin1Char('{') + name + QLatin1Char('}'));
        else
            missing.append(QStringLiteral("%1 (%2)").arg(name, p->displayName));
    }

    AuthorizedRequest request;
    std::pair<QString, QString> tokenQuery; ///< the access token as a query parameter, when the design says so
    const CustomRequest *custom = options.custom;
    const QString method = custom ? custom->method.trimmed() : options.method;
    request.method = method.isEmpty() ? definition.testRequest.method : method.toUpper();
    if (!Http::isMethod(request.method))
        return Error{QCoreApplication::translate("cad::RequestAuthorizer", "\"%1\" is not an HTTP method.")
                         .arg(request.method.left(40).simplified()),
                     QCoreApplication::translate("cad::RequestAuthorizer", "Use one of %1.")
                         .arg(Http::methods().join(QStringLiteral(", ")))};
    const QString resource = custom                       ? custom->target.trimmed()
                             : options.resource.isEmpty() ? definition.testRequest.path
                                                          : options.resource;
    // Placeholders stay readable in the preview; real values are percent-encoded.
    QString urlText =
        Variables::substitute(Variables::substitute(definition.baseUrl, captured), variables, !options.allowMissing);
    if (custom && isAbsoluteHttpUrl(resource)) {
        // A full URL pasted from the documentation: only on the origin the design's credentials belong to.
        const QUrl target(resource);
        const Origin base = Origin::of(QUrl(urlText, QUrl::StrictMode));
        const Origin asked = Origin::of(target);
        if (!base.isValid() || asked != base)
            return Error{QCoreApplication::translate("cad::RequestAuthorizer",
                                                     "%1 is not on %2, the base URL's origin: the credentials of "
                                                     "this design are sent only there.")
                             .arg(asked.isValid() ? asked.toString() : resource.left(80),
                                  base.isValid() ? base.toString() : definition.baseUrl.left(80)),
                         QCoreApplication::translate("cad::RequestAuthorizer",
                                                     "Write a path below the base URL, or change the base URL.")};
        urlText = target.toString(QUrl::FullyEncoded | QUrl::RemoveFragment);
    } else {
        urlText = joinUrl(urlText, resource);
    }

    request.headers.append({QStringLiteral("Accept"), QStringLiteral("application/json")});
    request.headers.append({QStringLiteral("Content-Type"), QStringLiteral("application/json")});

    using namespace PropertyNames;
    switch (definition.authType) {
    case AuthType::OAuth2AuthorizationCode:
    case AuthType::OAuth2AuthorizationCodePkce:
    case AuthType::OAuth2ClientCredentials: {
        QString token = values.value(RequestAuthorizer::AccessTokenKey);
        if (!Http::isHeaderValue(token))
            return Error{QCoreApplication::translate("cad::RequestAuthorizer",
                                                     "The access token contains a line break or another control "
                                                     "character, so it cannot be sent in a header."),
                         QCoreApplication::translate("cad::RequestAuthorizer",
                                                     "The provider's token response is malformed: connect again, "
                                                     "and report it to the provider if it persists.")};
        if (token.isEmpty()) {
            token = QStringLiteral("{access_token}");
        } else {
            secrets.append(token);
            if (mask)
                token = maskText;
        }
        // Where the design says: "Authorization: Bearer" (RFC 6750), another header or prefix
        // ("Zoho-oauthtoken"), or a query parameter.
        const TokenHandling::Placement place = TokenHandling::placement(definition, values);
        if (!place.queryParameter.isEmpty()) {
            tokenQuery = {place.queryParameter, token};
        } else {
            if (!Http::isHeaderName(place.header) || !Http::isHeaderValue(place.prefix))
                return Error{QCoreApplication::translate("cad::RequestAuthorizer",
                                                         "The token header \"%1\" or its prefix cannot be sent.")
                                 .arg(place.header.left(60)),
                             QCoreApplication::translate("cad::RequestAuthorizer",
                                                         "Use a header name of letters, digits and dashes, and a "
                                                         "prefix without line breaks.")};
            setHeader(request.headers, place.header,
                      place.prefix.isEmpty() ? token : place.prefix + QLatin1Char(' ') + token);
        }
        break;
    }
    case AuthType::Basic: {
        const Property *user = definition.property(Username);
        const Property *pass = definition.property(Password);
        const QString u = user ? valueOrPlaceholder(*user) : QString();
        const QString p = pass ? valueOrPlaceholder(*pass) : QString();
        if (u.contains(QLatin1Char(':')) && !u.startsWith(QLatin1Char('{')))
            return Error{QCoreApplication::translate(
                             "cad::RequestAuthorizer",
                             "The user name contains a colon, which Basic authentication cannot carry (RFC 7617)."),
                         QCoreApplication::translate("cad::RequestAuthorizer", "Remove the colon from the user name.")};
        // RFC 7617: user-id ":" password, UTF-8, Base64.
        const bool placeholders = u.startsWith(QLatin1Char('{')) || p.startsWith(QLatin1Char('{'));
        // With placeholders (live preview before values exist) show what will be encoded.
        QString credentials = placeholders ? QStringLiteral("base64(%1:%2)").arg(u, p)
                                           : QString::fromLatin1((u + QLatin1Char(':') + p).toUtf8().toBase64());
        if (!placeholders && (p == maskText || !p.isEmpty())) {
            secrets.append(credentials);
            if (mask)
                credentials = maskText;
        }
        setHeader(request.headers, QStringLiteral("Authorization"), QStringLiteral("Basic ") + credentials);
        break;
    }
    case AuthType::ApiKey:
    case AuthType::PersonalAccessToken:
    case AuthType::Custom:
    case AuthType::None:
        break;
    }

    // Properties sent with every request, in row order.
    QUrlQuery query;
    if (!tokenQuery.first.isEmpty())
        query.addQueryItem(tokenQuery.first, tokenQuery.second);
    QJsonObject body;
    const bool oauth = isOAuth(definition.authType);
    for (const Property &p : definition.properties) {
        const Location where = p.sendAs.location;
        if (where == Location::NotSent)
            continue;
        // For the OAuth types, query and body properties are extra parameters of the authorization
        // and token requests, not of API calls.
        if (oauth && where != Location::Header)
            continue;
        const QString v = valueOrPlaceholder(p);
        if (v.isEmpty())
            continue;
        const QString sent = p.sentValue(v, effective);
        const QString key = p.sentKey();
        switch (where) {
        case Location::Header:
            // Qt writes header values verbatim: a CR or LF would start a header of the sender's choice.
            if (!Http::isHeaderName(key) || !Http::isHeaderValue(sent))
                return Error{
                    QCoreApplication::translate("cad::RequestAuthorizer",
                                                "The value of %1 contains a line break or another control "
                                                "character, which the %2 header cannot carry.")
                        .arg(p.displayName.isEmpty() ? p.name : QStringLiteral("%1 (%2)").arg(p.name, p.displayName),
                             key.left(60)),
                    QCoreApplication::translate("cad::RequestAuthorizer",
                                                "Remove the line breaks from the value and try again.")};
            setHeader(request.headers, key, sent);
            break;
        case Location::Query:
            query.addQueryItem(key, sent);
            break;
        case Location::Body:
            body.insert(key, sent);
            break;
        case Location::NotSent:
            break;
        }
    }

    if (!missing.isEmpty()) {
        return Error{
            QCoreApplication::translate("cad::RequestAuthorizer", "No value given for %1.")
                .arg(missing.join(QStringLiteral(", "))),
            QCoreApplication::translate("cad::RequestAuthorizer",
                                        "Provide them, for example with --set NAME=VALUE or --set-env NAME=ENVVAR.")};
    }

    // Query parameters are appended as encoded text so that placeholders such as {subdomain}
    // (live preview) survive; a real request must then parse as an absolute URL.
    QStringList items;
    for (const auto &item : query.queryItems(QUrl::FullyDecoded))
        items << QString::fromLatin1(QUrl::toPercentEncoding(item.first)) + QLatin1Char('=') +
                     QString::fromLatin1(QUrl::toPercentEncoding(item.second, "{}"));
    if (custom) {
        const QList<std::pair<QString, QString>> designQuery = query.queryItems(QUrl::FullyDecoded);
        for (const auto &item : custom->query) {
            if (item.first.isEmpty())
                continue;
            const bool designs = std::any_of(designQuery.cbegin(), designQuery.cend(),
                                             [&item](const auto &d) { return d.first == item.first; });
            if (designs)
                return Error{
                    QCoreApplication::translate("cad::RequestAuthorizer",
                                                "The design sends the query parameter %1 itself; a request "
                                                "cannot replace it.")
                        .arg(item.first.left(60)),
                    QCoreApplication::translate("cad::RequestAuthorizer",
                                                "Remove the parameter from the request, or change the design.")};
            items << QString::fromLatin1(QUrl::toPercentEncoding(item.first)) + QLatin1Char('=') +
                         QString::fromLatin1(QUrl::toPercentEncoding(item.second));
        }
        if (Status applied = applyCustom(*custom, request, body); !applied)
            return applied.error();
    }
    if (!items.isEmpty())
        urlText +=
            (urlText.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) + items.join(QLatin1Char('&'));
    const QUrl url(urlText, QUrl::StrictMode);
    const bool hasPlaceholders = !Variables::referenced(urlText).isEmpty();
    if ((!url.isValid() || url.isRelative()) && !(options.allowMissing && hasPlaceholders)) {
        // The message shows the URL, so every secret in it is masked first, however short.
        QString shown = urlText;
        for (const QString &secret : std::as_const(secrets)) {
            if (secret.isEmpty())
                continue;
            shown.replace(QString::fromLatin1(QUrl::toPercentEncoding(secret)), maskText);
            shown.replace(secret, maskText);
        }
        return Error{
            QCoreApplication::translate("cad::RequestAuthorizer", "\"%1\" is not a valid request URL.").arg(shown),
            QCoreApplication::translate("cad::RequestAuthorizer", "Check the base URL and the test request path.")};
    }
    // A host the token response named ({instance_url}) gets the credentials only over https (or to
    // this computer).
    if (usesCaptured && url.isValid() && !isSecureOrLoopback(url))
        return Error{QCoreApplication::translate("cad::RequestAuthorizer",
                                                 "The token response named %1 as the API's address, which does not "
                                                 "use https; the access token is not sent there.")
                         .arg(Origin::of(url).toString()),
                     QCoreApplication::translate("cad::RequestAuthorizer",
                                                 "Check the response variables, or ask the provider.")};
    request.url = url;
    request.urlText = url.isValid() ? url.toString(QUrl::FullyEncoded) : urlText;
    if (!body.isEmpty() && request.body.isEmpty())
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    secrets.removeDuplicates();
    request.secretValues = secrets;
    return request;
}
} // namespace

Result<AuthorizedRequest> RequestAuthorizer::authorize(const ConnectorDefinition &definition,
                                                       const QHash<QString, QString> &values, const Options &options)
{
    Result<AuthorizedRequest> real = build(definition, values, options, false);
    if (!real)
        return real;
    Result<AuthorizedRequest> masked = build(definition, values, options, true);
    if (masked)
        real.value().masked = std::make_shared<const AuthorizedRequest>(std::move(masked).value());
    return real;
}

QString CurlRenderer::shellWord(const QString &text)
{
    // \A and \z, not ^ and $: $ also matches before a final line break, which would end the command.
    static const QRegularExpression plain(QStringLiteral("\\A[A-Za-z0-9_@%+=:,./-]+\\z"));
    return plain.match(text).hasMatch() ? text : shellQuote(text);
}

QString CurlRenderer::shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString CurlRenderer::render(const AuthorizedRequest &request, const Options &options)
{
    const bool useMasked = !options.showSecrets && request.masked;
    const AuthorizedRequest &shown = useMasked ? *request.masked : request;
    // Belt and braces: a request built by hand (no masked twin) still gets its known secrets replaced.
    Redactor redactor;
    if (!options.showSecrets && !useMasked)
        redactor.addSecrets(request.secretValues);

    QString url = shown.urlText.isEmpty() ? shown.url.toString(QUrl::FullyEncoded) : shown.urlText;
    if (useMasked)
        url.replace(QString::fromLatin1(QUrl::toPercentEncoding(Redactor::Mask.toString())), Redactor::Mask.toString());

    QStringList parts;
    // Every part is quoted: a pasted command must never run anything but curl.
    parts << QStringLiteral("curl --request ") + shellWord(shown.method);
    // curl reads {a,b} and [1-3] in a URL as a set of URLs to fetch (a preview's {placeholder} too).
    static const QRegularExpression glob(QStringLiteral("[{}\\[\\]]"));
    if (url.contains(glob))
        parts << QStringLiteral("--globoff");
    parts << QStringLiteral("--url ") + shellQuote(redactor.redact(url));
    for (const auto &h : shown.headers) {
        // curl reads "Name:" with nothing but blanks after the colon as "do not send Name"; "Name;" sends it empty.
        const bool blank =
            std::all_of(h.second.cbegin(), h.second.cend(), [](QChar c) { return c == u' ' || c == u'\t'; });
        const QString header =
            blank ? QString(h.first + QLatin1Char(';')) : QString(h.first + QStringLiteral(": ") + h.second);
        parts << QStringLiteral("--header ") + shellQuote(redactor.redact(header));
    }
    if (!shown.body.isEmpty()) {
        const QString body = redactor.redact(QString::fromUtf8(shown.body));
        // curl sends the file "name" for --data @name; --data-raw sends the text as it is.
        parts << (body.startsWith(QLatin1Char('@')) ? QStringLiteral("--data-raw ") : QStringLiteral("--data ")) +
                     shellQuote(body);
    }
    return parts.join(options.multiline ? QStringLiteral(" \\\n  ") : QStringLiteral(" "));
}

} // namespace cad
