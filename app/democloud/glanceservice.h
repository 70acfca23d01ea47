#pragma once

#include <memory>

#include <QJsonObject>
#include <QStringList>

#include "cloudconfig.h"
#include "imagecatalog.h"
#include "router.h"
#include "statestore.h"

namespace DemoCloud {

/// Glance v2 subset (api-facts §1.8): images made by IMS jobs (saving while their job runs,
/// active after SUCCESS, gone after FAIL), images made by Nova createImage (queued, saving,
/// active; purged by the fail- trigger), images made by Cinder os-volume_upload_image (queued,
/// saving, active; killed by fail-, with sync_status_reason by sync-), and seed 003's create
/// image metadata (Huawei flavour: client-chosen id, __os_version, key=value tags) with a
/// streamed upload: the body goes through GlanceUploadSink (counted and hashed, never kept),
/// queued -> saving -> active with checksum, os_hash_algo/os_hash_value and size; a name
/// starting with fail- ends killed.
class GlanceService
{
public:
    GlanceService(const CloudConfig &config, StateStore &state);

    void registerRoutes(Router &router);
    /// Every image, with the library's changes (shared with the IMS list, interfaces.md §5).
    ImageCatalog &catalog() { return m_catalog; }
    /// Seed 003's tag form; an error message, or empty. `keys` collects the keys seen.
    static QString checkHuaweiTag(const QJsonValue &tag, QStringList *keys);

private:
    HttpResponse versions(const ApiRequest &request) const;
    HttpResponse listImages(const ApiRequest &request) const;
    HttpResponse showImage(const ApiRequest &request) const;
    HttpResponse createImage(const ApiRequest &request);
    HttpResponse uploadImage(const ApiRequest &request);
    HttpResponse deleteImage(const ApiRequest &request);
    HttpResponse patchImage(const ApiRequest &request);
    std::unique_ptr<HttpBodySink> openUploadSink(const HttpRequest &head);

    /// Every image the project can see, newest first, rendered for the API.
    QList<QJsonObject> visibleImages() const;
    QJsonObject imsImageJson(const ImsJob &job, const ImsImagePart &part, bool active) const;
    QJsonObject glanceImageJson(const GlanceImage &image) const;
    QJsonObject snapshotImageJson(const NovaSnapshot &snapshot, const QDateTime &now) const;
    QJsonObject uploadImageJson(const CinderUpload &upload, const QDateTime &now) const;

    const CloudConfig &m_config;
    StateStore &m_state;
    ImageCatalog m_catalog;
};

} // namespace DemoCloud
