#include "jobs/uploadcontroller.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMap>

#include "auth/akskauth.h"
#include "auth/aksksigner.h"
#include "auth/keystonesession.h"
#include "cloud/cloudsession.h"
#include "jobs/jobrecords.h"
#include "net/authprovider.h"
#include "net/redact.h"
#include "net/restjob.h"
#include "upload/digestpipeline.h"
#include "upload/uploadsource.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
using Changes = JobChange::Flags;
} // namespace

UploadController::UploadController(
    JobRecords &records, JobPolls &polls, Clock clock, QObject *parent)
    : QObject(parent)
    , m_records(records)
    , m_polls(polls)
    , m_clock(std::move(clock))
{ }

std::optional<UploadStatus> UploadController::status(const QString &localId) const
{
    const auto it = m_uploads.constFind(localId);
    if (it == m_uploads.cend())
        return std::nullopt;
    UploadStatus st;
    st.sent = it->sent;
    st.total = it->total;
    st.bytesPerSecond = it->rate.bytesPerSecond();
    st.secondsLeft = it->rate.secondsLeft(it->total);
    return st;
}

void UploadController::forget(const QString &localId)
{
    m_checks.remove(localId);
}

void UploadController::start(const QString &localId)
{
    m_expected.remove(localId);
    if (m_uploads.contains(localId))
        return;
    const std::optional<JobRecord> r = m_records.record(localId);
    if (!r)
        return;
    m_polls.stopPolling(localId);
    CloudSession *session = m_records.session(r->profileId);
    const auto fail = [this, localId](const ApiError &error) {
        if (m_records.update(localId, [&](JobRecord &rec) {
                rec.upload = JobRecord::Upload::Incomplete;
                rec.failReason = error.userMessage();
                //: %1 = why the upload could not start
                rec.addNote(QT_TRANSLATE_NOOP("JobMonitor", "The upload could not start: %1"),
                    {error.userMessage()});
                return Changes(JobChange::State | JobChange::Result);
            }))
            m_records.save();
        Q_EMIT uploadEnded(localId, error);
    };
    if (!session) {
        fail(ApiError::make(ApiError::Kind::Configuration,
            QCoreApplication::translate("JobMonitor", "the cloud profile is not available")));
        return;
    }
    if (session->signsRequests()
        && std::max(r->uploadSize, QFileInfo(r->uploadFile).size())
            > AkSkSigner::MaxSignedBodyBytes) {
        fail(ApiError::make(ApiError::Kind::Configuration, AkSkAuth::bodyTooLargeMessage()));
        return;
    }
    auto *source = new UploadSource(r->uploadFile, m_digests, this);
    if (!source->open(QIODevice::ReadOnly)) {
        const ApiError e = ApiError::make(ApiError::Kind::LocalFile,
            //: %1 = file path, %2 = the file system's message
            QCoreApplication::translate("JobMonitor", "the image file %1 cannot be read (%2)")
                .arg(QDir::toNativeSeparators(r->uploadFile), source->errorString()));
        delete source;
        fail(e);
        return;
    }
    if (r->uploadSize > 0 && source->size() != r->uploadSize) {
        const ApiError e = ApiError::make(ApiError::Kind::LocalFile,
            //: %1 = file path
            QCoreApplication::translate(
                "JobMonitor", "the image file %1 changed size since the request was made")
                .arg(QDir::toNativeSeparators(r->uploadFile)));
        delete source;
        fail(e);
        return;
    }
    UploadRun &run = m_uploads[localId];
    run.source = source;
    run.total = source->size();
    run.rate.addSample(m_clock(), 0);
    m_records.update(localId, [&](JobRecord &rec) {
        rec.state = JobState::Running;
        rec.upload = JobRecord::Upload::Running;
        rec.uploadSize = source->size();
        rec.uploadedBytes = 0;
        rec.progress = 0;
        rec.localDigests.clear();
        rec.failReason.clear();
        rec.finished = {};
        //: %1 = file name, %2 = its size such as "1.2 GB"
        rec.addNote(QT_TRANSLATE_NOOP("JobMonitor", "Uploading the image file %1 (%2)"),
            {QFileInfo(rec.uploadFile).fileName(), TransferRate::sizeText(source->size())});
        return Changes(JobChange::State | JobChange::Progress | JobChange::Result);
    });
    m_records.save();
    // A fresh token right before the PUT: it cannot be renewed mid-way, and Glance drops the
    // data when it expires (api-facts §1.8).
    QPointer<CloudSession> s(session);
    const QString imageId = r->imageIds.first();
    const AuthProvider::TokenCallback proceed = [=, this](
                                                    const QByteArray &, const ApiError &error) {
        auto it = m_uploads.find(localId);
        if (it == m_uploads.end())
            return;
        if (error || !s || it->cancelled) {
            const ApiError e = it->cancelled ? ApiError::make(ApiError::Kind::Aborted)
                : error                      ? error
                                             : ApiError::make(ApiError::Kind::Aborted);
            m_uploads.erase(it);
            source->deleteLater();
            m_records.update(localId, [&](JobRecord &rec) {
                rec.upload = JobRecord::Upload::Incomplete;
                if (e.kind == ApiError::Kind::Aborted) {
                    rec.state = JobState::Cancelled;
                    rec.finished = QDateTime::currentDateTimeUtc();
                    rec.addNote(
                        QT_TRANSLATE_NOOP("JobMonitor", "Upload cancelled by the operator."));
                } else {
                    rec.failReason = e.userMessage();
                    rec.addNote(QT_TRANSLATE_NOOP("JobMonitor", "The upload could not start: %1"),
                        {e.userMessage()});
                }
                return Changes(JobChange::State | JobChange::Result);
            });
            m_records.save();
            Q_EMIT uploadEnded(localId, e);
            return;
        }
        RestJob *job = s->uploadGlanceImage(imageId, source, this);
        it->job = job;
        connect(job, &RestJob::uploadProgress, this, [this, localId](qint64 sent, qint64) {
            handleUploadProgress(localId, sent);
        });
        connect(job, &RestJob::finished, this, [this, localId](RestJob *j) {
            handleUploadFinished(localId, j);
        });
    };
    if (session->signsRequests())
        session->authProvider()->withToken(this, proceed); // signed: no token to renew
    else
        session->auth()->withFreshToken(this, proceed);
}

