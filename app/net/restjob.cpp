#include "net/restjob.h"

#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>

#include "logging.h"
#include "net/authprovider.h"
#include "net/onceonlybody.h"
#include "net/proxyresolver.h"
#include "net/queryconnections.h"
#include "net/redact.h"
#include "net/streamupload.h"
#include "net/tlssettings.h"

using namespace Qt::StringLiterals;

namespace {

ApiError errorFromNetwork(QNetworkReply::NetworkError e, const QString &text)
{
    using NE = QNetworkReply::NetworkError;
    switch (e) {
    case NE::ConnectionRefusedError:
    case NE::HostNotFoundError:
    case NE::ProxyConnectionRefusedError:
    case NE::ProxyNotFoundError:
    case NE::ProxyAuthenticationRequiredError:
    case NE::ProtocolUnknownError:
        return ApiError::make(ApiError::Kind::ConnectionFailed, text);
    case NE::SslHandshakeFailedError:
        return ApiError::make(ApiError::Kind::Tls, text);
    case NE::TimeoutError:
    case NE::OperationCanceledError: // the transfer timeout aborts with this in Qt 6.4
    case NE::ProxyTimeoutError:
        return ApiError::make(ApiError::Kind::Timeout, text);
    default:
        // Remote close, reset, temporary failure: the request may have reached the server.
        return ApiError::make(ApiError::Kind::ConnectionLost, text);
    }
}

/// True for a failure of the connection itself, as opposed to the error Qt derives from an
/// HTTP status (201-299 content, 401-499 server): a reply can carry a status and still have
/// lost its connection in the middle of the body.
bool isTransportError(QNetworkReply::NetworkError e)
{
    using NE = QNetworkReply::NetworkError;
    const int code = int(e);
    return (code > 0 && code < 200) // network layer and proxy errors
        || e == NE::ContentReSendError || e == NE::ProtocolFailure;
}

} // namespace

RestJob::RestJob(RestClient *client, RestRequest request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(std::move(request))
    , m_deadline(new QTimer(this))
    , m_retryTimer(new QTimer(this))
{
    m_authGuard = dynamic_cast<QObject *>(m_request.auth);
    m_deadline->setSingleShot(true);
    m_retryTimer->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &RestJob::handleDeadline);
    // A precise timer: a coarse one may fire up to 5 % early, and a server's Retry-After is a
    // lower bound (retryDue() checks the deadline again all the same).
    m_retryTimer->setTimerType(Qt::PreciseTimer);
    connect(m_retryTimer, &QTimer::timeout, this, &RestJob::retryDue);
}

