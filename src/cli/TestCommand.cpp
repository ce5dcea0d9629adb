#include "cli/TestCommand.h"

#include "cli/CommandSupport.h"
#include "connection/DesignTimeConnection.h"
#include "connection/OAuthSettings.h"
#include "connection/Rehearsal.h"
#include "connection/ResponseChecks.h"
#include "core/Redactor.h"
#include "model/BuiltinSchemas.h"
#include "oauth/ExchangeText.h"
#include "oauth/OAuthClient.h"
#include "request/RequestAuthorizer.h"
#include "secrets/KeychainNames.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

namespace cad::cli {

namespace {

/// Why the test request cannot be built from the definition and @p values; empty when it can.
QString requestProblem(const ConnectorDefinition &definition, const QHash<QString, QString> &values)
{
    QHash<QString, QString> requestValues = values;
    if (isOAuth(definition.authType))
        requestValues.insert(QString(RequestAuthorizer::AccessTokenKey), QStringLiteral("token"));
    RequestAuthorizer::Options options;
    options.allowUncaptured = true; // what the token response gives comes with the connection
    const Result<AuthorizedRequest> request = RequestAuthorizer::authorize(definition, requestValues, options);
    return request ? QString() : request.error().toString();
}

/// The exchange log entry of --verbose: the designer's Exchange Log text (ExchangeText), of a copy
/// redacted with every secret this command knows, and the text through the redactor once more.
void printRecord(QTextStream &err, const ExchangeRecord &record, const Redactor &redactor)
{
    const QStringList lines =
        redactor.redact(ExchangeText::describe(record.redacted(redactor))).trimmed().split(QLatin1Char('\n'));
    err << QStringLiteral("> [%1] ").arg(oauthStageName(record.stage)) << lines.first() << Qt::endl;
    for (qsizetype i = 1; i < lines.size(); ++i)
        err << QStringLiteral("  ") << lines.at(i) << Qt::endl;
}

struct Outcome
{
    bool connected = false;
    bool testRan = false;
    TestResult test;
    TokenSet tokens; ///< snapshot; only the non-secret fields are ever printed
    QString errorStage;
    QString errorMessage;
    int exitCode = ExitOk;
    std::optional<RehearsalReport> rehearsal; ///< --rehearse
};

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QByteArray toJson(const ConnectorDefinition &definition, const Outcome &o)
{
    const bool oauth = isOAuth(definition.authType);
    const bool haveTokens = oauth && !o.tokens.isEmpty();
    QJsonObject json;
    json.insert(QStringLiteral("connected"), o.connected);
    json.insert(QStringLiteral("auth_type"), authTypeId(definition.authType));
    json.insert(QStringLiteral("token_type"), haveTokens ? orNull(o.tokens.tokenType) : QJsonValue::Null);
    json.insert(QStringLiteral("expires_in"), haveTokens && o.tokens.expiresAt.isValid()
                                                  ? QJsonValue(qint64(o.tokens.secondsToExpiry()))
                                                  : QJsonValue::Null);
    json.insert(QStringLiteral("scope"), haveTokens ? orNull(o.tokens.scope) : QJsonValue::Null);
    json.insert(QStringLiteral("refresh_token"),
                haveTokens ? QJsonValue(o.tokens.hasRefreshToken()) : QJsonValue::Null);
    if (o.testRan) {
        json.insert(QStringLiteral("test"),
                    QJsonObject{{QStringLiteral("method"), o.test.method},
                                {QStringLiteral("url"), o.test.displayUrl},
                                {QStringLiteral("status"),
                                 o.test.status == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(o.test.status)},
                                {QStringLiteral("status_accepted"), o.test.status != 0 && o.test.statusAccepted()},
                                {QStringLiteral("expected_status"), o.test.expected.statusText()},
                                {QStringLiteral("elapsed_ms"), o.test.elapsedMs},
                                {QStringLiteral("max_ms"), o.test.expected.maxMs > 0 ? QJsonValue(o.test.expected.maxMs)
                                                                                     : QJsonValue(QJsonValue::Null)}});
    } else {
        json.insert(QStringLiteral("test"), QJsonValue::Null);
    }
    QJsonArray checks;
    for (const CheckResult &check : o.test.checks) {
        checks.append(QJsonObject{{QStringLiteral("pointer"), check.check.pointer},
                                  {QStringLiteral("condition"),
                                   check.check.kind == ResponseCheck::Kind::Exists   ? QStringLiteral("exists")
                                   : check.check.kind == ResponseCheck::Kind::Equals ? QStringLiteral("equals")
                                                                                     : QStringLiteral("matches")},
                                  {QStringLiteral("expected"), check.check.value},
                                  {QStringLiteral("found"), check.found},
                                  {QStringLiteral("actual"), check.found ? check.actual : QJsonValue(QJsonValue::Null)},
                                  {QStringLiteral("passed"), check.passed}});
    }
    json.insert(QStringLiteral("checks"), checks);
    json.insert(QStringLiteral("label"), orNull(o.test.label));
    if (o.rehearsal)
        json.insert(QStringLiteral("rehearsal"), o.rehearsal->toJson());
    json.insert(QStringLiteral("error"), o.errorStage.isEmpty()
                                             ? QJsonValue(QJsonValue::Null)
                                             : QJsonObject{{QStringLiteral("stage"), o.errorStage},
                                                           {QStringLiteral("message"), o.errorMessage}});
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

void printSummary(QTextStream &out, const ConnectorDefinition &definition, const Outcome &o)
{
    out << (o.connected ? QCoreApplication::translate("cad::cli", "Connected")
                        : QCoreApplication::translate("cad::cli", "Not connected"))
        << QStringLiteral(" (") << authTypeDisplayName(definition.authType) << QStringLiteral(")") << Qt::endl;
    if (isOAuth(definition.authType) && !o.tokens.isEmpty()) {
        const QString expiry =
            o.tokens.expiresAt.isValid()
                ? QCoreApplication::translate("cad::cli", "expires in %1 s").arg(o.tokens.secondsToExpiry())
                : QCoreApplication::translate("cad::cli", "no expiry given");
        out << QCoreApplication::translate("cad::cli", "Token: %1, %2, scope \"%3\", refresh token: %4")
                   .arg(o.tokens.tokenType.isEmpty() ? QCoreApplication::translate("cad::cli", "(no type)")
                                                     : o.tokens.tokenType,
                        expiry, o.tokens.scope,
                        o.tokens.hasRefreshToken() ? QCoreApplication::translate("cad::cli", "yes")
                                                   : QCoreApplication::translate("cad::cli", "no"))
            << Qt::endl;
    }
    if (o.testRan) {
        out << QCoreApplication::translate("cad::cli", "Test: %1 %2 -> %3 in %4 ms")
                   .arg(o.test.method, o.test.displayUrl,
                        o.test.status == 0 ? QCoreApplication::translate("cad::cli", "no answer")
                                           : QString::number(o.test.status))
                   .arg(o.test.elapsedMs)
            << Qt::endl;
        for (const CheckResult &check : o.test.checks)
            out << QStringLiteral("  ") << ResponseChecks::describe(check) << Qt::endl;
        if (!o.test.label.isEmpty())
            out << QCoreApplication::translate("cad::cli", "Connection: %1").arg(o.test.label) << Qt::endl;
    }
    if (o.rehearsal)
        out << o.rehearsal->toText();
    if (!o.errorStage.isEmpty())
        out << QCoreApplication::translate("cad::cli", "Error (%1): %2").arg(o.errorStage, o.errorMessage) << Qt::endl;
}

JUnitReport junitReport(const QString &file, const Outcome &o)
{
    JUnitReport report(QStringLiteral("auth-designer-cli test"));
    const bool connectFailed = !o.connected;
    report.add({file, QStringLiteral("connect"), 0, connectFailed, connectFailed ? o.errorMessage : QString(),
                connectFailed ? o.errorMessage : QString(), QString()});
    if (!o.testRan)
        return report;
    const TestResult &t = o.test;
    const double seconds = t.elapsedMs / 1000.0;
    const bool requestFailed = !t.error.isEmpty() || t.status == 0 || !t.statusAccepted() || t.tooSlow();
    const QString requestMessage =
        requestFailed ? ResponseChecks::failureMessage(t, ResponseChecks::Checks::Left) : QString();
    report.add({file, QStringLiteral("test request %1 %2").arg(t.method, t.displayUrl), seconds, requestFailed,
                requestMessage, requestMessage, QStringLiteral("HTTP %1 in %2 ms").arg(t.status).arg(t.elapsedMs)});
    for (const CheckResult &check : t.checks) {
        const QString text = ResponseChecks::describe(check);
        report.add({file, QStringLiteral("check %1 %2").arg(check.check.pointer, check.expectedText), 0, !check.passed,
                    check.passed ? QString() : text, check.passed ? QString() : text, QString()});
    }
    if (o.rehearsal) {
        for (const RehearsalCheck &check : o.rehearsal->checks) {
            const bool failed = check.outcome == RehearsalCheck::Outcome::Failed;
            const QString text =
                check.observation + (check.advice.isEmpty() ? QString() : QLatin1Char(' ') + check.advice);
            report.add({file, QStringLiteral("rehearse %1").arg(RehearsalCheck::idKey(check.id)), 0, failed,
                        failed ? check.observation : QString(), failed ? text : QString(),
                        QStringLiteral("%1: %2").arg(RehearsalCheck::outcomeKey(check.outcome), text)});
        }
        if (!o.rehearsal->stopped.isEmpty())
            report.add(
                {file, QStringLiteral("rehearse"), 0, true, o.rehearsal->stopped, o.rehearsal->stopped, QString()});
    }
    return report;
}

} // namespace

QString TestCommand::summary() const
{
    return QCoreApplication::translate("cad::cli", "Connect headless and send the definition's test request.");
}

int TestCommand::run(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    const QCommandLineOption noBrowser(
        QStringLiteral("no-browser"),
        QCoreApplication::translate("cad::cli", "Do not open a browser; open the printed URL yourself."));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        QCoreApplication::translate("cad::cli", "Give up after this many seconds (default %1).")
            .arg(DefaultTimeoutSeconds),
        QStringLiteral("SECONDS"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("cad::cli", "Print one JSON object on stdout."));
    const QCommandLineOption verbose(
        QStringLiteral("verbose"),
        QCoreApplication::translate("cad::cli", "Print the exchange log on stderr (secrets masked)."));
    const QCommandLineOption keep(
        QStringLiteral("keep"),
        QCoreApplication::translate("cad::cli", "Keep the tokens in the keychain instead of revoking them."));
    parser.addOptions(valueOptions(QCoreApplication::translate("cad::cli", "Value of a property (repeatable).")));
    const QCommandLineOption junit =
        junitOption(QCoreApplication::translate("cad::cli", "the connection, the test request and each check"));
    const QCommandLineOption rehearse(
        QStringLiteral("rehearse"),
        QCoreApplication::translate("cad::cli", "After the test, rehearse the token lifecycle (refresh, rotation, "
                                                "reuse, revocation) and report it as a checklist; OAuth 2.0 only."));
    parser.addOptions({noBrowser, timeout, json, verbose, keep, junit, rehearse});
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("cad::cli", "Definition file."));
    if (auto done = parseArguments(parser, arguments, summary(), io))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        io.err << QCoreApplication::translate("cad::cli", "Name exactly one definition file.") << Qt::endl;
        return ExitUsage;
    }
    int timeoutSeconds = DefaultTimeoutSeconds;
    if (parser.isSet(timeout)) {
        bool ok = false;
        timeoutSeconds = parser.value(timeout).toInt(&ok);
        if (!ok || timeoutSeconds <= 0 || timeoutSeconds > 24 * 3600) {
            io.err << QCoreApplication::translate("cad::cli", "--timeout expects a number of seconds, got \"%1\".")
                          .arg(parser.value(timeout))
                   << Qt::endl;
            return ExitUsage;
        }
    }
    const QString file = parser.positionalArguments().first();
    // The values complete the design: a required value given here satisfies it.
    const PreparedDefinition prepared =
        prepareDefinition(file, parser, SecretValues::Needed, AccessTokenValue::Refused, io);
    if (!prepared.definition) {
        if (parser.isSet(junit)) {
            JUnitReport report(QStringLiteral("auth-designer-cli test"));
            const QString message =
                QCoreApplication::translate("cad::cli", "The definition or its values have problems (exit %1); the "
                                                        "command's error output names them.")
                    .arg(prepared.exitCode);
            report.add({file, QStringLiteral("connect"), 0, true, message, message, QString()});
            (void)writeJUnitReport(report, parser, junit, io);
        }
        return prepared.exitCode;
    }
    const ConnectorDefinition &definition = *prepared.definition;
    const std::optional<QHash<QString, QString>> values = prepared.values;
    if (const QString problem = requestProblem(definition, *values); !problem.isEmpty()) {
        io.err << problem << Qt::endl;
        return ExitUsage;
    }
    const bool keepTokens = parser.isSet(keep);
    if (parser.isSet(rehearse) && !isOAuth(definition.authType)) {
        io.err << QCoreApplication::translate("cad::cli", "--rehearse needs an OAuth 2.0 design; \"%1\" has no token "
                                                          "lifecycle to rehearse.")
                      .arg(authTypeDisplayName(definition.authType))
               << Qt::endl;
        return ExitUsage;
    }

