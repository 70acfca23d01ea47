#include "httpserver.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>

#include "demologging.h"

namespace DemoCloud {

HttpServer::HttpServer(HttpHandler *handler, QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<QTcpServer>())
    , m_handler(handler)
{ }

HttpServer::~HttpServer() = default;

void HttpServer::setLimits(const HttpLimits &limits)
{
    m_limits = limits;
}

void HttpServer::setTls(const QSslConfiguration &configuration)
{
    m_tls = configuration;
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_tls) {
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(*m_tls);
        // A client that refuses our certificate ends its handshake: say so, for test logs.
        connect(server.get(),
            &QSslServer::errorOccurred,
            this,
            [](QSslSocket *socket, QAbstractSocket::SocketError) {
                qCDebug(lcDemoHttp) << "TLS connection failed:" << socket->errorString();
            });
        // Handed over only once encrypted (newConnection() fires before that).
        connect(server.get(),
            &QTcpServer::pendingConnectionAvailable,
            this,
            &HttpServer::handleNewConnection);
        m_server = std::move(server);
    } else {
        connect(m_server.get(), &QTcpServer::newConnection, this, &HttpServer::handleNewConnection);
    }
    return m_server->listen(address, port);
}

quint16 HttpServer::port() const
{
    return m_server->serverPort();
}

QString HttpServer::errorString() const
{
    return m_server->errorString();
}

void HttpServer::handleNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, m_handler, m_limits, this);
        connect(connection, &HttpConnection::closed, this, [](HttpConnection *closed) {
            closed->deleteLater();
        });
        qCDebug(lcDemoHttp) << "connection from port" << socket->peerPort();
    }
}

} // namespace DemoCloud
