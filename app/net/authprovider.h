#pragma once

#include <functional>
#include <memory>

#include <QByteArray>
#include <QUrl>

#include "net/apierror.h"

class QNetworkRequest;
class QObject;
class ProxyResolver;
class TlsSettings;

/// What RestJob needs from an authentication method: a token (fetched or renewed when needed),
/// a way to drop a refused token, and the origins the token may be sent to.
class AuthProvider
{
public:
    using TokenCallback = std::function<void(const QByteArray &token, const ApiError &error)>;
    virtual ~AuthProvider() = default;

    /// Calls `callback` (always later, from the event loop) with a token valid for a while, or
    /// with an error. Concurrent callers share one token request. `context` bounds the call.
    virtual void withToken(QObject *context, TokenCallback callback) = 0;

    /// Drops `token` if it is still the current one (a 401 refused it); the next withToken()
    /// authenticates again. A token already replaced by another caller is left alone.
    virtual void invalidate(const QByteArray &token) = 0;

    /// True when `url` is on an origin of the service catalog or the identity endpoint: the only
    /// places the token may go.
    virtual bool isTrustedOrigin(const QUrl &url) const = 0;

    /// Request signing instead of a token (Huawei AK/SK): when true, withToken() answers with an
    /// empty token once the provider is ready, and RestJob calls signRequest() on every attempt,
    /// right before sending, with everything that goes on the wire. A body read for signing
    /// (maxSignedBodyBytes()) is sent from memory, never by a StreamUpload.
    virtual bool signsRequests() const { return false; }
    /// Adds the signature headers to `request` (method, URL and headers as prepared) for
    /// `body`; `bodySize` is the size of the body that will be sent (a streamed body is only
    /// read into `body` when it may be signed at all). An error: the request must not be sent.
    virtual ApiError signRequest(
        const QByteArray &method, QNetworkRequest &request, const QByteArray &body, qint64 bodySize)
    {
        Q_UNUSED(method)
        Q_UNUSED(request)
        Q_UNUSED(body)
        Q_UNUSED(bodySize)
        return {};
    }
    /// The most body bytes signRequest() accepts (no limit for a token).
    virtual qint64 maxSignedBodyBytes() const { return -1; }
    /// How requests made with this provider check TLS certificates (the profile's TlsMode);
    /// null: Qt's default (system CAs, peer verified). A request's own RestRequest::tls wins.
    virtual std::shared_ptr<const TlsSettings> tlsSettings() const { return {}; }
    /// Which proxy requests made with this provider go through (the profile's ProxyMode);
    /// null: the process's environment (ProxyResolver::processDefault()). A request's own
    /// RestRequest::proxy wins.
    virtual std::shared_ptr<const ProxyResolver> proxyResolver() const { return {}; }
};
