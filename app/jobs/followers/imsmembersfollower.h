#pragma once

#include "jobs/followers/imsjobfollower.h"

/// Follows an IMS batch members job (ActionJobKinds::ImsMembers: share, unshare, accept or
/// reject) to SUCCESS or FAIL with the IMS job queries, as ImsJobFollower does. Such a job names
/// no image in its entities, so the record keeps the images it changes (set when it was
/// tracked): Show Image and `images share --wait` name them.
class ImsMembersFollower final : public JobFollower
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
