#pragma once

#include <optional>

#include <QByteArray>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

#include "net/apierror.h"
#include "net/proxyresolver.h"
#include "net/restclient.h"

class QNetworkReply;
class QTimer;
class QueryExchange;
class StreamUpload;

/// One HTTP exchange, retries and one re-authentication included. finished() fires exactly once
/// (success, error, timeout or abort) and never from inside start(); then the job deleteLater()s
/// itself unless autoDelete is off. GUI thread.
///
/// Rules (reference/reliability.md §2): a Query (every GET, version documents included) or an
/// Auth (token request) is retried on connection failures, timeouts, an answer cut short (the
/// connection ended before its Content-Length), 429 and any 5xx; a Delete likewise, but of the
/// 5xx only on 502, 503 and 504; with capped backoff and jitter, never earlier than a
/// Retry-After. A Create is retried only when nothing reached the server (connection refused)
/// or on 429. Any request refused with 401 gets one fresh token and one resend. A 3xx is an
/// error.
///
/// An Upload with an uploadDevice is sent by a StreamUpload (RestOptions::streamUploads), and a
/// GET by QueryConnections (RestOptions::keptAliveQueries), not by QNetworkAccessManager;
/// everything above, and what the job reports, is the same.
class RestJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestJob)
public:
    RestJob(RestClient *client, RestRequest request, QObject *parent = nullptr);
    ~RestJob() override;

    void start();
    void abort(); // still ends in finished(), error().kind == Aborted
    void setAutoDelete(bool on) { m_autoDelete = on; }

    const RestRequest &request() const { return m_request; }
    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }

    // Valid after finished():
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    QJsonDocument json() const;
    QByteArray header(const QByteArray &name) const; // case-insensitive
    int attempts() const { return m_attempts; }
    bool reauthenticated() const { return m_reauthed; }

Q_SIGNALS:
    void finished(RestJob *job);
    void uploadProgress(qint64 sent, qint64 total);
    /// A retry is scheduled after `delay` ms because of `reason` (for progress texts).
    void retrying(int attempt, qint64 delayMs, const ApiError &reason);

private:
    void attempt();
    void send(const QByteArray &token);
    void handleReplyFinished();
    void handleStreamFinished();
    void handleQueryFinished();
    /// Sends a GET on QueryConnections; false when this request is not one for it.
    bool sendQuery(const QNetworkRequest &req, const TlsSettings *tls);
    /// Turns the answer in m_status / m_body / m_headers (or `transport`, when there is none)
    /// into the job's outcome: re-authentication, retry or finish().
    void conclude(ApiError transport);
    void handleDeadline();
    bool shouldRetry(const ApiError &error) const;
    void scheduleRetry(const ApiError &error);
    void retryDue(); // the retry timer fired: attempt again, unless it fired early
    /// Body bytes the answer's Content-Length announced but the connection did not bring.
    std::optional<qint64> missingBodyBytes() const;
    /// A lost connection when the answer's body came short of its Content-Length (both the
    /// QNAM and the kept-alive path read it so); none otherwise.
    ApiError cutShort() const;
    /// The answer is an HTTP proxy refusing the request's proxy credentials (407, or
    /// tinyproxy's 401 with a Basic challenge), not the cloud's.
    bool proxyRefusedCredentials() const;
    void finish(ApiError error); // the only place that emits finished()

    QPointer<RestClient> m_client;
    RestRequest m_request;
    QPointer<QObject> m_authGuard;   // the auth provider may go (profile edited): never dangle
    QPointer<QNetworkReply> m_reply; // the QNAM may be destroyed first at shutdown
    QPointer<StreamUpload> m_stream; // an Upload's own connection (child of this job)
    QPointer<QueryExchange> m_query; // a GET on a kept-alive connection (child of this job)
    QTimer *m_deadline = nullptr;
    QTimer *m_retryTimer = nullptr;
    QDeadlineTimer m_retryDue; // a retry never starts before this
    QByteArray m_tokenUsed;
    QString m_tlsWhy;              // why the last attempt's certificate was refused (TlsSettings)
    ProxyResolver::Choice m_proxy; // the last attempt's proxy
    ApiError m_error;
    ApiError m_pendingError; // set when we abort the reply ourselves (deadline, abort())
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    int m_status = 0;
    int m_attempts = 0;
    bool m_reauthed = false;
    bool m_started = false;
    bool m_finished = false;
    bool m_autoDelete = true;
};
