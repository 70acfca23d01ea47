#include "jobs/obsimportcontroller.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QUuid>

#include "cli/obscommand.h"
#include "cli/obsprofile.h"
#include "cloud/cloudsession.h"
#include "create/localfilerequest.h"
#include "jobs/jobrecords.h"
#include "jobs/pollpolicy.h"
#include "logging.h"
#include "net/redact.h"
#include "net/restjob.h"
#include "obs/bucketrules.h"
#include "obs/multipartupload.h"
#include "obs/s3client.h"
#include "upload/transferrate.h"

using namespace Qt::StringLiterals;

namespace {
using Changes = JobChange::Flags;

void later(QObject *context, std::function<void()> fn)
{
    QMetaObject::invokeMethod(context, std::move(fn), Qt::QueuedConnection);
}
} // namespace

ObsImportController::ObsImportController(
    JobRecords &records, JobPolls &polls, const PollPolicy &policy, QObject *parent)
    : QObject(parent)
    , m_records(records)
    , m_polls(polls)
    , m_policy(policy)
{ }

ObsImportController::~ObsImportController()
{
    for (Run &run : m_runs) {
        if (run.upload)
            run.upload->disconnect(this); // ends with this object; resumable later
    }
}

S3Client *ObsImportController::clientFor(CloudSession *session, QString *error)
{
    const QString profileId = session->profile().id;
    if (S3Client *client = m_clients.value(profileId))
        return client;
    const auto env = ObsProfile::envFor(session, {}, false, this, error);
    if (!env)
        return nullptr;
    S3Client *client = ObsCommand::makeClient(*env, this);
    m_clients.insert(profileId, client);
    return client;
}

S3Client *ObsImportController::clientForProfile(const QString &profileId, QString *why)
{
    if (CloudSession *session = m_records.session(profileId))
        return clientFor(session, why);
    *why = QCoreApplication::translate("JobMonitor", "the cloud profile is not available");
    return nullptr;
}

void ObsImportController::stopLater(const QString &localId, const ApiError &error)
{
    later(this, [this, localId, error] {
        markIncomplete(localId, error);
        Q_EMIT uploadEnded(localId, error);
    });
}

std::optional<ObsImportController::Status> ObsImportController::status(
    const QString &localId) const
{
    const auto it = m_runs.constFind(localId);
    if (it == m_runs.cend())
        return std::nullopt;
    return it->status;
}

std::optional<qint64> ObsImportController::Status::secondsLeft() const
{
    if (bytesPerSecond <= 0 || total <= 0)
        return std::nullopt;
    return qint64(double(std::max<qint64>(0, total - sent)) / bytesPerSecond + 0.5);
}

bool ObsImportController::isUploadingElsewhere(const QString &localId, QString *holder) const
{
    return !m_runs.contains(localId) && UploadLease::heldElsewhere(m_leaseDir, localId, holder);
}

bool ObsImportController::canResume(const QString &localId) const
{
    if (m_runs.contains(localId))
        return false;
    const std::optional<JobRecord> r = m_records.record(localId);
    if (!r || !r->obsImport || r->state != JobState::Running || !r->jobId.isEmpty())
        return false;
    if (r->upload == JobRecord::Upload::Done)
        return true;
    // Running: another process's upload, resumable once that process has ended (its lease
    // is free; a process killed mid-upload leaves the record so).
    const bool stopped =
        r->upload == JobRecord::Upload::Incomplete || r->upload == JobRecord::Upload::Running;
    return stopped && !UploadLease::heldElsewhere(m_leaseDir, localId, nullptr);
}

bool ObsImportController::inUploadPhase(const QString &localId) const
{
    const std::optional<JobRecord> r = m_records.record(localId);
    return r && r->obsImport && r->jobId.isEmpty() && r->upload != JobRecord::Upload::Done;
}

