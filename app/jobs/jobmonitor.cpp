#include "jobs/jobmonitor.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

#include "cloud/cloudsession.h"
#include "create/novacreateimagerequest.h"
#include "logging.h"
#include "model/glanceimage.h"
#include "model/imsjob.h"
#include "model/novaversion.h"
#include "net/redact.h"
#include "net/restjob.h"

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace {
constexpr int RoutineSaveIntervalMs = 2000;
}

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString percentText(double p)
{
    return p < 0 ? QString() : u" %1%"_s.arg(qRound(p * 100));
}

} // namespace

JobMonitor::JobMonitor(JobStore store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &JobMonitor::handleTick);
    m_saveTimer.setSingleShot(true);
    // Routine progress is saved at most this often; intents, acceptances and ends are saved
    // at once (persist()), and a lost progress figure is simply polled again.
    m_saveTimer.setInterval(RoutineSaveIntervalMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &JobMonitor::persist);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(150); // a save is a burst of change notifications
    connect(&m_reloadTimer, &QTimer::timeout, this, &JobMonitor::reloadStore);
}

JobMonitor::~JobMonitor()
{
    m_destroying = true;
    if (m_saveTimer.isActive())
        persist();
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

QByteArray JobMonitor::stampOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    return QByteArray::number(info.size()) + '@'
        + QByteArray::number(info.lastModified().toMSecsSinceEpoch()) + '@'
        + QByteArray::number(info.metadataChangeTime().toMSecsSinceEpoch());
}

int JobMonitor::append(JobRecord record)
{
    const int row = int(m_records.size());
    Q_EMIT jobAboutToBeAdded(row);
    m_rows.insert(record.localId, row);
    m_records.append(std::move(record));
    Q_EMIT jobAdded(row);
    return row;
}

void JobMonitor::removeRow(int row)
{
    const QString id = m_records.at(row).localId;
    m_removed.insert(id); // a later save must not take it back from the file
    finishPolling(id);
    Q_EMIT jobAboutToBeRemoved(row);
    m_records.removeAt(row);
    m_rows.remove(id);
    reindexFrom(row);
    Q_EMIT jobRemoved(row);
}

void JobMonitor::restore()
{
    const QList<JobRecord> records = m_store.load();
    qint64 stagger = 0;
    for (JobRecord r : records) {
        if (rowOf(r.localId) >= 0)
            continue;
        if (r.state == JobState::Submitting) {
            // The app stopped between saving the intent and reading the cloud's answer: the
            // create may or may not exist. Never re-send it on our own (reference/reliability §2).
            r.state = JobState::NeedsAttention;
            r.addEvent(tr("The app stopped before the cloud answered the create request; it may "
                          "or may not have been carried out."));
        }
        const int row = append(r);
        const JobRecord &added = m_records.at(row);
        if (added.state == JobState::Running && hasCloudId(added)) {
            schedule(added.localId, milliseconds(stagger)); // spread a restart's first polls
            stagger += 100;
        }
    }
    if (!records.isEmpty())
        persist();
}

void JobMonitor::persist()
{
    m_saveTimer.stop();
    m_saveTimer.setInterval(RoutineSaveIntervalMs);
    QString error;
    if (!saveStore(&error))
        qCWarning(lcJobs) << "could not save the job history:" << error;
}

bool JobMonitor::saveStore(QString *error)
{
    QList<JobRecord> merged;
    if (!m_store.save(m_records, error, m_removed, &merged))
        return false;
    m_lastWrite = stampOf(m_store.path());
    if (!m_destroying)
        absorb(merged);
    return true;
}

void JobMonitor::watchStore()
{
    if (m_watcher)
        return;
    m_watcher = new QFileSystemWatcher(this);
    QDir().mkpath(QFileInfo(m_store.path()).absolutePath());
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_reloadTimer.start(); });
    connect(
        m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_reloadTimer.start(); });
    watchStoreFile();
}

void JobMonitor::watchStoreFile()
{
    if (!m_watcher)
        return;
    const QString dir = QFileInfo(m_store.path()).absolutePath();
    if (!m_watcher->directories().contains(dir))
        m_watcher->addPath(dir);
    // An atomic save renames a new file over the old one: the watch on the old inode ends.
    if (QFileInfo::exists(m_store.path()) && !m_watcher->files().contains(m_store.path()))
        m_watcher->addPath(m_store.path());
}

