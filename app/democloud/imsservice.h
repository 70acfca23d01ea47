#pragma once

#include <functional>
#include <optional>

#include <QJsonArray>

#include "cloudconfig.h"
#include "imsvalidator.h"
#include "router.h"
#include "statestore.h"

namespace DemoCloud {

/// IMS: the create API of seed 004 (POST /v2/cloudimages/action, also /v2.1/...) and the two
/// job queries of api-facts §1.1. Jobs live in the StateStore and run on the wall clock.
class ImsService
{
public:
    ImsService(const CloudConfig &config, StateStore &state, const Inventory &inventory);

    void registerRoutes(Router &router);

    /// Whether the object storage holds `key` in `bucket`: nullopt when the bucket is not one of
    /// the OBS stand-in's (files in other buckets are taken on trust, as before the stand-in).
    using ObsLookup = std::function<std::optional<bool>(const QString &bucket, const QString &key)>;
    void setObsLookup(ObsLookup lookup) { m_obsLookup = std::move(lookup); }

    /// On a fresh state: two successful jobs (an older and a recent one), one failed job and
    /// one that starts now and runs for --job-seconds. Persisted like any other job.
    void seedSampleHistory();
    /// GET /__demo/sample-history's list, oldest first.
    QJsonArray sampleHistory() const;
    /// Every job with its current status (GET /__demo/jobs).
    QJsonArray debugJobs() const;

private:
    HttpResponse create(const ApiRequest &request);
    HttpResponse statusQuery(const ApiRequest &request) const;
    HttpResponse progressQuery(const ApiRequest &request) const;
    HttpResponse osVersions(const ApiRequest &request) const;
    const ImsJob *visibleJob(const QString &jobId, const ApiRequest &request) const;
    ImsJob makeJob(const ImsPlan &plan,
        const QDateTime &createdAt,
        qint64 durationMs,
        const QJsonObject &body) const;
    /// IMG.0017 for an image_url whose file the stand-in's bucket does not hold.
    std::optional<ImsError> checkObsFiles(const QJsonObject &body) const;

    const CloudConfig &m_config;
    StateStore &m_state;
    ImsCreateValidator m_validator;
    ObsLookup m_obsLookup;
};

} // namespace DemoCloud