RestJob::~RestJob()
{
    delete m_stream; // stops its worker before the device can go
    if (m_query) {
        m_query->disconnect(this);
        delete m_query; // its connection closes: an answer may be on the way
    }
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void RestJob::start()
{
    if (m_started)
        return;
    m_started = true;
    QMetaObject::invokeMethod(this, &RestJob::attempt, Qt::QueuedConnection);
}

void RestJob::abort()
{
    if (m_finished)
        return;
    m_started = true;
    m_retryTimer->stop();
    m_pendingError = ApiError::make(ApiError::Kind::Aborted);
    if (m_reply) {
        m_reply->abort(); // emits finished(): handleReplyFinished() ends the job
        return;
    }
    if (m_stream) {
        m_stream->abort(); // its finished() ends the job
        return;
    }
    if (m_query) {
        m_query->abort(); // its finished() ends the job
        return;
    }
    QMetaObject::invokeMethod(
        this, [this] { finish(ApiError::make(ApiError::Kind::Aborted)); }, Qt::QueuedConnection);
}

QJsonDocument RestJob::json() const
{
    return QJsonDocument::fromJson(m_body);
}

QByteArray RestJob::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void RestJob::attempt()
{
    if (m_finished)
        return;
    if (!m_client) {
        finish(ApiError::make(ApiError::Kind::Aborted));
        return;
    }
    if (m_request.auth && !m_authGuard) {
        finish(ApiError::make(ApiError::Kind::Aborted)); // its session was replaced
        return;
    }
    ++m_attempts;
    if (!m_request.auth) {
        send({});
        return;
    }
    m_request.auth->withToken(this, [this](const QByteArray &token, const ApiError &error) {
        if (m_finished)
            return;
        if (error) {
            finish(error);
            return;
        }
        send(token);
    });
}

void RestJob::send(const QByteArray &token)
{
    if (m_request.auth && !m_authGuard) {
        finish(ApiError::make(ApiError::Kind::Aborted));
        return;
    }
    if (m_request.resolveUrl) {
        const std::optional<QUrl> url = m_request.resolveUrl();
        if (!url) {
            //: %1 = a service type such as "compute" or "image"
            finish(ApiError::make(ApiError::Kind::Configuration,
                tr("the service catalog has no \"%1\" endpoint for this region")
                    .arg(m_request.missingService)));
            return;
        }
        m_request.url = *url;
    }
    if (!m_request.url.isValid() || m_request.url.scheme().isEmpty()) {
        finish(ApiError::make(ApiError::Kind::Configuration,
            tr("invalid address \"%1\"").arg(Redact::url(m_request.url))));
        return;
    }
    if (m_request.auth && !m_request.auth->isTrustedOrigin(m_request.url)) {
        //: %1 = a URL
        finish(ApiError::make(ApiError::Kind::Configuration,
            tr("%1 is not an address of the cloud's service catalog")
                .arg(Redact::url(m_request.url))));
        return;
    }
    const std::shared_ptr<const TlsSettings> tls = m_request.effectiveTls();
    if (tls && !tls->isUsable()) {
        // A CA bundle that cannot be read is never replaced by the system's CAs alone.
        finish(ApiError::make(ApiError::Kind::Tls, tls->problem()));
        return;
    }
    const std::shared_ptr<const ProxyResolver> proxy = m_request.effectiveProxy();
    m_proxy = proxy->choose(m_request.url);
    if (!m_proxy.problem.isEmpty()) {
        // A proxy setting that cannot be used is never replaced by a direct connection.
        finish(ApiError::make(ApiError::Kind::ConnectionFailed, m_proxy.problem));
        return;
    }
    m_tokenUsed = token;
    m_pendingError = {};
    m_tlsWhy.clear();
    QNetworkRequest req = m_client->prepare(m_request, token);
    QNetworkAccessManager *nam = m_client->networkFor(tls.get(), proxy);
    const QByteArray &method = m_request.method;
    const bool signedRequest = m_request.auth && m_request.auth->signsRequests();
    bool bodyRead = false; // read into memory for the signature: sent from there, not streamed
    if (signedRequest) {
        // AK/SK: the signature covers the body, so a streamed body is read (only when small
        // enough to be signed at all; the provider refuses a larger one with its reason).
        QByteArray body = m_request.body;
        qint64 size = body.size();
        if (m_request.uploadDevice) {
            size = m_request.uploadDevice->size();
            const qint64 max = m_request.auth->maxSignedBodyBytes();
            if (max < 0 || size <= max) {
                m_request.uploadDevice->seek(0);
                body = m_request.uploadDevice->readAll();
                m_request.uploadDevice->seek(0);
                bodyRead = true;
            }
        }
        if (ApiError e = m_request.auth->signRequest(method, req, body, size)) {
            finish(e);
            return;
        }
    }

    qCDebug(lcNet).noquote() << method << Redact::url(m_request.url) << "attempt" << m_attempts
                             << "headers:" << Redact::headers(req) << "body:"
                             << (m_request.kind == RequestKind::Auth
                                        ? u"<credentials not logged>"_s
                                        : Redact::body(m_request.body));

    if (m_request.kind == RequestKind::Upload && m_request.uploadDevice
        && m_client->options().streamUploads && !bodyRead) {
        // The whole body again on a resend (after one re-authentication).
        m_request.uploadDevice->seek(0);
        StreamUpload::Headers headers;
        const QList<QByteArray> names = req.rawHeaderList();
        for (const QByteArray &name : names)
            headers.append({name, req.rawHeader(name)});
        StreamUpload::Options options;
        options.idleTimeout = m_client->options().idleTimeout;
        if (tls)
            options.sslConfiguration = tls->configuration();
        options.proxy = m_proxy.proxy;
        auto *stream = new StreamUpload(this);
        m_stream = stream;
        connect(stream, &StreamUpload::progress, this, &RestJob::uploadProgress);
        connect(stream, &StreamUpload::finished, this, &RestJob::handleStreamFinished);
        stream->start(m_request.url, method, headers, m_request.uploadDevice, options);
        m_client->countSent();
        const auto deadline = m_client->deadlineFor(m_request.kind);
        if (deadline.count() > 0)
            m_deadline->start(deadline);
        return;
    }

    if (sendQuery(req, tls.get()))
        return;
    QNetworkReply *reply = nullptr;
    if (method == "GET") {
        reply = nam->get(req);
    } else if (method == "HEAD") {
        reply = nam->head(req); // a custom HEAD would wait for the body Content-Length announces
    } else if (method == "DELETE" && m_request.body.isEmpty()) {
        reply = nam->deleteResource(req);
    } else if (m_request.uploadDevice) {
        // A resend (after one re-authentication) sends the whole body again: Qt starts from
        // the device's position.
        m_request.uploadDevice->seek(0);
        reply = nam->sendCustomRequest(req, method, m_request.uploadDevice);
    } else if (m_request.kind == RequestKind::Create) {
        // A sequential body Qt cannot rewind: its HTTP channel can then never replay the create
        // on a fresh connection by itself (reference/reliability.md §4).
        auto *body = new OnceOnlyBody(m_request.body);
        req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        req.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
        reply = nam->sendCustomRequest(req, method, body);
        body->setParent(reply);
    } else {
        reply = nam->sendCustomRequest(req, method, m_request.body);
    }
    m_client->countSent();
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &RestJob::handleReplyFinished);
    connect(reply, &QNetworkReply::uploadProgress, this, &RestJob::uploadProgress);
    // Why a certificate is refused (never ignored here: Insecure turns verification off).
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        m_tlsWhy = TlsSettings::describeErrors(errors, reply->sslConfiguration().peerCertificate());
    });
    const auto deadline = m_client->deadlineFor(m_request.kind);
    if (deadline.count() > 0)
        m_deadline->start(deadline);
}

