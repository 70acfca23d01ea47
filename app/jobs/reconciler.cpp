#include "jobs/reconciler.h"

#include <QTimer>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

#include "cloud/cloudsession.h"
#include "create/imsfields.h"
#include "jobs/followerregistry.h"
#include "jobs/jobrecords.h"
#include "logging.h"
#include "model/cindervolume.h"
#include "model/glanceimage.h"
#include "net/restjob.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
using Changes = JobChange::Flags;

// The cloud's clock may run a little behind ours: an image made this much before the intent
// still counts as made after it.
constexpr qint64 CinderClockSkewSecs = 60;
} // namespace

Reconciler::Reconciler(JobRecords &records, JobPolls &polls, QObject *parent)
    : QObject(parent)
    , m_records(records)
    , m_polls(polls)
{ }

bool Reconciler::canReconcile(const JobRecord &record)
{
    if (record.isForeign())
        return false;
    if (record.state != JobState::NeedsAttention || FollowerRegistry::standard().canFollow(record))
        return false;
    if (record.method == CreationMethod::CinderUploadToImage)
        return !record.volumeId.isEmpty() && !record.name.isEmpty() && record.created.isValid();
    return !record.marker.isEmpty()
        && (CreationMethods::isIms(record.method)
            || record.method == CreationMethod::NovaCreateImage);
}

void Reconciler::reconcile(const QString &localId)
{
    const std::optional<JobRecord> r = m_records.record(localId);
    if (!r || !canReconcile(*r))
        return;
    CloudSession *session = m_records.session(r->profileId);
    if (!session)
        return;
    if (m_polls.isAsking(localId))
        return;
    if (r->method == CreationMethod::CinderUploadToImage) {
        reconcileCinder(localId, *r, session);
        return;
    }
    const QString key = QString::fromLatin1(MarkerTagKey);
    QUrlQuery query;
    if (CreationMethods::isIms(r->method))
        query.addQueryItem(u"tag"_s, key + u'=' + r->marker);
    else
        query.addQueryItem(key, r->marker);
    RestJob *job = session->listGlanceImages(query, this);
    m_polls.asking(localId, job);
    connect(job, &RestJob::finished, this, [this, localId](RestJob *j) {
        handleReconcileAnswer(localId, j);
    });
}

void Reconciler::handleReconcileAnswer(const QString &localId, RestJob *job)
{
    if (!m_polls.answered(localId))
        return;
    m_polls.forget(localId); // nothing is polled until the job has a cloud ID
    if (const ApiError &error = job->error()) {
        m_records.update(localId, [&error](JobRecord &rec) {
            //: %1 = why the cloud could not be asked
            rec.addNote(QT_TRANSLATE_NOOP(
                            "JobMonitor", "Could not look the image up by this job's marker: %1"),
                {error.userMessage()});
            return Changes(JobChange::Other);
        });
        return;
    }
    QList<GlanceImage> found;
    for (const QJsonValue &v : job->json().object().value(u"images"_s).toArray()) {
        if (auto image = GlanceImage::fromJson(v.toObject()))
            found.append(*image);
    }
    m_records.update(localId, [&found](JobRecord &rec) {
        if (found.isEmpty()) {
            rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                "No image carries this job's marker: the create did not reach the "
                "cloud, or the cloud has not registered the image yet. Look again "
                "later, or remove the job and create the image again."));
            return Changes(JobChange::Other);
        }
        QStringList ids;
        bool allActive = true;
        bool anyKilled = false;
        for (const GlanceImage &image : found) {
            ids << image.id;
            allActive &= image.status == GlanceImage::Status::Active;
            anyKilled |= image.status == GlanceImage::Status::Killed
                || image.status == GlanceImage::Status::Deleted;
        }
        rec.imageIds = ids;
        rec.cloudStatus = found.first().statusText;
        //: %1 = image IDs
        rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                        "Found by its marker: the create reached the cloud (image %1)."),
            {ids.join(u", "_s)});
        if (rec.method == CreationMethod::NovaCreateImage) {
            rec.state = JobState::Running; // followed in Glance from here, as any Nova job
        } else if (anyKilled) {
            rec.state = JobState::Failed;
            rec.failReason = QCoreApplication::translate(
                "JobMonitor", "The image the job made was killed or deleted.");
        } else if (allActive) {
            rec.state = JobState::Succeeded;
            rec.progress = 1.0;
        } else {
            rec.addNote(
                QT_TRANSLATE_NOOP("JobMonitor", "The image is not active yet; look again later."));
        }
        return Changes(JobChange::State | JobChange::Result | JobChange::Other);
    });
    const std::optional<JobRecord> rec = m_records.record(localId);
    if (!rec)
        return;
    if (rec->isTerminal()) {
        m_polls.forget(localId);
        m_records.saveEndsSoon();
        m_records.finished(localId);
    } else if (rec->state == JobState::Running) {
        m_polls.pollIn(localId, 0ms);
    }
}

// --- Cinder: no marker (interfaces.md §7), so the volume, the name and the time --------------

void Reconciler::lookUpUntilFound(const QString &localId)
{
    if (!m_looksUp || m_lookUps.contains(localId))
        return;
    m_lookUps.insert(localId, 0);
    lookUpAgain(localId);
}

