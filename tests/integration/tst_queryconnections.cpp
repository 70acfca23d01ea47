// QueryConnections, the kept-alive connections RestJob sends its GETs on, against a small
// in-process server that answers each request as a test says: connections are reused, kept
// apart per TLS rules, capped per endpoint; a kept-open connection the server closed is
// replaced and the request sent once more, but a fresh connection closed without an answer is
// an error; "Connection: close", Keep-Alive timeouts, cut and oversized answers, abort() and an
// idle server each end as RestJob expects. Deterministic: no wall-clock assertion.
#include <functional>

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include "net/queryconnections.h"
#include "net/restclient.h"
#include "net/restjob.h"

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace {

/// Accepts any number of connections; each complete request head is handed to `answer` with the
/// connection's number (from 0) and the request's number on it (from 0).
class ScriptedServer : public QObject
{
public:
    std::function<void(QTcpSocket *, int connection, int request, const QByteArray &head)> answer;
    int connections = 0;
    int requests = 0;
    QList<QByteArray> heads;

    ScriptedServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                const int number = connections++;
                auto buffer = std::make_shared<QByteArray>();
                auto count = std::make_shared<int>(0);
                connect(socket, &QTcpSocket::readyRead, this, [=, this] {
                    *buffer += socket->readAll();
                    qsizetype end;
                    while ((end = buffer->indexOf("\r\n\r\n")) >= 0) {
                        const QByteArray head = buffer->left(end);
                        buffer->remove(0, end + 4);
                        ++requests;
                        heads << head;
                        if (answer)
                            answer(socket, number, (*count)++, head);
                    }
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url(const QString &path = u"/v1/jobs/1"_s) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path));
    }

private:
    QTcpServer m_server;
};

QByteArray ok(const QByteArray &body, const QByteArray &extra = {})
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body;
}

QueryConnections::Target target(const QUrl &url)
{
    QueryConnections::Target t;
    t.url = url;
    return t;
}

/// Sends one GET and waits for its end.
QueryExchange *fetch(QueryConnections *pool, const QueryConnections::Target &t, QObject *parent)
{
    QueryExchange *exchange = pool->get(t, {{"Accept", "application/json"}}, parent);
    QSignalSpy done(exchange, &QueryExchange::finished);
    if (!done.wait(10000))
        qWarning("no answer within 10 s");
    return exchange;
}

} // namespace

class tst_QueryConnections : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void connectionIsReused();
    void requestHeadIsOurs();
    void staleKeptConnectionIsReplaced();
    void freshConnectionClosedIsAnError();
    void connectionCloseIsHonoured();
    void shortKeepAliveTimeoutIsNotKept();
    void endpointsAreKeptApart();
    void atMostSixPerEndpoint();
    void cutAnswerIsRetriedByRestJob();
    void oversizedAnswerIsInvalid();
    void abortClosesTheConnection();
    void idleServerTimesOut();
};

void tst_QueryConnections::connectionIsReused()
{
    ScriptedServer server;
    server.answer = [](QTcpSocket *s, int, int request, const QByteArray &) {
        s->write(ok("{\"n\":" + QByteArray::number(request) + "}"));
    };
    QueryConnections pool;
    for (int i = 0; i < 5; ++i) {
        QueryExchange *x = fetch(&pool, target(server.url()), this);
        QCOMPARE(x->error().kind, ApiError::Kind::None);
        QCOMPARE(x->status(), 200);
        QCOMPARE(x->body(), "{\"n\":" + QByteArray::number(i) + "}");
    }
    QCOMPARE(server.connections, 1);
    QCOMPARE(pool.connectionsOpened(), 1);
    QCOMPARE(pool.openConnections(), 1);
}

