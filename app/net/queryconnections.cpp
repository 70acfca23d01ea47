#include "net/queryconnections.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include "net/http1.h"
#include "net/httpresponsereader.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxResponseHead = 64 * 1024;

// How long the server keeps an idle connection, from "Keep-Alive: timeout=5, max=100": a
// second less, so that we close it before the server does. Without the header: IdleKeepMs.
int keepMsFrom(const QByteArray &keepAlive)
{
    for (const QByteArray &part : keepAlive.split(',')) {
        const QByteArray item = part.trimmed();
        if (item.toLower().startsWith("timeout=")) {
            bool ok = false;
            const int seconds = item.mid(8).trimmed().toInt(&ok);
            if (ok)
                return std::clamp(seconds * 1000 - 1000, 0, QueryConnections::IdleKeepMs);
        }
    }
    return QueryConnections::IdleKeepMs;
}

} // namespace

namespace QueryDetail {

/// One connection to one endpoint; carries one exchange at a time. GUI thread.
class Connection final : public QObject
{
public:
    Connection(QueryConnections *pool, int endpoint, const QueryConnections::Endpoint &where)
        : QObject(pool)
        , m_pool(pool)
        , m_endpoint(endpoint)
        , m_scheme(where.scheme)
        , m_host(where.host)
        , m_port(where.port)
        , m_proxy(where.proxy)
        , m_ssl(where.ssl)
        , m_idleTimeout(where.idleTimeout)
        , m_maxBody(where.maxBody)
        , m_reader(HttpResponseReader::Limits{MaxResponseHead, where.maxBody, false})
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &Connection::onTimer);
    }

    ~Connection() override { close(); }

    int endpoint() const { return m_endpoint; }
    bool isIdle() const { return m_state == State::Idle; }
    bool isClosed() const { return m_state == State::Closed; }

    void send(QueryExchange *exchange)
    {
        m_exchange = exchange;
        exchange->m_on = this;
        m_reader.reset();
        m_in.clear();
        m_reused = m_served > 0;
        m_timer.start(m_idleTimeout);
        if (m_state == State::Fresh) {
            open();
            return;
        }
        m_state = State::Busy;
        m_socket->write(exchange->m_head);
    }

    /// Ends the connection without a word to anyone (aborted exchange, pool going away).
    void close()
    {
        m_state = State::Closed;
        m_timer.stop();
        if (m_exchange)
            m_exchange->m_on = nullptr;
        m_exchange = nullptr;
        if (m_socket) {
            m_socket->disconnect(this);
            m_socket->abort();
            m_socket->deleteLater();
            m_socket = nullptr;
        }
    }

