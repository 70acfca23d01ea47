#pragma once

#include <functional>
#include <optional>

#include <QSet>

#include "cloudconfig.h"
#include "imagecatalog.h"
#include "router.h"
#include "statestore.h"

namespace DemoCloud {

/// IMS image actions that run as jobs, written from Huawei's IMS API reference on their own
/// (docs/democloud.md "Copy and export"):
/// - "Replicating an Image Within a Region" `POST /v1/cloudimages/{id}/copy` {name, description,
///   cmk_id, enterprise_project_id}: a job (imsCopyImageJob) whose new image is listed while it
///   runs (saving) and active at SUCCESS (entities.image_id).
/// - "Replicating an Image Across Regions" `POST /v1/cloudimages/{id}/cross_region_copy` {name,
///   description, region, project_name, agency_name, vault_id}: a job
///   (imsCrossRegionCopyImageJob); the demo has one region, so the copy there is only recorded
///   (the job's request in the state and in the request log).
/// - "Exporting an Image" `POST /v1/cloudimages/{id}/file` {bucket_url, file_format,
///   is_quick_export}: a job (imsExportImageJob); at SUCCESS a small stand-in file is written as
///   the object into the OBS stand-in's bucket.
/// Each answers {"job_id"}; a source image or a copy named "fail-..." makes the job FAIL.
class ImageJobService
{
public:
    /// The storage class of an OBS bucket (nullopt: no such bucket).
    using BucketClass = std::function<std::optional<QString>(const QString &bucket)>;
    /// Writes an object; false when it could not.
    using ObjectWriter =
        std::function<bool(const QString &bucket, const QString &key, const QByteArray &bytes)>;

    ImageJobService(const CloudConfig &config, StateStore &state, ImageCatalog &catalog);

    void setObs(BucketClass bucketClass, ObjectWriter writer);
    void registerRoutes(Router &router);
    /// Writes the files of the exports whose job succeeded by `now` (once each; called before a
    /// request is served, so anything asked after a job's end sees its file).
    void settle(const QDateTime &now);

private:
    HttpResponse copy(const ApiRequest &request, bool crossRegion);
    HttpResponse exportImage(const ApiRequest &request);

    const CloudConfig &m_config;
    StateStore &m_state;
    ImageCatalog &m_catalog;
    BucketClass m_bucketClass;
    ObjectWriter m_writer;
    QSet<QString> m_settled; // export job ids whose file was written (or that failed)
};

} // namespace DemoCloud
