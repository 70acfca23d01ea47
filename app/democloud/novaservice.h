#pragma once

#include <QJsonObject>

#include "cloudconfig.h"
#include "inventory.h"
#include "router.h"

namespace DemoCloud {

/// Nova (compute) subset for server pickers: version documents, servers and servers/detail with
/// limit/marker paging and filters, one server, and its volume attachments (api-facts §1.6).
/// Microversions 2.1-2.93 are accepted and echoed; the answers are a superset that reads well
/// at any of them (e.g. flavor carries both id and original_name).
class NovaService
{
public:
    NovaService(const CloudConfig &config, const Inventory &inventory);

    void registerRoutes(Router &router);

private:
    HttpResponse rootVersions(const ApiRequest &request) const;
    HttpResponse versionDocument(const ApiRequest &request) const;
    HttpResponse listServers(const ApiRequest &request, bool detail) const;
    HttpResponse showServer(const ApiRequest &request) const;
    HttpResponse volumeAttachments(const ApiRequest &request) const;

    /// Runs `handler` after the project and microversion checks, and adds the version headers.
    HttpResponse withChecks(
        const ApiRequest &request, const std::function<HttpResponse()> &handler) const;
    QJsonObject serverJson(const ServerFixture &server, qsizetype index) const;
    QJsonObject versionJson(bool current) const;

    const CloudConfig &m_config;
    const Inventory &m_inventory;
};

} // namespace DemoCloud
