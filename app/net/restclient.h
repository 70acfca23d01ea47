#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include "net/retrypolicy.h"

class AuthProvider;
class QIODevice;
class QNetworkAccessManager;
class QNetworkRequest;
class ProxyResolver;
class QueryConnections;
class RestJob;
class TlsSettings;

/// What kind of exchange a request is: it decides retries and the wall-clock deadline.
enum class RequestKind
{
    Query,  // GET/HEAD: idempotent, retried with backoff on transient failures
    Create, // a POST that makes something: never re-sent once it may have reached the server
    Delete, // idempotent but changes state: retried like a query
    Auth,   // a token request: retried on connection failures only, never logged with its body
    Upload, // a long streamed PUT: idle timeout only, no deadline, no automatic retry
};

struct RestOptions
{
    std::chrono::milliseconds idleTimeout{30000};   // no byte in either direction for this long
    std::chrono::milliseconds queryDeadline{60000}; // whole exchange, retries excluded
    std::chrono::milliseconds createDeadline{120000};
    std::chrono::milliseconds authDeadline{60000};
    bool allowHttp2 = false; // HTTP/1.1 by default (reference/reliability.md §4)
    /// RequestKind::Upload with an uploadDevice goes through StreamUpload (its own socket on a
    /// worker thread, large blocks) instead of QNetworkAccessManager, whose upload path
    /// crosses threads every 16 KiB (docs/benchmarks.md). Off: QNAM, for comparison.
    bool streamUploads = true;
    /// A GET goes through QueryConnections (HTTP/1.1 connections kept open, on this thread)
    /// instead of QNetworkAccessManager, which spends about 0.5 ms of CPU on each (its HTTP
    /// thread and the signals between threads; docs/benchmarks.md). Off: QNAM, for comparison.
    bool keptAliveQueries = true;
    RetryPolicy retry;
    std::function<double()> random; // [0, 1) for jitter; QRandomGenerator when empty
};

/// One HTTP request as a value, before it becomes a RestJob.
struct RestRequest
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers (microversions, ...)
    RequestKind kind = RequestKind::Query;
    AuthProvider *auth = nullptr;      // null: sent without a token (identity, version documents)
    QIODevice *uploadDevice = nullptr; // Upload: streamed from this device (not owned)
    /// Resolves `url` once a token (and so the service catalog) is there; empty optional: the
    /// catalog has no endpoint for the service, and `missingService` names it.
    std::function<std::optional<QUrl>()> resolveUrl;
    QString missingService;
    /// At most this many attempts (first included); 0: the client's retry policy. A
    /// reachability probe is sent once: its own schedule is the backoff.
    int maxAttempts = 0;
    /// The profile's TLS rules; null: those of `auth` (AuthProvider::tlsSettings()), else Qt's
    /// default. An unusable one (a bad CA bundle) fails the request with a TLS error.
    std::shared_ptr<const TlsSettings> tls;

    /// The profile's proxy rules; null: those of `auth` (AuthProvider::proxyResolver()), else
    /// the process's environment. An unusable proxy fails the request (never direct instead).
    std::shared_ptr<const ProxyResolver> proxy;

    /// The TLS rules this request goes out with (tls, else auth's), or null.
    std::shared_ptr<const TlsSettings> effectiveTls() const;
    /// The proxy rules this request goes out with (proxy, else auth's, else the process's);
    /// never null.
    std::shared_ptr<const ProxyResolver> effectiveProxy() const;
};

/// Owns the QNetworkAccessManager and makes RestJobs. Injected, never global. GUI thread.
/// Every request goes through prepare(): the one place that sets timeouts, the redirect policy
/// and HTTP version, and adds the token, only for an origin the AuthProvider trusts.
class RestClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestClient)
public:
    explicit RestClient(RestOptions options = {}, QObject *parent = nullptr);
    ~RestClient() override;

    /// The manager for requests with Qt's default TLS rules and the process's proxy rules.
    QNetworkAccessManager *network() const { return m_nam; }
    /// The manager for requests with `tls` (null: Qt's default) and `proxy` (null: the
    /// process's). Qt pools connections per host and port only, not per TLS configuration or
    /// proxy, so a connection accepted under one profile's rules (insecure, another CA, another
    /// proxy) must never serve another's: one manager, and so one pool, per TlsSettings::key()
    /// and ProxyResolver::key(). Each manager asks its ProxyResolver (ProxyFactory) and answers
    /// a proxy's authentication request with the credentials of the proxy URL.
    QNetworkAccessManager *networkFor(
        const TlsSettings *tls, const std::shared_ptr<const ProxyResolver> &proxy = {});
    /// The kept-alive connections GETs are sent on (RestOptions::keptAliveQueries); made on
    /// first use. Like the managers, it keeps connections apart per TLS rules and proxy.
    QueryConnections *queries();

    const RestOptions &options() const { return m_options; }
    void setOptions(const RestOptions &options) { m_options = options; }

    /// A job for `request`, parented to `parent` (or to the client). Call start() on it.
    RestJob *create(const RestRequest &request, QObject *parent = nullptr);

    RestJob *get(const QUrl &url, AuthProvider *auth, QObject *parent = nullptr);
    RestJob *postJson(const QUrl &url,
        const QJsonDocument &body,
        RequestKind kind,
        AuthProvider *auth,
        QObject *parent = nullptr);

    /// Builds the QNetworkRequest for one attempt. `token` is added as X-Auth-Token only when
    /// `auth` trusts the URL's origin.
    QNetworkRequest prepare(const RestRequest &request, const QByteArray &token) const;

    std::chrono::milliseconds deadlineFor(RequestKind kind) const;
    double random() const;

    /// Requests sent since the client was made (every attempt counts). For tests and benchmarks.
    int sentCount() const { return m_sent; }
    void countSent() { ++m_sent; }

private:
    QNetworkAccessManager *m_nam = nullptr;
    QNetworkAccessManager *makeNetwork(std::shared_ptr<const ProxyResolver> proxy);

    /// TlsSettings::key() + ProxyResolver::key() -> manager
    QHash<QByteArray, QNetworkAccessManager *> m_nams;
    QueryConnections *m_queries = nullptr;
    RestOptions m_options;
    int m_sent = 0;
};