bool RestJob::sendQuery(const QNetworkRequest &req, const TlsSettings *tls)
{
    if (m_request.method != "GET" || !m_request.body.isEmpty() || m_request.uploadDevice
        || !m_client->options().keptAliveQueries) {
        return false;
    }
    QueryConnections::Headers headers;
    const QList<QByteArray> names = req.rawHeaderList();
    for (const QByteArray &name : names)
        headers.append({name, req.rawHeader(name)});
    QueryConnections::Target target;
    target.url = m_request.url;
    if (tls) {
        target.tlsKey = tls->key();
        target.ssl = tls->configuration();
    }
    target.proxy = m_proxy.proxy;
    target.idleTimeout = m_client->options().idleTimeout;
    QueryExchange *query = m_client->queries()->get(target, headers, this);
    m_query = query;
    connect(query, &QueryExchange::finished, this, &RestJob::handleQueryFinished);
    m_client->countSent();
    const auto deadline = m_client->deadlineFor(m_request.kind);
    if (deadline.count() > 0)
        m_deadline->start(deadline);
    return true;
}

void RestJob::handleDeadline()
{
    if (!m_reply && !m_stream && !m_query)
        return;
    m_pendingError = ApiError::make(ApiError::Kind::Timeout); // userMessage() says it all
    if (m_reply)
        m_reply->abort();
    else if (m_stream)
        m_stream->abort();
    else
        m_query->abort();
}

void RestJob::handleQueryFinished()
{
    QueryExchange *query = m_query;
    if (!query)
        return;
    m_query = nullptr;
    m_deadline->stop();
    query->deleteLater();
    m_status = query->status();
    m_body = query->body();
    m_headers = query->headers();
    ApiError transport = query->error();
    if (!transport)
        transport = cutShort();
    if (transport)
        m_status = 0; // a cut answer is no answer: retried like a dropped connection
    conclude(transport);
}

