#pragma once

#include <memory>

#include <QNetworkProxyFactory>

class ProxyResolver;

/// Lets a QNetworkAccessManager ask a ProxyResolver, and nothing else, which proxy a request
/// goes through (Qt's own factories bypass loopback and read the variables unlike curl).
/// RestClient gives each of its managers one (QNetworkAccessManager::setProxyFactory takes it).
class ProxyFactory final : public QNetworkProxyFactory
{
public:
    explicit ProxyFactory(std::shared_ptr<const ProxyResolver> resolver);
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

private:
    std::shared_ptr<const ProxyResolver> m_resolver;
};