void Reconciler::lookUpAgain(const QString &localId)
{
    const std::optional<JobRecord> r = m_records.record(localId);
    if (!r || !canReconcile(*r)) {
        m_lookUps.remove(localId); // found, ended, removed, or followed by its cloud id
        return;
    }
    const int sent = m_lookUps.value(localId);
    // 0 (now), 5, 10, 20 s, then every 30 s: 10 minutes in all.
    static constexpr int DelaysMs[] = {0, 5000, 10000, 20000};
    constexpr int SteadyMs = 30000;
    constexpr int Tries = 4 + (600000 - 35000) / SteadyMs;
    if (sent >= Tries) {
        m_lookUps.remove(localId);
        return;
    }
    const int delay = sent < int(std::size(DelaysMs)) ? DelaysMs[sent] : SteadyMs;
    m_lookUps.insert(localId, sent + 1);
    QTimer::singleShot(delay, this, [this, localId] {
        reconcile(localId);
        lookUpAgain(localId);
    });
}

void Reconciler::reconcileCinder(
    const QString &localId, const JobRecord &record, CloudSession *session)
{
    QUrlQuery query;
    query.addQueryItem(u"name"_s, record.name);
    RestJob *job = session->listGlanceImages(query, this);
    m_polls.asking(localId, job);
    connect(job, &RestJob::finished, this, [this, localId](RestJob *j) {
        handleCinderImagesAnswer(localId, j);
    });
}

void Reconciler::handleCinderImagesAnswer(const QString &localId, RestJob *job)
{
    if (!m_polls.answered(localId))
        return;
    if (const ApiError &error = job->error()) {
        m_polls.forget(localId);
        m_records.update(localId, [&error](JobRecord &rec) {
            //: %1 = why the cloud could not be asked
            rec.addNote(
                QT_TRANSLATE_NOOP("JobMonitor", "Could not look the image up by its name: %1"),
                {error.userMessage()});
            return Changes(JobChange::Other);
        });
        return;
    }
    const std::optional<JobRecord> r = m_records.record(localId);
    if (!r)
        return;
    const QDateTime since = r->created.addSecs(-CinderClockSkewSecs);
    std::optional<GlanceImage> best;
    for (const QJsonValue &v : job->json().object().value(u"images"_s).toArray()) {
        auto image = GlanceImage::fromJson(v.toObject());
        if (!image || image->name != r->name || !image->createdAt.isValid()
            || image->createdAt < since)
            continue;
        if (!best || image->createdAt < best->createdAt)
            best = image; // the first made after the request
    }
    // The volume tells whether an upload runs, and where it stands when one does.
    CloudSession *session = m_records.session(r->profileId);
    if (!session) {
        m_polls.forget(localId);
        return;
    }
    const QString imageId = best ? best->id : QString();
    RestJob *volumeJob = session->volume(r->volumeId, this);
    m_polls.asking(localId, volumeJob);
    connect(volumeJob, &RestJob::finished, this, [this, localId, imageId](RestJob *j) {
        handleCinderVolumeAnswer(localId, j, imageId);
    });
}

void Reconciler::handleCinderVolumeAnswer(
    const QString &localId, RestJob *job, const QString &imageId)
{
    if (!m_polls.answered(localId))
        return;
    m_polls.forget(localId); // nothing is polled until the job has its image
    const ApiError &error = job->error();
    std::optional<CinderVolume> volume;
    if (!error)
        volume = CinderVolume::fromJson(job->json().object().value(u"volume"_s).toObject());
    m_records.update(localId, [&](JobRecord &rec) {
        if (!imageId.isEmpty()) {
            rec.imageIds = {imageId};
            rec.volumeStatus = volume ? volume->status : QString();
            rec.cloudStatus = rec.volumeStatus;
            rec.state = JobState::Running; // followed from here as any Cinder upload
            //: %1 = the image ID, %2 = the image name
            rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                            "Found image %1 named “%2”, made after the request: the "
                            "upload did take effect."),
                {imageId, rec.name});
            return Changes(JobChange::State | JobChange::Result | JobChange::Other);
        }
        if (!volume) {
            //: %1 = why the volume could not be read
            rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                            "No image with this name was made after the request, and the volume "
                            "could not be read: %1"),
                {error ? error.userMessage()
                       : QCoreApplication::translate("JobMonitor", "unreadable answer")});
        } else if (volume->status == u"uploading") {
            //: %1 = the image name
            rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                            "The volume is uploading, but no image named “%1” made "
                            "after the request was found yet. Look again later."),
                {rec.name});
        } else {
            //: %1 = the image name, %2 = the volume's status (available, in-use, ...)
            rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                            "No image named “%1” was made after the request and the "
                            "volume is %2: the upload did not take effect. Nothing was sent "
                            "again; remove the job and upload the volume again if needed."),
                {rec.name, volume->status});
        }
        return Changes(JobChange::Other);
    });
    if (const auto rec = m_records.record(localId); rec && rec->state == JobState::Running)
        m_polls.pollIn(localId, 0ms);
}