void ObsImportController::submit(CloudSession *session,
    const LocalFileRequest &request,
    const QString &name,
    const QString &marker,
    const QJsonObject &importBody,
    QObject *context,
    DoneCallback done)
{
    QPointer<QObject> guard(context);
    QString why;
    S3Client *client = clientFor(session, &why);
    if (!client) {
        const ApiError e = ApiError::make(ApiError::Kind::Configuration, why);
        later(this, [guard, done, e] {
            if (guard)
                done(e, {});
        });
        return;
    }
    QPointer<CloudSession> s(session);
    // Before the first byte: the bucket must suit IMS (seed 004: "The storage class of the OBS
    // bucket must be Standard"; IMS reads buckets of its own region only).
    client->bucketInfo(request.bucket,
        this,
        [=, this](const S3BucketInfo &info, const ApiError &error) {
            if (!s) {
                if (guard)
                    done(ApiError::make(ApiError::Kind::Aborted), {});
                return;
            }
            if (error && error.kind == ApiError::Kind::Http && error.httpStatus == 404) {
                //: %1 = bucket name
                ApiError e = ApiError::make(ApiError::Kind::Configuration,
                    tr("The OBS bucket %1 does not exist, or this account cannot see it.")
                        .arg(request.bucket));
                e.serviceCode = QString::fromLatin1(BucketUnusableCode);
                if (guard)
                    done(e, {});
                return;
            }
            if (error) {
                if (guard)
                    done(error, {});
                return;
            }
            const CloudProfile &profile = s->profile();
            const QString refusal =
                ObsBucketRules::unusableReason(request.bucket, info, profile.region)
                    .value_or(QString());
            if (!refusal.isEmpty()) {
                ApiError e = ApiError::make(ApiError::Kind::Configuration, refusal);
                e.serviceCode = QString::fromLatin1(BucketUnusableCode);
                if (guard)
                    done(e, {});
                return;
            }
            const QFileInfo file(request.file);
            JobRecord r;
            r.localId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            r.method = CreationMethod::ImsLocalFile;
            r.profileId = profile.id;
            r.cloudLabel = profile.region.isEmpty()
                ? profile.name
                : u"%1 · %2"_s.arg(profile.name, profile.region);
            r.name = name;
            r.marker = marker;
            r.created = QDateTime::currentDateTimeUtc();
            r.state = JobState::Running;
            r.upload = JobRecord::Upload::Waiting;
            r.uploadFile = file.absoluteFilePath();
            r.uploadSize = file.size();
            ObsImport obs;
            obs.bucket = request.bucket;
            obs.object = request.object;
            obs.keepObject = request.keepObject;
            obs.importBody = importBody;
            obs.bitmapFile = request.bitmapFile;
            obs.bitmapObject = request.bitmapObject();
            r.obsImport = obs;
            //: %1 = bucket name, %2 = its region, %3 = its storage class
            r.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                          "OBS bucket %1 checked: region %2, storage class %3"),
                {request.bucket,
                    info.location.isEmpty() ? u"-"_s : info.location,
                    info.storageClass.isEmpty() ? u"-"_s : info.storageClass},
                r.created);
            const QString localId = r.localId;
            m_records.add(std::move(r));
            QString saveError;
            if (!m_records.saveNow(&saveError)) {
                m_records.discard(localId);
                //: %1 = file system error
                const ApiError e = ApiError::make(ApiError::Kind::LocalStorage,
                    QCoreApplication::translate("JobMonitor",
                        "the job history could not be saved (%1), so nothing was sent")
                        .arg(saveError));
                if (guard)
                    done(e, {});
                return;
            }
            startUpload(localId, true);
            if (guard)
                done({}, localId);
        });
}

std::shared_ptr<UploadLease> ObsImportController::takeLease(const QString &localId)
{
    // One process at a time uploads a job's file: a second would send the same parts again
    // beside the first (`watch` started while `submit` or the GUI still uploads).
    auto lease = std::make_shared<UploadLease>(UploadLease::take(m_leaseDir, localId));
    if (lease->isHeld())
        return lease;
    ApiError e;
    if (!lease->holder().isEmpty()) {
        //: %1 = the other process, e.g. "imagewright (process 4242 on host-a)"
        e = ApiError::make(ApiError::Kind::Configuration,
            tr("Another process, %1, is uploading this job's file now. Resume the upload "
               "once that process has ended; the parts it sent stay in the bucket.")
                .arg(lease->holder()));
        e.serviceCode = QString::fromLatin1(UploadBusyCode);
    } else {
        e = ApiError::make(ApiError::Kind::LocalStorage, lease->error());
    }
    later(this, [this, localId, e] { Q_EMIT uploadEnded(localId, e); });
    return nullptr;
}

