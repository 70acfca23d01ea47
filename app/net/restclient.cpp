#include "net/restclient.h"

#include <QAuthenticator>
#include <QIODevice>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QRandomGenerator>

#include "iwversion.h"
#include "logging.h"
#include "net/authprovider.h"
#include "net/proxyfactory.h"
#include "net/proxyresolver.h"
#include "net/queryconnections.h"
#include "net/restjob.h"
#include "net/tlssettings.h"

using namespace Qt::StringLiterals;

RestClient::RestClient(RestOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_nam = networkFor(nullptr, ProxyResolver::processDefault());
}

RestClient::~RestClient() = default;

std::shared_ptr<const TlsSettings> RestRequest::effectiveTls() const
{
    if (tls)
        return tls;
    return auth ? auth->tlsSettings() : nullptr;
}

std::shared_ptr<const ProxyResolver> RestRequest::effectiveProxy() const
{
    if (proxy)
        return proxy;
    if (auth) {
        if (auto fromAuth = auth->proxyResolver())
            return fromAuth;
    }
    return ProxyResolver::processDefault();
}

QNetworkAccessManager *RestClient::networkFor(
    const TlsSettings *tls, const std::shared_ptr<const ProxyResolver> &proxyIn)
{
    const std::shared_ptr<const ProxyResolver> proxy =
        proxyIn ? proxyIn : ProxyResolver::processDefault();
    const QByteArray key = (tls ? tls->key() : QByteArray("verify")) + '|' + proxy->key();
    QNetworkAccessManager *&nam = m_nams[key];
    if (!nam)
        nam = makeNetwork(proxy);
    return nam;
}

QNetworkAccessManager *RestClient::makeNetwork(std::shared_ptr<const ProxyResolver> proxy)
{
    auto *nam = new QNetworkAccessManager(this);
    // Redirects are refused per request too (prepare()); this is the manager-wide default.
    nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    nam->setProxyFactory(new ProxyFactory(std::move(proxy))); // the manager owns it
    // A proxy that asks (407) gets the credentials of its URL; Qt reports the second refusal
    // as ProxyAuthenticationRequiredError: the same credentials are never offered twice.
    connect(nam,
        &QNetworkAccessManager::proxyAuthenticationRequired,
        this,
        [](const QNetworkProxy &asking, QAuthenticator *authenticator) {
            qCInfo(lcNet).noquote()
                << "proxy" << ProxyResolver::display(asking) << "asks for credentials;"
                << (asking.user().isEmpty() ? "none are set" : "sending them");
            if (!asking.user().isEmpty() && authenticator->user() != asking.user())
                authenticator->setUser(asking.user());
            if (!asking.password().isEmpty() && authenticator->password() != asking.password())
                authenticator->setPassword(asking.password());
        });
    return nam;
}

RestJob *RestClient::create(const RestRequest &request, QObject *parent)
{
    return new RestJob(this, request, parent ? parent : this);
}

RestJob *RestClient::get(const QUrl &url, AuthProvider *auth, QObject *parent)
{
    RestRequest r;
    r.method = "GET";
    r.url = url;
    r.kind = RequestKind::Query;
    r.auth = auth;
    return create(r, parent);
}

RestJob *RestClient::postJson(const QUrl &url,
    const QJsonDocument &body,
    RequestKind kind,
    AuthProvider *auth,
    QObject *parent)
{
    RestRequest r;
    r.method = "POST";
    r.url = url;
    r.body = body.toJson(QJsonDocument::Compact);
    r.kind = kind;
    r.auth = auth;
    return create(r, parent);
}

QNetworkRequest RestClient::prepare(const RestRequest &request, const QByteArray &token) const
{
    QNetworkRequest req(request.url);
    req.setTransferTimeout(int(m_options.idleTimeout.count())); // int milliseconds in 6.4
    req.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, m_options.allowHttp2);
    req.setRawHeader("Accept", "application/json");
    req.setRawHeader("User-Agent", "Imagewright/" IW_VERSION_STRING);
    if (!request.body.isEmpty() || request.uploadDevice)
        req.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    if (request.uploadDevice) // a streamed body: Qt must not buffer it to learn its size
        req.setHeader(QNetworkRequest::ContentLengthHeader, request.uploadDevice->size());
    for (const auto &[name, value] : request.headers)
        req.setRawHeader(name, value);
    // The only place a token is attached, and only for an origin of the catalog: never a
    // redirect target or a URL typed into a request file.
    if (!token.isEmpty() && request.auth && request.auth->isTrustedOrigin(request.url))
        req.setRawHeader("X-Auth-Token", token);
    if (const auto tls = request.effectiveTls())
        req.setSslConfiguration(tls->configuration());
    // Basic credentials for an HTTP proxy that forwards a plain http request, sent at once as
    // curl does: a create's body cannot be sent a second time after a 407. Only to the proxy
    // (it drops the hop-by-hop header); an https request's tunnel (CONNECT) is Qt's to set up.
    if (request.url.scheme().compare(u"http"_s, Qt::CaseInsensitive) == 0) {
        const QNetworkProxy proxy = request.effectiveProxy()->choose(request.url).proxy;
        if (proxy.type() == QNetworkProxy::HttpProxy && !proxy.user().isEmpty()) {
            const QByteArray credentials = proxy.user().toUtf8() + ':' + proxy.password().toUtf8();
            req.setRawHeader("Proxy-Authorization", "Basic " + credentials.toBase64());
        }
    }
    return req;
}

QueryConnections *RestClient::queries()
{
    if (!m_queries)
        m_queries = new QueryConnections(this);
    return m_queries;
}

std::chrono::milliseconds RestClient::deadlineFor(RequestKind kind) const
{
    switch (kind) {
    case RequestKind::Query:
    case RequestKind::Delete:
        return m_options.queryDeadline;
    case RequestKind::Create:
        return m_options.createDeadline;
    case RequestKind::Auth:
        return m_options.authDeadline;
    case RequestKind::Upload:
        return std::chrono::milliseconds(0); // an upload of hours has only the idle timeout
    }
    return m_options.queryDeadline;
}

double RestClient::random() const
{
    if (m_options.random)
        return m_options.random();
    return QRandomGenerator::global()->generateDouble();
}
