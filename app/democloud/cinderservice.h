#pragma once

#include <QJsonObject>

#include "cloudconfig.h"
#include "inventory.h"
#include "router.h"

namespace DemoCloud {

/// Cinder (volumev3 and volumev2) subset for disk pickers: volumes and volumes/detail with
/// limit/marker paging and status/name filters, and one volume (api-facts §1.7).
class CinderService
{
public:
    CinderService(const CloudConfig &config, const Inventory &inventory);

    void registerRoutes(Router &router);

private:
    HttpResponse listVolumes(const ApiRequest &request, const QString &version, bool detail) const;
    HttpResponse showVolume(const ApiRequest &request, const QString &version) const;
    std::optional<HttpResponse> projectMismatch(const ApiRequest &request) const;
    QJsonObject volumeJson(const VolumeFixture &volume, const QString &version) const;

    const CloudConfig &m_config;
    const Inventory &m_inventory;
};

} // namespace DemoCloud
