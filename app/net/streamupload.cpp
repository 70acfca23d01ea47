#include "net/streamupload.h"

#include <atomic>
#include <mutex>

#include <QElapsedTimer>
#include <QIODevice>
#include <QSslSocket>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include "logging.h"
#include "net/http1.h"
#include "net/httpresponsereader.h"

using namespace Qt::StringLiterals;

namespace StreamUploadDetail {

/// What the GUI thread and the worker share: the body device, used by the worker only under
/// the mutex and only while `device` is set.
struct Shared
{
    std::mutex deviceMutex;
    QIODevice *device = nullptr;
    std::atomic<bool> stop{false};
};

namespace {

constexpr qint64 ChunkSize = 2 * 1024 * 1024;    // what is read from the device at a time
constexpr qint64 MaxQueued = 2 * 1024 * 1024;    // socket buffer level that asks for more
constexpr qsizetype MaxResponseHead = 64 * 1024; // status line and headers
constexpr int ProgressIntervalMs = 100;

ApiError malformed()
{
    return ApiError::make(ApiError::Kind::InvalidResponse,
        StreamUpload::tr("the cloud sent a malformed HTTP response"));
}

} // namespace

/// The exchange itself, on the worker thread: connect, write the head, pump the body in large
/// blocks while reading whatever the server answers (it may answer early: 401, 413), parse the
/// response, and report to the StreamUpload on the GUI thread. Never touches the device after
/// it reported the end.
class Worker final : public QObject
{
public:
    struct Request
    {
        QUrl url;
        QByteArray head; // request line and headers, with the final empty line
        qint64 bodySize = 0;
        StreamUpload::Options options;
    };

    Worker(StreamUpload *owner, std::shared_ptr<Shared> shared, Request request)
        : m_owner(owner)
        , m_shared(std::move(shared))
        , m_request(std::move(request))
        , m_reader(HttpResponseReader::Limits{
              MaxResponseHead, m_request.options.maxResponseBody, true}) // error answers: cut
    { }

    ~Worker() override
    {
        if (m_socket) {
            m_socket->disconnect(this);
            m_socket->abort();
        }
    }

    void run();
    void abort() { finish(ApiError::make(ApiError::Kind::Aborted)); }

private:
    enum class Phase
    {
        Connecting,
        WaitingContinue, // head sent with Expect: 100-continue
        Sending,
        Sent,
        Done
    };

    void onConnected();
    void startBody();
    void pump();
    void onBytesWritten();
    void onReadyRead();
    void onClosed(const QString &why);
    void onError(QAbstractSocket::SocketError error);
    bool parse(ApiError *error); // true once the final response is complete
    void answered();
    void reportProgress(bool force);
    qint64 bodySent() const;
    void finish(ApiError error);

    StreamUpload *m_owner; // alive while this thread runs (~StreamUpload waits for it)
    std::shared_ptr<Shared> m_shared;
    Request m_request;
    QTcpSocket *m_socket = nullptr;
    QString m_tlsWhy; // why the certificate was refused (TlsSettings::describeErrors)
    QTimer *m_idle = nullptr;
    QTimer *m_expect = nullptr;
    QElapsedTimer m_progressClock;
    Phase m_phase = Phase::Connecting;
    HttpResponseReader m_reader;
    QByteArray m_in;
    qint64 m_queued = 0; // body bytes handed to the socket
    bool m_connected = false;
};

void Worker::run()
{
    m_idle = new QTimer(this);
    m_idle->setSingleShot(true);
    m_idle->setInterval(m_request.options.idleTimeout);
    connect(m_idle, &QTimer::timeout, this, [this] {
        finish(ApiError::make(ApiError::Kind::Timeout));
    });
    m_expect = new QTimer(this);
    m_expect->setSingleShot(true);
    m_expect->setInterval(m_request.options.expectContinueWait);
    connect(m_expect, &QTimer::timeout, this, [this] {
        if (m_phase == Phase::WaitingContinue)
            startBody(); // no "100 Continue": send anyway, as curl does
    });

    const QUrl &url = m_request.url;
    const bool tls = url.scheme() == u"https";
    if (tls) {
        if (!QSslSocket::supportsSsl()) {
            finish(ApiError::make(ApiError::Kind::Tls, QSslSocket::sslLibraryVersionString()));
            return;
        }
        QSslSocket *ssl =
            Http1::tlsSocket(this, url.host(), m_request.options.sslConfiguration, &m_tlsWhy);
        connect(ssl, &QSslSocket::encrypted, this, &Worker::onConnected);
        // bytesWritten() fires when plaintext is encrypted into the plain socket's buffer;
        // that buffer draining to the network only says encryptedBytesWritten(). pump() counts
        // both buffers, so it must hear both, or it waits for good once the first is full.
        connect(ssl, &QSslSocket::encryptedBytesWritten, this, &Worker::onBytesWritten);
        m_socket = ssl;
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &Worker::onConnected);
    }
    connect(m_socket, &QTcpSocket::bytesWritten, this, &Worker::onBytesWritten);
    connect(m_socket, &QTcpSocket::readyRead, this, &Worker::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &Worker::onError);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] { onClosed(QString()); });
    m_idle->start();
    // Plain http through an HTTP proxy: a connection to the proxy itself (start() wrote the
    // request line in absolute form); anything else: the socket's own proxy support.
    Http1::open(
        m_socket, tls, url.host(), quint16(url.port(tls ? 443 : 80)), m_request.options.proxy);
}

