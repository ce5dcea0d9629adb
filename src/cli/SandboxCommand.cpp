#include "cli/SandboxCommand.h"

#include "cli/CommandSupport.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace cad::cli {

namespace {

int signalPipe[2] = {-1, -1};

extern "C" void onTerminationSignal(int)
{
    // Only async-signal-safe work here: wake the event loop through the pipe (Qt's documented way).
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[0], &byte, 1);
}

/// Until SIGINT or SIGTERM arrives, then the previous handlers again.
class TerminationSignals
{
public:
    TerminationSignals()
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
            return;
        struct sigaction action = {};
        action.sa_handler = onTerminationSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGINT, &action, &m_previousInt);
        sigaction(SIGTERM, &action, &m_previousTerm);
        m_notifier = std::make_unique<QSocketNotifier>(signalPipe[1], QSocketNotifier::Read);
    }
    ~TerminationSignals()
    {
        m_notifier.reset();
        sigaction(SIGINT, &m_previousInt, nullptr);
        sigaction(SIGTERM, &m_previousTerm, nullptr);
        for (int &fd : signalPipe) {
            if (fd >= 0)
                ::close(fd);
            fd = -1;
        }
    }
    [[nodiscard]] QSocketNotifier *notifier() const { return m_notifier.get(); }

private:
    struct sigaction m_previousInt = {};
    struct sigaction m_previousTerm = {};
    std::unique_ptr<QSocketNotifier> m_notifier;
};

std::optional<bool> onOff(const QString &value)
{
    if (value == QLatin1String("on"))
        return true;
    if (value == QLatin1String("off"))
        return false;
    return std::nullopt;
}

QString logLine(const SandboxLogEntry &entry)
{
    QStringList parts{entry.time.toString(QStringLiteral("HH:mm:ss")), entry.method, entry.path,
                      QString::number(entry.status)};
    for (const auto &[name, value] : entry.fields)
        parts << name + QLatin1Char('=') + value;
    for (const auto &[name, value] : entry.headers) {
        if (name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0)
            parts << QStringLiteral("Authorization: ") + value;
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

QString SandboxCommand::summary() const
{
    return QCoreApplication::translate("cad::cli", "Run the built-in sandbox OAuth provider on 127.0.0.1.");
}

int SandboxCommand::run(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("cad::cli", text);
    };
    const QCommandLineOption port(
        QStringLiteral("port"),
        tr("Listen on 127.0.0.1:PORT (default %1; 0 picks a free port).").arg(SandboxSettings::DefaultPort),
        QStringLiteral("PORT"), QString::number(SandboxSettings::DefaultPort));
    const QCommandLineOption ttl(QStringLiteral("token-ttl"), tr("Access token lifetime in seconds (default 3600)."),
                                 QStringLiteral("SECONDS"), QStringLiteral("3600"));
    const QCommandLineOption rotate(
        QStringLiteral("rotate-refresh-tokens"),
        tr("Give a new refresh token on every refresh and refuse the old one (default on)."), QStringLiteral("on|off"),
        QStringLiteral("on"));
    const QCommandLineOption clientAuth(QStringLiteral("client-auth"),
                                        tr("Client authentication the token endpoint accepts: %1 (default any).")
                                            .arg(SandboxSettings::clientAuthIds().join(QStringLiteral(", "))),
                                        QStringLiteral("METHOD"), QStringLiteral("any"));
    const QCommandLineOption pkce(QStringLiteral("pkce"), tr("required or optional (default optional)."),
                                  QStringLiteral("required|optional"), QStringLiteral("optional"));
    const QCommandLineOption omitExpiresIn(QStringLiteral("omit-expires-in"),
                                           tr("Leave expires_in out of token responses."));
    const QCommandLineOption autoApprove(QStringLiteral("auto-approve"),
                                         tr("Sign in and consent without showing the page (headless use)."));
    parser.addOptions({port, ttl, rotate, clientAuth, pkce, omitExpiresIn, autoApprove});
    if (auto done = parseArguments(parser, arguments, summary(), io))
        return *done;
    const auto usage = [&io](const QString &problem) {
        io.err << problem << Qt::endl;
        return ExitUsage;
    };
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));

    SandboxSettings settings;
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535)
        return usage(tr("--port takes a number from 0 to 65535, not \"%1\".").arg(parser.value(port)));
    settings.tokenLifetimeSeconds = parser.value(ttl).toInt(&ok);
    if (!ok || settings.tokenLifetimeSeconds < 1)
        return usage(tr("--token-ttl takes a number of seconds of at least 1, not \"%1\".").arg(parser.value(ttl)));
    const auto rotation = onOff(parser.value(rotate));
    if (!rotation)
        return usage(tr("--rotate-refresh-tokens takes on or off, not \"%1\".").arg(parser.value(rotate)));
    settings.rotateRefreshTokens = *rotation;
    const auto method = SandboxSettings::clientAuthFromId(parser.value(clientAuth));
    if (!method)
        return usage(tr("--client-auth takes %1, not \"%2\".")
                         .arg(SandboxSettings::clientAuthIds().join(QStringLiteral(", ")), parser.value(clientAuth)));
    settings.clientAuth = *method;
    if (parser.value(pkce) != QLatin1String("required") && parser.value(pkce) != QLatin1String("optional"))
        return usage(tr("--pkce takes required or optional, not \"%1\".").arg(parser.value(pkce)));
    settings.pkceRequired = parser.value(pkce) == QLatin1String("required");
    settings.omitExpiresIn = parser.isSet(omitExpiresIn);
    settings.autoApprove = parser.isSet(autoApprove);

    SandboxServer server;
    server.provider()->setSettings(settings);
    QString error;
    if (!server.start(quint16(portNumber), &error))
        return usage(error + QLatin1Char(' ') + tr("Choose another with --port, or --port 0 for any free port."));
    QObject::connect(server.provider(), &SandboxProvider::requestLogged, server.provider(),
                     [&io](const SandboxLogEntry &entry) { io.err << logLine(entry) << Qt::endl; });

    // Watch for the signals before saying READY: whoever reads the line may stop us at once.
    TerminationSignals termination;
    if (!termination.notifier())
        return usage(tr("Cannot watch for SIGINT and SIGTERM."));

    QJsonArray clients;
    for (const SandboxClient &c : SandboxProvider::clients()) {
        clients.append(QJsonObject{
            {QStringLiteral("client_id"), c.id},
            {QStringLiteral("client_secret"), c.isPublic() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.secret)},
            {QStringLiteral("token_endpoint_auth_method"), server.provider()->effectiveAuthMethod(c)},
            {QStringLiteral("grant_types"), QJsonArray::fromStringList(c.grantTypes)}});
    }
    const QJsonObject ready{{QStringLiteral("issuer"), server.provider()->issuer().toString()},
                            {QStringLiteral("api"), server.provider()->apiUrl().toString()},
                            {QStringLiteral("clients"), clients}};
    io.out << "READY " << QJsonDocument(ready).toJson(QJsonDocument::Compact) << Qt::endl;

    QEventLoop loop;
    QObject::connect(termination.notifier(), &QSocketNotifier::activated, &loop, &QEventLoop::quit);
    loop.exec();
    io.err << tr("Sandbox stopped.") << Qt::endl;
    return ExitOk;
}

} // namespace cad::cli