void RestJob::handleStreamFinished()
{
    StreamUpload *stream = m_stream;
    if (!stream)
        return;
    m_stream = nullptr;
    m_deadline->stop();
    stream->deleteLater();
    m_status = stream->status();
    m_body = stream->body();
    m_headers = stream->headers();
    ApiError transport = stream->error();
    if (transport)
        m_status = 0; // an answer that does not count (a 2xx before the whole body was sent)
    conclude(transport);
}

void RestJob::handleReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    m_deadline->stop();
    reply->deleteLater(); // the only place a reply is released

    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_body = reply->readAll();
    m_headers = reply->rawHeaderPairs();
    ApiError transport;
    if (m_status == 0 || isTransportError(reply->error())) {
        // No answer, or the connection ended in the middle of one (a reset mid-body): the
        // status line and headers that did arrive do not make the answer complete.
        transport = errorFromNetwork(reply->error(), reply->errorString());
        if (reply->error() == QNetworkReply::ProxyAuthenticationRequiredError)
            transport = ApiError::proxyAuthentication(ProxyResolver::display(m_proxy.proxy));
        if (!m_tlsWhy.isEmpty()) {
            transport.kind = ApiError::Kind::Tls;
            transport.message = m_tlsWhy;
        }
    } else {
        transport = cutShort();
    }
    if (transport)
        m_status = 0; // a cut answer is no answer: retried like a dropped connection
    conclude(transport);
}

ApiError RestJob::cutShort() const
{
    const std::optional<qint64> missing = missingBodyBytes();
    if (!missing)
        return {};
    //: A technical detail after "The connection was lost before the cloud answered."
    //: %1 = bytes received, %2 = bytes announced by the cloud (Content-Length)
    return ApiError::make(ApiError::Kind::ConnectionLost,
        tr("the answer ended after %1 of %2 bytes")
            .arg(m_body.size())
            .arg(m_body.size() + *missing));
}

std::optional<qint64> RestJob::missingBodyBytes() const
{
    // Qt reports a connection closed before Content-Length bytes as RemoteHostClosedError;
    // this checks the count itself as well. A decoded (compressed) body has another length.
    if (m_request.method == "HEAD" || m_status == 204 || m_status == 304)
        return std::nullopt;
    const QByteArray encoding = header("Content-Encoding").trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "identity")
        return std::nullopt;
    bool ok = false;
    const qint64 announced = header("Content-Length").trimmed().toLongLong(&ok);
    if (!ok || announced <= m_body.size())
        return std::nullopt;
    return announced - m_body.size();
}

bool RestJob::proxyRefusedCredentials() const
{
    if (m_proxy.proxy.type() != QNetworkProxy::HttpProxy)
        return false;
    if (m_status == 407)
        return true; // StreamUpload's answer through the proxy, as it came
    // tinyproxy 1.11 answers wrong credentials with 401 and a Basic challenge, not 407. Only the
    // proxy can have said so: OpenStack and Huawei APIs never ask for Basic credentials.
    return m_status == 401 && m_request.url.scheme() == u"http"
        && header("WWW-Authenticate").trimmed().toLower().startsWith("basic");
}

