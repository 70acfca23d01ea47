#pragma once

#include <memory>

#include <QObject>
#include <QPointer>
#include <QTimer>

#include "httptypes.h"

class QTcpSocket;

namespace DemoCloud {

class HttpConnection;

/// Seconds added to the Date header of every answer (POST /__demo/clock): plays a cloud whose
/// clock differs from the client's, for clock-skew tests. 0 by default and after a reset.
void setDateOffsetSeconds(qint64 seconds);
qint64 dateOffsetSeconds();

/// A handle to answer one request, now or later (a held response answers from a timer). Copyable.
/// Answering twice, or after the client went away, does nothing.
class HttpResponder
{
public:
    HttpResponder() = default;
    HttpResponder(HttpConnection *connection, quint64 exchange);

    /// Sends the response; false when the connection is gone or this exchange was answered.
    bool respond(const HttpResponse &response) const;
    /// Closes the connection without answering, as a server that died after reading the request.
    void drop() const;
    /// Sends the status line, the headers (announcing the whole Content-Length) and half of the
    /// body (half of the head when there is no body), then resets the connection (TCP RST): an
    /// answer cut in the middle.
    void resetMidAnswer(const HttpResponse &response) const;
    bool isOpen() const;

private:
    QPointer<HttpConnection> m_connection;
    quint64 m_exchange = 0;
};

/// What a connection hands complete requests to. Implemented by CloudServer.
class HttpHandler
{
public:
    virtual ~HttpHandler() = default;
    /// Called once a request head is parsed, before its body is read. A non-null sink receives
    /// the body unbuffered and uncapped; null means "buffer it, up to the body cap".
    virtual std::unique_ptr<HttpBodySink> openBodySink(const HttpRequest &head) = 0;
    /// Called with the complete request. The handler must eventually respond() or drop(); the
    /// connection reads no further request until then (HTTP/1.1 answers in order).
    virtual void handleRequest(HttpRequest request, const HttpResponder &responder) = 0;
};

struct HttpLimits
{
    qsizetype maxHeadBytes = 64 * 1024;      // request line + headers; more → 431
    qint64 maxBufferedBody = 1024 * 1024;    // JSON routes; more → 413 (streaming routes exempt)
    qint64 socketReadBuffer = 1024 * 1024;   // bounds memory and gives TCP back-pressure
    int idleTimeoutMs = 120 * 1000;          // an idle keep-alive connection is closed
    qint64 maxDrainBytes = 64 * 1024 * 1024; // of a refused body, read before closing
    int drainTimeoutMs = 5000;
};

/// One client connection: a small HTTP/1.1 parser (request line, headers, Content-Length bodies),
/// keep-alive with in-order answers, `Connection: close`, `Expect: 100-continue`, and streaming
/// bodies through HttpBodySink. Chunked request bodies are refused with 501. Protocol errors are
/// answered here with a JSON error body and the connection is closed. Owns its socket; emits
/// closed() once, after which the owner deletes it later. GUI thread only.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    HttpConnection(QTcpSocket *socket,
        HttpHandler *handler,
        const HttpLimits &limits,
        QObject *parent = nullptr);
    ~HttpConnection() override;

Q_SIGNALS:
    void closed(DemoCloud::HttpConnection *connection);

private:
    friend class HttpResponder;
    enum class State
    {
        Head,     // waiting for or parsing a request head
        Body,     // reading Content-Length body bytes
        Waiting,  // the handler has the request; no further reading until it answers
        Draining, // refused a body (413): reading and discarding it, then closing
        Closing,  // answered with close, or dropped; waiting for the socket to go
        Closed
    };

    bool respond(quint64 exchange, const HttpResponse &response);
    void drop(quint64 exchange);
    void resetMidAnswer(quint64 exchange, const HttpResponse &response);

    void scheduleProcessing();
    void processInput();
    bool parseHead();
    bool startBody();
    bool readBody();
    void dispatch();
    /// Answers a protocol error and closes. With `drainBytes`, first reads and discards that
    /// much of the unread body (bounded in time), so the client is not reset while it is still
    /// sending and gets to read the answer.
    void failProtocol(int status, const QString &message, qint64 drainBytes = 0);
    bool drain();
    void writeResponse(const HttpResponse &response, bool head, bool close);
    /// The bytes of an answer on the wire: status line, headers and (unless `head`) body.
    QByteArray serialize(const HttpResponse &response, bool head, bool close) const;
    void handleDisconnected();
    void handleIdleTimeout();

    QTcpSocket *m_socket;
    HttpHandler *m_handler;
    HttpLimits m_limits;
    QTimer m_idleTimer;
    QTimer m_drainTimer;
    State m_state = State::Head;
    QByteArray m_buffer; // bytes read but not consumed yet
    QByteArray m_chunk;  // reused body buffer
    HttpRequest m_request;
    std::unique_ptr<HttpBodySink> m_sink;
    qint64 m_remaining = 0;
    quint64 m_exchange = 0;
    bool m_exchangeIsHead = false;
    bool m_exchangeKeepAlive = true;
    bool m_exchangeHttp10 = false;
    bool m_processingScheduled = false;
};

} // namespace DemoCloud
