#pragma once

#include <QJsonObject>

#include "cloudconfig.h"
#include "inventory.h"
#include "router.h"
#include "statestore.h"

namespace DemoCloud {

/// Cinder (volumev3 and volumev2) subset for disk pickers: volumes and volumes/detail with
/// limit/marker paging and status/name filters, and one volume (api-facts §1.7); and the
/// os-volume_upload_image volume action (seed 000), whose uploads live in the StateStore and
/// show as the volume's status and as Glance images. The v3 routes take microversions 3.0-3.70
/// (`OpenStack-API-Version: volume 3.x`, echoed); the v2 routes have none.
class CinderService
{
public:
    CinderService(const CloudConfig &config, const Inventory &inventory, StateStore &state);

    void registerRoutes(Router &router);

    /// Cinder's v3.0 entry of a version list (GET /: id v3.0, CURRENT, version 3.70,
    /// min_version 3.0), which the shared root lists beside Nova's.
    QJsonObject versionEntry() const;

private:
    /// POST /v2|v3/{project_id}/volumes/{volume_id}/action: os-volume_upload_image is the only
    /// action.
    HttpResponse volumeAction(const ApiRequest &request, const QString &version, int minor);
    HttpResponse uploadToImage(
        const ApiRequest &request, const QJsonValue &action, const QString &version, int minor);
    /// The volume's status now: the fixture's, unless an upload decides it.
    QString currentStatus(const VolumeFixture &volume, const QDateTime &now) const;
    /// Runs `handler` after the microversion check (v3) and adds the version headers.
    HttpResponse withVersion(const ApiRequest &request,
        const QString &version,
        const std::function<HttpResponse(int minor)> &handler);

    HttpResponse listVolumes(const ApiRequest &request, const QString &version, bool detail) const;
    HttpResponse showVolume(const ApiRequest &request, const QString &version) const;
    std::optional<HttpResponse> projectMismatch(const ApiRequest &request) const;
    QJsonObject volumeJson(const VolumeFixture &volume, const QString &version) const;

    const CloudConfig &m_config;
    const Inventory &m_inventory;
    StateStore &m_state;
};

} // namespace DemoCloud
