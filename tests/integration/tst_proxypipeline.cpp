// Every kind of request of the REST pipeline goes through the proxy the ProxyResolver names, on
// loopback too (Qt's own factories would skip loopback): a query and a create through
// QNetworkAccessManager, a streamed upload through StreamUpload; Basic proxy credentials sent at
// once; a proxy's 407 (and tinyproxy's 401 with a Basic challenge) reported as a proxy error
// that is not retried; no_proxy and the profile's "none" going direct; an unusable proxy
// failing the request instead of going direct. The proxy is a small local stand-in that records
// what it is sent (the real proxy, tinyproxy, is in tests/peers/tst_peersproxy.cpp).
#include <QBuffer>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include "net/proxyresolver.h"
#include "net/restclient.h"
#include "net/restjob.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

/// Accepts connections, reads one request each (head and Content-Length body, answering
/// `Expect: 100-continue`), records it, and sends `answer`.
class FakeServer : public QObject
{
public:
    struct Seen
    {
        QByteArray requestLine;
        QList<QPair<QByteArray, QByteArray>> headers;
        qint64 bodyBytes = 0;
        QByteArray header(const QByteArray &name) const
        {
            for (const auto &[n, v] : headers) {
                if (n.compare(name, Qt::CaseInsensitive) == 0)
                    return v;
            }
            return {};
        }
    };

    FakeServer()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                serve(s);
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                        "Content-Length: 11\r\nConnection: close\r\n\r\n{\"ok\":true}";
    QList<Seen> seen;

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        auto state = std::make_shared<Seen>();
        auto headDone = std::make_shared<bool>(false);
        auto wanted = std::make_shared<qint64>(0);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [=, this] {
            *buffer += socket->readAll();
            if (!*headDone) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QList<QByteArray> lines = buffer->left(end).split('\n');
                state->requestLine = lines.value(0).trimmed();
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines[i].indexOf(':');
                    if (colon > 0)
                        state->headers.append(
                            {lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
                }
                buffer->remove(0, end + 4);
                *headDone = true;
                *wanted = state->header("Content-Length").toLongLong();
                if (state->header("Expect").toLower() == "100-continue"
                    && !answer.startsWith("HTTP/1.1 2")) {
                    socket->write(answer); // refuses before the body, like a real proxy
                    seen.append(*state);
                    socket->disconnectFromHost();
                    return;
                }
                if (state->header("Expect").toLower() == "100-continue")
                    socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            state->bodyBytes += buffer->size();
            buffer->clear();
            if (state->bodyBytes >= *wanted) {
                seen.append(*state);
                socket->write(answer);
                socket->disconnectFromHost();
            }
        });
    }

    QTcpServer m_server;
};

RestOptions fastOptions()
{
    RestOptions o;
    o.retry.base = 20ms;
    o.retry.cap = 50ms;
    o.retry.maxAttempts = 3;
    o.idleTimeout = 5000ms;
    return o;
}

bool finishes(RestJob *job, int timeoutMs = 15000)
{
    job->setAutoDelete(false);
    QSignalSpy spy(job, &RestJob::finished);
    job->start();
    if (!job->isFinished() && !spy.wait(timeoutMs))
        return false;
    return true;
}

std::shared_ptr<const ProxyResolver> envProxy(
    quint16 proxyPort, const QString &credentials = {}, const QString &noProxy = {})
{
    QProcessEnvironment env;
    const QString url = u"http://"_s + (credentials.isEmpty() ? QString() : credentials + u'@')
        + u"127.0.0.1:"_s + QString::number(proxyPort);
    env.insert(u"http_proxy"_s, url);
    env.insert(u"https_proxy"_s, url);
    if (!noProxy.isEmpty())
        env.insert(u"no_proxy"_s, noProxy);
    return ProxyResolver::fromEnvironment(env);
}

// Port 9 (discard) on loopback: nothing listens; only a proxy can answer for it.
const QString Unreachable = u"http://127.0.0.1:9"_s;

} // namespace

class tst_ProxyPipeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void queryGoesThroughTheProxyWithCredentials();
    void createGoesThroughTheProxy();
    void streamedUploadGoesThroughTheProxy();
    void proxyRefusal407IsAProxyErrorNotRetried();
    void tinyproxyStyle401IsAProxyError();
    void noProxyHostGoesDirect();
    void profileNoneGoesDirect();
    void unusableProxyFailsInsteadOfGoingDirect();
};

