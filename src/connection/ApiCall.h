#pragma once

#include "connection/TestResult.h"
#include "core/Redactor.h"
#include "oauth/ExchangeRecord.h"
#include "request/RequestAuthorizer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace cad {

/// One API request sent with a connection's credentials: the test request today, every request
/// made with the connection later. It never lets the credentials leave the request's origin.
///
///   start() ──► send (ManualRedirectPolicy, overall deadline, body cap) ──► exchange(record)
///      3xx to the SAME origin ──► follow (303, and 301/302 after POST, become GET) ──► exchange(record)
///      3xx to ANOTHER origin  ──► not followed: finished() with the 3xx and why
///      answer                 ──► finished(result)
///
/// Qt's own redirect policies copy every header (Authorization, API keys) to the new host, and the
/// log would show only the first URL; here each hop is recorded with its real URL, redacted.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxRedirects = 5;

    /// @p redactor knows the secrets of the connection; the request's own secret values are added.
    ApiCall(QNetworkAccessManager *network, AuthorizedRequest request, Redactor redactor, int deadlineMs,
            QObject *parent = nullptr);
    /// The step the exchange log files the hops under (the test request unless set).
    void setStage(OAuthStage stage) { m_stage = stage; }
    ~ApiCall() override;

    void start();
    /// Stops the call; finished() is not emitted.
    void abort();

Q_SIGNALS:
    /// One per hop, redacted.
    void exchange(const cad::ExchangeRecord &record);
    void finished(const cad::TestResult &result);

private:
    void send(const QUrl &url, const QString &method, const QByteArray &body, int hop);
    void onFinished(QNetworkReply *reply, const QString &method, const QByteArray &body, int hop);
    [[nodiscard]] QString shown(const QUrl &url) const;

    QPointer<QNetworkAccessManager> m_network;
    AuthorizedRequest m_request;
    Redactor m_redactor;
    int m_deadlineMs;
    OAuthStage m_stage = OAuthStage::Test;
    QElapsedTimer m_clock;
    QPointer<QNetworkReply> m_reply;
};

} // namespace cad
