#include "httpconnection.h"

#include <atomic>

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QTcpSocket>

#include "demologging.h"
#include "socketreset.h"

using namespace Qt::StringLiterals;

namespace DemoCloud {

namespace {

bool isTokenChar(char c)
{
    // RFC 9110 §5.6.2 tchar
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// RFC 9110 §8.6: no Content-Length (and no body) for 1xx and 204; 304 has no body either.
bool hasBody(int status)
{
    return status >= 200 && status != 204 && status != 304;
}

bool headerHasToken(const QByteArray &value, QByteArrayView token)
{
    const QList<QByteArray> parts = value.split(',');
    for (const QByteArray &part : parts) {
        if (token.compare(part.trimmed(), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

std::atomic<qint64> g_dateOffset{0};

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc().addSecs(g_dateOffset.load()),
            u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
        .toLatin1();
}

} // namespace

void setDateOffsetSeconds(qint64 seconds)
{
    g_dateOffset.store(seconds);
}

qint64 dateOffsetSeconds()
{
    return g_dateOffset.load();
}

HttpResponder::HttpResponder(HttpConnection *connection, quint64 exchange)
    : m_connection(connection)
    , m_exchange(exchange)
{ }

bool HttpResponder::respond(const HttpResponse &response) const
{
    return m_connection && m_connection->respond(m_exchange, response);
}

void HttpResponder::drop() const
{
    if (m_connection)
        m_connection->drop(m_exchange);
}

void HttpResponder::resetMidAnswer(const HttpResponse &response) const
{
    if (m_connection)
        m_connection->resetMidAnswer(m_exchange, response);
}

bool HttpResponder::isOpen() const
{
    return !m_connection.isNull();
}

HttpConnection::HttpConnection(
    QTcpSocket *socket, HttpHandler *handler, const HttpLimits &limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(handler)
    , m_limits(limits)
{
    m_socket->setParent(this);
    // Bounded read buffer: while a request waits for its answer we stop reading, and TCP
    // back-pressure holds the client instead of our memory.
    m_socket->setReadBufferSize(m_limits.socketReadBuffer);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(m_limits.idleTimeoutMs);
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        m_idleTimer.start();
        processInput();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::handleDisconnected);
    connect(&m_idleTimer, &QTimer::timeout, this, &HttpConnection::handleIdleTimeout);
    m_drainTimer.setSingleShot(true);
    connect(&m_drainTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Draining) {
            m_state = State::Closing;
            m_socket->disconnectFromHost();
        }
    });
    m_idleTimer.start();
    if (m_socket->bytesAvailable() > 0)
        scheduleProcessing();
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::scheduleProcessing()
{
    if (m_processingScheduled)
        return;
    m_processingScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_processingScheduled = false;
            processInput();
        },
        Qt::QueuedConnection);
}

void HttpConnection::processInput()
{
    for (;;) {
        switch (m_state) {
        case State::Head:
            m_buffer += m_socket->readAll(); // at most socketReadBuffer bytes
            if (!parseHead())
                return;
            if (!startBody())
                return;
            break;
        case State::Body:
            if (!readBody())
                return;
            break;
        case State::Draining:
            drain();
            return;
        case State::Waiting:
        case State::Closing:
        case State::Closed:
            return;
        }
    }
}

bool HttpConnection::parseHead()
{
    // RFC 9112 §2.2: a server should ignore at least one empty line before the request line.
    qsizetype start = 0;
    while (start < m_buffer.size() && (m_buffer.at(start) == '\r' || m_buffer.at(start) == '\n'))
        ++start;
    m_buffer.remove(0, start);

    qsizetype end = m_buffer.indexOf("\r\n\r\n");
    qsizetype separator = 4;
    const qsizetype bareEnd = m_buffer.indexOf("\n\n"); // tolerate bare LF line ends
    if (bareEnd >= 0 && (end < 0 || bareEnd < end)) {
        end = bareEnd;
        separator = 2;
    }
    if (end < 0) {
        if (m_buffer.size() > m_limits.maxHeadBytes)
            failProtocol(431, u"The request head exceeds %1 bytes."_s.arg(m_limits.maxHeadBytes));
        return false;
    }
    if (end > m_limits.maxHeadBytes) {
        failProtocol(431, u"The request head exceeds %1 bytes."_s.arg(m_limits.maxHeadBytes));
        return false;
    }
    const QByteArray head = m_buffer.left(end);
    m_buffer.remove(0, end + separator);

    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }

    m_request = HttpRequest();
    const QList<QByteArray> parts = lines.first().split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty()) {
        failProtocol(400, u"Malformed request line."_s);
        return false;
    }
    m_request.method = parts.at(0);
    m_request.target = parts.at(1);
    m_request.version = parts.at(2);
    if (m_request.version != "HTTP/1.1" && m_request.version != "HTTP/1.0") {
        failProtocol(m_request.version.startsWith("HTTP/") ? 505 : 400,
            u"Only HTTP/1.1 and HTTP/1.0 are supported."_s);
        return false;
    }

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        // Obsolete line folding (a line starting with white space) is refused, RFC 9112 §5.2.
        if (colon <= 0 || line.startsWith(' ') || line.startsWith('\t')
            || !isToken(QByteArrayView(line).first(colon))) {
            failProtocol(400, u"Malformed header line."_s);
            return false;
        }
        m_request.headers.append({line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
    }

    QByteArray target = m_request.target;
    if (target.startsWith("http://") || target.startsWith("https://")) {
        // absolute-form (RFC 9112 §3.2.2): keep only the path and query
        const qsizetype pathStart = target.indexOf('/', target.indexOf("//") + 2);
        target = pathStart < 0 ? "/"_ba : target.mid(pathStart);
    }
    if (!target.startsWith('/')) {
        failProtocol(400, u"The request target must be an absolute path."_s);
        return false;
    }
    const qsizetype question = target.indexOf('?');
    m_request.rawPath = question < 0 ? target : target.left(question);
    m_request.rawQuery = question < 0 ? QString() : QString::fromUtf8(target.mid(question + 1));
    m_request.path = QString::fromUtf8(QByteArray::fromPercentEncoding(m_request.rawPath));
    m_request.query = QUrlQuery(m_request.rawQuery);

    const QByteArray connection = m_request.header("connection");
    m_request.keepAlive = m_request.version == "HTTP/1.1"
        ? !headerHasToken(connection, "close")
        : headerHasToken(connection, "keep-alive");
    return true;
}

bool HttpConnection::startBody()
{
    if (m_request.hasHeader("transfer-encoding")) {
        // Chunked request bodies are not needed by any client we serve (Qt sends Content-Length).
        failProtocol(501, u"Transfer-Encoding is not supported; send Content-Length."_s);
        return false;
    }
    qint64 length = 0;
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        if (name != "content-length")
            continue;
        bool ok = false;
        const qint64 parsed = value.toLongLong(&ok);
        const bool digitsOnly = !value.isEmpty()
            && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!ok || !digitsOnly || parsed < 0 || (length != 0 && parsed != length)) {
            failProtocol(400, u"Invalid Content-Length."_s);
            return false;
        }
        length = parsed;
    }
    m_request.contentLength = length;

    m_sink = m_handler->openBodySink(m_request);
    const bool expectContinue = headerHasToken(m_request.header("expect"), "100-continue");
    if (!m_sink && length > m_limits.maxBufferedBody) {
        // A client waiting for "100 Continue" sends no body; any other is already sending it.
        failProtocol(413,
            u"The request body exceeds %1 bytes for this route."_s.arg(m_limits.maxBufferedBody),
            expectContinue ? 0 : length);
        return false;
    }
    if (length > 0 && expectContinue)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n"_ba);
    if (!m_sink)
        m_request.body.reserve(length);
    m_remaining = length;
    m_state = State::Body;
    return true;
}

bool HttpConnection::readBody()
{
    while (m_remaining > 0) {
        QByteArrayView chunk;
        if (!m_buffer.isEmpty()) {
            // Bytes that arrived with the head.
            const qsizetype n = qsizetype(qMin<qint64>(m_remaining, m_buffer.size()));
            m_chunk = m_buffer.left(n);
            m_buffer.remove(0, n);
            chunk = m_chunk;
        } else if (m_socket->bytesAvailable() > 0) {
            // Straight from the socket into one reused buffer: no allocation per chunk.
            const qint64 wanted = qMin(m_remaining, m_socket->bytesAvailable());
            if (m_chunk.size() < wanted)
                m_chunk.resize(qsizetype(wanted));
            const qint64 got = m_socket->read(m_chunk.data(), wanted);
            if (got <= 0)
                return false;
            chunk = QByteArrayView(m_chunk.constData(), qsizetype(got));
        } else {
            return false; // wait for readyRead
        }
        m_remaining -= chunk.size();
        if (m_sink) {
            if (!m_sink->write(chunk)) {
                failProtocol(500, u"The server could not store the request body."_s);
                return false;
            }
        } else {
            m_request.body += chunk;
        }
    }
    dispatch();
    return true;
}

void HttpConnection::dispatch()
{
    m_state = State::Waiting;
    ++m_exchange;
    m_exchangeIsHead = m_request.method == "HEAD";
    m_exchangeKeepAlive = m_request.keepAlive;
    m_exchangeHttp10 = m_request.version == "HTTP/1.0";
    HttpRequest request = std::exchange(m_request, HttpRequest());
    if (m_sink)
        request.bodySink = std::shared_ptr<HttpBodySink>(std::move(m_sink));
    // The handler may answer synchronously; respond() then moves the state back to Head.
    m_handler->handleRequest(std::move(request), HttpResponder(this, m_exchange));
}

