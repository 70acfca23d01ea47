#include "jobs/jobmonitor.h"

#include <algorithm>

#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <QUuid>

#include "auth/keystonesession.h"
#include "cloud/cloudsession.h"
#include "create/localfilerequest.h"
#include "jobs/createsubmitter.h"
#include "jobs/followerregistry.h"
#include "jobs/jobrecords.h"
#include "jobs/poller.h"
#include "jobs/reachability.h"
#include "jobs/reconciler.h"
#include "jobs/uploadcontroller.h"
#include "logging.h"

using namespace Qt::StringLiterals;
using namespace std::chrono;

/// The records as the monitor's parts see them: by local id, through a narrow interface
/// (jobs/jobrecords.h) rather than the monitor's members.
class JobMonitor::Host final : public JobRecords
{
public:
    explicit Host(JobMonitor *monitor)
        : m(monitor)
    { }

    std::optional<JobRecord> record(const QString &localId) const override
    {
        const int row = m->rowOf(localId);
        if (row < 0)
            return std::nullopt;
        return m->m_records.at(row);
    }
    bool contains(const QString &localId) const override { return m->rowOf(localId) >= 0; }
    bool update(const QString &localId, const Edit &edit) override
    {
        const int row = m->rowOf(localId);
        if (row < 0)
            return false;
        m->update(row, edit);
        return true;
    }
    void add(JobRecord record) override { m->append(std::move(record)); }
    void discard(const QString &localId) override
    {
        if (const int row = m->rowOf(localId); row >= 0)
            m->removeRow(row);
    }
    bool saveNow(QString *error) override { return m->m_sync.saveNow(error); }
    void save() override { m->m_sync.save(); }
    void saveEndsSoon() override { m->m_sync.saveEndsSoon(); }
    CloudSession *session(const QString &profileId) const override
    {
        return m->m_resolver ? m->m_resolver(profileId) : nullptr;
    }
    void finished(const QString &localId) override { Q_EMIT m->jobFinished(localId); }

private:
    JobMonitor *m;
};

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// The folder of the upload leases of the store at `storePath`: beside it, so every process
/// that uses the store (the GUI, submit, watch) sees the same ones.
QString leaseDirFor(const QString &storePath)
{
    if (storePath.isEmpty())
        return {};
    return QFileInfo(storePath).absoluteDir().filePath(u"upload-locks"_s);
}

} // namespace

JobMonitor::JobMonitor(JobStore store, QObject *parent)
    : QObject(parent)
    , m_sync(std::move(store), [this](const QString &localId) -> const JobRecord * {
        const int row = rowOf(localId);
        return row >= 0 ? &m_records.at(row) : nullptr;
    })
    , m_reachability(m_scheduler,
          m_policy,
          [this](const QString &profileId) { return m_resolver ? m_resolver(profileId) : nullptr; })
    , m_host(std::make_unique<Host>(this))
    , m_poller(*m_host, m_scheduler, m_reachability, m_upload, m_policy)
    , m_reconciler(*m_host, m_poller)
    , m_upload(*m_host, m_poller, [this] { return m_scheduler.now(); })
    , m_submitter(*m_host, m_poller, m_upload, m_policy)
    , m_obsImport(*m_host, m_poller, m_policy)
{
    connect(&m_obsImport, &ObsImportController::uploadEnded, this, &JobMonitor::uploadEnded);
    // The upload leases beside the job store: every process using this store shares them.
    m_obsImport.setLeaseDir(leaseDirFor(m_sync.store().path()));
    m_submitter.setRoute(CreationMethod::ImsLocalFile,
        [this](CloudSession *session,
            const CreateOrder &order,
            QObject *context,
            CreateSubmitter::DoneCallback done) {
            m_obsImport.submit(session,
                LocalFileRequest::fromOrder(order),
                order.imageName,
                order.marker,
                order.body,
                context,
                std::move(done));
        });
    connect(this, &JobMonitor::jobFinished, &m_obsImport, &ObsImportController::jobEnded);
    connect(&m_upload, &UploadController::uploadEnded, this, &JobMonitor::uploadEnded);
    connect(&m_upload, &UploadController::uploadWarning, this, &JobMonitor::uploadWarning);
    connect(&m_upload, &UploadController::imageDeleted, this, &JobMonitor::imageDeleted);
    connect(&m_reachability,
        &Reachability::reachabilityChanged,
        this,
        [this](const QString &profileId, bool reachable) {
            emitProfileRowsChanged(profileId);
            Q_EMIT cloudReachabilityChanged(profileId, reachable);
        });
    connect(&m_scheduler, &PollScheduler::giveUpReached, this, &JobMonitor::handleGiveUpReached);
    connect(&m_sync, &StoreSync::changedElsewhere, this, &JobMonitor::absorb);
    connect(&m_sync, &StoreSync::noticeTaken, this, &JobMonitor::storeNoticeTaken);
    connect(&m_sync,
        &StoreSync::loaded,
        this,
        [this](const QList<JobRecord> &records, const QString &error) {
            restoreFrom(records, error, {});
            Q_EMIT historyLoaded();
        });
}