void Worker::onConnected()
{
    if (m_phase != Phase::Connecting)
        return;
    m_connected = true;
    m_idle->start();
    m_socket->write(m_request.head);
    m_progressClock.start();
    if (m_request.bodySize > 0 && m_request.options.expectContinue) {
        m_phase = Phase::WaitingContinue;
        m_expect->start();
        return;
    }
    startBody();
}

void Worker::startBody()
{
    m_expect->stop();
    m_phase = m_request.bodySize > 0 ? Phase::Sending : Phase::Sent;
    pump();
}

qint64 Worker::bodySent() const
{
    if (!m_socket)
        return m_queued;
    qint64 unsent = m_socket->bytesToWrite();
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket))
        unsent += ssl->encryptedBytesToWrite(); // ciphertext: close enough for progress
    return std::clamp<qint64>(m_queued - unsent, 0, m_queued);
}

void Worker::pump()
{
    while (m_phase == Phase::Sending) {
        qint64 unsent = m_socket->bytesToWrite();
        if (auto *ssl = qobject_cast<QSslSocket *>(m_socket))
            unsent += ssl->encryptedBytesToWrite();
        if (unsent >= MaxQueued)
            return; // bytesWritten() asks again
        QByteArray chunk;
        QString why;
        {
            std::lock_guard lock(m_shared->deviceMutex);
            QIODevice *device = m_shared->device;
            if (!device || m_shared->stop) {
                finish(ApiError::make(ApiError::Kind::Aborted));
                return;
            }
            const qint64 wanted = std::min(ChunkSize, m_request.bodySize - m_queued);
            if (auto *body = dynamic_cast<StreamBody *>(device)) {
                chunk = body->readChunk(wanted);
            } else {
                chunk.resize(qsizetype(wanted));
                const qint64 got = device->read(chunk.data(), wanted);
                chunk.resize(qsizetype(std::max<qint64>(0, got)));
            }
            if (chunk.isEmpty())
                why = device->errorString();
        }
        if (chunk.isEmpty()) {
            // The file could not be read (or ended early): the server must not take a short
            // body for a whole one, so the connection is cut.
            finish(ApiError::make(ApiError::Kind::ConnectionLost, why));
            return;
        }
        m_socket->write(chunk); // shared, not copied (QIODevice keeps large chunks as they are)
        m_queued += chunk.size();
        if (m_queued >= m_request.bodySize) {
            m_phase = Phase::Sent;
            reportProgress(false);
        }
    }
}

void Worker::onBytesWritten()
{
    if (m_phase == Phase::Done)
        return;
    m_idle->start();
    pump();
    reportProgress(false);
}

void Worker::reportProgress(bool force)
{
    if (m_phase == Phase::Done && !force)
        return;
    if (!force && m_progressClock.isValid() && m_progressClock.elapsed() < ProgressIntervalMs
        && bodySent() < m_request.bodySize) {
        return;
    }
    m_progressClock.restart();
    const qint64 sent = bodySent();
    const qint64 total = m_request.bodySize;
    QMetaObject::invokeMethod(
        m_owner,
        [owner = m_owner, sent, total] { owner->workerProgress(sent, total); },
        Qt::QueuedConnection);
}

void Worker::onReadyRead()
{
    if (m_phase == Phase::Done)
        return;
    m_idle->start();
    m_in += m_socket->readAll();
    ApiError error;
    if (parse(&error)) {
        answered();
        return;
    }
    if (error)
        finish(error);
}

void Worker::answered()
{
    if (m_queued < m_request.bodySize || bodySent() < m_request.bodySize) {
        // The server answered before it had the whole body (401 to Expect, 413, ...). A
        // success then is not one: what it stored is not the file.
        if (m_reader.status() >= 200 && m_reader.status() < 300) {
            finish(ApiError::make(ApiError::Kind::ConnectionLost,
                StreamUpload::tr("the cloud answered before the whole file was sent")));
            return;
        }
    }
    finish({});
}

bool Worker::parse(ApiError *error)
{
    for (;;) {
        switch (m_reader.read(&m_in)) {
        case HttpResponseReader::Result::NeedMore:
            return false;
        case HttpResponseReader::Result::Interim:
            if (m_reader.interimStatus() == 100 && m_phase == Phase::WaitingContinue)
                startBody();
            break; // the final answer follows
        case HttpResponseReader::Result::Complete:
            return true;
        case HttpResponseReader::Result::Malformed:
        case HttpResponseReader::Result::TooLarge: // not with a cut body; malformed all the same
            *error = malformed();
            return false;
        }
    }
}

