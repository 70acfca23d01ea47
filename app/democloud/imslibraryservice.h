#pragma once

#include "imagecatalog.h"
#include "router.h"

namespace DemoCloud {

/// The IMS image library APIs (the OTC/Huawei IMS API reference, read on its own):
/// "Querying Images" `GET /v2/cloudimages` (filters __imagetype, status, name (exact), tag
/// "key=value", id, visibility, owner, protected, disk_format, __platform, __os_type,
/// virtual_env_type, min_disk, min_ram; paging by marker (an image id) and limit (default 500),
/// no next link; sort_key/sort_dir, created_at descending by default), "Updating an Image"
/// `PATCH /v2/cloudimages/{id}` (a JSON array of {op, path, value}; only active images; the
/// attributes of its table and lower-case extension attributes), and "Adding or Deleting Image
/// Tags in a Batch" `POST /v2/{project_id}/images/{id}/tags/action` (at most 10 tags; key 1-36,
/// value at most 43 characters; idempotent). Deleting is Glance's route (the native API).
class ImsLibraryService
{
public:
    explicit ImsLibraryService(ImageCatalog &catalog);

    void registerRoutes(Router &router);

private:
    HttpResponse list(const ApiRequest &request) const;
    HttpResponse patch(const ApiRequest &request);
    HttpResponse tagAction(const ApiRequest &request);

    ImageCatalog &m_catalog;
};

} // namespace DemoCloud
