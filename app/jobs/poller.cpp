#include "jobs/poller.h"

#include <QRandomGenerator>

#include "cloud/cloudsession.h"
#include "jobs/followerregistry.h"
#include "jobs/pollscheduler.h"
#include "jobs/reachability.h"
#include "jobs/uploadcontroller.h"
#include "logging.h"
#include "net/restjob.h"

using namespace std::chrono;

namespace {
using Changes = JobChange::Flags;
} // namespace

Poller::Poller(JobRecords &records,
    PollScheduler &scheduler,
    Reachability &reachability,
    UploadController &uploads,
    const PollPolicy &policy,
    QObject *parent)
    : QObject(parent)
    , m_records(records)
    , m_scheduler(scheduler)
    , m_reachability(reachability)
    , m_uploads(uploads)
    , m_policy(policy)
{
    connect(&m_scheduler, &PollScheduler::pollDue, this, &Poller::poll);
}

void Poller::pollIn(const QString &localId, milliseconds in)
{
    const std::optional<JobRecord> r = m_records.record(localId);
    if (!r) {
        forget(localId);
        return;
    }
    PollState &ps = m_poll[localId];
    if (ps.interval.count() == 0)
        ps.interval = m_policy.first;
    m_scheduler.schedule(localId, r->profileId, in);
    syncGiveUp(localId);
}

void Poller::forget(const QString &localId)
{
    m_poll.remove(localId);
    m_scheduler.remove(localId);
}

void Poller::stopPolling(const QString &localId)
{
    auto it = m_poll.find(localId);
    if (it == m_poll.end())
        return;
    if (it->inFlight)
        it->inFlight->abort();
    forget(localId);
}

void Poller::asking(const QString &localId, RestJob *job)
{
    const std::optional<JobRecord> r = m_records.record(localId);
    if (!r)
        return;
    m_poll[localId].inFlight = job;
    m_scheduler.markSent(localId, r->profileId);
}

bool Poller::isAsking(const QString &localId) const
{
    return m_scheduler.isInFlight(localId);
}

bool Poller::answered(const QString &localId)
{
    auto it = m_poll.find(localId);
    if (it == m_poll.end())
        return false; // stopped watching meanwhile
    it->inFlight = nullptr;
    m_scheduler.markAnswered(localId); // a job waiting for a free slot goes now
    if (!m_records.contains(localId)) {
        forget(localId);
        return false;
    }
    return true;
}

std::optional<double> Poller::estimatedProgress(const QString &localId) const
{
    const auto it = m_poll.constFind(localId);
    if (it == m_poll.cend())
        return std::nullopt;
    return PollPolicy::estimate(it->firstSample, it->lastSample, m_scheduler.now());
}

void Poller::syncGiveUp(const QString &localId)
{
    if (!m_scheduler.contains(localId))
        return;
    const std::optional<JobRecord> r = m_records.record(localId);
    if (!r)
        return;
    if (r->giveUpAfterSecs > 0)
        m_scheduler.setGiveUp(localId, r->giveUpAt());
    else
        m_scheduler.clearGiveUp(localId);
}

void Poller::poll(const QString &localId)
{
    const std::optional<JobRecord> r = m_records.record(localId);
    if (!r) {
        forget(localId);
        return;
    }
    CloudSession *session = m_records.session(r->profileId);
    if (!session) {
        pollIn(localId, m_policy.maximum);
        return;
    }
    const JobFollower *follower = FollowerRegistry::standard().forRecord(*r);
    if (!follower || !follower->canFollow(*r)) {
        stopPolling(localId);
        return;
    }
    if (m_uploads.isUploading(localId)) {
        forget(localId); // the upload's own answer tells; polled after it
        return;
    }
    ++m_pollCount;
    ++m_pollsPerJob[localId];
    PollState &ps = m_poll[localId];
    const FollowQuery query = follower->nextQuery(*r, ps.memo);
    RestJob *job = follower->send(*session, query, this);
    ps.inFlight = job;
    m_scheduler.markSent(localId, r->profileId);
    m_reachability.watch(job, r->profileId); // before the answer's own handler
    const CloudFamily family = session->profile().family;
    connect(job, &RestJob::finished, this, [this, localId, query, family](RestJob *j) {
        handleFollowAnswer(localId, query, family, j);
    });
}