JobMonitor::~JobMonitor()
{
    m_sync.flush(); // while every part still lives: a pending save needs the records
}

int JobMonitor::rowOf(const QString &localId) const
{
    return m_rows.value(localId, -1);
}

void JobMonitor::reindexFrom(int row)
{
    for (int i = row; i < m_records.size(); ++i)
        m_rows.insert(m_records.at(i).localId, i);
}

int JobMonitor::append(JobRecord record)
{
    const int row = int(m_records.size());
    appendAll({std::move(record)});
    return row;
}

void JobMonitor::appendAll(QList<JobRecord> records)
{
    if (records.isEmpty())
        return;
    const int first = int(m_records.size());
    const int last = first + int(records.size()) - 1;
    Q_EMIT jobAboutToBeAdded(first, last); // one bracket: a view sorts once, not per row
    m_records.reserve(m_records.size() + records.size());
    for (JobRecord &record : records) {
        m_rows.insert(record.localId, int(m_records.size()));
        m_sync.markDirty(record.localId); // callers that append what the store holds clear it
        m_records.append(std::move(record));
    }
    Q_EMIT jobAdded(first, last);
}

void JobMonitor::removeRow(int row)
{
    const QString id = m_records.at(row).localId;
    m_sync.markRemoved(id); // a later save must not take it back from the file
    m_poller.stopPolling(id);
    Q_EMIT jobAboutToBeRemoved(row);
    m_records.removeAt(row);
    m_rows.remove(id);
    m_poller.forgetCounts(id);
    m_upload.forget(id);
    reindexFrom(row);
    Q_EMIT jobRemoved(row);
}

void JobMonitor::restore(const std::function<bool(const JobRecord &)> &which)
{
    QString loadError;
    const QList<JobRecord> records = m_sync.load(&loadError);
    restoreFrom(records, loadError, which);
}

bool JobMonitor::saveNow(QString *error)
{
    QString why;
    if (m_sync.saveNow(&why))
        return true;
    qCWarning(lcJobs) << "could not save the job history:" << why;
    if (error)
        *error = why;
    return false;
}

void JobMonitor::restoreInBackground()
{
    // A long history never holds up the first window; the rows then come in one insertion.
    m_sync.loadInBackground();
}

void JobMonitor::storeNoticeTaken(const QString &notice)
{
    // A file moved aside (unreadable) starts a new one: what this process holds goes into it.
    for (const JobRecord &r : std::as_const(m_records)) {
        if (!r.isForeign())
            m_sync.markDirty(r.localId);
    }
    if (m_sync.hasUnsaved())
        m_sync.saveSoon();
    Q_EMIT storeNoticeChanged(notice);
}

