#pragma once

#include <optional>

#include <QAbstractSocket>
#include <QByteArray>
#include <QList>
#include <QNetworkProxy>
#include <QPair>
#include <QSslConfiguration>

#include "net/apierror.h"

class QSslSocket;
class QTcpSocket;
class QUrl;

/// What the client's own HTTP/1.1 connections share (QueryConnections for the GETs, StreamUpload
/// for the uploads): how a request goes out through a proxy, its head, how its socket is opened,
/// and what a socket's error means. Each connection keeps its own framing and its own rules for
/// a connection that ends before its answer.
namespace Http1 {

using Headers = QList<QPair<QByteArray, QByteArray>>;

/// Whether a request to `url` through `proxy` goes to the proxy itself, its target in absolute
/// form (plain http through an HTTP proxy, RFC 9112 §3.2.2). https and SOCKS go through a tunnel
/// the socket opens, in origin form.
bool sentToProxy(const QUrl &url, const QNetworkProxy &proxy);

/// The request line and Host of `method url`, then `headers` but those the connection sets
/// itself (Host, Content-Length, Connection, Keep-Alive, Expect, Transfer-Encoding) and
/// Proxy-Authorization where the request does not go to the proxy itself (never inside a tunnel,
/// never to the server). Each line ends in CRLF; the framing headers and the empty line that ends
/// the head are the caller's.
QByteArray head(
    const QByteArray &method, const QUrl &url, const QNetworkProxy &proxy, const Headers &headers);

/// A TLS socket (child of `parent`) for `host`: the profile's `configuration`, else Qt's default
/// with the peer verified; every certificate error is fatal (never ignoreSslErrors()). What Qt
/// found wrong with the certificate is described into `*why` (for socketVerdict()).
QSslSocket *tlsSocket(QObject *parent,
    const QString &host,
    const std::optional<QSslConfiguration> &configuration,
    QString *why);

/// Opens `socket` (a QSslSocket when `tls`) to `host`:`port`: with the proxy's own support, or to
/// the HTTP proxy itself for plain http (sentToProxy()), without Nagle's delay.
void open(
    QTcpSocket *socket, bool tls, const QString &host, quint16 port, const QNetworkProxy &proxy);

/// The error a socket's failure ends its request with when the failure itself says what went
/// wrong: TLS (with `tlsWhy`, the certificate's problem as the connection heard it, when there
/// is one), a proxy that wants a sign-in, a proxy that did not answer in time. Nothing for the
/// others: each connection judges those by what it had sent and received.
std::optional<ApiError> socketVerdict(QAbstractSocket::SocketError error,
    const QString &text,
    const QString &tlsWhy,
    const QNetworkProxy &proxy);

} // namespace Http1