void UploadController::handleUploadProgress(const QString &localId, qint64 sent)
{
    auto it = m_uploads.find(localId);
    if (it == m_uploads.end())
        return;
    it->sent = sent;
    it->rate.addSample(m_clock(), sent);
    if (!m_records.contains(localId))
        return;
    // The token cannot be renewed during the PUT: warn once when it will not last.
    const auto left = it->rate.secondsLeft(it->total);
    if (!it->warned && left && it->rate.bytesPerSecond()) {
        const std::optional<JobRecord> r = m_records.record(localId);
        CloudSession *session = r ? m_records.session(r->profileId) : nullptr;
        const QDateTime expires =
            session && !session->signsRequests() ? session->auth()->expiresAt() : QDateTime();
        const QDateTime end = QDateTime::currentDateTimeUtc().addSecs(*left);
        if (expires.isValid() && end > expires) {
            it->warned = true;
            //: %1 = estimated time left, %2 = time until the token expires
            const JobRecord::Event warning = JobRecord::Event::note(
                QT_TRANSLATE_NOOP("JobMonitor",
                    "At the current rate the upload needs about %1 more, but the sign-in token "
                    "expires in %2. The cloud may then refuse the rest and drop the data; a "
                    "faster link or a longer token lifetime avoids this."),
                {TransferRate::durationText(*left),
                    TransferRate::durationText(
                        std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(expires)))},
                QDateTime::currentDateTimeUtc());
            const QString text = warning.display();
            m_records.update(localId, [&](JobRecord &rec) {
                rec.addEvent(warning);
                return Changes(JobChange::Other);
            });
            Q_EMIT uploadWarning(localId, text);
        }
    }
    const qint64 total = it->total;
    m_records.update(localId, [&](JobRecord &rec) {
        rec.uploadedBytes = sent;
        rec.progress = total > 0 ? double(sent) / double(total) : 0;
        return Changes(JobChange::Progress);
    });
}