void JobMonitor::restoreFrom(const QList<JobRecord> &records,
    const QString &loadError,
    const std::function<bool(const JobRecord &)> &which)
{
    if (!loadError.isEmpty())
        qCWarning(lcJobs) << "could not read the job history:" << loadError;
    m_sync.takeNotice();
    QList<JobRecord> fresh;
    QSet<QString> changedIds;
    QSet<QString> taken;
    for (JobRecord r : records) {
        if (rowOf(r.localId) >= 0 || taken.contains(r.localId) || (which && !which(r)))
            continue;
        taken.insert(r.localId);
        if (r.isForeign()) {
            fresh.append(std::move(r)); // shown, never followed or written
            continue;
        }
        bool changed = false;
        if (r.state == JobState::Submitting) {
            // The app stopped between saving the intent and reading the cloud's answer: the
            // create may or may not exist. Never re-send it on our own (reference/reliability §2).
            r.state = JobState::NeedsAttention;
            r.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                "The app stopped before the cloud answered the create request; it may "
                "or may not have been carried out."));
            changed = true;
        }
        // An OBS upload another process runs now (it holds the job's lease) is left as it is.
        if ((r.method == CreationMethod::GlanceCreateUpload || r.obsImport)
            && r.upload == JobRecord::Upload::Running && !r.isTerminal()
            && !(r.obsImport && m_obsImport.isUploadingElsewhere(r.localId))) {
            // The app stopped mid-upload: Glance puts the image back to queued (or kills it).
            r.upload = JobRecord::Upload::Incomplete;
            r.addNote(QT_TRANSLATE_NOOP(
                "JobMonitor", "The app stopped while the image file was being uploaded."));
            changed = true;
        }
        if (changed)
            changedIds.insert(r.localId);
        fresh.append(std::move(r));
    }
    const int first = int(m_records.size());
    appendAll(std::move(fresh));
    qint64 stagger = 0;
    for (int row = first; row < int(m_records.size()); ++row) {
        const JobRecord &added = m_records.at(row);
        if (!changedIds.contains(added.localId))
            m_sync.markClean(added.localId); // as the store holds it
        if (added.isForeign())
            continue;
        if (canReconcile(added)) {
            const QString id = added.localId;
            QTimer::singleShot(stagger, this, [this, id] { reconcile(id); });
            stagger += 100;
            continue;
        }
        const bool gaveUp = added.giveUpAfterSecs > 0 && added.giveUpAt() <= wallNow();
        const bool reconcile = added.method == CreationMethod::GlanceCreateUpload
            && added.state == JobState::NeedsAttention && hasCloudId(added) && !gaveUp;
        if ((added.state == JobState::Running || reconcile) && hasCloudId(added)) {
            m_poller.pollIn(added.localId, milliseconds(stagger)); // spread a restart's first polls
            stagger += 100;
        }
    }
    if (m_sync.hasUnsaved())
        m_sync.save();
}

bool JobMonitor::isAsking(const QString &localId) const
{
    return m_scheduler.isInFlight(localId);
}

std::optional<double> JobMonitor::estimatedProgress(const QString &localId) const
{
    return m_poller.estimatedProgress(localId);
}

void JobMonitor::absorb(const QList<JobRecord> &records)
{
    qint64 stagger = 0;
    for (const JobRecord &r : records) {
        const int row = rowOf(r.localId);
        if (row < 0) {
            if (!m_adoptForeign || m_sync.wasRemoved(r.localId))
                continue;
            qCInfo(lcJobs) << "job added by another process:" << r.localId;
            append(r);
            m_sync.markClean(r.localId); // the store has it
            if (r.state == JobState::Running && hasCloudId(r)) {
                m_poller.pollIn(r.localId, milliseconds(stagger));
                stagger += 100;
            }
            continue;
        }
        if (!JobStore::supersedes(r, m_records.at(row)))
            continue;
        const bool wasTerminal = m_records.at(row).isTerminal();
        m_records[row] = r;
        Q_EMIT jobChanged(
            row, Changes(StateChanged | ProgressChanged | ResultChanged | OtherChanged));
        if (r.isTerminal() || r.state == JobState::NeedsAttention
            || r.state == JobState::NotWatched) {
            m_poller.stopPolling(r.localId);
            if (r.isTerminal() && !wasTerminal)
                Q_EMIT jobFinished(r.localId);
        } else if (r.state == JobState::Running && hasCloudId(r) && !m_poller.isPolled(r.localId)) {
            m_poller.pollIn(r.localId, milliseconds(stagger));
            stagger += 100;
        }
    }
}

void JobMonitor::update(int row, const std::function<Changes(JobRecord &)> &fn)
{
    if (row < 0 || row >= m_records.size())
        return;
    const Changes changes = fn(m_records[row]);
    if (changes) {
        m_sync.markDirty(m_records.at(row).localId);
        Q_EMIT jobChanged(row, changes);
        m_sync.saveSoon();
    }
}

