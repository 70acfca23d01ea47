#pragma once

#include "jobs/followers/imsjobfollower.h"

/// Follows an IMS copy in the region (ActionJobKinds::ImsCopy) to SUCCESS or FAIL with the IMS
/// job queries, as ImsJobFollower does. Its result is the new image (the job's
/// entities.image_id), which then replaces the source image in the record: Show Image and
/// `images copy --wait` name the copy. A failed copy keeps the source image.
class ImsCopyFollower final : public JobFollower
{
public:
    bool canFollow(const JobRecord &record) const override;
    FollowQuery nextQuery(const JobRecord &record, const QVariantHash &memo) const override;
    RestJob *send(CloudSession &session, const FollowQuery &query, QObject *parent) const override;
    FollowStep read(JobRecord &record,
        QVariantHash &memo,
        const FollowAnswer &answer,
        const FollowContext &context) const override;

private:
    ImsJobFollower m_ims;
};

/// Follows an IMS job whose result is not an image of this region's library: a copy to another
/// region (ActionJobKinds::ImsCrossRegionCopy) or an export to OBS (ImsExport). The record keeps
/// the source image (set when it was tracked); an image ID the job names (the copy in the other
/// region) goes into the history.
class ImsSourceImageFollower final : public JobFollower
{
public:
    bool canFollow(const JobRecord &record) const override;
    FollowQuery nextQuery(const JobRecord &record, const QVariantHash &memo) const override;
    RestJob *send(CloudSession &session, const FollowQuery &query, QObject *parent) const override;
    FollowStep read(JobRecord &record,
        QVariantHash &memo,
        const FollowAnswer &answer,
        const FollowContext &context) const override;

private:
    ImsJobFollower m_ims;
};
