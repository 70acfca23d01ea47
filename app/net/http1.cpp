#include "net/http1.h"

#include <QSslSocket>
#include <QUrl>

#include "net/proxyresolver.h"
#include "net/tlssettings.h"

namespace Http1 {

bool sentToProxy(const QUrl &url, const QNetworkProxy &proxy)
{
    return url.scheme() != u"https" && proxy.type() == QNetworkProxy::HttpProxy;
}

QByteArray head(
    const QByteArray &method, const QUrl &url, const QNetworkProxy &proxy, const Headers &headers)
{
    const bool toProxy = sentToProxy(url, proxy);
    QByteArray target;
    if (toProxy) {
        target = url.toEncoded(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    } else {
        target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
        if (target.isEmpty() || !target.startsWith('/'))
            target.prepend('/');
    }
    QByteArray host = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveUserInfo | QUrl::RemovePath
        | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (host.startsWith("//"))
        host.remove(0, 2); // "host[:port]", IPv6 in brackets
    QByteArray head = method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (lower == "host" || lower == "content-length" || lower == "connection"
            || lower == "keep-alive" || lower == "expect" || lower == "transfer-encoding") {
            continue; // the connection's own
        }
        if (lower == "proxy-authorization" && !toProxy)
            continue;
        head += name + ": " + value + "\r\n";
    }
    return head;
}

QSslSocket *tlsSocket(QObject *parent,
    const QString &host,
    const std::optional<QSslConfiguration> &configuration,
    QString *why)
{
    auto *ssl = new QSslSocket(parent);
    ssl->setPeerVerifyName(host);
    if (configuration)
        ssl->setSslConfiguration(*configuration);
    QObject::connect(ssl, &QSslSocket::sslErrors, ssl, [ssl, why](const QList<QSslError> &errors) {
        *why = TlsSettings::describeErrors(errors, ssl->peerCertificate());
    });
    return ssl;
}

void open(
    QTcpSocket *socket, bool tls, const QString &host, quint16 port, const QNetworkProxy &proxy)
{
    const bool toProxy = !tls && proxy.type() == QNetworkProxy::HttpProxy;
    socket->setProxy(toProxy ? QNetworkProxy(QNetworkProxy::NoProxy) : proxy);
    // A socket option takes only once the socket exists: set before connectToHost() it is lost
    // (both connections set it so until session 17). A request head or a TLS record goes out
    // at once.
    QObject::connect(socket, &QAbstractSocket::connected, socket, [socket] {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    });
    if (tls)
        static_cast<QSslSocket *>(socket)->connectToHostEncrypted(host, port);
    else if (toProxy)
        socket->connectToHost(proxy.hostName(), proxy.port());
    else
        socket->connectToHost(host, port);
}

std::optional<ApiError> socketVerdict(QAbstractSocket::SocketError error,
    const QString &text,
    const QString &tlsWhy,
    const QNetworkProxy &proxy)
{
    using SE = QAbstractSocket::SocketError;
    switch (error) {
    case SE::SslHandshakeFailedError:
    case SE::SslInternalError:
    case SE::SslInvalidUserDataError:
        return ApiError::make(ApiError::Kind::Tls, tlsWhy.isEmpty() ? text : tlsWhy);
    case SE::SocketTimeoutError:
        return ApiError::make(ApiError::Kind::Timeout, text);
    case SE::ProxyAuthenticationRequiredError:
        return ApiError::proxyAuthentication(ProxyResolver::display(proxy));
    default:
        return std::nullopt;
    }
}

} // namespace Http1