void tst_ProxyPipeline::queryGoesThroughTheProxyWithCredentials()
{
    FakeServer proxy;
    RestClient client(fastOptions());
    RestRequest r;
    r.url = QUrl(Unreachable + u"/v3?x=1"_s);
    r.proxy = envProxy(proxy.port(), u"alice:s%40cret"_s);
    RestJob *job = client.create(r);
    QVERIFY(finishes(job));
    QVERIFY2(!job->error(), qPrintable(job->error().userMessage()));
    QCOMPARE(job->json().object().value(u"ok"_s).toBool(), true);
    QCOMPARE(proxy.seen.size(), 1);
    QCOMPARE(proxy.seen[0].requestLine, QByteArray("GET http://127.0.0.1:9/v3?x=1 HTTP/1.1"));
    QCOMPARE(proxy.seen[0].header("Proxy-Authorization"),
        "Basic " + QByteArray("alice:s@cret").toBase64());
    delete job;
}

void tst_ProxyPipeline::createGoesThroughTheProxy()
{
    FakeServer proxy;
    RestClient client(fastOptions());
    RestRequest r;
    r.method = "POST";
    r.kind = RequestKind::Create;
    r.url = QUrl(Unreachable + u"/v2/images"_s);
    r.body = R"({"name":"x"})";
    r.proxy = envProxy(proxy.port(), u"alice:pw"_s);
    RestJob *job = client.create(r);
    QVERIFY(finishes(job));
    QVERIFY2(!job->error(), qPrintable(job->error().userMessage()));
    QCOMPARE(proxy.seen.size(), 1);
    QCOMPARE(proxy.seen[0].requestLine, QByteArray("POST http://127.0.0.1:9/v2/images HTTP/1.1"));
    QCOMPARE(proxy.seen[0].bodyBytes, r.body.size());
    QVERIFY(!proxy.seen[0].header("Proxy-Authorization").isEmpty());
    delete job;
}

void tst_ProxyPipeline::streamedUploadGoesThroughTheProxy()
{
    FakeServer proxy;
    proxy.answer = "HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n";
    RestOptions o = fastOptions();
    o.streamUploads = true;
    RestClient client(o);
    QByteArray data(3 * 1024 * 1024 + 7, 'x');
    QBuffer file(&data);
    QVERIFY(file.open(QIODevice::ReadOnly));
    RestRequest r;
    r.method = "PUT";
    r.kind = RequestKind::Upload;
    r.contentType = "application/octet-stream";
    r.url = QUrl(Unreachable + u"/v2/images/abc/file"_s);
    r.uploadDevice = &file;
    r.proxy = envProxy(proxy.port(), u"alice:pw"_s);
    RestJob *job = client.create(r);
    QVERIFY(finishes(job, 30000));
    QVERIFY2(!job->error(), qPrintable(job->error().userMessage()));
    QCOMPARE(job->httpStatus(), 204);
    QCOMPARE(proxy.seen.size(), 1);
    QCOMPARE(proxy.seen[0].requestLine,
        QByteArray("PUT http://127.0.0.1:9/v2/images/abc/file HTTP/1.1"));
    QCOMPARE(proxy.seen[0].header("Host"), QByteArray("127.0.0.1:9"));
    QCOMPARE(
        proxy.seen[0].header("Proxy-Authorization"), "Basic " + QByteArray("alice:pw").toBase64());
    QCOMPARE(proxy.seen[0].bodyBytes, data.size());
    delete job;
}

void tst_ProxyPipeline::proxyRefusal407IsAProxyErrorNotRetried()
{
    FakeServer proxy;
    proxy.answer = "HTTP/1.1 407 Proxy Authentication Required\r\n"
                   "Proxy-Authenticate: Basic realm=\"corp\"\r\nContent-Length: 0\r\n"
                   "Connection: close\r\n\r\n";
    for (const RequestKind kind : {RequestKind::Auth, RequestKind::Create, RequestKind::Query}) {
        RestClient client(fastOptions());
        RestRequest r;
        r.method = kind == RequestKind::Query ? "GET" : "POST";
        r.kind = kind;
        r.body = kind == RequestKind::Query ? QByteArray() : QByteArray("{}");
        r.url = QUrl(Unreachable + u"/v3/auth/tokens"_s);
        r.proxy = envProxy(proxy.port()); // no credentials to offer
        RestJob *job = client.create(r);
        QVERIFY(finishes(job));
        QVERIFY2(job->error().isProxyAuthentication(),
            qPrintable(
                u"kind %1: %2"_s.arg(int(job->error().kind)).arg(job->error().userMessage())));
        QCOMPARE(job->error().kind, ApiError::Kind::ConnectionFailed);
        QVERIFY(job->error().userMessage().contains(u"407"_s));
        QCOMPARE(client.sentCount(), 1); // never retried
        delete job;
    }
    // The streamed upload's own connection says the same.
    RestClient client(fastOptions());
    QByteArray data(1000, 'x');
    QBuffer file(&data);
    QVERIFY(file.open(QIODevice::ReadOnly));
    RestRequest r;
    r.method = "PUT";
    r.kind = RequestKind::Upload;
    r.url = QUrl(Unreachable + u"/v2/images/abc/file"_s);
    r.uploadDevice = &file;
    r.proxy = envProxy(proxy.port(), u"alice:wrong"_s);
    RestJob *job = client.create(r);
    QVERIFY(finishes(job));
    QVERIFY2(job->error().isProxyAuthentication(), qPrintable(job->error().userMessage()));
    delete job;
}