void JobMonitor::submit(CloudSession *session,
    const CreateOrder &order,
    QObject *context,
    std::function<void(const ApiError &, const QString &)> done)
{
    QPointer<JobMonitor> self(this);
    m_submitter.submit(session, order, context,
        [self, done = std::move(done)](const ApiError &error, const QString &localId) {
            done(error, localId);
            // Outcome unknown (tracked, needs attention): look it up by itself until found.
            if (self && error && !localId.isEmpty())
                self->m_reconciler.lookUpUntilFound(localId);
        });
}

void JobMonitor::setCreateRoute(CreationMethod method, CreateSubmitter::Route route)
{
    m_submitter.setRoute(method, std::move(route));
}

void JobMonitor::submitIms(CloudSession *session,
    CreationMethod method,
    const QString &name,
    const QString &marker,
    const QJsonObject &body,
    QObject *context,
    std::function<void(const ApiError &, const QString &)> done)
{
    submit(session, CreateOrder{method, name, marker, body, {}, {}, {}}, context, std::move(done));
}

void JobMonitor::submitNova(CloudSession *session,
    const QString &serverId,
    const QString &name,
    const QString &marker,
    const QJsonObject &body,
    QObject *context,
    std::function<void(const ApiError &, const QString &)> done)
{
    submit(session,
        CreateOrder{CreationMethod::NovaCreateImage, name, marker, body, serverId, {}, {}},
        context,
        std::move(done));
}

void JobMonitor::submitCinder(CloudSession *session,
    const QString &volumeId,
    const QString &name,
    const QJsonObject &body,
    QObject *context,
    std::function<void(const ApiError &, const QString &)> done)
{
    submit(session,
        CreateOrder{CreationMethod::CinderUploadToImage, name, {}, body, volumeId, {}, {}},
        context,
        std::move(done));
}

void JobMonitor::submitGlance(CloudSession *session,
    const QString &name,
    const QString &imageId,
    const QJsonObject &body,
    const QString &filePath,
    QObject *context,
    std::function<void(const ApiError &, const QString &)> done)
{
    submit(session,
        CreateOrder{CreationMethod::GlanceCreateUpload, name, imageId, body, {}, filePath, {}},
        context,
        std::move(done));
}

void JobMonitor::setNovaMicroversionCeiling(NovaMicroversion ceiling)
{
    m_submitter.setNovaMicroversionCeiling(ceiling);
}

QString JobMonitor::trackImsJob(const QString &profileId,
    const QString &cloudLabel,
    CreationMethod method,
    const QString &name,
    const QString &jobId,
    const QDateTime &created)
{
    JobRecord r;
    r.localId = newId();
    r.method = method;
    r.profileId = profileId;
    r.cloudLabel = cloudLabel;
    r.name = name;
    r.jobId = jobId;
    r.created = created.isValid() ? created : QDateTime::currentDateTimeUtc();
    r.state = JobState::Running;
    //: %1 = the cloud's job ID
    r.addNote(QT_TRANSLATE_NOOP("JobMonitor", "Following job %1"), {jobId}, r.created);
    const QString id = r.localId;
    append(r);
    m_sync.saveSoon();
    m_poller.pollIn(id, milliseconds(0));
    return id;
}

QString JobMonitor::trackActionJob(JobRecord r)
{
    r.localId = newId();
    if (!r.created.isValid())
        r.created = QDateTime::currentDateTimeUtc();
    r.state = JobState::Running;
    r.addNote(QT_TRANSLATE_NOOP("JobMonitor", "Following job %1"), {r.jobId}, r.created);
    const QString id = r.localId;
    append(r);
    m_sync.saveSoon();
    m_poller.pollIn(id, milliseconds(0));
    return id;
}

bool JobMonitor::hasCloudId(const JobRecord &r)
{
    return FollowerRegistry::standard().canFollow(r);
}

bool JobMonitor::isWaitingForCloud(const JobRecord &record) const
{
    return m_reachability.isWaitingForCloud(record, isUploading(record.localId));
}

