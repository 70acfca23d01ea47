#pragma once

#include <chrono>
#include <functional>
#include <optional>

#include <QString>

#include "jobs/jobchanges.h"
#include "jobs/jobrecord.h"

class CloudSession;
class RestJob;

/// The narrow view of JobMonitor's records that its parts (Reconciler, UploadController,
/// CreateSubmitter, Poller) work through; the monitor implements it. A record is named by its local
/// id: a part reads a copy and changes it only through update(), and never keeps a reference or a
/// pointer to one across anything that can save or call back (a save takes in what other
/// processes wrote, which may replace or move every record: issue 12, defect 2). GUI thread.
class JobRecords
{
public:
    using Edit = std::function<JobChange::Flags(JobRecord &)>;

    virtual ~JobRecords() = default;

    /// A copy of the job's record; none when it is not tracked (removed meanwhile).
    virtual std::optional<JobRecord> record(const QString &localId) const = 0;
    virtual bool contains(const QString &localId) const = 0;
    /// Applies `edit`; when it reports changes, the job is saved soon and the views are told.
    /// False when the job is not tracked.
    virtual bool update(const QString &localId, const Edit &edit) = 0;
    /// Tracks a new record (a fresh local id), to be written by the next save.
    virtual void add(JobRecord record) = 0;
    /// Stops tracking a job (its create was refused: nothing exists in the cloud).
    virtual void discard(const QString &localId) = 0;
    /// Writes what changed now; false and `error` when the store could not be written.
    virtual bool saveNow(QString *error) = 0;
    /// Writes what changed now, logging a failure (the next save tries again).
    virtual void save() = 0;
    /// Writes soon: ends come in bursts, one save for a burst.
    virtual void saveEndsSoon() = 0;
    /// The signed-in session of a profile; nullptr when there is none.
    virtual CloudSession *session(const QString &profileId) const = 0;
    /// Tells that the job reached an end (JobMonitor::jobFinished).
    virtual void finished(const QString &localId) = 0;
};

/// How a part of JobMonitor asks its polling about a job (named by local id); Poller implements
/// it. GUI thread.
class JobPolls
{
public:
    virtual ~JobPolls() = default;

    /// Polls the job `in` from now, through its follower.
    virtual void pollIn(const QString &localId, std::chrono::milliseconds in) = 0;
    /// Stops polling the job; a request about it that is on its way is aborted.
    virtual void stopPolling(const QString &localId) = 0;
    /// A request about the job (a look-up) is on its way: isAsking() until answered().
    virtual void asking(const QString &localId, RestJob *job) = 0;
    virtual bool isAsking(const QString &localId) const = 0;
    /// The answer to a request about the job came; false when it is no longer watched (removed
    /// or stopped meanwhile): the answer is then dropped.
    virtual bool answered(const QString &localId) = 0;
    /// Forgets the job's polling (nothing is on its way): it is not polled until pollIn().
    virtual void forget(const QString &localId) = 0;
};