void Worker::onClosed(const QString &why)
{
    if (m_phase == Phase::Done)
        return;
    m_in += m_socket->readAll();
    ApiError error;
    if (parse(&error) || (!error && m_reader.closed())) {
        answered();
        return;
    }
    if (error) {
        finish(error);
        return;
    }
    finish(ApiError::make(
        m_connected ? ApiError::Kind::ConnectionLost : ApiError::Kind::ConnectionFailed, why));
}

void Worker::onError(QAbstractSocket::SocketError error)
{
    if (m_phase == Phase::Done)
        return;
    const QString text = m_socket->errorString();
    if (std::optional<ApiError> verdict =
            Http1::socketVerdict(error, text, m_tlsWhy, m_request.options.proxy)) {
        finish(std::move(*verdict));
        return;
    }
    if (!m_connected) {
        finish(ApiError::make(ApiError::Kind::ConnectionFailed, text));
        return;
    }
    // Closed or reset while sending: the answer may already be here (an early 413 or 401).
    onClosed(text);
}

void Worker::finish(ApiError error)
{
    if (m_phase == Phase::Done)
        return;
    const qint64 sent = bodySent();
    reportProgress(true);
    m_phase = Phase::Done;
    if (m_idle)
        m_idle->stop();
    if (m_expect)
        m_expect->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort(); // one exchange per connection; drops what was not sent
    }
    QMetaObject::invokeMethod(
        m_owner,
        [owner = m_owner,
            error = std::move(error),
            status = m_reader.status(),
            headers = m_reader.headers(),
            body = m_reader.takeBody(),
            sent]() mutable { owner->workerDone(error, status, headers, std::move(body), sent); },
        Qt::QueuedConnection);
}

} // namespace StreamUploadDetail

using StreamUploadDetail::Shared;
using StreamUploadDetail::Worker;

StreamUpload::StreamUpload(QObject *parent)
    : QObject(parent)
{ }

StreamUpload::~StreamUpload()
{
    stopWorker();
}

void StreamUpload::start(const QUrl &url,
    const QByteArray &method,
    const Headers &headers,
    QIODevice *body,
    const Options &options)
{
    if (m_running || m_thread)
        return;
    m_running = true;
    m_error = {};
    m_status = 0;
    m_headers.clear();
    m_body.clear();
    m_sent = 0;

    Worker::Request request;
    request.url = url;
    request.options = options;
    request.bodySize = body ? std::max<qint64>(0, body->size() - body->pos()) : 0;

    QByteArray head = Http1::head(method, url, options.proxy, headers);
    head += "Content-Length: " + QByteArray::number(request.bodySize) + "\r\n";
    if (request.bodySize > 0 && options.expectContinue)
        head += "Expect: 100-continue\r\n";
    head += "Connection: close\r\n\r\n";
    request.head = head;

    m_shared = std::make_shared<Shared>();
    m_shared->device = body;
    m_device = body;
    if (body) {
        // A device that closes (or goes) first must not be read any more: stop using it now.
        connect(body,
            &QIODevice::aboutToClose,
            this,
            &StreamUpload::releaseDevice,
            Qt::DirectConnection);
        connect(
            body, &QObject::destroyed, this, &StreamUpload::releaseDevice, Qt::DirectConnection);
    }

    m_thread = new QThread(this);
    m_thread->setObjectName(u"iw-upload"_s);
    m_worker = new Worker(this, m_shared, std::move(request));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->run(); }, Qt::QueuedConnection);
}

void StreamUpload::abort()
{
    if (!m_running)
        return;
    if (m_shared)
        m_shared->stop = true;
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker] { w->abort(); }, Qt::QueuedConnection);
}

void StreamUpload::releaseDevice()
{
    if (!m_shared)
        return;
    m_shared->stop = true;
    {
        std::lock_guard lock(m_shared->deviceMutex); // waits while the worker reads a block
        if (!m_shared->device)
            return;
        m_shared->device = nullptr;
    }
    // Without its body the exchange cannot complete: it ends as cancelled.
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker] { w->abort(); }, Qt::QueuedConnection);
}

void StreamUpload::stopWorker()
{
    releaseDevice();
    if (m_device)
        m_device->disconnect(this);
    m_device = nullptr;
    if (!m_thread)
        return;
    m_thread->quit(); // the worker (and its socket) is deleted in its thread as it ends
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr;
}

void StreamUpload::workerProgress(qint64 sent, qint64 total)
{
    if (!m_running)
        return;
    m_sent = sent;
    Q_EMIT progress(sent, total);
}

void StreamUpload::workerDone(
    const ApiError &error, int status, const Headers &headers, QByteArray body, qint64 sent)
{
    if (!m_running)
        return;
    stopWorker(); // the device is not touched any more: the caller may rewind or delete it
    m_running = false;
    m_error = error;
    m_status = status;
    m_headers = headers;
    m_body = std::move(body);
    m_sent = sent;
    qCDebug(lcNet) << "stream upload ended:" << sent << "body bytes sent, status" << status;
    Q_EMIT finished();
}
