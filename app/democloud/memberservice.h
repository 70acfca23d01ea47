#pragma once

#include "cloudconfig.h"
#include "imagecatalog.h"
#include "memberstore.h"
#include "router.h"
#include "statestore.h"

namespace DemoCloud {

/// Image members, written from the API references on their own (docs/democloud.md "Sharing"):
/// - IMS batch: "Adding Image Members in Batches" `POST /v1/cloudimages/members` {"images",
///   "projects"}, "Deleting Image Members in Batches" `DELETE` (same body), "Updating Image
///   Members' Status in Batches" `PUT` {"images", "project_id", "status"}: each answers
///   {"job_id"} and runs as an IMS job (imsAddImageMembersJob, imsDelImageMembersJob,
///   imsUpdateImageMembersJob) of --job-seconds; its change happens when the job succeeds. An
///   image whose name starts with "fail-" makes the job FAIL and nothing changes.
/// - Glance v2 (also IMS's native OpenStack API): `GET|POST /v2/images/{id}/members`,
///   `GET|PUT|DELETE /v2/images/{id}/members/{member_id}`, answered at once. Members are added
///   by the owner to an image of visibility "shared"; the member sets its own status.
class MemberService
{
public:
    MemberService(const CloudConfig &config, StateStore &state, ImageCatalog &catalog);

    void registerRoutes(Router &router);
    MemberStore &store() { return m_members; }

private:
    HttpResponse imsBatch(const ApiRequest &request, const QString &op);
    HttpResponse list(const ApiRequest &request);
    HttpResponse show(const ApiRequest &request);
    HttpResponse add(const ApiRequest &request);
    HttpResponse update(const ApiRequest &request);
    HttpResponse remove(const ApiRequest &request);

    const CloudConfig &m_config;
    StateStore &m_state;
    ImageCatalog &m_catalog;
    MemberStore m_members;
};

} // namespace DemoCloud
