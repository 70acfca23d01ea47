#pragma once

#include <QJsonArray>

#include "cloudconfig.h"
#include "router.h"
#include "tokenstore.h"

namespace DemoCloud {

/// Keystone v3 subset: the version document and password authentication with project scope
/// (api-facts §1.9). Tokens come from the TokenStore; the catalog points back at this server.
class KeystoneService
{
public:
    KeystoneService(const CloudConfig &config, TokenStore &tokens);

    void registerRoutes(Router &router);

private:
    HttpResponse versionDocument(const ApiRequest &request) const;
    HttpResponse issueToken(const ApiRequest &request);
    QJsonArray catalog() const;

    const CloudConfig &m_config;
    TokenStore &m_tokens;
};

} // namespace DemoCloud
