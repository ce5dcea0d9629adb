#pragma once

#include "oauth/OAuthError.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUrl>

class QNetworkRequest;

namespace cad {

class Redactor;

/// One HTTP exchange (or browser step) of an OAuth flow, for the exchange log.
struct ExchangeRecord
{
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    OAuthStage stage = OAuthStage::Token;
    QByteArray method;
    QUrl url;
    int status = 0; ///< HTTP status, 0 if none
    qint64 elapsedMs = 0;
    Headers requestHeaders;
    QByteArray requestBody;
    Headers responseHeaders;
    QByteArray responseBody;
    QString error; ///< empty on success

    /// A copy safe to show or log: Authorization/Cookie headers, secret fields (access_token,
    /// refresh_token, id_token, client_secret, code, code_verifier, token, ...) in the URL and the
    /// bodies, and every value known to @p redactor are masked.
    [[nodiscard]] ExchangeRecord redacted(const Redactor &redactor) const;

    /// The headers @p request is sent with, in order (Content-Type included once setHeader() set it).
    [[nodiscard]] static Headers headersOf(const QNetworkRequest &request);
};

} // namespace cad

Q_DECLARE_METATYPE(cad::ExchangeRecord)