    // Every secret the command knows, for a last pass over anything it prints.
    Redactor guard;
    guard.addSecrets(OAuthSettings::secretValues(definition, *values));

    QNetworkAccessManager network;
    SecretStore store(keepTokens ? SecretStore::Mode::Keychain : SecretStore::Mode::MemoryOnly);
    DesignTimeConnection connection(&network, &store);
    const int totalMs = timeoutSeconds * 1000;
    connection.setTimeoutMs(std::min(30000, totalMs));
    connection.setAuthorizationTimeoutMs(totalMs);
    connection.setDefinition(definition);
    connection.setValues(*values);

    auto redact = [&](const QString &text) {
        Redactor all = connection.oauthClient()->redactor();
        all.addSecrets(guard.secrets());
        return all.redactFields(text);
    };

    enum class Phase
    {
        Connecting,
        Testing,
        Rehearsing,
        Finishing,
        Done,
    };
    Phase phase = Phase::Connecting;
    bool awaitingRedirect = false;
    bool noKeychainReported = false;
    OAuthError lastOAuthError;
    Outcome outcome;
    QEventLoop loop;
    Rehearsal rehearsal(&connection);

    auto done = [&] {
        phase = Phase::Done;
        loop.quit();
    };
    auto fail = [&](const QString &stage, const QString &message, int code) {
        outcome.errorStage = stage;
        outcome.errorMessage = redact(message);
        outcome.exitCode = code;
    };
    // After the test: revoke what was obtained, or keep it in the keychain (--keep).
    auto finish = [&] {
        phase = Phase::Finishing;
        const bool haveTokens = isOAuth(definition.authType) && !connection.tokens().isEmpty();
        if (!haveTokens) {
            if (keepTokens && outcome.rehearsal)
                io.err << QCoreApplication::translate("cad::cli", "The rehearsal ended the connection's grant, so "
                                                                  "there are no tokens to keep.")
                       << Qt::endl;
            done();
            return;
        }
        if (keepTokens) {
            // Keychain jobs run one after another: once this read answers, the writes are done.
            const QString key = definition.storageKey();
            store.read(key, KeychainNames::connectionEntry(), &loop, [&, key](const SecretStore::ReadResult &r) {
                if (!store.isPersistent()) {
                    if (!noKeychainReported)
                        io.err << store.backendMessage() << Qt::endl;
                    io.err << QCoreApplication::translate("cad::cli", "The tokens were not kept.") << Qt::endl;
                } else if (r && r.value() && *r.value() == connection.tokens().accessToken)
                    io.err << QCoreApplication::translate("cad::cli", "The tokens are kept in the keychain for \"%1\".")
                                  .arg(key)
                           << Qt::endl;
                else
                    io.err << QCoreApplication::translate("cad::cli", "The tokens could not be kept in the keychain.")
                           << Qt::endl;
                done();
            });
            return;
        }
        if (connection.oauthClient()->config().revokeUrl.isEmpty()) {
            done();
            return;
        }
        connection.disconnectFromService();
    };