private:
    enum class State
    {
        Fresh,
        Connecting,
        Busy,
        Idle,
        Closed
    };

    void open()
    {
        m_state = State::Connecting;
        const bool tls = m_scheme == u"https";
        if (tls) {
            QSslSocket *ssl = Http1::tlsSocket(this, m_host, m_ssl, &m_tlsWhy);
            connect(ssl, &QSslSocket::encrypted, this, &Connection::onConnected);
            m_socket = ssl;
        } else {
            m_socket = new QTcpSocket(this);
            connect(m_socket, &QTcpSocket::connected, this, &Connection::onConnected);
        }
        connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(m_socket, &QTcpSocket::errorOccurred, this, &Connection::onError);
        connect(m_socket, &QTcpSocket::disconnected, this, [this] { onEnded({}); });
        if (tls && !QSslSocket::supportsSsl()) {
            // Reported from the event loop, like every other outcome.
            QTimer::singleShot(0, this, [this] {
                onEnded(ApiError::make(ApiError::Kind::Tls, QSslSocket::sslLibraryVersionString()));
            });
            return;
        }
        // Plain http through an HTTP proxy: a connection to the proxy itself, which is sent the
        // request line in absolute form; anything else: the socket's own proxy support.
        Http1::open(m_socket, tls, m_host, m_port, m_proxy);
    }

    void onConnected()
    {
        if (m_state != State::Connecting || !m_exchange)
            return;
        m_connected = true;
        m_state = State::Busy;
        m_timer.start(m_idleTimeout);
        m_socket->write(m_exchange->m_head);
    }

    void onReadyRead()
    {
        m_in += m_socket->readAll();
        if (m_state != State::Busy) {
            // Bytes nobody asked for: the connection is no longer in step with the server.
            if (m_state == State::Idle && !m_in.isEmpty())
                end();
            return;
        }
        m_timer.start(m_idleTimeout);
        for (;;) {
            switch (m_reader.read(&m_in)) {
            case HttpResponseReader::Result::NeedMore:
                return;
            case HttpResponseReader::Result::Interim:
                continue; // the final answer follows
            case HttpResponseReader::Result::Complete:
                answered();
                return;
            case HttpResponseReader::Result::Malformed:
                fail(ApiError::make(ApiError::Kind::InvalidResponse,
                    QCoreApplication::translate(
                        "StreamUpload", "the cloud sent a malformed HTTP response")));
                return;
            case HttpResponseReader::Result::TooLarge:
                //: %1 = a size in MiB
                fail(ApiError::make(ApiError::Kind::InvalidResponse,
                    QueryConnections::tr("the answer is larger than %1 MiB")
                        .arg(std::max<qint64>(1, m_maxBody / (1024 * 1024)))));
                return;
            }
        }
    }

    void answered()
    {
        ++m_served;
        const bool keep = m_reader.keepAlive() && m_in.isEmpty();
        const int keepMs = keep ? keepMsFrom(m_reader.header("Keep-Alive")) : 0;
        QueryExchange *exchange = std::exchange(m_exchange, nullptr);
        exchange->m_on = nullptr;
        if (keepMs > 0) {
            m_state = State::Idle;
            m_timer.start(keepMs);
        } else {
            close();
        }
        const int status = m_reader.status();
        QueryExchange::Headers headers = m_reader.headers();
        QByteArray body = m_reader.takeBody();
        m_reader.reset();
        QPointer<Connection> self(this);
        QPointer<QueryConnections> pool(m_pool);
        exchange->complete({}, status, std::move(headers), std::move(body));
        if (self && pool)
            pool->answered(this);
    }

    void fail(ApiError error)
    {
        closeAndHandOver([&](QueryExchange *exchange) { exchange->complete(std::move(error)); });
    }

    /// Closes the connection, gives its exchange (if any) to `handOver`, then tells the pool the
    /// connection is closed, unless what `handOver` started deleted the connection or the pool.
    template <typename HandOver> void closeAndHandOver(HandOver handOver)
    {
        QueryExchange *exchange = std::exchange(m_exchange, nullptr);
        close();
        QPointer<Connection> self(this);
        QPointer<QueryConnections> pool(m_pool);
        if (exchange)
            handOver(exchange);
        if (self && pool)
            pool->closed(this);
    }

    /// The connection is over (closed by the server, reset, refused, or a socket error).
    void onEnded(ApiError error)
    {
        if (m_state == State::Closed)
            return;
        if (m_socket)
            m_in += m_socket->readAll();
        if (m_state == State::Idle || m_state == State::Fresh || !m_exchange) {
            end();
            return;
        }
        if (!m_in.isEmpty())
            (void)m_reader.read(&m_in); // what came with the end
        if (m_reader.complete() || m_reader.closed()) {
            m_in.clear(); // no keep-alive after this one, whatever it said
            answered();
            return;
        }
        if (m_reader.missingBodyBytes() > 0) {
            // Cut in the middle of a Content-Length body: the answer as it came; RestJob sees
            // the bytes missing and treats it as a lost connection (retried like one).
            const int status = m_reader.status();
            QueryExchange::Headers headers = m_reader.headers();
            QByteArray body = m_reader.takeBody();
            closeAndHandOver([&](QueryExchange *exchange) {
                exchange->complete({}, status, std::move(headers), std::move(body));
            });
            return;
        }
        if (m_reused && !m_reader.started() && !error) {
            // A kept-open connection the server closed before it read our request (its idle
            // timeout crossed our send): nothing was done with it. Once more, on a new one.
            QueryConnections *pool = m_pool;
            closeAndHandOver([pool](QueryExchange *exchange) { pool->resend(exchange); });
            return;
        }
        if (!error) {
            error = ApiError::make(
                m_connected ? ApiError::Kind::ConnectionLost : ApiError::Kind::ConnectionFailed,
                m_socket ? m_socket->errorString() : QString());
        }
        fail(std::move(error));
    }

    void onError(QAbstractSocket::SocketError error)
    {
        const QString text = m_socket ? m_socket->errorString() : QString();
        if (std::optional<ApiError> verdict =
                Http1::socketVerdict(error, text, m_tlsWhy, m_proxy)) {
            onEnded(std::move(*verdict));
            return;
        }
        if (error == QAbstractSocket::RemoteHostClosedError && m_reused && m_connected) {
            onEnded({}); // judged by what came: a stale kept-open connection is resent
            return;
        }
        onEnded(ApiError::make(
            m_connected ? ApiError::Kind::ConnectionLost : ApiError::Kind::ConnectionFailed, text));
    }

    void onTimer()
    {
        if (m_state == State::Idle) {
            end(); // kept long enough
            return;
        }
        fail(ApiError::make(ApiError::Kind::Timeout));
    }

    // Closed while nobody was waiting on it: the pool forgets it.
    void end()
    {
        close();
        m_pool->closed(this);
    }

    QueryConnections *m_pool;
    int m_endpoint;
    QString m_scheme;
    QString m_host;
    quint16 m_port;
    QNetworkProxy m_proxy;
    std::optional<QSslConfiguration> m_ssl;
    std::chrono::milliseconds m_idleTimeout;
    qint64 m_maxBody;
    HttpResponseReader m_reader;
    QTimer m_timer; // inactivity while busy; the keep-alive time while idle
    QTcpSocket *m_socket = nullptr;
    QueryExchange *m_exchange = nullptr;
    QByteArray m_in;
    QString m_tlsWhy;
    State m_state = State::Fresh;
    int m_served = 0;
    bool m_reused = false;
    bool m_connected = false;
};

} // namespace QueryDetail

