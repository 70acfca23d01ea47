// Http1 (net/http1.h), what the client's own connections share: the request head (origin form,
// absolute form to an HTTP proxy, the headers the connection keeps for itself, Proxy-
// Authorization only to a proxy), a socket opened without Nagle's delay once it is connected,
// and what a socket's error says by itself.
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

#include "net/http1.h"

using namespace Qt::StringLiterals;

class tst_Http1 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void head_data();
    void head();
    void headersTheConnectionKeeps();
    void openSetsLowDelayOnceConnected();
    void socketVerdicts();
};

void tst_Http1::head_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QNetworkProxy>("proxy");
    QTest::addColumn<QByteArray>("expected");
    const QNetworkProxy none(QNetworkProxy::NoProxy);
    const QNetworkProxy http(QNetworkProxy::HttpProxy, u"proxy.example"_s, 3128);
    const QNetworkProxy socks(QNetworkProxy::Socks5Proxy, u"socks.example"_s, 1080);
    QTest::newRow("origin form") << QByteArray("GET") << u"https://ims.example:8443/v1/x?a=1#f"_s
                                 << none
                                 << QByteArray(
                                        "GET /v1/x?a=1 HTTP/1.1\r\nHost: ims.example:8443\r\n");
    QTest::newRow("no path") << QByteArray("GET") << u"http://h.example"_s << none
                             << QByteArray("GET / HTTP/1.1\r\nHost: h.example\r\n");
    QTest::newRow("user info dropped") << QByteArray("PUT") << u"http://u:p@h.example/f"_s << none
                                       << QByteArray("PUT /f HTTP/1.1\r\nHost: h.example\r\n");
    QTest::newRow("IPv6") << QByteArray("GET") << u"http://[::1]:9000/v2"_s << none
                          << QByteArray("GET /v2 HTTP/1.1\r\nHost: [::1]:9000\r\n");
    QTest::newRow("http to an HTTP proxy: absolute form")
        << QByteArray("GET") << u"http://u:p@h.example:8080/v2?q=1#f"_s << http
        << QByteArray("GET http://h.example:8080/v2?q=1 HTTP/1.1\r\nHost: h.example:8080\r\n");
    QTest::newRow("https through an HTTP proxy: a tunnel, origin form")
        << QByteArray("GET") << u"https://h.example/v2"_s << http
        << QByteArray("GET /v2 HTTP/1.1\r\nHost: h.example\r\n");
    QTest::newRow("SOCKS: origin form") << QByteArray("GET") << u"http://h.example/v2"_s << socks
                                        << QByteArray("GET /v2 HTTP/1.1\r\nHost: h.example\r\n");
}

void tst_Http1::head()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, url);
    QFETCH(QNetworkProxy, proxy);
    QFETCH(QByteArray, expected);
    QCOMPARE(Http1::head(method, QUrl(url), proxy, {}), expected);
}

void tst_Http1::headersTheConnectionKeeps()
{
    const Http1::Headers headers{{"X-Auth-Token", "t"},
        {"host", "evil"},
        {"Content-Length", "5"},
        {"Connection", "close"},
        {"Keep-Alive", "timeout=5"},
        {"Expect", "100-continue"},
        {"Transfer-Encoding", "chunked"},
        {"Proxy-Authorization", "Basic eA=="},
        {"Accept", "application/json"}};
    const QUrl url(u"http://h.example/v2"_s);
    QCOMPARE(Http1::head("GET", url, QNetworkProxy(QNetworkProxy::NoProxy), headers),
        QByteArray("GET /v2 HTTP/1.1\r\nHost: h.example\r\nX-Auth-Token: t\r\n"
                   "Accept: application/json\r\n"));
    // Sent to the proxy itself: its credentials go with the request.
    const QNetworkProxy http(QNetworkProxy::HttpProxy, u"proxy.example"_s, 3128);
    QCOMPARE(Http1::head("GET", url, http, headers),
        QByteArray("GET http://h.example/v2 HTTP/1.1\r\nHost: h.example\r\nX-Auth-Token: t\r\n"
                   "Proxy-Authorization: Basic eA==\r\nAccept: application/json\r\n"));
    // Through a tunnel: never inside it.
    QVERIFY(!Http1::head("GET", QUrl(u"https://h.example/v2"_s), http, headers)
                 .contains("Proxy-Authorization"));
}

void tst_Http1::openSetsLowDelayOnceConnected()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QTcpSocket socket;
    QSignalSpy connected(&socket, &QAbstractSocket::connected);
    Http1::open(
        &socket, false, u"127.0.0.1"_s, server.serverPort(), QNetworkProxy(QNetworkProxy::NoProxy));
    QVERIFY(connected.wait(5000));
    QCOMPARE(socket.socketOption(QAbstractSocket::LowDelayOption).toInt(), 1);
}

void tst_Http1::socketVerdicts()
{
    using SE = QAbstractSocket::SocketError;
    const QNetworkProxy proxy(QNetworkProxy::HttpProxy, u"proxy.example"_s, 3128);
    const auto tls = Http1::socketVerdict(SE::SslHandshakeFailedError, u"text"_s, u"why"_s, proxy);
    QVERIFY(tls);
    QCOMPARE(tls->kind, ApiError::Kind::Tls);
    QCOMPARE(tls->message, u"why"_s); // the certificate's own problem, when known
    const auto tlsText = Http1::socketVerdict(SE::SslInternalError, u"text"_s, {}, proxy);
    QVERIFY(tlsText);
    QCOMPARE(tlsText->message, u"text"_s);
    const auto timeout = Http1::socketVerdict(SE::SocketTimeoutError, u"late"_s, {}, proxy);
    QVERIFY(timeout);
    QCOMPARE(timeout->kind, ApiError::Kind::Timeout);
    const auto auth = Http1::socketVerdict(SE::ProxyAuthenticationRequiredError, {}, {}, proxy);
    QVERIFY(auth);
    QVERIFY(auth->isProxyAuthentication());
    for (const SE other : {SE::RemoteHostClosedError,
             SE::ConnectionRefusedError,
             SE::HostNotFoundError,
             SE::NetworkError}) {
        QVERIFY(!Http1::socketVerdict(other, u"text"_s, {}, proxy));
    }
}

QTEST_MAIN(tst_Http1)
#include "tst_http1.moc"
