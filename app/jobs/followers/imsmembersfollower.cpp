#include "jobs/followers/imsmembersfollower.h"

bool ImsMembersFollower::canFollow(const JobRecord &record) const
{
    return m_ims.canFollow(record);
}

FollowQuery ImsMembersFollower::nextQuery(const JobRecord &record, const QVariantHash &memo) const
{
    return m_ims.nextQuery(record, memo);
}

RestJob *ImsMembersFollower::send(
    CloudSession &session, const FollowQuery &query, QObject *parent) const
{
    return m_ims.send(session, query, parent);
}

FollowStep ImsMembersFollower::read(JobRecord &record,
    QVariantHash &memo,
    const FollowAnswer &answer,
    const FollowContext &context) const
{
    const QStringList images = record.imageIds;
    FollowStep step = m_ims.read(record, memo, answer, context);
    if (record.imageIds.isEmpty())
        record.imageIds = images; // the job's entities name no image
    return step;
}
