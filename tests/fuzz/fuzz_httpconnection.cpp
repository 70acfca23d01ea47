// The demo cloud's HTTP/1.1 request parsing (app/democloud/httpconnection): it is a server on a
// port. Each input is what one client sends on one connection over loopback (request line,
// headers, Content-Length bodies, pipelined requests), then the client closes; the run ends when
// the connection has closed. The handler answers at once, later (/later), by dropping (/drop),
// or streams the body into a sink (/stream), so every state of the connection is reachable.
// Small limits make the 413/431 and drain paths cheap to reach.
#include <QDeadlineTimer>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include "fuzz_common.h"
#include "httpconnection.h"

using namespace DemoCloud;

namespace {

class Handler final : public HttpHandler
{
public:
    std::unique_ptr<HttpBodySink> openBodySink(const HttpRequest &head) override
    {
        if (head.path.startsWith(u"/stream"))
            return std::make_unique<CountingBodySink>();
        return nullptr;
    }

    void handleRequest(HttpRequest request, const HttpResponder &responder) override
    {
        (void)request.query.queryItems();
        (void)request.header("x-auth-token");
        if (request.path.startsWith(u"/drop")) {
            responder.drop();
        } else if (request.path.startsWith(u"/later")) {
            QTimer::singleShot(0, [responder] { responder.respond(HttpResponse::empty(204)); });
        } else {
            responder.respond(HttpResponse::json(200,
                QJsonObject{{QStringLiteral("path"), request.path},
                    {QStringLiteral("bytes"), double(request.body.size())}}));
        }
    }
};

struct Rig
{
    QTcpServer server;
    Handler handler;
    HttpLimits limits;

    Rig()
    {
        limits.maxHeadBytes = 4096;
        limits.maxBufferedBody = 8192;
        limits.socketReadBuffer = 16384;
        limits.idleTimeoutMs = 500;
        limits.maxDrainBytes = 65536;
        limits.drainTimeoutMs = 100;
        if (!server.listen(QHostAddress::LocalHost, 0))
            qFatal("fuzz_httpconnection: cannot listen on 127.0.0.1");
    }
};

} // namespace

IW_FUZZ_TARGET(httpconnection)
{
    IwFuzz::application();
    static Rig rig;
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, rig.server.serverPort());
    if (!client.waitForConnected(2000) || !rig.server.waitForNewConnection(2000))
        qFatal("fuzz_httpconnection: no loopback connection");
    QTcpSocket *socket = rig.server.nextPendingConnection();
    bool closed = false;
    auto *connection = new HttpConnection(socket, &rig.handler, rig.limits);
    QObject::connect(connection, &HttpConnection::closed, [&closed] { closed = true; });
    client.write(reinterpret_cast<const char *>(data), qint64(size));
    client.disconnectFromHost(); // after the bytes are written: the server reads them, then EOF
    const QDeadlineTimer deadline(3000);
    while (!closed && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        client.readAll();
    }
    delete connection; // owns the server-side socket
    client.abort();
    return 0;
}
