#pragma once

#include <memory>
#include <optional>

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>

#include "httpconnection.h"

namespace DemoCloud {

/// Accepts TCP connections (or TLS ones, after setTls()) and gives each one an HttpConnection
/// that feeds the handler. The handler must outlive the server. GUI thread only.
class HttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    explicit HttpServer(HttpHandler *handler, QObject *parent = nullptr);
    ~HttpServer() override;

    void setLimits(const HttpLimits &limits);
    /// Serve HTTPS with this certificate and key (before listen()): a QSslServer hands over
    /// each connection once its handshake is done.
    void setTls(const QSslConfiguration &configuration);
    bool isTls() const { return m_tls.has_value(); }
    /// False when the address or port cannot be bound; errorString() says why.
    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    QString errorString() const;

private:
    void handleNewConnection();

    std::unique_ptr<QTcpServer> m_server;
    std::optional<QSslConfiguration> m_tls;
    HttpHandler *m_handler;
    HttpLimits m_limits;
};

} // namespace DemoCloud