void RestJob::conclude(ApiError transport)
{
    ApiError error;
    if (m_status != 0 && proxyRefusedCredentials()) {
        qCWarning(lcNet).noquote()
            << "proxy" << ProxyResolver::display(m_proxy.proxy)
            << u"refused the request's credentials (HTTP %1) for"_s.arg(m_status)
            << Redact::url(m_request.url);
        m_status = 0;
        finish(ApiError::proxyAuthentication(ProxyResolver::display(m_proxy.proxy)));
        return;
    }
    if (m_pendingError) {
        error = std::exchange(m_pendingError, {});
    } else if (m_status == 0) {
        error = transport ? transport : ApiError::make(ApiError::Kind::ConnectionLost);
    } else if (m_status >= 300 && m_status < 400) {
        error = ApiError::make(
            ApiError::Kind::Redirect, Redact::url(QUrl(QString::fromLatin1(header("Location")))));
        error.httpStatus = m_status;
    } else if (m_status >= 400) {
        error.kind = m_status == 401 ? ApiError::Kind::Unauthorized : ApiError::Kind::Http;
        error.httpStatus = m_status;
        ApiError::parseServiceBody(m_body, &error);
        error.retryAfter = parseRetryAfter(header("Retry-After"));
    }
    if (error) {
        for (const char *name :
            {"X-Openstack-Request-Id", "X-Compute-Request-Id", "X-Request-Id"}) {
            error.requestId = QString::fromLatin1(header(name));
            if (!error.requestId.isEmpty())
                break;
        }
    }

    qCDebug(lcNet).noquote() << m_request.method << Redact::url(m_request.url) << "->" << m_status
                             << (error ? u"error kind %1"_s.arg(int(error.kind)) : QString())
                             << (m_request.kind == RequestKind::Auth ? u"<token reply>"_s
                                                                     : Redact::body(m_body));

    // A 401 means the service refused the request before doing anything: one fresh token and
    // one resend, for creates too.
    if (m_status == 401 && m_request.auth && m_authGuard && !m_reauthed && !m_tokenUsed.isEmpty()) {
        m_reauthed = true;
        m_request.auth->invalidate(m_tokenUsed);
        attempt();
        return;
    }
    if (error && shouldRetry(error)) {
        scheduleRetry(error);
        return;
    }
    finish(error);
}

bool RestJob::shouldRetry(const ApiError &error) const
{
    if (!m_client || m_attempts >= m_client->options().retry.maxAttempts)
        return false;
    if (m_request.maxAttempts > 0 && m_attempts >= m_request.maxAttempts)
        return false;
    if (error.retryAfter && *error.retryAfter > m_client->options().retry.maxRetryAfter)
        return false;
    using K = ApiError::Kind;
    const bool transientStatus = error.kind == K::Http
        && (error.httpStatus == 429 || error.httpStatus == 502 || error.httpStatus == 503
            || error.httpStatus == 504);
    const bool transportFault =
        (error.kind == K::ConnectionFailed && !error.isProxyAuthentication())
        || error.kind == K::ConnectionLost || error.kind == K::Timeout;
    switch (m_request.kind) {
    case RequestKind::Query: // a GET (version documents included) changes nothing
    case RequestKind::Auth:  // a token request only makes a token: harmless to repeat
        return transportFault || transientStatus
            || (error.kind == K::Http && error.httpStatus >= 500);
    case RequestKind::Delete: // repeatable, but a second try after a 500 may meet a 404
        return transportFault || transientStatus;
    case RequestKind::Create:
        // Only when nothing reached the server, or it said so itself (429 is refused unread).
        return (error.kind == K::ConnectionFailed && !error.isProxyAuthentication())
            || (error.kind == K::Http && error.httpStatus == 429);
    case RequestKind::Upload:
        return false;
    }
    return false;
}

void RestJob::scheduleRetry(const ApiError &error)
{
    const auto delay = m_client->options().retry.delay(
        m_attempts + 1, error.retryAfter, [this] { return m_client->random(); });
    qCDebug(lcNet).noquote() << "retrying" << Redact::url(m_request.url) << "in" << delay.count()
                             << "ms";
    Q_EMIT retrying(m_attempts + 1, delay.count(), error);
    m_retryDue = QDeadlineTimer(delay, Qt::PreciseTimer);
    m_retryTimer->start(delay);
}

void RestJob::retryDue()
{
    // Never before the deadline (a server's Retry-After is a lower bound): a wake-up that
    // comes early waits for the rest.
    const qint64 left = m_retryDue.remainingTime();
    if (left > 0) {
        m_retryTimer->start(std::chrono::milliseconds(left));
        return;
    }
    attempt();
}

void RestJob::finish(ApiError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline->stop();
    m_retryTimer->stop();
    m_error = std::move(error);
    Q_EMIT finished(this);
    if (m_autoDelete)
        deleteLater();
}
