#pragma once

#include <functional>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include "net/apierror.h"

class CloudSession;
class PollScheduler;
class RestJob;
struct JobRecord;
struct PollPolicy;

/// Per profile, whether its cloud can be reached. A transport failure (refused, no route or
/// name, timeout: not an HTTP error) starts an outage: the profile's jobs are paused in the
/// scheduler, without polling and without failing, while one probe at a time (a plain GET of
/// the failed origin's root, PollPolicy::probeDelay apart) asks whether the cloud answers again.
/// Any answer, a probe's or a late poll's, ends the outage: the waiting jobs are polled again
/// soon, spread out. reachabilityChanged() tells each change. Knows jobs by id only. GUI thread.
class Reachability final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Reachability)
public:
    using SessionResolver = std::function<CloudSession *(const QString &profileId)>;

    /// `scheduler` and `policy` must outlive this object (the monitor owns all three).
    Reachability(PollScheduler &scheduler,
        const PollPolicy &policy,
        SessionResolver sessions,
        QObject *parent = nullptr);

    /// Nothing or no answer came back: refused, no route, no such host, timed out. An HTTP
    /// error, a TLS or a sign-in refusal is an answer: the cloud is there.
    static bool isTransportFailure(const ApiError &error);

    bool isUnreachable(const QString &profileId) const { return m_outages.contains(profileId); }
    /// Whether this job waits for its cloud (running, not uploading here, not an incomplete
    /// upload, its profile unreachable).
    bool isWaitingForCloud(const JobRecord &record, bool uploadingHere) const;
    /// Probes sent since start.
    int probeCount() const { return m_probeCount; }

    /// A request to `failedUrl` (empty: the profile's auth URL) got no answer: the profile's
    /// jobs wait. Nothing more when the profile already waits.
    void enterOutage(const QString &profileId, const QUrl &failedUrl, const ApiError &error);
    /// The cloud answered: its waiting jobs are polled again soon, spread out.
    void leaveOutage(const QString &profileId);
    /// A poll on its way when the cloud became unreachable that gets an answer after all ends
    /// the outage at once. Connect before the poll's own handler.
    void watch(RestJob *job, const QString &profileId);
    /// The operator asks: the probe goes now, unless one is on its way.
    void probeSoon(const QString &profileId);
    /// Ends the profile's outage without asking (its cloud is known to be back); the caller
    /// schedules its jobs.
    void reset(const QString &profileId);

Q_SIGNALS:
    /// A profile's cloud stopped answering (false) or answers again (true).
    void reachabilityChanged(const QString &profileId, bool reachable);

private:
    struct Outage
    {
        QUrl probeUrl; // the root of the origin that failed: any HTTP answer will do
        int probes = 0;
        QPointer<RestJob> probe;
    };

    void sendProbe(const QString &profileId);
    void scheduleProbe(const QString &profileId, int probesSoFar);

    PollScheduler &m_scheduler;
    const PollPolicy &m_policy;
    SessionResolver m_sessions;
    QHash<QString, Outage> m_outages; // profile id -> its unreachable cloud
    int m_probeCount = 0;
};
