#pragma once

#include <QJsonArray>
#include <QJsonObject>

#include "cloudconfig.h"
#include "inventory.h"
#include "router.h"
#include "statestore.h"

namespace DemoCloud {

/// Nova (compute) subset for server pickers: version documents, servers and servers/detail with
/// limit/marker paging and filters, one server, and its volume attachments (api-facts §1.6);
/// and the createImage server action (seed 001), whose snapshots live in the StateStore and
/// show as the server's task_state and as Glance images. Microversions 2.1-2.93 are accepted
/// and echoed; the answers are a superset that reads well at any of them (e.g. flavor carries
/// both id and original_name), except createImage's, which changes at 2.45.
class NovaService
{
public:
    NovaService(const CloudConfig &config, const Inventory &inventory, StateStore &state);

    void registerRoutes(Router &router);

    /// Nova's entries of the root version list (v2.0, v2.1); the server's GET / lists them
    /// with the other services' that share the port.
    QJsonArray rootVersionEntries() const;

private:
    HttpResponse versionDocument(const ApiRequest &request) const;
    HttpResponse listServers(const ApiRequest &request, bool detail) const;
    HttpResponse showServer(const ApiRequest &request) const;
    HttpResponse volumeAttachments(const ApiRequest &request) const;
    /// POST /v2.1/{project_id}/servers/{server_id}/action: createImage is the only action.
    HttpResponse serverAction(const ApiRequest &request, int minor);
    HttpResponse createImage(const ApiRequest &request, const QJsonValue &action, int minor);
    /// The task_state of a running createImage on the server, or a null string.
    QString taskState(const QString &serverId, const QDateTime &now) const;

    /// Runs `handler` after the project and microversion checks, and adds the version headers.
    HttpResponse withChecks(
        const ApiRequest &request, const std::function<HttpResponse(int minor)> &handler) const;
    QJsonObject serverJson(const ServerFixture &server, qsizetype index) const;
    QJsonObject versionJson(bool current) const;

    const CloudConfig &m_config;
    const Inventory &m_inventory;
    StateStore &m_state;
};

} // namespace DemoCloud