void UploadController::handleUploadFinished(const QString &localId, RestJob *job)
{
    auto it = m_uploads.find(localId);
    if (it == m_uploads.end())
        return;
    const ApiError error = job->error();
    const bool cancelled = it->cancelled || error.kind == ApiError::Kind::Aborted;
    if (!error) {
        it->sent = it->total;
        m_records.update(localId, [&](JobRecord &rec) {
            rec.upload = JobRecord::Upload::Done;
            rec.uploadedBytes = rec.uploadSize;
            rec.progress = 1.0;
            rec.addNote(QT_TRANSLATE_NOOP("JobMonitor", "Image file uploaded"));
            return Changes(JobChange::Progress | JobChange::State);
        });
        m_records.save();
        UploadSource *source = it->source;
        DigestPipeline *digests = source ? source->digests() : nullptr;
        if (digests && !digests->isComplete() && source->digestsValid()) {
            // The last blocks are still being hashed: wait for them, not for the network.
            connect(
                digests,
                &DigestPipeline::finished,
                this,
                [this, localId] { uploadSucceeded(localId); },
                Qt::SingleShotConnection);
            if (!digests->isComplete())
                return;
            disconnect(digests, &DigestPipeline::finished, this, nullptr);
        }
        uploadSucceeded(localId);
        return;
    }
    UploadSource *source = it->source;
    // The whole file was read and hashed: if the cloud kept it after all, it can be verified.
    QMap<QString, QString> digests;
    if (!cancelled && source && source->digestsValid() && source->digests()
        && source->digests()->isComplete())
        digests = source->digests()->results();
    m_uploads.erase(it);
    if (source)
        source->deleteLater();
    if (m_records.contains(localId)) {
        m_records.update(localId, [&](JobRecord &rec) {
            rec.upload = JobRecord::Upload::Incomplete;
            if (cancelled) {
                rec.state = JobState::Cancelled;
                rec.finished = QDateTime::currentDateTimeUtc();
                rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                    "Upload cancelled by the operator. The image stays queued: "
                    "resume the upload or delete it."));
            } else {
                rec.failReason = error.userMessage();
                rec.lastResponse = Redact::body(job->body());
                if (!digests.isEmpty())
                    rec.localDigests = digests;
                //: %1 = why the upload failed
                rec.addNote(QT_TRANSLATE_NOOP("JobMonitor", "The upload failed: %1"),
                    {error.userMessage()});
            }
            return Changes(JobChange::State | JobChange::Result);
        });
        m_records.save();
        if (!cancelled) {
            // A dropped connection or a 5xx after the data was stored does not tell whether the
            // cloud has the file: the image's status does (queued, saving, active or killed).
            // Until it is known, nobody is told the upload failed.
            m_checks.insert(localId, error);
            m_polls.pollIn(localId, 0ms);
            return;
        }
        m_records.finished(localId);
    }
    Q_EMIT uploadEnded(localId, cancelled ? ApiError::make(ApiError::Kind::Aborted) : error);
}

void UploadController::settleCheck(const QString &localId, bool answered)
{
    const auto it = m_checks.constFind(localId);
    if (it == m_checks.cend())
        return;
    const ApiError error = *it;
    m_checks.erase(it);
    // The follower marks the upload done when the image is saving or active.
    const std::optional<JobRecord> r = answered ? m_records.record(localId) : std::nullopt;
    const bool received = r && r->upload == JobRecord::Upload::Done;
    if (!received) {
        Q_EMIT uploadEnded(localId, error); // queued (incomplete), killed, or not known
        return;
    }
    Q_EMIT uploadEnded(localId, {});
}

