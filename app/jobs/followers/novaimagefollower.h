#pragma once

#include <QCoreApplication>

#include "jobs/follower.h"

/// Follows a Nova createImage (method 5): Nova's work ends in Glance, where the image goes
/// queued → saving → active, or is purged when the snapshot fails.
class NovaImageFollower final : public JobFollower
{
    Q_DECLARE_TR_FUNCTIONS(JobMonitor)
public:
    bool canFollow(const JobRecord &record) const override;
    FollowQuery nextQuery(const JobRecord &record, const QVariantHash &memo) const override;
    RestJob *send(CloudSession &session, const FollowQuery &query, QObject *parent) const override;
    FollowStep read(JobRecord &record,
        QVariantHash &memo,
        const FollowAnswer &answer,
        const FollowContext &context) const override;
};