void tst_QueryConnections::requestHeadIsOurs()
{
    ScriptedServer server;
    server.answer = [](QTcpSocket *s, int, int, const QByteArray &) { s->write(ok("{}")); };
    QueryConnections pool;
    QueryExchange *x = pool.get(target(server.url(u"/v2/images?limit=5&marker=a%20b"_s)),
        {{"X-Auth-Token", "t"},
            {"Host", "evil"},
            {"Connection", "close"},
            {"Proxy-Authorization", "Basic eDp5"}},
        this);
    QSignalSpy done(x, &QueryExchange::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(server.heads.size(), 1);
    const QList<QByteArray> lines = server.heads.constFirst().split('\n');
    QCOMPARE(lines.constFirst(), "GET /v2/images?limit=5&marker=a%20b HTTP/1.1\r");
    const QByteArray head = server.heads.constFirst();
    QVERIFY(head.contains("\r\nX-Auth-Token: t"));
    QVERIFY(head.contains("Host: 127.0.0.1:"));
    QVERIFY(!head.contains("evil"));
    QVERIFY(!head.contains("Connection:"));
    // Proxy credentials go only to a proxy that forwards plain http, never to the server.
    QVERIFY(!head.contains("Proxy-Authorization"));
}

void tst_QueryConnections::staleKeptConnectionIsReplaced()
{
    // The first connection answers once and is then closed by the server (its idle timeout
    // crossing our next request); the request is sent once more, on a new connection.
    ScriptedServer server;
    server.answer = [](QTcpSocket *s, int connection, int, const QByteArray &) {
        if (connection == 0) {
            s->write(ok("{\"first\":true}"));
            s->flush();
            s->disconnectFromHost();
            return;
        }
        s->write(ok("{\"second\":true}"));
    };
    QueryConnections pool;
    QCOMPARE(fetch(&pool, target(server.url()), this)->status(), 200);
    // Let the server's close arrive first: the pool then drops the connection by itself...
    QTRY_COMPARE(pool.openConnections(), 0);
    QueryExchange *x = fetch(&pool, target(server.url()), this);
    QCOMPARE(x->status(), 200);
    QCOMPARE(x->body(), "{\"second\":true}");
    QCOMPARE(server.connections, 2);

    // ...or send before it arrives: the request goes out on the closing connection, nothing
    // comes back, and it is sent again on a fresh one.
    ScriptedServer racing;
    racing.answer = [](QTcpSocket *s, int connection, int request, const QByteArray &) {
        if (connection == 0 && request == 1) {
            s->abort(); // read and dropped unanswered: what a server's idle close looks like
            return;
        }
        s->write(ok("{\"c\":" + QByteArray::number(connection) + "}"));
    };
    QueryConnections pool2;
    QCOMPARE(fetch(&pool2, target(racing.url()), this)->body(), "{\"c\":0}");
    QueryExchange *again = fetch(&pool2, target(racing.url()), this);
    QCOMPARE(again->error().kind, ApiError::Kind::None);
    QCOMPARE(again->body(), "{\"c\":1}");
    QCOMPARE(racing.connections, 2);
    QCOMPARE(racing.requests, 3);
}

void tst_QueryConnections::freshConnectionClosedIsAnError()
{
    // On a new connection there is no stale excuse: the server read it and said nothing.
    ScriptedServer server;
    server.answer = [](QTcpSocket *s, int, int, const QByteArray &) { s->abort(); };
    QueryConnections pool;
    QueryExchange *x = fetch(&pool, target(server.url()), this);
    QCOMPARE(x->error().kind, ApiError::Kind::ConnectionLost);
    QCOMPARE(x->status(), 0);
    QCOMPARE(server.requests, 1); // not sent again by the pool (RestJob's rules decide)
}

void tst_QueryConnections::connectionCloseIsHonoured()
{
    ScriptedServer server;
    server.answer = [](QTcpSocket *s, int, int, const QByteArray &) {
        s->write(ok("{}", "Connection: close\r\n"));
    };
    QueryConnections pool;
    for (int i = 0; i < 3; ++i)
        QCOMPARE(fetch(&pool, target(server.url()), this)->status(), 200);
    QCOMPARE(server.connections, 3);
    QCOMPARE(pool.openConnections(), 0);
}

void tst_QueryConnections::shortKeepAliveTimeoutIsNotKept()
{
    // "timeout=1": closed a second before the server would, so at once.
    ScriptedServer server;
    server.answer = [](QTcpSocket *s, int, int, const QByteArray &) {
        s->write(ok("{}", "Keep-Alive: timeout=1, max=100\r\n"));
    };
    QueryConnections pool;
    QCOMPARE(fetch(&pool, target(server.url()), this)->status(), 200);
    QCOMPARE(pool.openConnections(), 0);
    QCOMPARE(fetch(&pool, target(server.url()), this)->status(), 200);
    QCOMPARE(server.connections, 2);
}

void tst_QueryConnections::endpointsAreKeptApart()
{
    // A connection made under one profile's TLS rules (or proxy) never serves another's.
    ScriptedServer server;
    server.answer = [](QTcpSocket *s, int, int, const QByteArray &) { s->write(ok("{}")); };
    QueryConnections pool;
    QueryConnections::Target a = target(server.url());
    QueryConnections::Target b = a;
    b.tlsKey = "insecure";
    QCOMPARE(fetch(&pool, a, this)->status(), 200);
    QCOMPARE(fetch(&pool, b, this)->status(), 200);
    QCOMPARE(fetch(&pool, a, this)->status(), 200);
    QCOMPARE(fetch(&pool, b, this)->status(), 200);
    QCOMPARE(server.connections, 2);
}

void tst_QueryConnections::atMostSixPerEndpoint()
{
    // The server holds every answer until ten requests are in: only six can be.
    ScriptedServer server;
    QList<QPointer<QTcpSocket>> held;
    server.answer = [&held](QTcpSocket *s, int, int, const QByteArray &) { held << s; };
    QueryConnections pool;
    QList<QueryExchange *> exchanges;
    for (int i = 0; i < 10; ++i)
        exchanges << pool.get(target(server.url()), {}, this);
    QTRY_COMPARE(server.requests, QueryConnections::MaxPerEndpoint);
    QTest::qWait(100); // nothing more arrives: the other four wait their turn
    QCOMPARE(server.requests, QueryConnections::MaxPerEndpoint);
    QCOMPARE(pool.openConnections(), QueryConnections::MaxPerEndpoint);
    // Answer everything as it comes: all ten end, on the same six connections.
    server.answer = [](QTcpSocket *s, int, int, const QByteArray &) { s->write(ok("{}")); };
    for (const QPointer<QTcpSocket> &s : std::as_const(held))
        s->write(ok("{}"));
    for (QueryExchange *x : std::as_const(exchanges))
        QTRY_VERIFY(x->isFinished());
    for (QueryExchange *x : std::as_const(exchanges))
        QCOMPARE(x->status(), 200);
    QCOMPARE(server.connections, QueryConnections::MaxPerEndpoint);
}

void tst_QueryConnections::cutAnswerIsRetriedByRestJob()
{
    // The first answer ends 10 bytes short of its Content-Length; RestJob calls it a lost
    // connection and retries the GET, which the second connection answers whole.
    ScriptedServer server;
    server.answer = [](QTcpSocket *s, int connection, int, const QByteArray &) {
        if (connection == 0) {
            s->write("HTTP/1.1 200 OK\r\nContent-Length: 20\r\n\r\n{\"cut\":");
            s->flush();
            s->disconnectFromHost();
            return;
        }
        s->write(ok("{\"whole\":true}"));
    };
    RestOptions options;
    options.retry.base = milliseconds(1);
    options.random = [] { return 0.0; };
    RestClient client(options);
    RestJob *job = client.get(server.url(), nullptr, this);
    job->setAutoDelete(false);
    QSignalSpy done(job, &RestJob::finished);
    job->start();
    QVERIFY(done.wait(10000));
    QCOMPARE(job->error().kind, ApiError::Kind::None);
    QCOMPARE(job->body(), "{\"whole\":true}");
    QCOMPARE(job->attempts(), 2);
    QCOMPARE(server.connections, 2);
    delete job;
}

void tst_QueryConnections::oversizedAnswerIsInvalid()
{
    ScriptedServer server;
    server.answer = [](QTcpSocket *s, int, int, const QByteArray &) {
        s->write(ok(QByteArray(5000, 'x')));
    };
    QueryConnections pool;
    QueryConnections::Target t = target(server.url());
    t.maxBody = 4096;
    QueryExchange *x = fetch(&pool, t, this);
    QCOMPARE(x->error().kind, ApiError::Kind::InvalidResponse);
    QCOMPARE(x->status(), 0);
    QCOMPARE(pool.openConnections(), 0);
}

void tst_QueryConnections::abortClosesTheConnection()
{
    ScriptedServer server;
    server.answer = [](QTcpSocket *s, int connection, int, const QByteArray &) {
        if (connection == 1)
            s->write(ok("{}"));
        // connection 0: never answers
    };
    QueryConnections pool;
    QueryExchange *x = pool.get(target(server.url()), {}, this);
    QTRY_COMPARE(server.requests, 1);
    QSignalSpy done(x, &QueryExchange::finished);
    x->abort();
    QCOMPARE(done.size(), 1); // at once, from abort()
    QCOMPARE(x->error().kind, ApiError::Kind::Aborted);
    x->abort();
    QCOMPARE(done.size(), 1);            // once only
    QCOMPARE(pool.openConnections(), 0); // its answer may be on the way: never reused
    QCOMPARE(fetch(&pool, target(server.url()), this)->status(), 200);
    QCOMPARE(server.connections, 2);
}

void tst_QueryConnections::idleServerTimesOut()
{
    ScriptedServer server; // reads and never answers
    QueryConnections pool;
    QueryConnections::Target t = target(server.url());
    t.idleTimeout = milliseconds(200);
    QueryExchange *x = fetch(&pool, t, this);
    QCOMPARE(x->error().kind, ApiError::Kind::Timeout);
    QCOMPARE(pool.openConnections(), 0);
}

QTEST_GUILESS_MAIN(tst_QueryConnections)
#include "tst_queryconnections.moc"