void UploadController::uploadSucceeded(const QString &localId)
{
    auto it = m_uploads.find(localId);
    if (it == m_uploads.end())
        return;
    UploadSource *source = it->source;
    QMap<QString, QString> digests;
    if (source && source->digestsValid())
        digests = source->digests()->results();
    m_uploads.erase(it);
    if (source)
        source->deleteLater();
    if (m_records.update(localId, [&](JobRecord &rec) {
            rec.localDigests = digests;
            return Changes(JobChange::Other);
        })) {
        m_records.save();
        m_polls.pollIn(localId, 0ms); // now the image's status, then the checksums
    }
    Q_EMIT uploadEnded(localId, {});
}

bool UploadController::cancel(const QString &localId)
{
    auto it = m_uploads.find(localId);
    if (it == m_uploads.end())
        return false;
    it->cancelled = true;
    if (it->job)
        it->job->abort(); // ends in handleUploadFinished
    return true;
}

bool UploadController::resume(const QString &localId)
{
    if (m_uploads.contains(localId))
        return false;
    const std::optional<JobRecord> r = m_records.record(localId);
    if (!r || r->method != CreationMethod::GlanceCreateUpload || r->imageIds.isEmpty()
        || r->state == JobState::Succeeded || r->upload == JobRecord::Upload::Running
        || (!r->cloudStatus.isEmpty() && r->cloudStatus != u"queued"))
        return false;
    m_records.update(localId, [](JobRecord &rec) {
        rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
            "Upload resumed by the operator (the whole file is sent again: Glance "
            "has no partial upload)."));
        return Changes(JobChange::Other);
    });
    start(localId);
    return true;
}

bool UploadController::deleteImage(const QString &localId)
{
    const std::optional<JobRecord> r = m_records.record(localId);
    if (!r || r->method != CreationMethod::GlanceCreateUpload || r->imageIds.isEmpty()
        || r->state == JobState::Succeeded)
        return false;
    CloudSession *session = m_records.session(r->profileId);
    if (!session)
        return false;
    cancel(localId);
    m_polls.stopPolling(localId);
    RestJob *job = session->deleteGlanceImage(r->imageIds.first(), this);
    connect(job, &RestJob::finished, this, [this, localId](RestJob *j) {
        const ApiError &error = j->error();
        const bool gone = !error || (error.kind == ApiError::Kind::Http && error.httpStatus == 404);
        if (const std::optional<JobRecord> before = m_records.record(localId)) {
            const bool wasTerminal = before->isTerminal();
            m_records.update(localId, [&](JobRecord &rec) {
                if (!gone) {
                    //: %1 = why the image could not be deleted
                    rec.addNote(
                        QT_TRANSLATE_NOOP("JobMonitor", "The image could not be deleted: %1"),
                        {error.userMessage()});
                    return Changes(JobChange::Other);
                }
                rec.cloudStatus = u"deleted"_s;
                rec.upload = rec.upload == JobRecord::Upload::None ? rec.upload
                                                                   : JobRecord::Upload::Incomplete;
                if (rec.state != JobState::Failed) {
                    rec.state = JobState::Cancelled;
                    rec.finished = QDateTime::currentDateTimeUtc();
                }
                rec.addNote(QT_TRANSLATE_NOOP("JobMonitor", "Image deleted by the operator."));
                return Changes(JobChange::State | JobChange::Result);
            });
            m_records.save();
            const std::optional<JobRecord> after = m_records.record(localId);
            if (gone && !wasTerminal && after && after->isTerminal())
                m_records.finished(localId);
        }
        Q_EMIT imageDeleted(localId, gone ? ApiError() : error);
    });
    return true;
}
