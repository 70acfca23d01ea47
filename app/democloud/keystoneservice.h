#pragma once

#include <QJsonArray>

#include "cloudconfig.h"
#include "router.h"
#include "tokenstore.h"

namespace DemoCloud {

/// Keystone v3 subset: the version document, password authentication with project scope and
/// application credentials (api-facts §1.9), and the project list Huawei IAM answers an AK/SK
/// client with (GET /v3/projects?name=, api-facts §1.5). Tokens come from the TokenStore; the
/// catalog points back at this server.
class KeystoneService
{
public:
    KeystoneService(const CloudConfig &config, TokenStore &tokens);

    void registerRoutes(Router &router);

private:
    HttpResponse versionDocument(const ApiRequest &request) const;
    HttpResponse issueToken(const ApiRequest &request);
    HttpResponse issueApplicationCredentialToken(const QJsonObject &identity, bool withCatalog);
    /// The signed-in user and project: the demo's, or the consumer's (Account).
    struct Identity
    {
        QString userId;
        QString userName;
        QString projectId;
        QString projectName;
    };
    static Identity demoIdentity();
    HttpResponse tokenResponse(
        const QString &method, bool withCatalog, const Identity &identity = demoIdentity());
    HttpResponse listProjects(const ApiRequest &request) const;
    QJsonArray catalog(const QString &project) const;

    const CloudConfig &m_config;
    TokenStore &m_tokens;
};

} // namespace DemoCloud
