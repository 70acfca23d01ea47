#pragma once

#include <chrono>
#include <optional>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariantHash>

#include "cloud/cloudprofile.h"
#include "jobs/follower.h"
#include "jobs/jobrecords.h"
#include "jobs/pollpolicy.h"

class PollScheduler;
class Reachability;
class RestJob;
class UploadController;

/// Asks each due job's follower (FollowerRegistry) about it, and acts on the answer: the record
/// changes through JobRecords::update(), the next poll is scheduled with PollPolicy's backoff
/// (from the progress the polls measured), an end is told, an upload the follower asks for is
/// handed to UploadController, a transport failure goes to Reachability. Implements JobPolls for
/// the monitor's other parts. Knows records by local id only. GUI thread.
class Poller final : public QObject, public JobPolls
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Poller)
public:
    /// Every reference must outlive this object (the monitor owns them all); `uploads` is only
    /// used once polling runs, so it may be constructed after this object.
    Poller(JobRecords &records,
        PollScheduler &scheduler,
        Reachability &reachability,
        UploadController &uploads,
        const PollPolicy &policy,
        QObject *parent = nullptr);

    void pollIn(const QString &localId, std::chrono::milliseconds in) override;
    void stopPolling(const QString &localId) override;
    void asking(const QString &localId, RestJob *job) override;
    bool isAsking(const QString &localId) const override;
    bool answered(const QString &localId) override;
    void forget(const QString &localId) override;

    /// Whether the job is followed (scheduled or asked about).
    bool isPolled(const QString &localId) const { return m_poll.contains(localId); }
    /// The progress the job is expected to have reached now (PollPolicy::estimate).
    std::optional<double> estimatedProgress(const QString &localId) const;
    /// Hands the record's give-up deadline, if it has one, to the scheduler.
    void syncGiveUp(const QString &localId);

    int pollCount() const { return m_pollCount; }
    int pollsOf(const QString &localId) const { return m_pollsPerJob.value(localId); }
    /// Drops the job's poll count (the job is no longer tracked).
    void forgetCounts(const QString &localId) { m_pollsPerJob.remove(localId); }

private:
    /// How a followed job is polled; when is up to the scheduler.
    struct PollState
    {
        std::chrono::milliseconds interval{0};
        std::optional<PollPolicy::Sample> firstSample;
        std::optional<PollPolicy::Sample> lastSample;
        QPointer<RestJob> inFlight;
        QVariantHash memo; // the job's follower's notes while it is watched
    };

    void poll(const QString &localId);
    /// Reads a poll's answer through the job's follower, then acts on its step.
    void handleFollowAnswer(
        const QString &localId, const FollowQuery &query, CloudFamily family, RestJob *job);
    /// An answer with no news: asked again soon (session replaced) or later (5xx, auth); a
    /// transport failure makes the profile's cloud unreachable.
    void pollFailed(const QString &localId, const QString &profileId, RestJob *job);
    /// After an answer was read into the record: the end, or the next poll.
    void afterPollAnswer(const JobRecord &record, bool changed);
    void schedulePollAfter(const QString &localId, bool changed, double progress);

    JobRecords &m_records;
    PollScheduler &m_scheduler;
    Reachability &m_reachability;
    UploadController &m_uploads;
    const PollPolicy &m_policy;
    QHash<QString, PollState> m_poll;
    int m_pollCount = 0;
    QHash<QString, int> m_pollsPerJob;
};