void JobMonitor::reloadStore()
{
    watchStoreFile();
    if (!m_lastWrite.isEmpty() && stampOf(m_store.path()) == m_lastWrite)
        return; // our own save woke the watcher: nothing new
    QString error;
    const QList<JobRecord> records = m_store.load(&error);
    if (!error.isEmpty()) {
        qCWarning(lcJobs) << "could not re-read the job history:" << error;
        return;
    }
    absorb(records);
}

void JobMonitor::absorb(const QList<JobRecord> &records)
{
    qint64 stagger = 0;
    for (const JobRecord &r : records) {
        const int row = rowOf(r.localId);
        if (row < 0) {
            if (!m_adoptForeign || m_removed.contains(r.localId))
                continue;
            qCInfo(lcJobs) << "job added by another process:" << r.localId;
            append(r);
            if (r.state == JobState::Running && hasCloudId(r)) {
                schedule(r.localId, milliseconds(stagger));
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
        if (r.isTerminal() || r.state == JobState::NeedsAttention) {
            finishPolling(r.localId);
            if (r.isTerminal() && !wasTerminal)
                Q_EMIT jobFinished(r.localId);
        } else if (r.state == JobState::Running && hasCloudId(r) && !m_poll.contains(r.localId)) {
            schedule(r.localId, milliseconds(stagger));
            stagger += 100;
        }
    }
}

void JobMonitor::persistEndsSoon()
{
    // Ends come in bursts (many jobs started together end together): one save for a burst.
    // A lost end is harmless: the job is simply polled again after a restart.
    constexpr int EndSaveDelayMs = 250;
    if (!m_saveTimer.isActive() || m_saveTimer.remainingTime() > EndSaveDelayMs)
        m_saveTimer.start(EndSaveDelayMs);
}

void JobMonitor::persistSoon()
{
    if (!m_saveTimer.isActive())
        m_saveTimer.start();
}

void JobMonitor::update(int row, const std::function<Changes(JobRecord &)> &fn)
{
    if (row < 0 || row >= m_records.size())
        return;
    const Changes changes = fn(m_records[row]);
    if (changes) {
        Q_EMIT jobChanged(row, changes);
        persistSoon();
    }
}

QString JobMonitor::writeIntent(CloudSession *session,
    CreationMethod method,
    const QString &name,
    const QString &marker,
    const std::function<void(JobRecord &)> &prepare,
    QObject *context,
    const DoneCallback &done)
{
    const CloudProfile &profile = session->profile();
    JobRecord r;
    r.localId = newId();
    r.method = method;
    r.profileId = profile.id;
    r.cloudLabel =
        profile.region.isEmpty() ? profile.name : u"%1 · %2"_s.arg(profile.name, profile.region);
    r.name = name;
    r.marker = marker;
    r.created = QDateTime::currentDateTimeUtc();
    r.state = JobState::Submitting;
    r.addEvent(tr("Create request being sent"), r.created);
    if (prepare)
        prepare(r);
    const QString localId = r.localId;
    append(r);

    // The intent is durable before a single byte of the create leaves: after a crash the record
    // says a create may exist, and its marker finds it.
    QString saveError;
    if (!saveStore(&saveError)) {
        removeRow(rowOf(localId));
        //: %1 = file system error
        const ApiError e = ApiError::make(ApiError::Kind::Configuration,
            tr("the job history could not be saved (%1), so nothing was sent").arg(saveError));
        QMetaObject::invokeMethod(
            context, [done, e] { done(e, {}); }, Qt::QueuedConnection);
        return {};
    }
    return localId;
}

void JobMonitor::handleCreateAnswer(const QString &localId,
    RestJob *j,
    const AcceptFn &accept,
    QPointer<QObject> guard,
    const DoneCallback &done)
{
    const int row = rowOf(localId);
    if (row < 0)
        return; // removed meanwhile
    const ApiError &error = j->error();
    QString why;
    if (!error && accept(j, m_records[row], &why)) {
        update(row, [&](JobRecord &rec) {
            rec.state = JobState::Running;
            rec.lastResponse = Redact::body(j->body());
            return Changes(StateChanged | ResultChanged);
        });
        persist();
        schedule(localId, m_policy.first);
        if (guard)
            done({}, localId);
        return;
    }
    if (!error || error.outcomeUnknown()) {
        // Accepted but unreadable, or no answer at all: the create may exist. Never re-sent.
        ApiError e = error ? error : ApiError::make(ApiError::Kind::InvalidResponse, why);
        update(row, [&](JobRecord &rec) {
            rec.state = JobState::NeedsAttention;
            rec.failReason = e.userMessage();
            rec.lastResponse = Redact::body(j->body());
            rec.addEvent(tr("Outcome unknown: %1").arg(e.userMessage()));
            return Changes(StateChanged | ResultChanged);
        });
        persist();
        if (guard)
            done(e, localId);
        return;
    }
    // Refused (4xx, refused connection, ...): nothing exists on the cloud, nothing to track.
    qCInfo(lcJobs) << "create refused:" << error.httpStatus << error.serviceCode;
    removeRow(row);
    persist();
    if (guard)
        done(error, {});
}

void JobMonitor::submitIms(CloudSession *session,
    CreationMethod method,
    const QString &name,
    const QString &marker,
    const QJsonObject &body,
    QObject *context,
    std::function<void(const ApiError &, const QString &)> done)
{
    const QString localId = writeIntent(session, method, name, marker, {}, context, done);
    if (localId.isEmpty())
        return;
    RestJob *job = session->createImsImage(body, this);
    const AcceptFn accept = [this](RestJob *j, JobRecord &rec, QString *why) {
        const QString jobId = j->json().object().value(u"job_id"_s).toString();
        if (jobId.isEmpty()) {
            *why = tr("the answer carried no job_id");
            return false;
        }
        rec.jobId = jobId;
        //: %1 = the cloud's job ID
        rec.addEvent(tr("Accepted by the cloud as job %1").arg(jobId));
        return true;
    };
    connect(
        job, &RestJob::finished, this, [=, this, guard = QPointer<QObject>(context)](RestJob *j) {
            handleCreateAnswer(localId, j, accept, guard, done);
        });
}

void JobMonitor::submitNova(CloudSession *session,
    const QString &serverId,
    const QString &name,
    const QString &marker,
    const QJsonObject &body,
    QObject *context,
    std::function<void(const ApiError &, const QString &)> done)
{
    const QString localId = writeIntent(
        session,
        CreationMethod::NovaCreateImage,
        name,
        marker,
        [&](JobRecord &r) { r.serverId = serverId; },
        context,
        done);
    if (localId.isEmpty())
        return;
    QPointer<QObject> guard(context);
    QPointer<CloudSession> s(session);
    // The microversion decides where the image id comes back (seed 001, interfaces.md §7).
    RestJob *versions = session->novaVersions(this);
    connect(versions, &RestJob::finished, this, [=, this](RestJob *v) {
        const int row = rowOf(localId);
        if (row < 0 || !s)
            return;
        const auto doc = v->error() ? std::nullopt : NovaVersion::fromJson(v->json().object());
        if (!doc) {
            // Nothing was created yet: the create was never sent.
            removeRow(row);
            persist();
            if (guard)
                done(v->error() ? v->error()
                                : ApiError::make(ApiError::Kind::InvalidResponse,
                                    tr("the compute service sent no version document")),
                    {});
            return;
        }
        const NovaMicroversion mv = doc->choose(m_novaCeiling);
        update(row, [&](JobRecord &rec) {
            //: %1 = a compute API microversion such as 2.45
            rec.addEvent(tr("Compute API microversion %1").arg(mv.toString()));
            return Changes(OtherChanged);
        });
        RestJob *job = s->createNovaImage(serverId, body, mv, this);
        const AcceptFn accept = [this, mv](RestJob *j, JobRecord &rec, QString *why) {
            const auto imageId = NovaCreateImageRequest::imageIdFromCreateResponse(
                mv, j->header("Location"), j->body(), why);
            if (!imageId)
                return false;
            rec.imageIds = {*imageId};
            //: %1 = the image ID
            rec.addEvent(tr("Accepted by the compute service: image %1").arg(*imageId));
            return true;
        };
        connect(job, &RestJob::finished, this, [=, this](RestJob *j) {
            handleCreateAnswer(localId, j, accept, guard, done);
        });
    });
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
    r.addEvent(tr("Following job %1").arg(jobId), r.created);
    const QString id = r.localId;
    append(r);
    persistSoon();
    schedule(id, milliseconds(0));
    return id;
}

void JobMonitor::schedule(const QString &localId, milliseconds in)
{
    PollState &ps = m_poll[localId];
    ps.dueMs = m_clock.elapsed() + in.count();
    if (ps.interval.count() == 0)
        ps.interval = m_policy.first;
    armTimer();
}

void JobMonitor::armTimer()
{
    qint64 earliest = -1;
    for (auto it = m_poll.cbegin(); it != m_poll.cend(); ++it) {
        if (it->inFlight)
            continue;
        if (earliest < 0 || it->dueMs < earliest)
            earliest = it->dueMs;
    }
    if (earliest < 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(std::max<qint64>(0, earliest - m_clock.elapsed())));
}

void JobMonitor::handleTick()
{
    const qint64 now = m_clock.elapsed();
    QHash<QString, int> inFlight; // per profile, counted once per tick
    for (auto it = m_poll.cbegin(); it != m_poll.cend(); ++it) {
        if (it->inFlight)
            ++inFlight[m_records.value(rowOf(it.key())).profileId];
    }
    const QStringList due = [&] {
        QStringList ids;
        for (auto it = m_poll.cbegin(); it != m_poll.cend(); ++it) {
            if (!it->inFlight && it->dueMs <= now)
                ids << it.key();
        }
        return ids;
    }();
    for (const QString &id : due) {
        const int row = rowOf(id);
        if (row < 0) {
            m_poll.remove(id);
            continue;
        }
        int &count = inFlight[m_records.at(row).profileId];
        if (count >= m_maxInFlight) {
            m_poll[id].dueMs = now + 200; // the profile's cap is reached: shortly
            continue;
        }
        ++count;
        poll(id);
    }
    armTimer();
}

void JobMonitor::poll(const QString &localId)
{
    const int row = rowOf(localId);
    if (row < 0)
        return;
    const JobRecord &r = m_records.at(row);
    CloudSession *session = m_resolver ? m_resolver(r.profileId) : nullptr;
    PollState &ps = m_poll[localId];
    if (!session) {
        ps.dueMs = m_clock.elapsed() + m_policy.maximum.count();
        return;
    }
    if (!hasCloudId(r)) {
        finishPolling(localId);
        return;
    }
    ++m_pollCount;
    if (r.method == CreationMethod::NovaCreateImage) {
        // Nova's work ends in Glance: the image goes queued → saving → active, or is purged.
        RestJob *job = session->glanceImage(r.imageIds.first(), this);
        ps.inFlight = job;
        connect(job, &RestJob::finished, this, [this, localId](RestJob *j) {
            handleGlancePoll(localId, j);
        });
        return;
    }
    RestJob *job = ps.useStatusQuery ? session->imsJobStatus(r.jobId, this)
                                     : session->imsJobProgress(r.jobId, this);
    ps.inFlight = job;
    connect(
        job, &RestJob::finished, this, [this, localId](RestJob *j) { handleImsPoll(localId, j); });
}

bool JobMonitor::hasCloudId(const JobRecord &r)
{
    if (CreationMethods::isIms(r.method))
        return !r.jobId.isEmpty();
    if (r.method == CreationMethod::NovaCreateImage)
        return !r.imageIds.isEmpty();
    return false;
}

int JobMonitor::pollAnswerRow(const QString &localId)
{
    auto it = m_poll.find(localId);
    if (it == m_poll.end())
        return -1; // stopped watching meanwhile
    it->inFlight = nullptr;
    const int row = rowOf(localId);
    if (row < 0)
        m_poll.erase(it);
    return row;
}

void JobMonitor::pollFailed(int row, const QString &localId, const ApiError &error)
{
    if (error.kind == ApiError::Kind::Aborted) {
        // Still watched, so not our own abort: its session was replaced (profile edited).
        schedule(localId, milliseconds(500));
        return;
    }
    // Network loss, 5xx after retries, an auth failure: keep the job, ask again later.
    update(row, [&](JobRecord &rec) {
        const QString text = tr("Could not ask the cloud: %1").arg(error.userMessage());
        if (rec.timeline.isEmpty() || rec.timeline.constLast().text != text)
            rec.addEvent(text);
        return Changes(OtherChanged);
    });
    schedulePollAfter(localId, false, -1);
}

void JobMonitor::afterPollAnswer(int row, const QString &localId, bool changed)
{
    if (m_records.at(row).isTerminal()) {
        m_poll.remove(localId);
        persistEndsSoon();
        armTimer();
        Q_EMIT jobFinished(localId);
        return;
    }
    schedulePollAfter(localId, changed, m_records.at(row).progress);
}

void JobMonitor::handleGlancePoll(const QString &localId, RestJob *job)
{
    const int row = pollAnswerRow(localId);
    if (row < 0)
        return;
    const ApiError &error = job->error();
    if (error && !(error.kind == ApiError::Kind::Http && error.httpStatus == 404)) {
        pollFailed(row, localId, error); // a 404 is an answer: Nova purged the image
        return;
    }
    std::optional<GlanceImage> image;
    if (!error) {
        QString why;
        image = GlanceImage::fromJson(job->json().object(), &why);
        if (!image) {
            qCWarning(lcJobs) << "unreadable image answer:" << why;
            schedulePollAfter(localId, false, -1);
            return;
        }
    }
    bool changed = false;
    update(row, [&](JobRecord &rec) {
        Changes c = OtherChanged;
        if (!image) {
            // Nova deletes the image when the snapshot fails ("the image is purged").
            rec.state = JobState::Failed;
            rec.cloudStatus = u"404"_s;
            rec.failReason = tr("The compute service removed the image after a failure (it was "
                                "purged). The server's instance actions tell the cause.");
            rec.finished = QDateTime::currentDateTimeUtc();
            rec.addEvent(rec.failReason);
            return Changes(c | StateChanged | ResultChanged);
        }
        rec.lastResponse = Redact::body(job->body());
        if (image->statusText != rec.cloudStatus) {
            c |= StateChanged;
            rec.addEvent(image->statusText);
            rec.cloudStatus = image->statusText;
        }
        if (image->status == GlanceImage::Status::Active) {
            rec.state = JobState::Succeeded;
            rec.progress = 1.0;
            rec.finished = QDateTime::currentDateTimeUtc();
            c |= StateChanged | ProgressChanged | ResultChanged;
        } else if (image->isFailed()) {
            rec.state = JobState::Failed;
            //: %1 = the image's status as Glance reports it (killed, deleted, ...)
            rec.failReason = tr("The image ended as %1.").arg(image->statusText);
            rec.finished = QDateTime::currentDateTimeUtc();
            c |= StateChanged | ResultChanged;
        }
        changed = bool(c & StateChanged);
        return c;
    });
    afterPollAnswer(row, localId, changed);
}

void JobMonitor::finishPolling(const QString &localId)
{
    auto it = m_poll.find(localId);
    if (it == m_poll.end())
        return;
    if (it->inFlight)
        it->inFlight->abort();
    m_poll.erase(it);
    armTimer();
}

void JobMonitor::schedulePollAfter(const QString &localId, bool changed, double progress)
{
    auto it = m_poll.find(localId);
    if (it == m_poll.end())
        return;
    const qint64 now = m_clock.elapsed();
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
        QRandomGenerator::global()->generateDouble());
    it->dueMs = now + it->interval.count();
    armTimer();
}

void JobMonitor::handleImsPoll(const QString &localId, RestJob *job)
{
    const int row = pollAnswerRow(localId);
    if (row < 0)
        return;
    const ApiError &error = job->error();
    if (error) {
        PollState &ps = m_poll[localId];
        if (error.kind == ApiError::Kind::Http && error.httpStatus == 404 && !ps.useStatusQuery) {
            ps.useStatusQuery = true; // this cloud lacks the progress query: use the status one
            schedule(localId, milliseconds(0));
            return;
        }
        pollFailed(row, localId, error);
        return;
    }
    QString why;
    const auto parsed = ImsJob::fromJson(job->json().object(), &why);
    if (!parsed) {
        qCWarning(lcJobs) << "unreadable IMS job answer:" << why;
        schedulePollAfter(localId, false, -1);
        return;
    }
    const ImsJob &ims = *parsed;
    bool changed = false;
    update(row, [&](JobRecord &rec) {
        Changes c;
        const QString statusText = ims.statusText;
        double progress = ims.processPercent.value_or(rec.progress);
        if (ims.status == ImsJob::Status::Success)
            progress = 1.0;
        if (statusText != rec.cloudStatus || ims.currentTask != rec.currentTask) {
            c |= StateChanged;
            rec.addEvent(statusText + percentText(progress)
                + (ims.currentTask.isEmpty() ? QString() : u" · "_s + ims.currentTask));
        }
        if (!qFuzzyCompare(progress + 1.0, rec.progress + 1.0))
            c |= ProgressChanged;
        rec.cloudStatus = statusText;
        rec.currentTask = ims.currentTask;
        rec.progress = progress;
        rec.lastResponse = Redact::body(job->body());
        if (ims.status == ImsJob::Status::Success) {
            rec.state = JobState::Succeeded;
            rec.imageIds = ims.imageIds();
            rec.finished = ims.endTime.isValid() ? ims.endTime : QDateTime::currentDateTimeUtc();
            c |= StateChanged | ResultChanged;
        } else if (ims.status == ImsJob::Status::Fail) {
            rec.state = JobState::Failed;
            rec.errorCode = ims.errorCode;
            rec.failReason = ims.failReason;
            for (const ImsJob::SubJob &s : ims.subJobs) {
                if (rec.failReason.isEmpty() && !s.failReason.isEmpty()) {
                    rec.errorCode = s.errorCode;
                    rec.failReason = s.failReason;
                }
            }
            rec.imageIds = ims.imageIds(); // sub-jobs may have succeeded
            rec.finished = ims.endTime.isValid() ? ims.endTime : QDateTime::currentDateTimeUtc();
            c |= StateChanged | ResultChanged;
        } else if (rec.state != JobState::Running) {
            rec.state = JobState::Running; // INIT, RUNNING and unknown values all mean running
            c |= StateChanged;
        }
        changed = bool(c & (StateChanged | ProgressChanged));
        return c | OtherChanged;
    });
    afterPollAnswer(row, localId, changed);
}

void JobMonitor::pollNow(const QString &localId)
{
    const int row = rowOf(localId);
    if (row < 0 || m_records.at(row).isTerminal() || !hasCloudId(m_records.at(row)))
        return;
    if (m_records.at(row).state == JobState::NeedsAttention)
        update(row, [](JobRecord &rec) {
            rec.state = JobState::Running;
            return Changes(StateChanged);
        });
    auto it = m_poll.find(localId);
    if (it != m_poll.end() && it->inFlight)
        return;
    schedule(localId, milliseconds(0));
}

void JobMonitor::pollProfileNow(const QString &profileId)
{
    qint64 stagger = 0;
    for (const JobRecord &r : std::as_const(m_records)) {
        if (r.profileId != profileId || r.state != JobState::Running || !hasCloudId(r))
            continue;
        auto it = m_poll.find(r.localId);
        if (it != m_poll.end() && it->inFlight)
            continue;
        schedule(r.localId, milliseconds(stagger));
        stagger += 50;
    }
}

void JobMonitor::stopWatching(const QString &localId)
{
    const int row = rowOf(localId);
    if (row < 0 || m_records.at(row).isTerminal())
        return;
    finishPolling(localId);
    update(row, [](JobRecord &rec) {
        rec.state = JobState::Cancelled;
        rec.finished = QDateTime::currentDateTimeUtc();
        rec.addEvent(tr("Stopped watching. The cloud cannot cancel this work and carries on "
                        "with it."));
        return Changes(StateChanged | ResultChanged);
    });
    persist();
}

void JobMonitor::remove(const QString &localId)
{
    const int row = rowOf(localId);
    if (row < 0)
        return;
    removeRow(row);
    persist();
}

void JobMonitor::clearFinished()
{
    for (int row = int(m_records.size()) - 1; row >= 0; --row) {
        if (m_records.at(row).isTerminal())
            removeRow(row);
    }
    persist();
}
