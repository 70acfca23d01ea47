#pragma once

#include <QCoreApplication>

#include "jobs/follower.h"

/// Follows an IMS asynchronous job (methods 1–4) to SUCCESS or FAIL: the progress query
/// (GET /v1/cloudimages/job/{id}), or the status query (GET /v1/{project}/jobs/{id}) on a
/// cloud that lacks it (404). A failed job made of sub-jobs (data disk images) says which
/// image was made and which failed, with the cloud's reason for each.
class ImsJobFollower final : public JobFollower
{
    Q_DECLARE_TR_FUNCTIONS(JobMonitor)
public:
    static constexpr const char *ProgressQuery = "ims-progress";
    static constexpr const char *StatusQuery = "ims-status";

    bool canFollow(const JobRecord &record) const override;
    FollowQuery nextQuery(const JobRecord &record, const QVariantHash &memo) const override;
    RestJob *send(CloudSession &session, const FollowQuery &query, QObject *parent) const override;
    FollowStep read(JobRecord &record,
        QVariantHash &memo,
        const FollowAnswer &answer,
        const FollowContext &context) const override;
};
