#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QString>
#include <QVariantHash>

#include "cloud/cloudprofile.h"
#include "jobs/jobchanges.h"
#include "jobs/jobrecord.h"
#include "net/apierror.h"

class CloudSession;
class QObject;
class RestJob;

/// One read a follower asks for a job: its own name for the query and the resource it reads.
struct FollowQuery
{
    QString kind;       // the follower's name for it: "ims-progress", "volume", "image", ...
    QString resourceId; // the cloud's ID of what is read
    bool operator==(const FollowQuery &) const = default;
};

/// The answer to a FollowQuery as it came back (recorded answers in tests).
struct FollowAnswer
{
    FollowQuery query;
    ApiError error; // none for a 2xx
    QByteArray body;

    /// The body as a JSON object; an empty object when it is not one.
    QJsonObject object() const;
};

/// What the monitor knows beside the record when an answer is read.
struct FollowContext
{
    CloudFamily family = CloudFamily::OpenStack;
    /// Glance: this process sent the create and uploads the file once the create is confirmed.
    bool uploadRequested = false;
    QDateTime now; // UTC; the time an end is stamped with when the cloud gives none
};

/// What a follower made of one answer.
struct FollowStep
{
    enum class Next
    {
        Later,       // the job runs: ask again when the poll policy says
        Now,         // ask the next query at once (Cinder: the volume is back, the image tells)
        Ended,       // the record is terminal
        Stop,        // nothing changes on its own: no more polls until the operator acts
        StartUpload, // Glance: the create is confirmed; upload the file
        NoAnswer,    // not an answer (transport fault, 5xx, sign-in): the monitor's failure path
        Unreadable,  // a 2xx that could not be read: the record is unchanged, ask again later
    };
    Next next = Next::Later;
    JobChange::Flags changes;
    bool moved = false; // the state or progress changed (the poll policy asks sooner)
    QString why;        // Unreadable: what was wrong with the answer (for the log)
};

/// Follows one kind of job on its cloud to its end: which read to send next, and a pure
/// function from an answer to the job's next state. The monitor owns the records, the
/// schedule and the sessions; a follower owns no state of its own, so one instance serves
/// every job of its kind. A new kind of job is a new follower and its registration
/// (FollowerRegistry), nothing else.
class JobFollower
{
public:
    JobFollower() = default;
    virtual ~JobFollower() = default;
    Q_DISABLE_COPY_MOVE(JobFollower)

    /// Whether the record carries the cloud IDs this follower reads.
    virtual bool canFollow(const JobRecord &record) const = 0;
    /// The next read for `record`. `memo` holds the follower's notes on this job while it is
    /// watched (empty at the start, e.g. after a restart).
    virtual FollowQuery nextQuery(const JobRecord &record, const QVariantHash &memo) const = 0;
    /// Sends `query` through `session`; the job is owned by `parent`.
    virtual RestJob *send(
        CloudSession &session, const FollowQuery &query, QObject *parent) const = 0;
    /// Reads `answer` into `record` and `memo`. Pure: no I/O, no clock but `context.now`.
    /// Any answer, however malformed, ends in a FollowStep, never in a crash.
    virtual FollowStep read(JobRecord &record,
        QVariantHash &memo,
        const FollowAnswer &answer,
        const FollowContext &context) const = 0;
};
