#pragma once

#include <chrono>
#include <optional>

#include <QCoreApplication>
#include <QString>

class QNetworkReply;

/// What went wrong with one HTTP exchange, as a value. Contextually false when there is no error.
/// `message` is the service's own text (untranslated, shown verbatim); userMessage() is the
/// translated sentence for the UI, which quotes the service's message where there is one.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind
    {
        None,
        ConnectionFailed, // nothing reached the server (refused, no host, TLS handshake)
        ConnectionLost,   // the connection ended after the request may have reached the server
        Timeout,          // idle timeout or wall-clock deadline; the outcome is unknown
        Aborted,          // abort() was called
        Http,             // the server answered 4xx/5xx
        Unauthorized,     // 401 that re-authentication could not cure, or Keystone refused us
        Redirect,         // a 3xx on an API call (we never follow them)
        Tls,              // certificate or TLS error
        InvalidResponse,  // 2xx with a body we could not understand
        Configuration,    // no endpoint for the service, untrusted origin, bad URL
        LocalFile,        // a file on this computer (request file, image file) cannot be read
        LocalStorage,     // this computer's job history cannot be written (disk full, ...)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString serviceCode; // e.g. "IMG.0008"; empty when the service sent none
    QString message;     // the service's own message, verbatim (or a technical detail)
    QString requestId;   // X-Openstack-Request-Id / X-Request-Id, for support tickets
    std::optional<std::chrono::milliseconds> retryAfter;

    explicit operator bool() const { return kind != Kind::None; }

    /// True when a create may or may not have been carried out by the cloud: never resend
    /// such a request automatically.
    bool outcomeUnknown() const;

    /// Translated, one or two sentences, suitable for a label next to a field or a status bar.
    QString userMessage() const;

    /// Reads the service's code and message out of an error body. Understands IMS
    /// ({"error":{"code":"IMG.x","message":..}}), Keystone ({"error":{"code":401,..}}), Nova and
    /// Cinder ({"badRequest":{"message":..,"code":400}}) and plain text.
    static void parseServiceBody(const QByteArray &body, ApiError *into);

    static ApiError make(Kind kind, const QString &message = {});
    /// The proxy `proxy` ("http://host:port", never its credentials) refused the request for
    /// want of credentials, or refused the ones sent: ConnectionFailed with httpStatus 407
    /// (nothing reached the cloud; never retried).
    static ApiError proxyAuthentication(const QString &proxy);
    bool isProxyAuthentication() const
    {
        return kind == Kind::ConnectionFailed && httpStatus == 407;
    }
};