void ObsImportController::startUpload(const QString &localId, bool fresh)
{
    const std::optional<JobRecord> r = m_records.record(localId);
    if (!r || !r->obsImport || m_runs.contains(localId))
        return;
    const std::shared_ptr<UploadLease> lease = takeLease(localId);
    if (!lease)
        return;
    QString why;
    S3Client *client = clientForProfile(r->profileId, &why);
    if (!client) {
        stopLater(localId, ApiError::make(ApiError::Kind::Configuration, why));
        return;
    }
    MultipartUpload::Options options;
    options.parallel = m_options.parallel;
    options.partSize = m_options.partSize;
    auto *upload = new MultipartUpload(client, options, this);
    Run &run = m_runs[localId];
    run.upload = upload;
    run.lease = lease;
    run.status.total = r->uploadSize;
    connect(upload, &MultipartUpload::stateChanged, this, [this, localId](const UploadState &st) {
        bool started = false;
        m_records.update(localId, [&](JobRecord &rec) {
            if (!rec.obsImport)
                return Changes();
            started = !rec.obsImport->upload.isStarted() && st.isStarted();
            rec.obsImport->upload = st;
            if (started)
                //: %1 = the multipart upload's ID, %2 = part size such as "16.0 MiB"
                rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                                "Multipart upload %1 started (parts of %2)"),
                    {st.uploadId, TransferRate::sizeText(st.partSize)});
            return Changes(JobChange::Other);
        });
        // Every confirmed part is in the store before the next one counts: a restart
        // resumes from here.
        QString error;
        if (!m_records.saveNow(&error))
            qCWarning(lcJobs) << "could not save the upload's parts:" << error;
    });
    connect(upload,
        &MultipartUpload::progress,
        this,
        [this, localId](qint64 bytes, qint64 total, int done, int parts, double rate) {
            auto it = m_runs.find(localId);
            if (it == m_runs.end())
                return;
            it->status = {bytes, total, done, parts, rate};
            m_records.update(localId, [&](JobRecord &rec) {
                rec.uploadedBytes = bytes;
                rec.progress = total > 0 ? double(bytes) / double(total) : 0;
                return Changes(JobChange::Progress);
            });
        });
    connect(upload, &MultipartUpload::resumed, this, [this, localId](int found, int total) {
        m_records.update(localId, [&](JobRecord &rec) {
            //: %1 and %2 = part counts
            rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                            "%1 of %2 parts are already in the bucket and match the file; "
                            "sending the others"),
                {QString::number(found), QString::number(total)});
            return Changes(JobChange::Other);
        });
    });
    connect(upload, &MultipartUpload::finished, this, [this, localId](const ApiError &error) {
        uploadFinished(localId, error);
    });
    m_records.update(localId, [&](JobRecord &rec) {
        rec.state = JobState::Running;
        rec.upload = JobRecord::Upload::Running;
        rec.failReason.clear();
        rec.finished = {};
        if (fresh)
            //: %1 = file name, %2 = its size, %3 = bucket, %4 = object name
            rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                            "Uploading the image file %1 (%2) to OBS bucket %3 as object %4"),
                {QFileInfo(rec.uploadFile).fileName(),
                    TransferRate::sizeText(rec.uploadSize),
                    rec.obsImport->bucket,
                    rec.obsImport->object});
        else
            //: %1 = the multipart upload's ID
            rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                            "Resuming multipart upload %1: asking the bucket which parts it holds"),
                {rec.obsImport->upload.uploadId});
        return Changes(JobChange::State | JobChange::Progress | JobChange::Result);
    });
    m_records.save();
    if (fresh)
        upload->start(r->uploadFile, r->obsImport->bucket, r->obsImport->object);
    else
        upload->resume(r->obsImport->upload);
}

