#pragma once

#include <QJsonObject>

#include "cloudconfig.h"
#include "router.h"
#include "statestore.h"

namespace DemoCloud {

/// Glance v2 subset (api-facts §1.8): images made by IMS jobs (saving while their job runs,
/// active after SUCCESS, gone after FAIL), images made by Nova createImage (queued, saving,
/// active; purged by the fail- trigger), images made by Cinder os-volume_upload_image (queued,
/// saving, active; killed by fail-, with sync_status_reason by sync-) and a minimal create +
/// upload. The upload route
/// streams its body through a counting sink, so any size passes without being buffered.
/// Seed 003's Huawei create rules are not enforced yet: create accepts any well-typed body.
class GlanceService
{
public:
    GlanceService(const CloudConfig &config, StateStore &state);

    void registerRoutes(Router &router);

private:
    HttpResponse versions(const ApiRequest &request) const;
    HttpResponse listImages(const ApiRequest &request) const;
    HttpResponse showImage(const ApiRequest &request) const;
    HttpResponse createImage(const ApiRequest &request);
    HttpResponse uploadImage(const ApiRequest &request);

    /// Every image the project can see, newest first, rendered for the API.
    QList<QJsonObject> visibleImages() const;
    QJsonObject imsImageJson(const ImsJob &job, const ImsImagePart &part, bool active) const;
    QJsonObject glanceImageJson(const GlanceImage &image) const;
    QJsonObject snapshotImageJson(const NovaSnapshot &snapshot, const QDateTime &now) const;
    QJsonObject uploadImageJson(const CinderUpload &upload, const QDateTime &now) const;

    const CloudConfig &m_config;
    StateStore &m_state;
};

} // namespace DemoCloud
