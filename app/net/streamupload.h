#pragma once

#include <chrono>
#include <memory>
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

class QIODevice;
class QThread;

namespace StreamUploadDetail {
struct Shared;
class Worker;
} // namespace StreamUploadDetail

/// A body device that can hand out its bytes as (shared) blocks: StreamUpload then writes them
/// to the socket without copying. Called on the upload's worker thread.
class StreamBody
{
public:
    virtual ~StreamBody() = default;
    /// The next bytes from the current position, at most `maxSize`, and advances past them.
    /// Empty at the end, or on a read error (the device's errorString() says why).
    virtual QByteArray readChunk(qint64 maxSize) = 0;
};

/// One HTTP/1.1 request with a large streamed body (the Glance image PUT), sent by its own
/// QTcpSocket / QSslSocket on a worker thread that reads the body device in large blocks and
/// hands them to the socket as they are (no copy when the device is an UploadSource).
///
/// Why not QNetworkAccessManager: Qt 6.4 reads an upload device on the caller's thread and
/// forwards it to its HTTP thread 16 KiB at a time, one cross-thread round trip per 16 KiB
/// (QNonContiguousByteDeviceThreadForwardImpl, socketWriteMaxSize in qhttpprotocolhandler.cpp),
/// which caps an upload far below what the link and curl -T reach (docs/benchmarks.md).
///
/// It is one exchange on one fresh connection: no redirects (a 3xx is answered to the caller
/// like any status), no retries, no connection reuse (Connection: close). The caller (RestJob)
/// builds the headers, so the token rules stay in RestClient::prepare(). TLS uses the profile's
/// configuration (Options::sslConfiguration, else Qt's default with peer verification); a
/// refused certificate ends in ApiError::Kind::Tls saying why, with its SHA-256 fingerprint.
/// The proxy is Options::proxy (RestJob's ProxyResolver choice): an http URL through an HTTP
/// proxy is sent to the proxy in absolute form, as curl does (the caller's headers carry its
/// Proxy-Authorization); https goes through a CONNECT tunnel, SOCKS5 through the socket's proxy
/// support. `Expect: 100-continue` lets a server
/// refuse the request (an expired token: 401) before the file is sent; a server that does not
/// answer it within a second gets the body anyway, as curl does.
///
/// The body device is read on the worker thread only while the upload runs; it must stay open
/// until finished(), or be closed first (its aboutToClose() stops the worker's use of it
/// synchronously: UploadSource closes itself when it is destroyed). Lives on the GUI thread.
class StreamUpload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamUpload)
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Options
    {
        std::chrono::milliseconds idleTimeout{30000}; // no byte in either direction
        std::chrono::milliseconds expectContinueWait{1000};
        bool expectContinue = true;
        qint64 maxResponseBody = 1024 * 1024; // longer bodies are cut (error answers are small)
        /// https: the profile's TLS rules (TlsSettings::configuration()); empty: Qt's default.
        std::optional<QSslConfiguration> sslConfiguration;
        QNetworkProxy proxy{QNetworkProxy::NoProxy}; // never Qt's application proxy
    };

    explicit StreamUpload(QObject *parent = nullptr);
    ~StreamUpload() override; // stops the worker and waits for it (no finished())

    /// Starts sending `method url` with `headers` (Host, Content-Length and Connection are
    /// added here) and `body` from its current position to its end. finished() follows, once,
    /// never from inside start().
    void start(const QUrl &url,
        const QByteArray &method,
        const Headers &headers,
        QIODevice *body,
        const Options &options);
    /// Ends the exchange: finished() with ApiError::Kind::Aborted.
    void abort();

    bool isRunning() const { return m_running; }

    // Valid after finished():
    int status() const { return m_status; }
    const Headers &headers() const { return m_headers; }
    const QByteArray &body() const { return m_body; }
    const ApiError &error() const { return m_error; }
    /// Body bytes written to the connection.
    qint64 bytesSent() const { return m_sent; }

Q_SIGNALS:
    /// Body bytes handed to the network so far, at most every 100 ms, and once at the end.
    void progress(qint64 sent, qint64 total);
    /// The exchange is over: an answer (any status, see status()) or error() on failure.
    void finished();

private:
    friend class StreamUploadDetail::Worker;
    void releaseDevice();
    void stopWorker();
    void workerProgress(qint64 sent, qint64 total);
    void workerDone(
        const ApiError &error, int status, const Headers &headers, QByteArray body, qint64 sent);

    std::shared_ptr<StreamUploadDetail::Shared> m_shared;
    QThread *m_thread = nullptr;
    StreamUploadDetail::Worker *m_worker = nullptr;
    QPointer<QIODevice> m_device;
    ApiError m_error;
    Headers m_headers;
    QByteArray m_body;
    int m_status = 0;
    qint64 m_sent = 0;
    bool m_running = false;
};
