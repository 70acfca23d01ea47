#include "jobs/followers/novaimagefollower.h"

#include "cloud/cloudsession.h"
#include "jobs/followers/imagetoactive.h"

bool NovaImageFollower::canFollow(const JobRecord &record) const
{
    return !record.imageIds.isEmpty();
}

FollowQuery NovaImageFollower::nextQuery(const JobRecord &record, const QVariantHash &) const
{
    return {QString::fromLatin1(ImageToActive::Query), record.imageIds.value(0)};
}

RestJob *NovaImageFollower::send(
    CloudSession &session, const FollowQuery &query, QObject *parent) const
{
    return session.glanceImage(query.resourceId, parent);
}

FollowStep NovaImageFollower::read(JobRecord &record,
    QVariantHash &,
    const FollowAnswer &answer,
    const FollowContext &context) const
{
    return ImageToActive::read(record,
        answer,
        context,
        false,
        tr("The compute service removed the image after a failure (it was purged). The "
           "server's instance actions tell the cause."));
}