void JobMonitor::emitProfileRowsChanged(const QString &profileId)
{
    for (int row = 0; row < m_records.size(); ++row) {
        const JobRecord &r = m_records.at(row);
        if (r.profileId == profileId && r.state == JobState::Running)
            Q_EMIT jobChanged(row, StateChanged);
    }
}

void JobMonitor::setWallClock(std::function<QDateTime()> clock)
{
    m_scheduler.setWallClock(std::move(clock));
}

QDateTime JobMonitor::wallNow() const
{
    return m_scheduler.wallNow();
}

void JobMonitor::setGiveUpAfter(const QString &localId, qint64 seconds)
{
    const int row = rowOf(localId);
    if (row < 0)
        return;
    seconds = std::max<qint64>(0, seconds);
    update(row, [&](JobRecord &rec) {
        if (rec.giveUpAfterSecs == seconds)
            return Changes();
        rec.giveUpAfterSecs = seconds;
        if (seconds == 0)
            rec.addNote(
                QT_TRANSLATE_NOOP("JobMonitor", "No time limit: the monitor waits for the end."),
                {},
                wallNow());
        else
            //: %1 = a duration such as "2 h 0 min"
            rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                            "Time limit set: the monitor stops waiting %1 after the start."),
                {TransferRate::durationText(seconds)},
                wallNow());
        return Changes(OtherChanged);
    });
    m_sync.save();
    m_poller.syncGiveUp(localId);
}

void JobMonitor::handleGiveUpReached(const QString &localId)
{
    // Checked again here: the record may have changed since its deadline was set. A job that
    // is not running now gets its deadline back when it is next scheduled.
    const int row = rowOf(localId);
    if (row < 0)
        return;
    const JobRecord &r = m_records.at(row);
    if (r.giveUpAfterSecs > 0 && r.state == JobState::Running && !isUploading(r.localId)
        && r.giveUpAt() <= wallNow())
        giveUp(row);
}

void JobMonitor::giveUp(int row)
{
    const QString localId = m_records.at(row).localId;
    m_poller.stopPolling(localId);
    update(row, [&](JobRecord &rec) {
        rec.state = JobState::NeedsAttention;
        //: %1 = the job's time limit as a duration such as "2 h 0 min"
        rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                        "The monitor stopped waiting after %1, the limit set for this job. The "
                        "cloud may still finish the work: Retry poll watches it again."),
            {TransferRate::durationText(rec.giveUpAfterSecs)},
            wallNow());
        return Changes(StateChanged | ResultChanged);
    });
    m_sync.save();
    Q_EMIT jobFinished(localId);
}

void JobMonitor::pollNow(const QString &localId)
{
    if (const int at = rowOf(localId); at >= 0 && m_resolver) {
        // The operator asks: a sign-in refused before may be tried once more (defect 1).
        CloudSession *session = m_resolver(m_records.at(at).profileId);
        if (session && session->auth())
            session->auth()->retrySignIn();
    }
    if (watchAgain(localId))
        return;
    const int row = rowOf(localId);
    if (row >= 0 && canReconcile(m_records.at(row))) {
        reconcile(localId);
        return;
    }
    if (row < 0 || m_records.at(row).isTerminal() || !hasCloudId(m_records.at(row)))
        return;
    if (m_records.at(row).state == JobState::NeedsAttention) {
        const bool limitPassed =
            m_records.at(row).giveUpAfterSecs > 0 && m_records.at(row).giveUpAt() <= wallNow();
        const bool glance = m_records.at(row).method == CreationMethod::GlanceCreateUpload;
        if (limitPassed || !glance) // Glance: reconciled by its answer
            update(row, [&](JobRecord &rec) {
                if (limitPassed) {
                    rec.giveUpAfterSecs = 0; // watched again, without a limit
                    rec.addNote(
                        QT_TRANSLATE_NOOP("JobMonitor", "Watching again, without a time limit."),
                        {},
                        wallNow());
                }
                if (!glance)
                    rec.state = JobState::Running;
                return Changes(StateChanged | OtherChanged);
            });
    }
    if (m_scheduler.isInFlight(localId))
        return;
    m_reachability.probeSoon(m_records.at(row).profileId); // if unreachable: is it back?
    m_poller.pollIn(localId, milliseconds(0));
}