void ObsImportController::uploadFinished(const QString &localId, const ApiError &error)
{
    Run run = m_runs.take(localId);
    MultipartUpload *upload = run.upload;
    const QString etag = upload && !error ? upload->result().etag : QString();
    const bool nothingFound = upload && upload->partsFoundOnServer() == 0;
    if (upload)
        upload->deleteLater();
    if (!m_records.contains(localId))
        return;
    if (!error) {
        m_records.update(localId, [&](JobRecord &rec) {
            rec.uploadedBytes = rec.uploadSize;
            if (rec.obsImport)
                rec.obsImport->etag = etag; // complete: a resume goes on from here
            //: %1 = bucket:object, %2 = the object's ETag
            rec.addNote(QT_TRANSLATE_NOOP("JobMonitor", "Image file uploaded to OBS as %1 (ETag %2)"),
                {rec.obsImport ? rec.obsImport->bucket + u':' + rec.obsImport->object : QString(),
                    etag});
            return Changes(JobChange::Progress);
        });
        m_records.save();
        objectComplete(localId, run.lease);
        return;
    }
    if (run.cancelled) {
        const bool aborted = error.kind == ApiError::Kind::Aborted;
        m_records.update(localId, [&](JobRecord &rec) {
            rec.upload = JobRecord::Upload::Incomplete;
            rec.state = JobState::Cancelled;
            rec.finished = QDateTime::currentDateTimeUtc();
            if (aborted)
                rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                    "Upload cancelled by the operator; the multipart upload was aborted, "
                    "nothing of it is left in the bucket."));
            else
                //: %1 = why the abort failed
                rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                                "Upload cancelled by the operator, but the multipart upload "
                                "could not be aborted: %1. imagewright obs uploads lists it."),
                    {error.userMessage()});
            return Changes(JobChange::State | JobChange::Result);
        });
        m_records.save();
        m_records.finished(localId);
        Q_EMIT uploadEnded(localId, ApiError::make(ApiError::Kind::Aborted));
        return;
    }
    const std::optional<JobRecord> r = m_records.record(localId);
    if (error.serviceCode == u"NoSuchUpload" && nothingFound && r && r->obsImport
        && r->obsImport->upload.isStarted() && r->upload != JobRecord::Upload::Done) {
        // Aborted elsewhere or expired: what was recorded is of no use; start again.
        m_records.update(localId, [&](JobRecord &rec) {
            //: %1 = the multipart upload's ID
            rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                            "Multipart upload %1 is no longer in the bucket; uploading again"),
                {rec.obsImport->upload.uploadId});
            rec.obsImport->upload = UploadState();
            return Changes(JobChange::Other);
        });
        m_records.save();
        run.lease.reset(); // this process takes it again for the new upload
        startUpload(localId, true);
        return;
    }
    markIncomplete(localId, run.paused ? ApiError() : error);
    Q_EMIT uploadEnded(localId, run.paused ? ApiError::make(ApiError::Kind::Aborted) : error);
}

void ObsImportController::objectComplete(
    const QString &localId, const std::shared_ptr<UploadLease> &lease)
{
    const std::optional<JobRecord> r = m_records.record(localId);
    if (!r || !r->obsImport)
        return;
    if (r->obsImport->bitmapPending()) {
        uploadBitmap(localId, lease);
        return;
    }
    m_records.update(localId, [](JobRecord &rec) {
        rec.upload = JobRecord::Upload::Done;
        rec.progress = -1; // the import's own progress follows
        return Changes(JobChange::State | JobChange::Progress);
    });
    m_records.save();
    sendImport(localId);
    Q_EMIT uploadEnded(localId, {});
}

