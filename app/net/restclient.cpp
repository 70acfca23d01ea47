#include "net/restclient.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>

#include "iwversion.h"
#include "net/authprovider.h"
#include "net/restjob.h"
#include "net/tlssettings.h"

using namespace Qt::StringLiterals;

RestClient::RestClient(RestOptions options, QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_options(std::move(options))
{
    // Redirects are refused per request too (prepare()); this is the manager-wide default.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

RestClient::~RestClient() = default;

std::shared_ptr<const TlsSettings> RestRequest::effectiveTls() const
{
    if (tls)
        return tls;
    return auth ? auth->tlsSettings() : nullptr;
}

QNetworkAccessManager *RestClient::networkFor(const TlsSettings *tls)
{
    if (!tls || tls->key() == "verify")
        return m_nam;
    QNetworkAccessManager *&nam = m_tlsNams[tls->key()];
    if (!nam) {
        nam = new QNetworkAccessManager(this);
        nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }
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
    return req;
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