    QObject::connect(&connection, &DesignTimeConnection::disconnected, &loop, [&](const QString &summary) {
        if (phase != Phase::Finishing)
            return;
        io.err << redact(summary) << Qt::endl;
        done();
    });
    QObject::connect(connection.oauthClient(), &OAuthClient::failed, &loop,
                     [&](const OAuthError &error) { lastOAuthError = error; });
    QObject::connect(&connection, &DesignTimeConnection::authorizationRequired, &loop,
                     [&](const QUrl &url, const QUrl &redirectUri) {
                         awaitingRedirect = true;
                         io.err << QCoreApplication::translate("cad::cli", "Open this URL to authorize: ")
                                << url.toString(QUrl::FullyEncoded) << Qt::endl
                                << QCoreApplication::translate("cad::cli", "Redirect URI: ") << redirectUri.toString()
                                << Qt::endl;
                         if (parser.isSet(noBrowser))
                             return;
                         const QString opener = QStandardPaths::findExecutable(QStringLiteral("xdg-open"));
                         if (opener.isEmpty() || !QProcess::startDetached(opener, {url.toString(QUrl::FullyEncoded)}))
                             io.err << QCoreApplication::translate(
                                           "cad::cli", "Could not start a browser (xdg-open); open the URL yourself.")
                                    << Qt::endl;
                     });
    QObject::connect(&connection, &DesignTimeConnection::authorizationFinished, &loop,
                     [&] { awaitingRedirect = false; });
    if (parser.isSet(verbose)) {
        QObject::connect(&connection, &DesignTimeConnection::exchangeRecorded, &loop,
                         [&](const ExchangeRecord &record) {
                             Redactor all = connection.oauthClient()->redactor();
                             all.addSecrets(guard.secrets());
                             printRecord(io.err, record, all);
                         });
    }
    QObject::connect(&connection, &DesignTimeConnection::stateChanged, &loop, [&](ConnectionState state) {
        if (phase != Phase::Connecting)
            return;
        if (state == ConnectionState::Connected) {
            outcome.connected = true;
            outcome.tokens = connection.tokens();
            phase = Phase::Testing;
            connection.test();
        } else if (state == ConnectionState::Failed) {
            // The OAuth client reports its error after the connection changed state: decide a moment later.
            QTimer::singleShot(0, &loop, [&] {
                QString stage;
                if (lastOAuthError.isError())
                    stage = lastOAuthError.stage == OAuthStage::Authorize ? QStringLiteral("authorize")
                                                                          : QStringLiteral("token");
                else
                    stage = awaitingRedirect || needsBrowser(definition.authType) ? QStringLiteral("authorize")
                                                                                  : QStringLiteral("token");
                fail(stage, connection.statusMessage(), ExitAuthFailed);
                done();
            });
            phase = Phase::Finishing;
        }
    });
    QObject::connect(&connection, &DesignTimeConnection::testFinished, &loop, [&](const TestResult &result) {
        if (phase != Phase::Testing)
            return;
        outcome.testRan = true;
        outcome.test = result;
        outcome.test.displayUrl = redact(result.displayUrl);
        outcome.tokens = connection.tokens();
        outcome.test.label = redact(result.label);
        for (CheckResult &check : outcome.test.checks)
            if (check.actual.isString())
                check.actual = redact(check.actual.toString());
        if (!result.succeeded())
            fail(QStringLiteral("test"), redact(ResponseChecks::failureMessage(outcome.test)), ExitTestFailed);
        if (parser.isSet(rehearse)) {
            phase = Phase::Rehearsing;
            rehearsal.start();
            return;
        }
        finish();
    });
    if (!parser.isSet(json))
        QObject::connect(&rehearsal, &Rehearsal::progress, &loop,
                         [&](const QString &step) { io.err << step << Qt::endl; });
    QObject::connect(&rehearsal, &Rehearsal::finished, &loop, [&](const RehearsalReport &report) {
        if (phase != Phase::Rehearsing)
            return;
        RehearsalReport shown = report;
        for (RehearsalCheck &check : shown.checks) {
            check.observation = redact(check.observation);
            check.advice = redact(check.advice);
        }
        shown.stopped = redact(shown.stopped);
        outcome.rehearsal = shown;
        if (!report.ok() && outcome.exitCode == ExitOk)
            fail(QStringLiteral("rehearse"),
                 report.stopped.isEmpty()
                     ? QCoreApplication::translate("cad::cli", "%n rehearsal check(s) failed.", nullptr,
                                                   report.count(RehearsalCheck::Outcome::Failed))
                     : report.stopped,
                 ExitTestFailed);
        finish();
    });

