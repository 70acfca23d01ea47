#include "jobs/followers/followsteps.h"

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

} // namespace FollowSteps