bool HttpConnection::respond(quint64 exchange, const HttpResponse &response)
{
    if (m_state != State::Waiting || exchange != m_exchange)
        return false;
    const bool close =
        !m_exchangeKeepAlive || headerHasToken(response.header("connection"), "close");
    writeResponse(response, m_exchangeIsHead, close);
    if (close) {
        m_state = State::Closing;
        m_socket->disconnectFromHost();
    } else {
        m_state = State::Head;
        m_idleTimer.start();
        scheduleProcessing(); // a pipelined request may already be buffered
    }
    return true;
}

void HttpConnection::drop(quint64 exchange)
{
    if (m_state != State::Waiting || exchange != m_exchange)
        return;
    m_state = State::Closing;
    m_socket->disconnectFromHost(); // nothing was written for this request
}

void HttpConnection::resetMidAnswer(quint64 exchange, const HttpResponse &response)
{
    if (m_state != State::Waiting || exchange != m_exchange)
        return;
    // The head as a normal keep-alive answer would have it (the whole Content-Length), then
    // half of the body: the client has a status and headers, and a body that never completes.
    QByteArray out = serialize(response, m_exchangeIsHead, false);
    const qsizetype body = m_exchangeIsHead || !hasBody(response.status) ? 0 : response.body.size();
    const qsizetype head = out.size() - body;
    out.truncate(body > 0 ? head + body / 2 : head / 2);
    m_socket->write(out);
    m_socket->flush(); // into the kernel before the reset
    m_state = State::Closing;
    // close() sends RST instead of FIN, as a crashed server or a middlebox dropping the
    // connection would.
    resetOnClose(m_socket->socketDescriptor());
    m_socket->abort();
}

bool HttpConnection::drain()
{
    const qint64 fromBuffer = qMin<qint64>(m_remaining, m_buffer.size());
    m_buffer.remove(0, qsizetype(fromBuffer));
    m_remaining -= fromBuffer;
    while (m_remaining > 0 && m_socket->bytesAvailable() > 0)
        m_remaining -= m_socket->skip(qMin(m_remaining, m_socket->bytesAvailable()));
    if (m_remaining > 0)
        return false; // more to come, or the drain timer gives up
    m_drainTimer.stop();
    m_state = State::Closing;
    m_socket->disconnectFromHost();
    return true;
}

void HttpConnection::failProtocol(int status, const QString &message, qint64 drainBytes)
{
    qCWarning(lcDemoHttp).noquote() << "protocol error" << status << message;
    const QJsonObject error{
        {u"code"_s, status},
        {u"title"_s, QString::fromLatin1(reasonPhrase(status))},
        {u"message"_s, message},
    };
    writeResponse(HttpResponse::json(status, {{u"error"_s, error}}), false, true);
    m_sink.reset();
    if (drainBytes > 0) {
        m_state = State::Draining;
        m_remaining = qMin(drainBytes, m_limits.maxDrainBytes);
        m_drainTimer.start(m_limits.drainTimeoutMs);
        drain();
        return;
    }
    m_state = State::Closing;
    m_socket->disconnectFromHost();
}

void HttpConnection::writeResponse(const HttpResponse &response, bool head, bool close)
{
    m_socket->write(serialize(response, head, close));
}

QByteArray HttpConnection::serialize(const HttpResponse &response, bool head, bool close) const
{
    const int status = response.status;
    const bool bodyAllowed = hasBody(status);
    QByteArray out;
    out.reserve(256 + (bodyAllowed && !head ? response.body.size() : 0));
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : response.headers) {
        const QByteArray lower = name.toLower();
        if (lower == "content-length" || lower == "connection" || lower == "date"
            || lower == "transfer-encoding") {
            continue;
        }
        out += name + ": " + value + "\r\n";
    }
    out += "Date: " + httpDate() + "\r\n";
    out += "Server: imagewright-democloud\r\n";
    // A HEAD answer may state the size its GET would have (the object storage's HEAD object).
    const QByteArray stated = response.header("content-length");
    if (bodyAllowed && head && !stated.isEmpty())
        out += "Content-Length: " + stated + "\r\n";
    else if (bodyAllowed)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    else if (m_exchangeHttp10)
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    if (bodyAllowed && !head)
        out += response.body;
    return out;
}

void HttpConnection::handleDisconnected()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_idleTimer.stop();
    m_sink.reset();
    Q_EMIT closed(this);
}

void HttpConnection::handleIdleTimeout()
{
    if (m_state == State::Waiting) { // the handler is holding the answer on purpose
        m_idleTimer.start();
        return;
    }
    if (m_state == State::Head || m_state == State::Body || m_state == State::Draining) {
        qCDebug(lcDemoHttp) << "closing an idle connection";
        m_state = State::Closing;
        m_socket->disconnectFromHost();
    }
}

} // namespace DemoCloud
