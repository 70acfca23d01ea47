#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QNetworkProxy>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include "cloud/cloudprofile.h"
#include "net/noproxylist.h"

/// Which proxy one profile's requests go through (docs/connection.md, "Proxies"), decided here
/// for every request of the app, never by Qt's defaults (Qt's own factories skip loopback and
/// read the variables differently from curl). Made once per session, like TlsSettings, and
/// carried with every request (RestRequest::proxy, AuthProvider::proxyResolver()); RestClient
/// keeps a connection pool per key(). A value; thread-safe to read.
///
/// ProxyMode::Environment follows curl (lib/url.c detect_proxy, lib/noproxy.c):
/// - an https URL: `https_proxy`, else `HTTPS_PROXY`; an http URL: `http_proxy` only (curl
///   never reads `HTTP_PROXY`: a CGI environment sets it from a request's `Proxy:` header);
///   then `all_proxy`, else `ALL_PROXY`, for either; an empty variable counts as unset;
/// - `no_proxy`, else `NO_PROXY` (NoProxyList) sends matching hosts direct;
/// - when none of the proxy variables is set at all, the system's proxy
///   (QNetworkProxyFactory::systemProxyForQuery: the desktop's or the OS's settings).
/// A proxy URL is `[scheme://][user[:password]@]host[:port]`: scheme http (the default) or
/// socks5/socks5h; port 1080 when left out (curl's default). Credentials are used
/// (QNetworkProxy user/password) and never shown: describe() and every message redact them.
class ProxyResolver
{
    Q_DECLARE_TR_FUNCTIONS(ProxyResolver)
public:
    /// The system's answer for a query; replaceable for tests.
    using SystemQuery = std::function<QList<QNetworkProxy>(const QNetworkProxyQuery &)>;

    /// What one request goes through.
    struct Choice
    {
        QNetworkProxy proxy{QNetworkProxy::NoProxy};
        /// Why the configured proxy cannot be used (translated, redacted); the request must
        /// then fail rather than go direct.
        QString problem;
        /// Where the choice came from: a variable name, "no_proxy", "system", "profile", or
        /// empty (direct by default).
        QString source;
        bool isDirect() const { return proxy.type() == QNetworkProxy::NoProxy; }
    };

    /// The rules of `env` (curl's variables), the system's when it sets none.
    static std::shared_ptr<const ProxyResolver> fromEnvironment(
        const QProcessEnvironment &env, SystemQuery system = {});
    /// fromEnvironment() of this process's environment, read once.
    static std::shared_ptr<const ProxyResolver> processDefault();
    /// Always direct.
    static std::shared_ptr<const ProxyResolver> direct();
    /// Always `url` (a problem when it cannot be used).
    static std::shared_ptr<const ProxyResolver> fixed(const QString &url);
    /// The profile's ProxyMode: processDefault(), direct() or fixed(proxyUrl).
    static std::shared_ptr<const ProxyResolver> forProfile(const CloudProfile &profile);

    Choice choose(const QUrl &url) const;
    /// A stable digest of the rules (credentials included): equal for resolvers that may share
    /// connections.
    const QByteArray &key() const { return m_key; }
    /// The rules for a log line, credentials redacted.
    QString describe() const;

    /// Parses a proxy URL as curl does; nullopt with a translated, redacted `why` otherwise.
    static std::optional<QNetworkProxy> parseProxyUrl(const QString &text, QString *why);
    /// Why `text` cannot be a profile's proxy URL (translated), or empty: it must parse, and
    /// carry no password (profiles hold no secrets: the environment variables can).
    static QString checkProfileUrl(const QString &text);
    /// "scheme://host:port" of a proxy, never its credentials.
    static QString display(const QNetworkProxy &proxy);

private:
    enum class Mode
    {
        Environment,
        Direct,
        Fixed
    };
    struct Entry
    {
        QString variable;
        QString raw;
        std::optional<QNetworkProxy> proxy;
        QString problem;
        bool isSet() const { return !variable.isEmpty(); }
    };

    static Entry entryFrom(const QString &variable, const QString &raw);
    static Entry firstSet(
        const QProcessEnvironment &env, std::initializer_list<const char *> names);
    Choice choiceFor(const Entry &entry) const;
    void computeKey();

    Mode m_mode = Mode::Direct;
    Entry m_http;
    Entry m_https;
    Entry m_all;
    Entry m_fixed;
    QString m_noProxyVariable;
    QString m_noProxyRaw;
    NoProxyList m_noProxy;
    bool m_anyProxyVariable = false;
    SystemQuery m_system;
    QByteArray m_key;
};
