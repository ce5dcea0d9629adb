#pragma once

#include "core/Result.h"
#include "model/ConnectorDefinition.h"
#include "request/CustomRequest.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <utility>

namespace cad {

/// The exact request an API call carries after authorization.
struct AuthorizedRequest
{
    QString method = QStringLiteral("GET");
    QUrl url;        ///< invalid only in a preview whose base URL still has {placeholders}
    QString urlText; ///< the URL as sent (percent-encoded), or with its placeholders in a preview
    QList<std::pair<QString, QString>> headers; ///< in sending order
    QByteArray body;                            ///< JSON body for Body-located properties, else empty
    QStringList secretValues;                   ///< values that must be masked when shown
    /// The same request with every secret replaced by a mask, for display (curl pane, logs).
    std::shared_ptr<const AuthorizedRequest> masked;

    [[nodiscard]] QString header(QStringView name) const; ///< case-insensitive, empty if absent
};

/// Turns a definition plus the values of a connection into the post-authorization request to
/// {baseUrl}/{resource}: Accept and Content-Type application/json, plus the type's credentials
/// (Bearer access token for the OAuth types, Basic for basic, the configured header / query /
/// body for API key, PAT and custom, nothing for none).
class RequestAuthorizer
{
public:
    struct Options
    {
        QString resource;          ///< path below the base URL, e.g. "/me"; empty: the test request
        QString method;            ///< empty: the test request's method
        bool allowMissing = false; ///< true: missing values become {name} placeholders (live preview)
        /// true: values the token response has not given yet ({instance_url} of response_variables)
        /// become placeholders; checks made before a connection exists.
        bool allowUncaptured = false;
        /// A request the author composed (console, `request --send`): its method, target, query,
        /// headers and body replace resource and method. Its target must stay on the base URL's
        /// origin, and its headers may not replace one the design sends.
        const CustomRequest *custom = nullptr;
    };

    /// values: what the connection supplies (end-user answers, secrets, "access_token", the values
    /// captured from the token response under their response_variables names); they override the
    /// definition's own values. The OAuth types send the token where TokenHandling::placement() says. Fails, naming
    /// every missing required value, unless options.allowMissing.
    [[nodiscard]] static Result<AuthorizedRequest>
    authorize(const ConnectorDefinition &definition, const QHash<QString, QString> &values, const Options &options);
    [[nodiscard]] static Result<AuthorizedRequest> authorize(const ConnectorDefinition &definition,
                                                             const QHash<QString, QString> &values)
    {
        return authorize(definition, values, Options{});
    }

    /// The name under which the OAuth access token is passed in values.
    static constexpr QLatin1String AccessTokenKey{"access_token"};
};

/// Renders a request as a copy-pasteable curl command (POSIX shell quoting) that makes curl send
/// exactly this request: --globoff when the URL has {} or [] (curl would expand them), "Name;" for a
/// header without a value (curl drops "Name:"), --data-raw for a body that starts with @ (curl would
/// send a file). tests/fuzz/fuzz_curl reads the command back as a shell and curl do.
class CurlRenderer
{
public:
    struct Options
    {
        bool showSecrets = false; ///< false: secret values shown as ••••••
        bool multiline = true;    ///< one option per line, joined with " \"
    };
    [[nodiscard]] static QString render(const AuthorizedRequest &request, const Options &options);
    [[nodiscard]] static QString render(const AuthorizedRequest &request) { return render(request, Options{}); }
    /// POSIX single quotes around the text (a ' inside becomes '\\'').
    [[nodiscard]] static QString shellQuote(const QString &text);
    /// The text as it is when it is a plain word the shell reads literally, else shellQuote(text).
    [[nodiscard]] static QString shellWord(const QString &text);
};

} // namespace cad