using QueryDetail::Connection;

QueryExchange::QueryExchange(QObject *parent)
    : QObject(parent)
{ }

QueryExchange::~QueryExchange()
{
    if (!m_finished && m_pool)
        m_pool->forget(this);
}

void QueryExchange::abort()
{
    if (m_finished)
        return;
    if (m_pool)
        m_pool->forget(this);
    complete(ApiError::make(ApiError::Kind::Aborted));
}

void QueryExchange::complete(ApiError error, int status, Headers headers, QByteArray body)
{
    if (m_finished)
        return;
    m_finished = true;
    m_on = nullptr;
    m_error = std::move(error);
    m_status = m_error ? 0 : status;
    m_headers = std::move(headers);
    m_body = std::move(body);
    Q_EMIT finished();
}

QueryConnections::QueryConnections(QObject *parent)
    : QObject(parent)
{ }

QueryConnections::~QueryConnections()
{
    // Exchanges still open are left without an answer, as QNetworkAccessManager leaves its
    // replies: their RestJob's deadline or abort() ends them.
    for (Endpoint &endpoint : m_endpoints) {
        for (Connection *connection : std::as_const(endpoint.connections))
            connection->close();
        for (const QPointer<QueryExchange> &exchange : std::as_const(endpoint.waiting)) {
            if (exchange)
                exchange->m_pool = nullptr;
        }
    }
}

int QueryConnections::openConnections() const
{
    int n = 0;
    for (const Endpoint &endpoint : m_endpoints)
        n += int(endpoint.connections.size());
    return n;
}

