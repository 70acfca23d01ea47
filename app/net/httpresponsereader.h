#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

/// Reads one HTTP/1.1 response from the bytes of a connection as they arrive: status line and
/// headers, then a body delimited by Content-Length, by chunked transfer coding or by the
/// connection's end. Interim (1xx) answers are reported and skipped. No I/O and no Qt event
/// loop: the connections that use it (StreamUpload's, QueryConnection's) feed it, and a fuzzer
/// feeds it anything.
///
/// Everything it keeps is bounded: the head by Limits::maxHead, a chunk-size or trailer line by
/// the same, the body by Limits::maxBody (cut there, or refused as TooLarge).
class HttpResponseReader
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    enum class Result
    {
        NeedMore, // the response is not complete yet
        Interim,  // an interim (1xx) head was read: interimStatus(); the final one follows
        Complete, // the final response is complete
        Malformed,
        TooLarge // the body is longer than Limits::maxBody, and Limits::cutBody is off
    };

    struct Limits
    {
        qsizetype maxHead = 64 * 1024;     // status line and headers; one chunk or trailer line
        qint64 maxBody = 64 * 1024 * 1024; // bytes kept of the body
        bool cutBody = false;              // true: a longer body is cut at maxBody, not refused
    };

    HttpResponseReader() = default;
    explicit HttpResponseReader(Limits limits)
        : m_limits(limits)
    { }

    /// The request was HEAD: the answer has no body, whatever its headers say.
    void setHeadRequest(bool head) { m_headRequest = head; }

    /// Consumes what it can from the front of *in (what is left there belongs to whatever the
    /// connection carries next). After Complete, Malformed or TooLarge it consumes nothing.
    Result read(QByteArray *in);

    /// The connection ended: true when that completes the response (a body delimited by the
    /// end of the connection); false when the response was cut short or never came.
    bool closed();

    /// Ready for the next response on the same connection.
    void reset();

    int status() const { return m_status; } // the final status (0 until its head is read)
    int interimStatus() const { return m_interim; }
    const Headers &headers() const { return m_headers; }
    QByteArray header(QByteArrayView name) const; // the first of that name, case-insensitive
    const QByteArray &body() const { return m_body; }
    QByteArray takeBody() { return std::exchange(m_body, {}); }
    bool complete() const { return m_state == State::Complete; }
    /// Whether any byte of a response was read (a connection reused for a new request and
    /// closed before it answered anything can be retried without doubt of what the server did).
    bool started() const { return m_started; }
    /// Whether the connection may carry another request after this complete response: HTTP/1.1
    /// without "Connection: close", or HTTP/1.0 with "Connection: keep-alive", and a body that
    /// was not delimited by the end of the connection.
    bool keepAlive() const { return m_keepAlive && m_state == State::Complete; }
    /// Body bytes the answer announced (Content-Length) that did not come before closed().
    qint64 missingBodyBytes() const { return m_state == State::Length ? m_remaining : 0; }

private:
    enum class State
    {
        Head,
        Length,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Trailer,
        UntilClose,
        Complete,
        Failed
    };

    Result readHead(QByteArray *in);
    void appendBody(QByteArray *in, qint64 n);
    Result fail(Result why);

    Limits m_limits;
    State m_state = State::Head;
    Headers m_headers;
    QByteArray m_body;
    qint64 m_remaining = 0;
    int m_status = 0;
    int m_interim = 0;
    bool m_headRequest = false;
    bool m_keepAlive = false;
    bool m_started = false;
    bool m_tooLarge = false;
};
