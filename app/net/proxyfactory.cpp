#include "net/proxyfactory.h"

#include "net/proxyresolver.h"

ProxyFactory::ProxyFactory(std::shared_ptr<const ProxyResolver> resolver)
    : m_resolver(std::move(resolver))
{ }

QList<QNetworkProxy> ProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    // An unusable proxy setting fails the request in RestJob before it is sent; direct here
    // is never reached for it.
    return {
        m_resolver ? m_resolver->choose(query.url()).proxy : QNetworkProxy(QNetworkProxy::NoProxy)};
}
