#pragma once

#include <memory>
#include <utility>

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

namespace DemoCloud {

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

/// Receives a request body piece by piece instead of the connection buffering it. A route that
/// expects large bodies (a Glance image upload) declares a sink factory; everything else is
/// buffered up to HttpServer's body cap. Used on the GUI thread only.
class HttpBodySink
{
public:
    virtual ~HttpBodySink() = default;
    /// Called with consecutive body bytes. Returning false stops the upload: the connection
    /// answers 500 and closes.
    virtual bool write(QByteArrayView chunk) = 0;
    /// Body bytes accepted so far.
    virtual qint64 size() const = 0;
    /// Lower-case hex SHA-256 of the body, for the AK/SK signature check of a streamed body;
    /// empty when this sink does not compute it.
    virtual QByteArray payloadSha256Hex() { return {}; }
};

/// Counts body bytes and forgets them: enough to show a streaming upload arrived whole.
class CountingBodySink final : public HttpBodySink
{
public:
    bool write(QByteArrayView chunk) override;
    qint64 size() const override { return m_size; }

private:
    qint64 m_size = 0;
};

/// One parsed HTTP/1.1 request. Header names are stored lower-case.
struct HttpRequest
{
    QByteArray method;
    QByteArray target;  // as sent: path and query, still percent-encoded
    QByteArray rawPath; // percent-encoded path, without the query
    QString path;       // decoded path, for logs, recording and fault matching
    QString rawQuery;   // the query string as sent (without '?')
    QUrlQuery query;
    QByteArray version; // "HTTP/1.1" or "HTTP/1.0"
    HttpHeaders headers;
    QByteArray body;                        // empty when bodySink took the bytes
    std::shared_ptr<HttpBodySink> bodySink; // set when a streaming route received the body
    qint64 contentLength = 0;
    bool keepAlive = true;

    /// First value of a header (name case-insensitive), or a null QByteArray.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};

struct HttpResponse
{
    int status = 200;
    HttpHeaders headers; // Content-Length, Connection and Date are added by the connection
    QByteArray body;

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse empty(int status);
    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;
};

/// Standard reason phrase for a status code ("Not Found"), or "Unknown".
QByteArray reasonPhrase(int status);

} // namespace DemoCloud
