#include "jobs/reachability.h"

#include <QRandomGenerator>

#include "cloud/cloudsession.h"
#include "jobs/jobrecord.h"
#include "jobs/pollpolicy.h"
#include "jobs/pollscheduler.h"
#include "logging.h"
#include "net/authprovider.h"
#include "net/restclient.h"
#include "net/restjob.h"

using namespace Qt::StringLiterals;
using namespace std::chrono;

Reachability::Reachability(
    PollScheduler &scheduler, const PollPolicy &policy, SessionResolver sessions, QObject *parent)
    : QObject(parent)
    , m_scheduler(scheduler)
    , m_policy(policy)
    , m_sessions(std::move(sessions))
{
    connect(&m_scheduler, &PollScheduler::profileDue, this, &Reachability::sendProbe);
}

bool Reachability::isTransportFailure(const ApiError &error)
{
    return error.kind == ApiError::Kind::ConnectionFailed
        || error.kind == ApiError::Kind::ConnectionLost || error.kind == ApiError::Kind::Timeout;
}

bool Reachability::isWaitingForCloud(const JobRecord &record, bool uploadingHere) const
{
    return !m_outages.isEmpty() && record.state == JobState::Running
        && m_outages.contains(record.profileId) && !uploadingHere && !record.isIncompleteUpload();
}

void Reachability::scheduleProbe(const QString &profileId, int probesSoFar)
{
    m_scheduler.scheduleProfile(
        profileId, m_policy.probeDelay(probesSoFar, QRandomGenerator::global()->generateDouble()));
}

void Reachability::enterOutage(
    const QString &profileId, const QUrl &failedUrl, const ApiError &error)
{
    if (m_outages.contains(profileId))
        return; // already waiting: this job joins the others
    QUrl url = failedUrl;
    if (!url.isValid() || url.host().isEmpty()) {
        if (CloudSession *session = m_sessions ? m_sessions(profileId) : nullptr)
            url = session->profile().authUrl;
    }
    Outage outage;
    QUrl root;
    root.setScheme(url.scheme());
    root.setHost(url.host());
    root.setPort(url.port());
    root.setPath(u"/"_s);
    outage.probeUrl = root;
    m_outages.insert(profileId, outage);
    m_scheduler.pauseProfile(profileId);
    scheduleProbe(profileId, 0);
    qCInfo(lcJobs) << "cloud unreachable, polling paused:" << profileId << int(error.kind);
    Q_EMIT reachabilityChanged(profileId, false);
}

void Reachability::sendProbe(const QString &profileId)
{
    auto it = m_outages.find(profileId);
    if (it == m_outages.end() || it->probe)
        return;
    CloudSession *session = m_sessions ? m_sessions(profileId) : nullptr;
    RestClient *client = session ? session->client() : nullptr;
    if (!client || !it->probeUrl.isValid()) {
        scheduleProbe(profileId, it->probes);
        return;
    }
    // One plain GET of the origin's root, without a token and without retries: any HTTP
    // answer, even 404, means the cloud is back.
    RestRequest request;
    request.url = it->probeUrl;
    request.kind = RequestKind::Query;
    request.maxAttempts = 1;
    if (const AuthProvider *auth = session->authProvider())
        request.proxy = auth->proxyResolver(); // the profile's proxy, like its other requests
    RestJob *job = client->create(request, this);
    it->probe = job;
    ++it->probes;
    ++m_probeCount;
    connect(job, &RestJob::finished, this, [this, profileId](RestJob *j) {
        auto at = m_outages.find(profileId);
        if (at == m_outages.end() || at->probe != j)
            return; // ended meanwhile (reset)
        at->probe = nullptr;
        if (isTransportFailure(j->error())) {
            scheduleProbe(profileId, at->probes);
            return;
        }
        leaveOutage(profileId);
    });
    job->start();
}

void Reachability::leaveOutage(const QString &profileId)
{
    if (!m_outages.remove(profileId))
        return;
    m_scheduler.cancelProfile(profileId);
    m_scheduler.resumeProfile(profileId);
    qCInfo(lcJobs) << "cloud reachable again, polling resumed:" << profileId;
    // Every waiting job is asked again soon, spread out so they do not all go at once (the
    // per-profile cap still bounds what is in flight).
    const QStringList waiting = m_scheduler.waiting(profileId);
    const qint64 window = std::min<qint64>(qint64(waiting.size()) * 25, m_policy.maximum.count());
    for (const QString &id : waiting) {
        m_scheduler.schedule(id,
            profileId,
            milliseconds(qint64(QRandomGenerator::global()->generateDouble() * double(window))));
    }
    Q_EMIT reachabilityChanged(profileId, true);
}

void Reachability::watch(RestJob *job, const QString &profileId)
{
    connect(job, &RestJob::finished, this, [this, profileId](RestJob *j) {
        if (m_outages.isEmpty() || !m_outages.contains(profileId))
            return;
        const ApiError &error = j->error();
        if (!isTransportFailure(error) && error.kind != ApiError::Kind::Aborted)
            leaveOutage(profileId);
    });
}

void Reachability::probeSoon(const QString &profileId)
{
    if (auto it = m_outages.find(profileId); it != m_outages.end() && !it->probe)
        m_scheduler.scheduleProfile(profileId, milliseconds(0));
}

void Reachability::reset(const QString &profileId)
{
    auto it = m_outages.find(profileId);
    if (it == m_outages.end())
        return;
    // Forgotten before the abort: an aborted probe answers at once, and must find nothing.
    const QPointer<RestJob> probe = it->probe;
    m_outages.erase(it);
    m_scheduler.cancelProfile(profileId);
    m_scheduler.resumeProfile(profileId);
    if (probe)
        probe->abort();
    Q_EMIT reachabilityChanged(profileId, true);
}
