#include "jobs/followers/imsimagejobfollowers.h"

namespace {

bool endedNow(JobState before, const JobRecord &record, JobState end)
{
    return before != end && record.state == end;
}

} // namespace

bool ImsCopyFollower::canFollow(const JobRecord &record) const
{
    return m_ims.canFollow(record);
}

FollowQuery ImsCopyFollower::nextQuery(const JobRecord &record, const QVariantHash &memo) const
{
    return m_ims.nextQuery(record, memo);
}

RestJob *ImsCopyFollower::send(CloudSession &session, const FollowQuery &query, QObject *parent) const
{
    return m_ims.send(session, query, parent);
}

FollowStep ImsCopyFollower::read(JobRecord &record,
    QVariantHash &memo,
    const FollowAnswer &answer,
    const FollowContext &context) const
{
    const QStringList source = record.imageIds;
    const JobState before = record.state;
    FollowStep step = m_ims.read(record, memo, answer, context);
    if (endedNow(before, record, JobState::Succeeded) && !record.imageIds.isEmpty()) {
        //: %1 = the new image's ID
        record.addNote(QT_TRANSLATE_NOOP("JobMonitor", "The copy is image %1."),
            {record.imageIds.constFirst()},
            record.finished.isValid() ? record.finished : context.now);
    } else if (record.state != JobState::Succeeded && record.imageIds.isEmpty()) {
        record.imageIds = source; // no copy was made: the record names the source
    }
    return step;
}

bool ImsSourceImageFollower::canFollow(const JobRecord &record) const
{
    return m_ims.canFollow(record);
}

FollowQuery ImsSourceImageFollower::nextQuery(const JobRecord &record, const QVariantHash &memo) const
{
    return m_ims.nextQuery(record, memo);
}

RestJob *ImsSourceImageFollower::send(
    CloudSession &session, const FollowQuery &query, QObject *parent) const
{
    return m_ims.send(session, query, parent);
}

FollowStep ImsSourceImageFollower::read(JobRecord &record,
    QVariantHash &memo,
    const FollowAnswer &answer,
    const FollowContext &context) const
{
    const QStringList source = record.imageIds;
    const JobState before = record.state;
    FollowStep step = m_ims.read(record, memo, answer, context);
    const QStringList named = record.imageIds;
    record.imageIds = source;
    if (endedNow(before, record, JobState::Succeeded)) {
        for (const QString &id : named) {
            if (!source.contains(id))
                //: %1 = an image ID the cloud's job names (the copy in the other region)
                record.addNote(QT_TRANSLATE_NOOP("JobMonitor", "The cloud's job names image %1."),
                    {id},
                    record.finished.isValid() ? record.finished : context.now);
        }
    }
    return step;
}
