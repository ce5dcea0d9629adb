#include "support/OidcProvider.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace cad::test {

namespace {
QStringList toStringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() && a.port() == b.port();
}
} // namespace

OidcProvider::~OidcProvider()
{
    stop();
}

QString OidcProvider::fixtureDir()
{
    return QDir::cleanPath(QStringLiteral(CAD_FIXTURES_DIR "/oidc"));
}

bool OidcProvider::dependenciesInstalled()
{
    return QFileInfo::exists(fixtureDir() + QStringLiteral("/node_modules/oidc-provider/package.json"));
}

bool OidcProvider::start(int timeoutMs)
{
    stop();
    m_error.clear();
    m_stderr.clear();
    m_clients.clear();
    if (!dependenciesInstalled()) {
        m_error = QStringLiteral("The oidc-provider test fixture is not installed: run `npm ci` in %1 (scripts/test "
                                 "does this).")
                      .arg(fixtureDir());
        return false;
    }
    QString node = qEnvironmentVariable("CAD_NODE");
    if (node.isEmpty())
        node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        m_error = QStringLiteral("Node.js (node) is not on PATH; it is needed for the oidc-provider test fixture.");
        return false;
    }
    m_process.setWorkingDirectory(fixtureDir());
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(node, {QStringLiteral("server.js")});
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("Could not start node: %1").arg(m_process.errorString());
        return false;
    }
    // stdin stays open: the server exits when it closes (stop() or our own death).
    QByteArray out;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(std::min<qint64>(deadline.remainingTime(), 1000)))) {
            if (m_process.state() != QProcess::Running)
                break;
            continue;
        }
        out += m_process.readAllStandardOutput();
        for (const QByteArray &line : out.split('\n')) {
            if (line.startsWith("clients ")) {
                const QJsonArray array = QJsonDocument::fromJson(line.mid(8)).array();
                m_clients.clear();
                for (const QJsonValue &v : array) {
                    const QJsonObject o = v.toObject();
                    m_clients.append({o.value(QLatin1String("client_id")).toString(),
                                      o.value(QLatin1String("client_secret")).toString(),
                                      o.value(QLatin1String("token_endpoint_auth_method")).toString(),
                                      toStringList(o.value(QLatin1String("grant_types"))),
                                      toStringList(o.value(QLatin1String("redirect_uris")))});
                }
            } else if (line.startsWith("listening ")) {
                m_issuer = QUrl(QString::fromUtf8(line.mid(10).trimmed()));
                if (m_issuer.isValid() && !m_clients.isEmpty())
                    return true;
            }
        }
    }
    m_stderr += m_process.readAllStandardError();
    m_error = QStringLiteral("The oidc-provider fixture did not report \"listening\" within %1 ms. Output: %2 %3")
                  .arg(timeoutMs)
                  .arg(QString::fromUtf8(out), QString::fromUtf8(m_stderr));
    stop();
    return false;
}

void OidcProvider::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel(); // the server exits on end of stdin
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
    m_issuer.clear();
}

bool OidcProvider::isRunning() const
{
    return m_process.state() == QProcess::Running && m_issuer.isValid();
}

QString OidcProvider::serverLog()
{
    m_stderr += m_process.readAllStandardError();
    return QString::fromUtf8(m_stderr);
}

OidcClientRegistration OidcProvider::client(const QString &clientId) const
{
    for (const OidcClientRegistration &c : m_clients) {
        if (c.clientId == clientId)
            return c;
    }
    return {};
}

QUrl OidcProvider::loopbackRedirectUri(quint16 port)
{
    QUrl url(QStringLiteral("http://127.0.0.1/callback"));
    if (port)
        url.setPort(port);
    return url;
}

QUrl OidcProvider::endpoint(const QString &path) const
{
    QUrl url = m_issuer;
    url.setPath(path);
    return url;
}

int OidcProvider::userinfoStatus(const QString &accessToken, int timeoutMs)
{
    QNetworkAccessManager network;
    QNetworkRequest request(userinfoUrl());
    request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    request.setTransferTimeout(timeoutMs);
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QUrl OidcProvider::authorizeHeadlessly(const QUrl &authorizeUrl, const QString &login, int timeoutMs)
{
    m_error.clear();
    QNetworkAccessManager nam;
    nam.setCookieJar(new QNetworkCookieJar(&nam));
    QUrl url = authorizeUrl;
    QByteArray postBody; // empty = GET
    const QDeadlineTimer deadline(timeoutMs);
    QStringList trace; // for failure messages

    for (int step = 0; step < 20; ++step) {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(int(std::max<qint64>(1, deadline.remainingTime())));
        std::unique_ptr<QNetworkReply> reply;
        if (postBody.isEmpty()) {
            reply.reset(nam.get(request));
        } else {
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/x-www-form-urlencoded"));
            reply.reset(nam.post(request, postBody));
        }
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();

        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        trace << QStringLiteral("%1 %2 -> %3")
                     .arg(postBody.isEmpty() ? QStringLiteral("GET") : QStringLiteral("POST"),
                          url.toString(QUrl::RemoveQuery), QString::number(status));
        if (status >= 300 && status < 400) {
            const QUrl next = url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
            if (!sameOrigin(next, m_issuer))
                return next; // the client's redirect URI: captured, not loaded
            url = next;
            postBody.clear();
            continue;
        }
        if (status != 200) {
            m_error = QStringLiteral("Headless authorization: %1 answered HTTP %2 (%3): %4")
                          .arg(url.toString())
                          .arg(status)
                          .arg(reply->errorString(), QString::fromUtf8(body.left(500)));
            return {};
        }
        static const QRegularExpression action(QStringLiteral("<form[^>]*action=\"([^\"]+)\""));
        const QString html = QString::fromUtf8(body);
        const QRegularExpressionMatch m = action.match(html);
        if (!m.hasMatch()) {
            m_error = QStringLiteral("Headless authorization: no form on %1: %2").arg(url.toString(), html.left(500));
            return {};
        }
        url = url.resolved(QUrl(m.captured(1).replace(QLatin1String("&amp;"), QLatin1String("&"))));
        QUrlQuery form;
        if (html.contains(QLatin1String("name=\"login\""))) {
            form.addQueryItem(QStringLiteral("prompt"), QStringLiteral("login"));
            form.addQueryItem(QStringLiteral("login"), login);
            form.addQueryItem(QStringLiteral("password"), QStringLiteral("any-password"));
        } else if (html.contains(QLatin1String("value=\"consent\""))) {
            form.addQueryItem(QStringLiteral("prompt"), QStringLiteral("consent"));
        } else {
            m_error =
                QStringLiteral("Headless authorization: unknown page at %1: %2").arg(url.toString(), html.left(500));
            return {};
        }
        postBody = form.query(QUrl::FullyEncoded).toUtf8();
    }
    m_error = QStringLiteral("Headless authorization: too many steps: %1").arg(trace.join(QStringLiteral("; ")));
    return {};
}

} // namespace cad::test
