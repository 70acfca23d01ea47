#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

#include "httpconnection.h"

namespace DemoCloud {

/// Accepts TCP connections and gives each one an HttpConnection that feeds the handler. The
/// handler must outlive the server. GUI thread only.
class HttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    explicit HttpServer(HttpHandler *handler, QObject *parent = nullptr);
    ~HttpServer() override;

    void setLimits(const HttpLimits &limits);
    /// False when the address or port cannot be bound; errorString() says why.
    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    QString errorString() const;

private:
    void handleNewConnection();

    QTcpServer m_server;
    HttpHandler *m_handler;
    HttpLimits m_limits;
};

} // namespace DemoCloud
