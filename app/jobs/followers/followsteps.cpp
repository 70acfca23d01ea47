#include "jobs/followers/followsteps.h"

#include <QCoreApplication>

namespace FollowSteps {

bool isNotFound(const ApiError &error)
{
    return error.kind == ApiError::Kind::Http && error.httpStatus == 404;
}

FollowStep noAnswer()
{
    FollowStep step;
    step.next = FollowStep::Next::NoAnswer;
    return step;
}

FollowStep unreadable(const QString &why)
{
    FollowStep step;
    step.next = FollowStep::Next::Unreadable;
    step.why = why;
    return step;
}

FollowStep after(const JobRecord &record, JobChange::Flags changes)
{
    FollowStep step;
    step.changes = changes;
    step.moved = bool(changes & (JobChange::State | JobChange::Progress));
    step.next = record.isTerminal() ? FollowStep::Next::Ended : FollowStep::Next::Later;
    return step;
}

void end(JobRecord &record, JobState state, const QDateTime &at, const QString &reason)
{
    record.state = state;
    record.finished = at;
    if (!reason.isEmpty()) {
        record.failReason = reason;
        record.addEvent(reason, at);
    }
}

FollowStep gone(JobRecord &record, const QDateTime &at, const QString &reason)
{
    record.cloudStatus = QStringLiteral("404");
    end(record, JobState::Failed, at, reason);
    return after(record, JobChange::Other | JobChange::State | JobChange::Result);
}

QString imageEndedReason(const QString &statusText)
{
    if (statusText == QLatin1String("killed"))
        return QCoreApplication::translate("JobMonitor",
            "The cloud killed the image: it refused or could not store the image data (a "
            "file whose format does not match the disk format, a file larger than the cloud "
            "allows, the image quota, or a fault while it was stored). Check the file and the "
            "quota, delete this image, and create it again.");
    if (statusText == QLatin1String("deleted") || statusText == QLatin1String("pending_delete"))
        //: %1 = the image's status as Glance reports it (deleted, pending_delete)
        return QCoreApplication::translate("JobMonitor",
            "The image was deleted in the cloud before it became active (status %1). Create it "
            "again if it is still needed.")
            .arg(statusText);
    //: %1 = the image's status as Glance reports it
    return QCoreApplication::translate("JobMonitor", "The image ended as %1.").arg(statusText);
}

QDateTime cloudTime(const JobRecord &record, const QDateTime &cloud, const QDateTime &now)
{
    if (!cloud.isValid() || cloud > now || (record.created.isValid() && cloud < record.created))
        return now;
    return cloud;
}

} // namespace FollowSteps