    QTimer overall;
    overall.setSingleShot(true);
    QObject::connect(&overall, &QTimer::timeout, &loop, [&] {
        const QString message =
            QCoreApplication::translate("cad::cli", "No result within %1 seconds; raise --timeout or check the "
                                                    "service.")
                .arg(timeoutSeconds);
        switch (phase) {
        case Phase::Connecting:
            fail(awaitingRedirect ? QStringLiteral("authorize") : QStringLiteral("token"), message, ExitAuthFailed);
            connection.cancelAuthorization();
            break;
        case Phase::Testing:
            fail(QStringLiteral("test"), message, ExitTestFailed);
            break;
        case Phase::Rehearsing:
            fail(QStringLiteral("rehearse"), message, ExitTestFailed);
            rehearsal.cancel(); // reports what was checked so far, then finish() revokes (or keeps) the tokens
            if (phase == Phase::Finishing) {
                overall.start(5000); // a few seconds for that; then "did not finish in time"
                return;
            }
            break;
        case Phase::Finishing:
            io.err << QCoreApplication::translate("cad::cli", "Revoking the tokens did not finish in time.")
                   << Qt::endl;
            break;
        case Phase::Done:
            break;
        }
        done();
    });

    QTimer::singleShot(0, &loop, [&] {
        overall.start(totalMs);
        if (!keepTokens) {
            connection.connectToService();
            return;
        }
        store.detectBackend(&loop, [&](bool persistent) {
            if (!persistent) {
                noKeychainReported = true;
                io.err << store.backendMessage() << Qt::endl
                       << QCoreApplication::translate(
                              "cad::cli", "The tokens of this run cannot be kept; they are gone when it ends.")
                       << Qt::endl;
            }
            connection.connectToService();
        });
    });
    loop.exec();

    if (parser.isSet(json))
        io.out << QString::fromUtf8(toJson(definition, outcome)) << Qt::endl;
    else
        printSummary(io.out, definition, outcome);
    if (!writeJUnitReport(junitReport(file, outcome), parser, junit, io) && outcome.exitCode == ExitOk)
        outcome.exitCode = ExitUsage;
    io.out.flush();
    io.err.flush();
    return outcome.exitCode;
}

} // namespace cad::cli
