#pragma once

#include "jobs/follower.h"

/// Small pieces every follower's read() shares.
namespace FollowSteps {

/// A 404: the resource is not (or no longer) there. An answer, not a failure to ask.
bool isNotFound(const ApiError &error);
/// The answer is no news about the job (transport fault, 5xx, sign-in): the monitor decides.
FollowStep noAnswer();
/// A 2xx that could not be read: `why` goes to the log; the record is untouched.
FollowStep unreadable(const QString &why);
/// After the record was updated: Ended when it is terminal, else Later.
FollowStep after(const JobRecord &record, JobChange::Flags changes);
/// Ends the record in `state` at `at`, with `reason` as its fail reason and last event.
void end(JobRecord &record, JobState state, const QDateTime &at, const QString &reason = {});
/// When the cloud says a change happened (an image's updated_at), for the job's timeline and
/// end: a job followed after a restart is dated when the cloud changed, not when the app
/// looked (issue 16). `now` when the cloud's time is missing, before the job was made or
/// ahead of this machine's clock.
QDateTime cloudTime(const JobRecord &record, const QDateTime &cloud, const QDateTime &now);
/// The resource the job reads answered 404: the job failed, `reason` says what that means.
FollowStep gone(JobRecord &record, const QDateTime &at, const QString &reason);
/// Why a job failed whose image ended in a failed Glance status (killed, deleted,
/// pending_delete): what it means and what to check, in the UI's language.
QString imageEndedReason(const QString &statusText);

} // namespace FollowSteps
