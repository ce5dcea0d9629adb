#include "oauth/ExchangeRecord.h"

#include "core/Redactor.h"

#include <QNetworkRequest>

namespace cad {

namespace {
ExchangeRecord::Headers redactHeaders(const ExchangeRecord::Headers &headers, const Redactor &redactor)
{
    ExchangeRecord::Headers out;
    out.reserve(headers.size());
    for (const auto &h : headers) {
        const QString value = Redactor::redactHeaderValue(h.first, QString::fromUtf8(h.second));
        out.append({h.first, redactor.redact(value).toUtf8()});
    }
    return out;
}
} // namespace

ExchangeRecord::Headers ExchangeRecord::headersOf(const QNetworkRequest &request)
{
    Headers out;
    for (const QByteArray &name : request.rawHeaderList())
        out.append({name, request.rawHeader(name)});
    return out;
}

ExchangeRecord ExchangeRecord::redacted(const Redactor &redactor) const
{
    ExchangeRecord r = *this;
    r.url = QUrl(redactor.redactFields(url.toString(QUrl::FullyEncoded)), QUrl::TolerantMode);
    r.requestHeaders = redactHeaders(requestHeaders, redactor);
    r.responseHeaders = redactHeaders(responseHeaders, redactor);
    r.requestBody = redactor.redactFields(QString::fromUtf8(requestBody)).toUtf8();
    r.responseBody = redactor.redactFields(QString::fromUtf8(responseBody)).toUtf8();
    r.error = redactor.redact(error);
    return r;
}

} // namespace cad
