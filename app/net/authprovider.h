#pragma once

#include <functional>
#include <memory>

#include <QByteArray>
#include <QUrl>

class ApiError;
class QObject;
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

    /// How requests made with this provider check TLS certificates (the profile's TlsMode);
    /// null: Qt's default (system CAs, peer verified). A request's own RestRequest::tls wins.
    virtual std::shared_ptr<const TlsSettings> tlsSettings() const { return {}; }
};
