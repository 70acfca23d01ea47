#include "httpserver.h"

#include <QTcpSocket>

#include "demologging.h"

namespace DemoCloud {

HttpServer::HttpServer(HttpHandler *handler, QObject *parent)
    : QObject(parent)
    , m_handler(handler)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::handleNewConnection);
}

HttpServer::~HttpServer() = default;

void HttpServer::setLimits(const HttpLimits &limits)
{
    m_limits = limits;
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

quint16 HttpServer::port() const
{
    return m_server.serverPort();
}

QString HttpServer::errorString() const
{
    return m_server.errorString();
}

void HttpServer::handleNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, m_handler, m_limits, this);
        connect(connection, &HttpConnection::closed, this, [](HttpConnection *closed) {
            closed->deleteLater();
        });
        qCDebug(lcDemoHttp) << "connection from port" << socket->peerPort();
    }
}

} // namespace DemoCloud