void JobMonitor::pollProfileNow(const QString &profileId)
{
    m_reachability.reset(profileId);
    qint64 stagger = 0;
    for (const JobRecord &r : std::as_const(m_records)) {
        if (r.profileId != profileId || r.state != JobState::Running || !hasCloudId(r))
            continue;
        if (m_scheduler.isInFlight(r.localId))
            continue;
        m_poller.pollIn(r.localId, milliseconds(stagger));
        stagger += 50;
    }
}

void JobMonitor::stopWatching(const QString &localId)
{
    const int row = rowOf(localId);
    if (row < 0 || m_records.at(row).isTerminal())
        return;
    if (cancelUpload(localId))
        return; // what runs locally is aborted (interfaces.md §7)
    if (m_records.at(row).state == JobState::NotWatched)
        return;
    m_poller.stopPolling(localId);
    update(row, [](JobRecord &rec) {
        // Not an end: the cloud carries on, and Watch Again learns how it ended.
        rec.state = JobState::NotWatched;
        rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
            "Stopped watching. The cloud cannot cancel this work and carries on "
            "with it; Watch Again asks it how it ended."));
        return Changes(StateChanged | ResultChanged);
    });
    m_sync.save();
}

bool JobMonitor::watchAgain(const QString &localId)
{
    const int row = rowOf(localId);
    if (row < 0 || m_records.at(row).state != JobState::NotWatched)
        return false;
    update(row, [this](JobRecord &rec) {
        rec.state = hasCloudId(rec) ? JobState::Running : JobState::NeedsAttention;
        rec.addNote(QT_TRANSLATE_NOOP("JobMonitor", "Watching again."));
        return Changes(StateChanged | ResultChanged);
    });
    m_sync.save();
    if (canReconcile(m_records.at(row)))
        reconcile(localId);
    else
        m_poller.pollIn(localId, milliseconds(0));
    return true;
}

void JobMonitor::remove(const QString &localId)
{
    const int row = rowOf(localId);
    if (row < 0)
        return;
    m_upload.cancel(localId);
    removeRow(row);
    m_sync.save();
}

namespace {

bool finishedBefore(const JobRecord &r, const QDateTime &endedBefore)
{
    if (!r.isTerminal() || r.isForeign())
        return false;
    if (!endedBefore.isValid())
        return true;
    const QDateTime ended = r.finished.isValid() ? r.finished : r.created;
    return ended.isValid() && ended < endedBefore;
}

} // namespace

int JobMonitor::countFinished(const QDateTime &endedBefore) const
{
    return int(std::count_if(m_records.cbegin(), m_records.cend(), [&](const JobRecord &r) {
        return finishedBefore(r, endedBefore);
    }));
}

int JobMonitor::clearFinished(const QDateTime &endedBefore)
{
    int removed = 0;
    for (int row = int(m_records.size()) - 1; row >= 0; --row) {
        if (finishedBefore(m_records.at(row), endedBefore)) {
            removeRow(row);
            ++removed;
        }
    }
    if (removed > 0)
        m_sync.save();
    return removed;
}

std::optional<JobMonitor::UploadStatus> JobMonitor::uploadStatus(const QString &localId) const
{
    return m_upload.status(localId);
}

bool JobMonitor::isUploading(const QString &localId) const
{
    return m_upload.isUploading(localId) || m_obsImport.isUploading(localId);
}

bool JobMonitor::resumeUpload(const QString &localId)
{
    return m_upload.resume(localId) || m_obsImport.resume(localId);
}

bool JobMonitor::cancelUpload(const QString &localId)
{
    return m_upload.cancel(localId) || m_obsImport.cancel(localId);
}

bool JobMonitor::deleteImage(const QString &localId)
{
    return m_upload.deleteImage(localId);
}

void JobMonitor::setUploadDigests(const QStringList &algorithms)
{
    m_upload.setDigests(algorithms);
}

bool JobMonitor::canReconcile(const JobRecord &record)
{
    return Reconciler::canReconcile(record);
}

void JobMonitor::reconcile(const QString &localId)
{
    m_reconciler.reconcile(localId);
}