void ObsImportController::uploadBitmap(
    const QString &localId, const std::shared_ptr<UploadLease> &lease)
{
    const std::optional<JobRecord> r = m_records.record(localId);
    QString why;
    S3Client *client = clientForProfile(r->profileId, &why);
    if (!client)
        return stopLater(localId, ApiError::make(ApiError::Kind::Configuration, why));
    const QString path = r->obsImport->bitmapFile;
    const FieldErrors bad = LocalFileRequest::checkBitmap(path, {});
    QFile file(path);
    if (!bad.isEmpty() || !file.open(QIODevice::ReadOnly))
        return stopLater(localId,
            ApiError::make(ApiError::Kind::LocalFile,
                bad.isEmpty() ? file.errorString() : bad.constFirst().message));
    const QByteArray data = file.readAll();
    Run &run = m_runs[localId]; // no MultipartUpload: a single PUT, not paused or cancelled
    run.lease = lease;
    run.status.total = data.size();
    m_records.update(localId, [&](JobRecord &rec) {
        rec.upload = JobRecord::Upload::Running; // a resume after a stop: running again
        rec.failReason.clear();
        //: %1 = the bitmap file's name, %2 = bucket:object
        rec.addNote(QT_TRANSLATE_NOOP(
                        "JobMonitor", "Uploading the RAW file's bitmap file %1 beside it as %2"),
            {QFileInfo(path).fileName(),
                rec.obsImport->bucket + u':' + rec.obsImport->bitmapObject});
        return Changes(JobChange::State | JobChange::Other);
    });
    client->putObject(r->obsImport->bucket,
        r->obsImport->bitmapObject,
        data,
        this,
        [this, localId](const QString &etag, const ApiError &error) {
            const Run done = m_runs.take(localId); // the lease is released after this
            if (!m_records.contains(localId))
                return;
            if (error) {
                markIncomplete(localId, error);
                Q_EMIT uploadEnded(localId, error);
                return;
            }
            m_records.update(localId, [&](JobRecord &rec) {
                rec.obsImport->bitmapUploaded = true;
                //: %1 = bucket:object, %2 = the object's ETag
                rec.addNote(QT_TRANSLATE_NOOP("JobMonitor", "Bitmap file uploaded as %1 (ETag %2)"),
                    {rec.obsImport->bucket + u':' + rec.obsImport->bitmapObject, etag});
                return Changes(JobChange::Other);
            });
            m_records.save();
            objectComplete(localId, done.lease);
        });
}

void ObsImportController::markIncomplete(const QString &localId, const ApiError &error)
{
    if (m_records.update(localId, [&](JobRecord &rec) {
            rec.upload = JobRecord::Upload::Incomplete;
            if (!error) {
                rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                    "Upload paused; the parts sent stay in the bucket and a resume sends only "
                    "the others."));
            } else {
                rec.failReason = error.userMessage();
                //: %1 = why the upload failed
                rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                                "The upload stopped: %1 Resuming it sends only the missing parts."),
                    {error.userMessage()});
            }
            return Changes(JobChange::State | JobChange::Result);
        }))
        m_records.save();
}

