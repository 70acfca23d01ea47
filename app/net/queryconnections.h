#pragma once

#include <chrono>
#include <optional>

#include <QByteArray>
#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include "net/apierror.h"

class QueryConnections;
namespace QueryDetail {
class Connection;
} // namespace QueryDetail

/// One GET sent by QueryConnections. finished() comes once, never from inside
/// QueryConnections::get(), and synchronously from abort(). Then status(), headers() and body()
/// hold the answer as it came (any status), or error() says why there is none.
class QueryExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryExchange)
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    ~QueryExchange() override;

    void abort(); // finished() with ApiError::Kind::Aborted; its connection is closed
    bool isFinished() const { return m_finished; }

    int status() const { return m_status; }
    const Headers &headers() const { return m_headers; }
    const QByteArray &body() const { return m_body; }
    const ApiError &error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    friend class QueryConnections;
    friend class QueryDetail::Connection;
    explicit QueryExchange(QObject *parent);
    void complete(ApiError error, int status = 0, Headers headers = {}, QByteArray body = {});

    QPointer<QueryConnections> m_pool;
    int m_endpoint = -1;                     // index into the pool's endpoints
    QByteArray m_head;                       // request line and headers, with the final empty line
    QueryDetail::Connection *m_on = nullptr; // the connection it is sent on, if any
    bool m_resent = false; // sent again once after a kept-alive connection was gone
    bool m_finished = false;
    ApiError m_error;
    int m_status = 0;
    Headers m_headers;
    QByteArray m_body;
};

/// GET requests over HTTP/1.1 connections that stay open between requests, on the caller's
/// thread. The job monitor polls hundreds of jobs; QNetworkAccessManager spends about 0.5 ms of
/// CPU on each GET (its HTTP thread and the signals between the threads), against a few tens of
/// microseconds for the exchange itself (docs/benchmarks.md). RestJob sends its GETs here.
///
/// Connections are kept per endpoint: scheme, host, port, the TLS rules' key (TlsSettings) and
/// the proxy, so a connection accepted under one profile's rules never serves another's; at
/// most MaxPerEndpoint at once, further requests wait their turn. A connection kept open is
/// closed after the server's Keep-Alive timeout (or IdleKeepMs). A request sent on a kept-open
/// connection that the server closed before answering a byte is sent once more on a new one
/// (the server cannot have acted on it: curl and Qt do the same); any other failure is
/// reported, and RestJob's rules decide whether to retry.
///
/// TLS and proxies as StreamUpload: the profile's QSslConfiguration (else Qt's default), every
/// certificate error fatal and explained; http through an HTTP proxy in absolute form to the
/// proxy, https through a CONNECT tunnel, SOCKS5 through the socket.
class QueryConnections final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryConnections)
public:
    using Headers = QueryExchange::Headers;
    static constexpr int MaxPerEndpoint = 6;
    static constexpr int IdleKeepMs = 30000;

    struct Target
    {
        QUrl url;
        QByteArray tlsKey;                    // TlsSettings::key(); empty: Qt's default rules
        std::optional<QSslConfiguration> ssl; // https: the profile's; empty: Qt's default
        QNetworkProxy proxy{QNetworkProxy::NoProxy};
        std::chrono::milliseconds idleTimeout{30000}; // no byte in either direction
        qint64 maxBody = 64 * 1024 * 1024;            // a longer answer is an error
    };

    explicit QueryConnections(QObject *parent = nullptr);
    ~QueryConnections() override; // open exchanges get no answer (their RestJob ends them)

    /// Sends GET target.url with `headers` (Host and Connection are the client's own); the
    /// exchange is a child of `parent`.
    QueryExchange *get(const Target &target, const Headers &headers, QObject *parent);

    /// Open connections (idle or busy), and connections opened since the start: for tests.
    int openConnections() const;
    int connectionsOpened() const { return m_opened; }

private:
    friend class QueryExchange;
    friend class QueryDetail::Connection;
    struct Endpoint
    {
        QString scheme;
        QString host;
        quint16 port = 0;
        QByteArray tlsKey;
        QNetworkProxy proxy;
        std::optional<QSslConfiguration> ssl;
        std::chrono::milliseconds idleTimeout{30000};
        qint64 maxBody = 0;
        QList<QueryDetail::Connection *> connections;
        QList<QPointer<QueryExchange>> waiting;
    };

    int endpointFor(const Target &target);
    void dispatch(int endpoint);
    void forget(QueryExchange *exchange); // aborted: out of the queue, off its connection
    void answered(QueryDetail::Connection *connection);
    void closed(QueryDetail::Connection *connection);
    void resend(QueryExchange *exchange);

    QList<Endpoint> m_endpoints;
    int m_opened = 0;
};