void Poller::handleFollowAnswer(
    const QString &localId, const FollowQuery &query, CloudFamily family, RestJob *job)
{
    if (!answered(localId))
        return;
    const std::optional<JobRecord> current = m_records.record(localId);
    const JobFollower *follower =
        current ? FollowerRegistry::standard().forRecord(*current) : nullptr;
    if (!follower)
        return;
    const FollowAnswer answer{query, job->error(), job->body()};
    const FollowContext context{
        family, m_uploads.isExpected(localId), QDateTime::currentDateTimeUtc()};
    // The follower reads into a copy; the record changes only in update() below.
    JobRecord next = *current;
    const FollowStep step = follower->read(next, m_poll[localId].memo, answer, context);
    switch (step.next) {
    case FollowStep::Next::NoAnswer:
        m_uploads.settleCheck(localId, false);
        pollFailed(localId, current->profileId, job);
        return;
    case FollowStep::Next::Unreadable:
        qCWarning(lcJobs) << step.why;
        m_uploads.settleCheck(localId, false);
        schedulePollAfter(localId, false, -1);
        return;
    default:
        break;
    }
    m_records.update(localId, [&](JobRecord &rec) {
        rec = next;
        return step.changes;
    });
    m_uploads.settleCheck(localId, true);
    switch (step.next) {
    case FollowStep::Next::Now:
        pollIn(localId, milliseconds(0));
        return;
    case FollowStep::Next::StartUpload:
        forget(localId);
        m_uploads.start(localId);
        return;
    case FollowStep::Next::Stop:
        forget(localId); // nothing changes on its own: the operator acts
        m_records.save();
        return;
    default:
        afterPollAnswer(next, step.moved);
        return;
    }
}

void Poller::pollFailed(const QString &localId, const QString &profileId, RestJob *job)
{
    const ApiError &error = job->error();
    if (error.kind == ApiError::Kind::Aborted) {
        // Still watched, so not our own abort: its session was replaced (profile edited).
        pollIn(localId, milliseconds(500));
        return;
    }
    if (Reachability::isTransportFailure(error)) {
        // The cloud cannot be reached: the job waits with every other job of its profile,
        // and one probe asks whether the cloud answers again (no request storm, no failure).
        if (!m_reachability.isUnreachable(profileId))
            m_records.update(localId, [&](JobRecord &rec) {
                //: %1 = why the cloud could not be reached
                rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                                "The cloud could not be reached (%1): its jobs wait until it "
                                "answers again."),
                    {error.userMessage()});
                return Changes(JobChange::Other);
            });
        m_reachability.enterOutage(profileId, job->request().url, error);
        return;
    }
    // 5xx after retries, an auth failure: keep the job, ask again later.
    m_records.update(localId, [&](JobRecord &rec) {
        JobRecord::Event e =
            JobRecord::Event::note(QT_TRANSLATE_NOOP("JobMonitor", "Could not ask the cloud: %1"),
                {error.userMessage()},
                QDateTime::currentDateTimeUtc());
        if (rec.timeline.isEmpty() || rec.timeline.constLast().text != e.text)
            rec.addEvent(std::move(e));
        return Changes(JobChange::Other);
    });
    schedulePollAfter(localId, false, -1);
}

void Poller::afterPollAnswer(const JobRecord &record, bool changed)
{
    if (record.isTerminal()) {
        forget(record.localId);
        m_records.saveEndsSoon();
        m_records.finished(record.localId);
        return;
    }
    schedulePollAfter(record.localId, changed, record.progress);
}

void Poller::schedulePollAfter(const QString &localId, bool changed, double progress)
{
    auto it = m_poll.find(localId);
    if (it == m_poll.end())
        return;
    const qint64 now = m_scheduler.now();
    if (progress >= 0) {
        const PollPolicy::Sample sample{now, progress};
        // The rate is measured from the first sample that shows movement: a job may sit at 0%
        // through INIT, and counting that time would predict its end too late.
        if (!it->firstSample || it->firstSample->progress <= 0.0)
            it->firstSample = sample;
        it->lastSample = sample;
    }
    it->interval = m_policy.next(it->interval,
        changed,
        it->firstSample,
        it->lastSample,
        QRandomGenerator::global()->generateDouble(),
        m_poll.size());
    const std::optional<JobRecord> r = m_records.record(localId);
    if (!r)
        return;
    m_scheduler.schedule(localId, r->profileId, it->interval);
    syncGiveUp(localId);
}