void ObsImportController::sendImport(const QString &localId)
{
    const std::optional<JobRecord> r = m_records.record(localId);
    if (!r || !r->obsImport || !r->jobId.isEmpty() || r->state != JobState::Running
        || r->upload != JobRecord::Upload::Done)
        return;
    CloudSession *session = m_records.session(r->profileId);
    if (!session) {
        m_records.update(localId, [](JobRecord &rec) {
            rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                "The import could not be sent: the cloud profile is not available. Resume "
                "sends it."));
            return Changes(JobChange::Other);
        });
        m_records.save();
        return;
    }
    // The intent is durable before the create leaves: after a crash the job needs attention
    // and its marker finds the image (never sent twice).
    m_records.update(localId, [](JobRecord &rec) {
        rec.state = JobState::Submitting;
        rec.addNote(QT_TRANSLATE_NOOP("JobMonitor", "Create request being sent"));
        return Changes(JobChange::State);
    });
    QString saveError;
    if (!m_records.saveNow(&saveError)) {
        m_records.update(localId, [&](JobRecord &rec) {
            rec.state = JobState::Running;
            //: %1 = file system error
            rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                            "The import was not sent: the job history could not be saved (%1). "
                            "Resume sends it."),
                {saveError});
            return Changes(JobChange::State);
        });
        return;
    }
    RestJob *job = session->createImsImage(r->obsImport->importBody, this);
    connect(job, &RestJob::finished, this, [this, localId](RestJob *j) {
        if (!m_records.contains(localId))
            return;
        const ApiError &error = j->error();
        const QString jobId =
            error ? QString() : j->json().object().value(u"job_id"_s).toString();
        if (!jobId.isEmpty()) {
            m_records.update(localId, [&](JobRecord &rec) {
                rec.jobId = jobId;
                rec.state = JobState::Running;
                rec.lastResponse = Redact::body(j->body());
                //: %1 = the cloud's job ID
                rec.addNote(
                    QT_TRANSLATE_NOOP("JobMonitor", "Accepted by the cloud as job %1"), {jobId});
                return Changes(JobChange::State | JobChange::Result);
            });
            m_records.save();
            m_polls.pollIn(localId, m_policy.first);
            return;
        }
        if (!error || error.outcomeUnknown()) {
            const ApiError e = error
                ? error
                : ApiError::make(ApiError::Kind::InvalidResponse,
                    QCoreApplication::translate("JobMonitor", "the answer carried no job_id"));
            m_records.update(localId, [&](JobRecord &rec) {
                rec.state = JobState::NeedsAttention;
                rec.failReason = e.userMessage();
                rec.lastResponse = Redact::body(j->body());
                rec.addNote(
                    QT_TRANSLATE_NOOP("JobMonitor", "Outcome unknown: %1"), {e.userMessage()});
                return Changes(JobChange::State | JobChange::Result);
            });
            m_records.save();
            m_records.finished(localId);
            return;
        }
        // Refused: the object stays in the bucket, so nothing is uploaded twice.
        m_records.update(localId, [&](JobRecord &rec) {
            rec.state = JobState::Failed;
            rec.finished = QDateTime::currentDateTimeUtc();
            rec.errorCode = error.serviceCode;
            rec.failReason = error.userMessage();
            rec.lastResponse = Redact::body(j->body());
            //: %1 = the cloud's refusal, %2 = bucket:object
            rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                            "The import was refused: %1 The object %2 stays in the bucket; "
                            "method 3 (image file in an OBS bucket) can import it without "
                            "uploading again."),
                {error.userMessage(),
                    rec.obsImport ? rec.obsImport->bucket + u':' + rec.obsImport->object
                                  : QString()});
            // IMS's codes for a bucket it cannot read (IMG.0069) or could not be given rights
            // to (IMG.0039): IMS itself lacks access to the account's buckets.
            if (error.serviceCode == u"IMG.0069" || error.serviceCode == u"IMG.0039")
                //: %1 = the bucket's name
                rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                                "IMS could not read the bucket %1. IMS needs permission to read "
                                "the account's OBS buckets: grant it where your cloud's console "
                                "offers it for image import, and check the bucket's policy and "
                                "ACL. Then import the object with method 3."),
                    {rec.obsImport ? rec.obsImport->bucket : QString()});
            return Changes(JobChange::State | JobChange::Result);
        });
        m_records.save();
        m_records.finished(localId);
    });
}

bool ObsImportController::resume(const QString &localId)
{
    if (m_runs.contains(localId))
        return false;
    const std::optional<JobRecord> r = m_records.record(localId);
    if (!r || !r->obsImport || r->state != JobState::Running || !r->jobId.isEmpty())
        return false;
    if (r->upload == JobRecord::Upload::Done) {
        sendImport(localId);
        return true;
    }
    if (!r->obsImport->etag.isEmpty()) {
        // The image file is complete in the bucket; what is left (the bitmap) goes on.
        if (const auto lease = takeLease(localId))
            objectComplete(localId, lease);
        return true;
    }
    if (const QString changed = r->obsImport->upload.isStarted()
            ? r->obsImport->upload.fileChangedReason()
            : QString();
        !changed.isEmpty()) {
        stopLater(localId, ApiError::make(ApiError::Kind::LocalFile, changed));
        return true;
    }
    startUpload(localId, !r->obsImport->upload.isStarted());
    return true;
}

bool ObsImportController::pause(const QString &localId)
{
    auto it = m_runs.find(localId);
    if (it == m_runs.end() || !it->upload)
        return false;
    it->paused = true;
    it->upload->cancel(false);
    return true;
}