void tst_ProxyPipeline::tinyproxyStyle401IsAProxyError()
{
    FakeServer proxy;
    proxy.answer = "HTTP/1.0 401 Unauthorized\r\nServer: tinyproxy/1.11.1\r\n"
                   "WWW-Authenticate: Basic realm=\"Tinyproxy\"\r\nConnection: close\r\n\r\n";
    RestClient client(fastOptions());
    RestRequest r;
    r.method = "POST";
    r.kind = RequestKind::Auth;
    r.body = "{}";
    r.url = QUrl(Unreachable + u"/v3/auth/tokens"_s);
    r.proxy = envProxy(proxy.port(), u"alice:wrong"_s);
    RestJob *job = client.create(r);
    QVERIFY(finishes(job));
    QVERIFY2(job->error().isProxyAuthentication(), qPrintable(job->error().userMessage()));
    QCOMPARE(client.sentCount(), 1);
    delete job;
}

void tst_ProxyPipeline::noProxyHostGoesDirect()
{
    FakeServer proxy;
    FakeServer server;
    RestClient client(fastOptions());
    for (const QString &noProxy : {u"127.0.0.1"_s, u"127.0.0.0/8"_s, u"*"_s}) {
        RestRequest r;
        r.url = QUrl(u"http://127.0.0.1:%1/v3"_s.arg(server.port()));
        r.proxy = envProxy(proxy.port(), {}, noProxy);
        RestJob *job = client.create(r);
        QVERIFY(finishes(job));
        QVERIFY2(!job->error(), qPrintable(job->error().userMessage()));
        delete job;
    }
    QCOMPARE(proxy.seen.size(), 0);
    QCOMPARE(server.seen.size(), 3);
    QCOMPARE(server.seen[0].requestLine, QByteArray("GET /v3 HTTP/1.1"));
    QVERIFY(server.seen[0].header("Proxy-Authorization").isEmpty());
}

void tst_ProxyPipeline::profileNoneGoesDirect()
{
    FakeServer server;
    RestClient client(fastOptions());
    QByteArray data(2000, 'x');
    QBuffer file(&data);
    QVERIFY(file.open(QIODevice::ReadOnly));
    RestRequest r;
    r.method = "PUT";
    r.kind = RequestKind::Upload;
    r.url = QUrl(u"http://127.0.0.1:%1/v2/images/abc/file"_s.arg(server.port()));
    r.uploadDevice = &file;
    CloudProfile profile;
    profile.proxyMode = ProxyMode::None;
    r.proxy = ProxyResolver::forProfile(profile);
    RestJob *job = client.create(r);
    QVERIFY(finishes(job));
    QVERIFY2(!job->error(), qPrintable(job->error().userMessage()));
    QCOMPARE(server.seen.size(), 1);
    QCOMPARE(server.seen[0].requestLine, QByteArray("PUT /v2/images/abc/file HTTP/1.1"));
    delete job;
}

void tst_ProxyPipeline::unusableProxyFailsInsteadOfGoingDirect()
{
    FakeServer server;
    RestClient client(fastOptions());
    QProcessEnvironment env;
    env.insert(u"http_proxy"_s, u"socks4://alice:canary-pw-77@127.0.0.1:1"_s);
    RestRequest r;
    r.url = QUrl(u"http://127.0.0.1:%1/v3"_s.arg(server.port()));
    r.proxy = ProxyResolver::fromEnvironment(env);
    RestJob *job = client.create(r);
    QVERIFY(finishes(job));
    QCOMPARE(job->error().kind, ApiError::Kind::ConnectionFailed);
    QVERIFY(job->error().userMessage().contains(u"http_proxy"_s));
    QVERIFY(!job->error().userMessage().contains(u"canary-pw-77"_s));
    QCOMPARE(server.seen.size(), 0);
    QCOMPARE(client.sentCount(), 0);
    delete job;
}

QTEST_GUILESS_MAIN(tst_ProxyPipeline)
#include "tst_proxypipeline.moc"
