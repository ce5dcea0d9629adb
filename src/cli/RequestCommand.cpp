#include "cli/RequestCommand.h"

#include "cli/CommandSupport.h"
#include "connection/ApiCall.h"
#include "connection/DesignTimeConnection.h"
#include "connection/OAuthSettings.h"
#include "core/Redactor.h"
#include "model/Http.h"
#include "oauth/OAuthClient.h"
#include "request/RequestAuthorizer.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>

namespace cad::cli {

namespace {

constexpr int DefaultTimeoutSeconds = 30;

QString tr(const char *text)
{
    return QCoreApplication::translate("cad::cli", text);
}

/// The body of --data: TEXT, or the contents of FILE for @FILE (as curl reads it).
std::optional<QString> readData(const QString &data, Io &io)
{
    if (!data.startsWith(QLatin1Char('@')))
        return data;
    QFile file(data.mid(1));
    if (!file.open(QIODevice::ReadOnly)) {
        io.err << tr("Cannot read the body from %1: %2.").arg(file.fileName(), file.errorString()) << Qt::endl;
        return std::nullopt;
    }
    return QString::fromUtf8(file.readAll());
}

/// What the service answered, as curl --include shows it and the body as it came; every secret the
/// command knows is masked, since an answer may echo the credentials.
void printAnswer(const TestResult &result, bool include, const Redactor &redactor, Io &io)
{
    io.err << QCoreApplication::translate("cad::cli", "HTTP %1 (%2 ms, %n byte(s))", nullptr, int(result.body.size()))
                  .arg(result.status)
                  .arg(result.elapsedMs)
           << (result.truncated ? tr("; only the first %1 MiB were read").arg(TestResult::MaxBodyBytes >> 20)
                                : QString())
           << Qt::endl;
    if (include) {
        for (const auto &h : result.responseHeaders)
            io.out << redactor.redact(QString::fromLatin1(h.first + ": " + h.second)) << Qt::endl;
        io.out << Qt::endl;
    }
    io.out << redactor.redact(QString::fromUtf8(result.body));
    if (!result.body.isEmpty() && !result.body.endsWith('\n'))
        io.out << Qt::endl;
}

} // namespace

QString RequestCommand::summary() const
{
    return tr("Print the request every API call sends as a curl command, or send it (--send).");
}

int RequestCommand::run(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    const QCommandLineOption path({QStringLiteral("path"), QStringLiteral("resource")},
                                  tr("Path below the base URL, or a full URL on its origin (default: the test "
                                     "request's path)."),
                                  QStringLiteral("PATH"));
    const QCommandLineOption method(QStringLiteral("method"), tr("HTTP method (default: the test request's method)."),
                                    QStringLiteral("METHOD"));
    const QCommandLineOption header(QStringLiteral("header"),
                                    tr("A header to add, as \"Name: value\" (repeatable). Headers the design sends "
                                       "cannot be replaced."),
                                    QStringLiteral("HEADER"));
    const QCommandLineOption data(QStringLiteral("data"),
                                  tr("Request body: TEXT, or @FILE. Sent as JSON when it is JSON, else as text "
                                     "(set Content-Type with --header)."),
                                  QStringLiteral("BODY"));
    const QCommandLineOption send(QStringLiteral("send"),
                                  tr("Send the request and print the answer: the status on stderr, the body on "
                                     "stdout. Exit 4 when the status is not 2xx. A client-credentials design gets "
                                     "its token first (and revokes it after); the other OAuth types need "
                                     "--set access_token=TOKEN."));
    const QCommandLineOption include(QStringLiteral("include"),
                                     tr("With --send, print the answer's headers before the body."));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        tr("With --send, give up after this many seconds (default %1).").arg(DefaultTimeoutSeconds),
        QStringLiteral("SECONDS"));
    const QCommandLineOption showSecrets(QStringLiteral("show-secrets"),
                                         tr("Print secret values instead of %1.").arg(Redactor::Mask));
    parser.addOptions(valueOptions(tr("Value of a property (repeatable). For OAuth types, access_token=TOKEN.")));
    parser.addOptions({path, method, header, data, send, include, timeout, showSecrets});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Definition file."));
    if (auto done = parseArguments(parser, arguments, summary(), io))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        io.err << tr("Name exactly one definition file.") << Qt::endl;
        return ExitUsage;
    }
    const bool sending = parser.isSet(send);
    int timeoutSeconds = DefaultTimeoutSeconds;
    if (parser.isSet(timeout)) {
        bool ok = false;
        timeoutSeconds = parser.value(timeout).toInt(&ok);
        if (!ok || timeoutSeconds <= 0 || timeoutSeconds > 3600) {
            io.err << tr("--timeout expects a number of seconds, got \"%1\".").arg(parser.value(timeout)) << Qt::endl;
            return ExitUsage;
        }
    }
    const QString file = parser.positionalArguments().first();
    // access_token is a value too for the OAuth types: the post-authorization request carries it.
    const PreparedDefinition prepared = prepareDefinition(
        file, parser, sending ? SecretValues::Needed : SecretValues::Optional, AccessTokenValue::AcceptedForOAuth, io);
    if (!prepared.definition)
        return prepared.exitCode;
    const ConnectorDefinition &definition = *prepared.definition;
    const QHash<QString, QString> &values = prepared.values;

    CustomRequest custom;
    custom.method = parser.isSet(method) ? parser.value(method).trimmed().toUpper() : definition.testRequest.method;
    custom.target = parser.isSet(path) ? parser.value(path) : definition.testRequest.path;
    if (!Http::isMethod(custom.method)) {
        io.err << tr("\"%1\" is not an HTTP method; use one of %2.")
                      .arg(custom.method.left(40), Http::methods().join(QStringLiteral(", ")))
               << Qt::endl;
        return ExitUsage;
    }
    bool hasContentType = false;
    for (const QString &line : parser.values(header)) {
        const Result<std::pair<QString, QString>> parsed = CustomRequest::parseHeader(line);
        if (!parsed) {
            io.err << parsed.error().toString() << Qt::endl;
            return ExitUsage;
        }
        hasContentType |= parsed->first.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0;
        custom.headers.append(*parsed);
    }
    if (parser.isSet(data)) {
        const std::optional<QString> body = readData(parser.value(data), io);
        if (!body)
            return ExitUsage;
        custom.body = *body;
        QJsonParseError error{};
        (void)QJsonDocument::fromJson(body->toUtf8(), &error);
        // JSON is sent as JSON unless the author names another type; anything else as it is.
        custom.bodyKind = error.error == QJsonParseError::NoError && !hasContentType ? CustomRequest::BodyKind::Json
                                                                                     : CustomRequest::BodyKind::Raw;
    }

    RequestAuthorizer::Options options;
    options.custom = &custom;
    const bool hasToken = !values.value(QString(RequestAuthorizer::AccessTokenKey)).isEmpty();
    const bool connects = sending && isOAuth(definition.authType) && !hasToken;
    // {instance_url} and the like stay placeholders unless --set gives them or the connection does.
    options.allowUncaptured = !sending || connects;
    // Before a client-credentials connection gets its token, the request is checked with a stand-in.
    QHash<QString, QString> checked = values;
    if (connects)
        checked.insert(QString(RequestAuthorizer::AccessTokenKey), QStringLiteral("token"));
    const Result<AuthorizedRequest> request = RequestAuthorizer::authorize(definition, checked, options);
    if (!request) {
        io.err << request.error().toString() << Qt::endl;
        return ExitUsage;
    }
    if (!sending) {
        CurlRenderer::Options render;
        render.showSecrets = parser.isSet(showSecrets);
        io.out << CurlRenderer::render(*request, render) << Qt::endl;
        return ExitOk;
    }
    if (connects && definition.authType != AuthType::OAuth2ClientCredentials) {
        io.err << tr("Sending with %1 needs a signed-in user's access token: give it with --set access_token=TOKEN "
                     "(`test --keep` signs in).")
                      .arg(authTypeDisplayName(definition.authType))
               << Qt::endl;
        return ExitUsage;
    }

    // Every secret the command knows, masked in anything it prints (an answer may echo them).
    Redactor guard;
    guard.addSecrets(OAuthSettings::secretValues(definition, values));
    if (!connects)
        guard.addSecrets(request->secretValues);
    const int totalMs = timeoutSeconds * 1000;
    QNetworkAccessManager network;
    QEventLoop loop;
    std::optional<TestResult> answer;
    QString failure; // the connection could not be made, or nothing came in time
    bool timedOut = false;

    SecretStore store(SecretStore::Mode::MemoryOnly);
    DesignTimeConnection connection(&network, &store);
    std::unique_ptr<ApiCall> call;
    bool sent = false; // outlives the event loop below, as the lambdas that read it
    if (!connects) {
        // The values hold everything the request needs: sent as every connector call sends it.
        call = std::make_unique<ApiCall>(&network, *request, guard, totalMs);
        call->setStage(OAuthStage::Request);
        QObject::connect(call.get(), &ApiCall::finished, &loop, [&](const TestResult &result) {
            answer = result;
            loop.quit();
        });
        QTimer::singleShot(0, call.get(), &ApiCall::start);
    } else {
        // Client credentials: the connection gets a token, sends, and revokes the token afterwards.
        connection.setTimeoutMs(std::min(30000, totalMs));
        connection.setDefinition(definition);
        connection.setValues(values);
        QObject::connect(&connection, &DesignTimeConnection::stateChanged, &loop, [&](ConnectionState state) {
            if (state == ConnectionState::Connected && !sent) {
                sent = true;
                guard.addSecrets({connection.tokens().accessToken, connection.tokens().refreshToken});
                connection.send(custom, &loop, [&](const TestResult &result) {
                    answer = result;
                    if (connection.oauthClient()->config().revokeUrl.isEmpty())
                        loop.quit();
                    else
                        connection.disconnectFromService();
                });
            } else if (state == ConnectionState::Failed && !sent) {
                failure = connection.statusMessage();
                loop.quit();
            }
        });
        QObject::connect(&connection, &DesignTimeConnection::disconnected, &loop, [&] { loop.quit(); });
        QTimer::singleShot(0, &connection, &DesignTimeConnection::connectToService);
    }
    QTimer overall;
    overall.setSingleShot(true);
    QObject::connect(&overall, &QTimer::timeout, &loop, [&] {
        if (!answer) {
            timedOut = true;
            failure = tr("No answer within %1 seconds; raise --timeout or check the service.").arg(timeoutSeconds);
        }
        loop.quit();
    });
    overall.start(totalMs + 5000);
    loop.exec();

    Redactor all = connection.oauthClient()->redactor();
    all.addSecrets(guard.secrets());
    if (!answer) {
        io.err << all.redactFields(failure) << Qt::endl;
        return timedOut ? ExitTestFailed : ExitAuthFailed;
    }
    if (!answer->error.isEmpty() && answer->status == 0) {
        io.err << all.redactFields(answer->error) << Qt::endl;
        return ExitTestFailed;
    }
    printAnswer(*answer, parser.isSet(include), all, io);
    if (!answer->error.isEmpty())
        io.err << all.redactFields(answer->error) << Qt::endl;
    return answer->status >= 200 && answer->status <= 299 ? ExitOk : ExitTestFailed;
}

} // namespace cad::cli