bool ObsImportController::cancel(const QString &localId)
{
    auto it = m_runs.find(localId);
    if (it != m_runs.end() && it->upload) {
        it->cancelled = true;
        it->upload->cancel(true); // AbortMultipartUpload: nothing left billed in the bucket
        return true;
    }
    const std::optional<JobRecord> r = m_records.record(localId);
    // Once the object is complete nothing is left to abort: Cancel then means stop watching.
    if (!r || !r->obsImport || r->isTerminal() || !r->jobId.isEmpty()
        || r->upload == JobRecord::Upload::Done || !r->obsImport->etag.isEmpty()
        || r->state == JobState::Submitting)
        return false;
    abortRecorded(localId);
    return true;
}

void ObsImportController::abortRecorded(const QString &localId)
{
    const std::optional<JobRecord> r = m_records.record(localId);
    CloudSession *session = r ? m_records.session(r->profileId) : nullptr;
    QString why;
    S3Client *client = session ? clientFor(session, &why) : nullptr;
    const auto cancelled = [this, localId](const ApiError &error) {
        Run run;
        run.cancelled = true;
        m_runs.insert(localId, run);
        uploadFinished(localId, error ? error : ApiError::make(ApiError::Kind::Aborted));
    };
    if (!r->obsImport->upload.isStarted() || !client) {
        later(this, [cancelled, client, why] {
            cancelled(client ? ApiError()
                             : ApiError::make(ApiError::Kind::Configuration, why));
        });
        return;
    }
    const UploadState &st = r->obsImport->upload;
    client->abortMultipartUpload(
        st.bucket, st.key, st.uploadId, this, [cancelled](bool, const ApiError &e) {
            // Already gone (aborted elsewhere, expired): nothing is left either.
            cancelled(e.serviceCode == u"NoSuchUpload" ? ApiError() : e);
        });
}

void ObsImportController::jobEnded(const QString &localId)
{
    const std::optional<JobRecord> r = m_records.record(localId);
    if (!r || !r->obsImport || r->obsImport->keepObject || r->obsImport->objectDeleted
        || r->state != JobState::Succeeded || m_settling.contains(localId)
        || m_settleTried.contains(localId))
        return;
    QString why;
    S3Client *client = clientForProfile(r->profileId, &why);
    if (!client)
        return;
    m_settling.insert(localId);
    m_settleTried.insert(localId);
    // The image's object, then its bitmap's (a RAW quick import), one after the other.
    QStringList keys{r->obsImport->object};
    if (r->obsImport->bitmapUploaded)
        keys << r->obsImport->bitmapObject;
    deleteObjects(localId, client, keys);
}

void ObsImportController::deleteObjects(const QString &localId, S3Client *client, QStringList keys)
{
    const std::optional<JobRecord> r = m_records.record(localId);
    if (keys.isEmpty() || !r || !r->obsImport) {
        m_settling.remove(localId);
        Q_EMIT objectSettled(localId);
        return;
    }
    const QString key = keys.takeFirst();
    client->deleteObject(r->obsImport->bucket,
        key,
        this,
        [this, localId, client, key, keys](bool, const ApiError &error) {
            m_records.update(localId, [&](JobRecord &rec) {
                if (!rec.obsImport)
                    return Changes();
                const QString url = rec.obsImport->bucket + u':' + key;
                if (error) {
                    //: %1 = bucket:object, %2 = why
                    rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                                    "The object %1 could not be deleted: %2"),
                        {url, error.userMessage()});
                } else {
                    if (key == rec.obsImport->object)
                        rec.obsImport->objectDeleted = true;
                    //: %1 = bucket:object
                    rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                                    "The image is active; the object %1 was deleted from the "
                                    "bucket (keep_object is false)"),
                        {url});
                }
                return Changes(JobChange::Other);
            });
            m_records.save();
            deleteObjects(localId, client, keys);
        });
}

bool ObsImportController::settle(const QString &localId)
{
    jobEnded(localId);
    return isSettling(localId);
}
