#include "oauth/ExchangeText.h"

#include "oauth/FormBody.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

namespace cad::ExchangeText {

namespace {
QString body(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError && !doc.isNull())
        return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
    return QString::fromUtf8(bytes);
}

/// "Name: value" lines, each header once (a header recorded twice with the same value is shown once).
QString headerLines(const ExchangeRecord::Headers &headers)
{
    QString text;
    QList<QPair<QByteArray, QByteArray>> shown;
    for (const auto &h : headers) {
        const QPair<QByteArray, QByteArray> key{h.first.toLower(), h.second};
        if (shown.contains(key))
            continue;
        shown.append(key);
        text += QString::fromUtf8(h.first) + QStringLiteral(": ") + QString::fromUtf8(h.second) + QLatin1Char('\n');
    }
    return text;
}

/// "  name = value" lines of a query or form body (application/x-www-form-urlencoded), decoded.
QString parameterLines(const QByteArray &encoded)
{
    QString text;
    for (const auto &p : FormBody::parse(encoded))
        text += QStringLiteral("  ") + p.first + QStringLiteral(" = ") + p.second + QLatin1Char('\n');
    return text;
}

bool isFormBody(const ExchangeRecord::Headers &headers)
{
    return std::any_of(headers.cbegin(), headers.cend(), [](const QPair<QByteArray, QByteArray> &h) {
        return h.first.compare("Content-Type", Qt::CaseInsensitive) == 0 &&
               h.second.trimmed().toLower().startsWith("application/x-www-form-urlencoded");
    });
}
} // namespace

QString describe(const ExchangeRecord &r)
{
    // The request line without its query: the query follows as a decoded list, one parameter a line.
    QString text = QString::fromLatin1(r.method) + QLatin1Char(' ') +
                   r.url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString(QUrl::FullyEncoded) +
                   QLatin1Char('\n');
    text += headerLines(r.requestHeaders);
    if (r.url.hasQuery())
        text += QLatin1Char('\n') + QCoreApplication::translate("cad::ExchangeText", "Query parameters:") +
                QLatin1Char('\n') + parameterLines(r.url.query(QUrl::FullyEncoded).toUtf8());
    if (!r.requestBody.isEmpty()) {
        if (isFormBody(r.requestHeaders))
            text += QLatin1Char('\n') + QCoreApplication::translate("cad::ExchangeText", "Form parameters:") +
                    QLatin1Char('\n') + parameterLines(r.requestBody);
        else
            text += QLatin1Char('\n') + body(r.requestBody) + QLatin1Char('\n');
    }
    if (r.stage == OAuthStage::Authorize) {
        text += QLatin1Char('\n') + QCoreApplication::translate("cad::ExchangeText", "(opened in the browser)") +
                QLatin1Char('\n');
        return text;
    }
    text += QLatin1Char('\n');
    if (r.status != 0)
        text += QCoreApplication::translate("cad::ExchangeText", "HTTP %1 after %2 ms").arg(r.status).arg(r.elapsedMs) +
                QLatin1Char('\n');
    if (!r.error.isEmpty())
        text += QCoreApplication::translate("cad::ExchangeText", "Error: %1").arg(r.error) + QLatin1Char('\n');
    text += headerLines(r.responseHeaders);
    if (!r.responseBody.isEmpty())
        text += QLatin1Char('\n') + body(r.responseBody) + QLatin1Char('\n');
    return text;
}

} // namespace cad::ExchangeText