int QueryConnections::endpointFor(const Target &target)
{
    const QString scheme = target.url.scheme().toLower();
    const QString host = target.url.host();
    const auto port = quint16(target.url.port(scheme == u"https" ? 443 : 80));
    for (int i = 0; i < m_endpoints.size(); ++i) {
        const Endpoint &e = m_endpoints.at(i);
        if (e.scheme == scheme && e.host == host && e.port == port && e.tlsKey == target.tlsKey
            && e.proxy == target.proxy // the TLS rules: by their key, not the whole configuration
            && e.idleTimeout == target.idleTimeout && e.maxBody == target.maxBody) {
            return i;
        }
    }
    Endpoint e;
    e.scheme = scheme;
    e.host = host;
    e.port = port;
    e.tlsKey = target.tlsKey;
    e.proxy = target.proxy;
    e.ssl = target.ssl;
    e.idleTimeout = target.idleTimeout;
    e.maxBody = target.maxBody;
    m_endpoints.append(std::move(e));
    return int(m_endpoints.size() - 1);
}

QueryExchange *QueryConnections::get(const Target &target, const Headers &headers, QObject *parent)
{
    auto *exchange = new QueryExchange(parent);
    exchange->m_pool = this;
    // Kept open between requests: no Connection header (HTTP/1.1's default), no body.
    exchange->m_head = Http1::head("GET", target.url, target.proxy, headers) + "\r\n";
    const int endpoint = endpointFor(target);
    exchange->m_endpoint = endpoint;
    m_endpoints[endpoint].waiting.append(exchange);
    // Sent from the event loop: finished() never comes from inside get().
    QMetaObject::invokeMethod(
        this, [this, endpoint] { dispatch(endpoint); }, Qt::QueuedConnection);
    return exchange;
}

void QueryConnections::dispatch(int index)
{
    Endpoint &endpoint = m_endpoints[index];
    while (!endpoint.waiting.isEmpty()) {
        QueryExchange *exchange = endpoint.waiting.constFirst();
        if (!exchange || exchange->m_finished) {
            endpoint.waiting.removeFirst();
            continue;
        }
        Connection *free = nullptr;
        for (Connection *connection : std::as_const(endpoint.connections)) {
            if (connection->isIdle()) {
                free = connection;
                break;
            }
        }
        if (!free && endpoint.connections.size() < MaxPerEndpoint) {
            free = new Connection(this, index, endpoint);
            endpoint.connections.append(free);
            ++m_opened;
        }
        if (!free)
            return; // its turn comes when a connection is free
        endpoint.waiting.removeFirst();
        free->send(exchange);
    }
}

void QueryConnections::forget(QueryExchange *exchange)
{
    if (exchange->m_endpoint < 0 || exchange->m_endpoint >= m_endpoints.size())
        return;
    Endpoint &endpoint = m_endpoints[exchange->m_endpoint];
    endpoint.waiting.removeAll(QPointer<QueryExchange>(exchange));
    if (Connection *connection = exchange->m_on) {
        // Its answer may be on the way: the connection cannot carry another request.
        connection->close();
        endpoint.connections.removeAll(connection);
        connection->deleteLater();
        const int index = exchange->m_endpoint;
        QMetaObject::invokeMethod(
            this, [this, index] { dispatch(index); }, Qt::QueuedConnection);
    }
    exchange->m_on = nullptr;
}

void QueryConnections::answered(Connection *connection)
{
    if (connection->isClosed()) {
        closed(connection);
        return;
    }
    dispatch(connection->endpoint());
}

void QueryConnections::closed(Connection *connection)
{
    const int index = connection->endpoint();
    m_endpoints[index].connections.removeAll(connection);
    connection->deleteLater();
    dispatch(index);
}

void QueryConnections::resend(QueryExchange *exchange)
{
    if (exchange->m_resent) {
        exchange->complete(ApiError::make(ApiError::Kind::ConnectionLost));
        return;
    }
    exchange->m_resent = true;
    exchange->m_on = nullptr;
    m_endpoints[exchange->m_endpoint].waiting.prepend(exchange);
}
