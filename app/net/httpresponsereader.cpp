#include "net/httpresponsereader.h"

#include <algorithm>

namespace {

bool hasToken(const QByteArray &value, QByteArrayView token)
{
    const QList<QByteArray> parts = value.split(',');
    return std::any_of(parts.cbegin(), parts.cend(), [token](const QByteArray &part) {
        return token.compare(part.trimmed(), Qt::CaseInsensitive) == 0;
    });
}

// The end of the line at the front of `in` ("\n" or "\r\n"); -1 if it has not come yet.
qsizetype lineEnd(const QByteArray &in)
{
    return in.indexOf('\n');
}

QByteArray takeLine(QByteArray *in, qsizetype end)
{
    QByteArray line = in->left(end);
    in->remove(0, end + 1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

QByteArray HttpResponseReader::header(QByteArrayView name) const
{
    for (const auto &[key, value] : m_headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void HttpResponseReader::reset()
{
    const Limits limits = m_limits;
    *this = HttpResponseReader(limits);
}

HttpResponseReader::Result HttpResponseReader::fail(Result why)
{
    m_state = State::Failed;
    m_tooLarge = why == Result::TooLarge;
    return why;
}

HttpResponseReader::Result HttpResponseReader::readHead(QByteArray *in)
{
    // The head ends with an empty line: "\r\n\r\n", or "\n\n" / "\n\r\n" from a sloppy server.
    qsizetype end = -1;
    qsizetype separator = 0;
    for (const auto &[mark, size] :
        {std::pair<const char *, qsizetype>{"\r\n\r\n", 4}, {"\n\r\n", 3}, {"\n\n", 2}}) {
        const qsizetype at = in->indexOf(mark);
        if (at >= 0 && (end < 0 || at < end)) {
            end = at;
            separator = size;
        }
    }
    // Refused when the head itself (without its empty line) is longer than maxHead, however
    // its bytes arrive: a partial head may hold up to 3 bytes of that empty line.
    if (end < 0)
        return in->size() > m_limits.maxHead + 3 ? fail(Result::Malformed) : Result::NeedMore;
    if (end > m_limits.maxHead)
        return fail(Result::Malformed);
    const QByteArray head = in->left(end);
    in->remove(0, end + separator);
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    // "HTTP/1.1 204 No Content"
    const QByteArray &statusLine = lines.constFirst();
    bool ok = false;
    const bool http1 = statusLine.startsWith("HTTP/1.") && statusLine.size() >= 12
        && statusLine.at(8) == ' ' && (statusLine.size() == 12 || statusLine.at(12) == ' ');
    const int status = http1 ? statusLine.mid(9, 3).toInt(&ok) : 0;
    if (!ok || status < 100 || status > 999)
        return fail(Result::Malformed);
    Headers headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon <= 0)
            return fail(Result::Malformed);
        headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
    }
    if (status < 200) {
        if (status == 101)
            return fail(Result::Malformed); // no protocol switch was asked for
        m_interim = status;
        return Result::Interim;
    }
    m_status = status;
    m_headers = std::move(headers);

    QByteArray length;
    bool hasLength = false;
    bool transferEncoding = false;
    bool chunked = false;
    bool close = false;
    bool keepAliveToken = false;
    for (const auto &[name, value] : std::as_const(m_headers)) {
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            // Repeated with another value: which one frames the body is unknowable (RFC 9112
            // §6.3), so the answer cannot be trusted.
            if (hasLength && length != value)
                return fail(Result::Malformed);
            length = value;
            hasLength = true;
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            // Chunked only when it is the last coding; any other coding ends with the
            // connection (RFC 9112 §6.3), whatever Content-Length says.
            transferEncoding = true;
            chunked =
                value.split(',').constLast().trimmed().compare("chunked", Qt::CaseInsensitive) == 0;
        } else if (name.compare("connection", Qt::CaseInsensitive) == 0) {
            close = close || hasToken(value, "close");
            keepAliveToken = keepAliveToken || hasToken(value, "keep-alive");
        }
    }
    const bool http11 = statusLine.at(7) != '0';
    m_keepAlive = !close && (http11 || keepAliveToken);

    if (m_headRequest || status == 204 || status == 304) {
        m_state = State::Complete;
    } else if (chunked) {
        m_state = State::ChunkSize;
    } else if (transferEncoding) {
        m_state = State::UntilClose;
        m_keepAlive = false;
    } else if (hasLength) {
        const bool digits = !length.isEmpty()
            && std::all_of(
                length.cbegin(), length.cend(), [](char c) { return c >= '0' && c <= '9'; });
        m_remaining = digits ? length.toLongLong(&ok) : -1;
        if (!ok || m_remaining < 0)
            return fail(Result::Malformed);
        m_state = m_remaining == 0 ? State::Complete : State::Length;
    } else {
        m_state = State::UntilClose;
        m_keepAlive = false;
    }
    return Result::NeedMore;
}

void HttpResponseReader::appendBody(QByteArray *in, qint64 n)
{
    const qint64 room = std::max<qint64>(0, m_limits.maxBody - m_body.size());
    if (n > room && !m_limits.cutBody)
        m_tooLarge = true;
    m_body.append(in->constData(), qsizetype(std::min(n, room)));
    in->remove(0, qsizetype(n));
}

HttpResponseReader::Result HttpResponseReader::read(QByteArray *in)
{
    if (!in->isEmpty() && m_state != State::Complete && m_state != State::Failed)
        m_started = true;
    for (;;) {
        if (m_tooLarge)
            return fail(Result::TooLarge);
        switch (m_state) {
        case State::Head: {
            const Result r = readHead(in);
            if (r != Result::NeedMore || m_state == State::Head)
                return r;
            break;
        }
        case State::Length:
        case State::ChunkData: {
            const qint64 n = std::min<qint64>(m_remaining, in->size());
            appendBody(in, n);
            m_remaining -= n;
            if (m_remaining > 0)
                return m_tooLarge ? fail(Result::TooLarge) : Result::NeedMore;
            m_state = m_state == State::Length ? State::Complete : State::ChunkEnd;
            break;
        }
        case State::ChunkSize: {
            const qsizetype end = lineEnd(*in);
            if (end < 0 ? in->size() > m_limits.maxHead : end > m_limits.maxHead)
                return fail(Result::Malformed);
            if (end < 0)
                return Result::NeedMore;
            const QByteArray line = takeLine(in, end);
            // "1a2b;name=value": the size in hex, then extensions that do not matter here.
            const qsizetype semicolon = line.indexOf(';');
            const QByteArray size = (semicolon < 0 ? line : line.left(semicolon)).trimmed();
            const bool hex = !size.isEmpty() && std::all_of(size.cbegin(), size.cend(), [](char c) {
                return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            });
            bool ok = false;
            m_remaining = hex ? size.toLongLong(&ok, 16) : -1;
            if (!ok || m_remaining < 0)
                return fail(Result::Malformed);
            m_state = m_remaining == 0 ? State::Trailer : State::ChunkData;
            break;
        }
        case State::ChunkEnd: // the line end after a chunk's data
            if (in->isEmpty() || (in->at(0) == '\r' && in->size() < 2))
                return Result::NeedMore;
            if (in->startsWith("\r\n"))
                in->remove(0, 2);
            else if (in->at(0) == '\n')
                in->remove(0, 1);
            else
                return fail(Result::Malformed);
            m_state = State::ChunkSize;
            break;
        case State::Trailer: {
            const qsizetype end = lineEnd(*in);
            if (end < 0 ? in->size() > m_limits.maxHead : end > m_limits.maxHead)
                return fail(Result::Malformed);
            if (end < 0)
                return Result::NeedMore;
            if (takeLine(in, end).isEmpty())
                m_state = State::Complete;
            break;
        }
        case State::UntilClose:
            appendBody(in, in->size());
            return m_tooLarge ? fail(Result::TooLarge) : Result::NeedMore;
        case State::Complete:
            return Result::Complete;
        case State::Failed:
            return m_tooLarge ? Result::TooLarge : Result::Malformed;
        }
    }
}

bool HttpResponseReader::closed()
{
    if (m_state == State::UntilClose) {
        m_state = State::Complete;
        return true;
    }
    return m_state == State::Complete;
}
