#include "jobs/createsubmitter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>
#include <QUuid>

#include "auth/akskauth.h"
#include "auth/aksksigner.h"
#include "cloud/cloudsession.h"
#include "create/cinderuploadrequest.h"
#include "create/novacreateimagerequest.h"
#include "jobs/jobrecords.h"
#include "jobs/pollpolicy.h"
#include "jobs/uploadcontroller.h"
#include "logging.h"
#include "model/cindervolume.h"
#include "model/novaversion.h"
#include "net/redact.h"
#include "net/restjob.h"

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace {
using Changes = JobChange::Flags;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

CreateSubmitter::CreateSubmitter(JobRecords &records,
    JobPolls &polls,
    UploadController &uploads,
    const PollPolicy &policy,
    QObject *parent)
    : QObject(parent)
    , m_records(records)
    , m_polls(polls)
    , m_uploads(uploads)
    , m_policy(policy)
{
    const Route ims = [this](CloudSession *session, const CreateOrder &order, QObject *context,
                          DoneCallback done) {
        submitIms(session, order.method, order.imageName, order.marker, order.body, context,
            std::move(done));
    };
    for (const CreationMethod m : {CreationMethod::ImsEcs, CreationMethod::ImsEcsDataDisks,
             CreationMethod::ImsObsFile, CreationMethod::ImsDataDisk})
        setRoute(m, ims);
    setRoute(CreationMethod::NovaCreateImage,
        [this](CloudSession *session, const CreateOrder &order, QObject *context, DoneCallback done) {
            submitNova(session, order.sourceId, order.imageName, order.marker, order.body, context,
                std::move(done));
        });
    setRoute(CreationMethod::CinderUploadToImage,
        [this](CloudSession *session, const CreateOrder &order, QObject *context, DoneCallback done) {
            submitCinder(
                session, order.sourceId, order.imageName, order.body, context, std::move(done));
        });
    setRoute(CreationMethod::GlanceCreateUpload,
        [this](CloudSession *session, const CreateOrder &order, QObject *context, DoneCallback done) {
            submitGlance(session, order.imageName, order.marker, order.body, order.filePath,
                context, std::move(done));
        });
}

void CreateSubmitter::setRoute(CreationMethod method, Route route)
{
    m_routes[method] = std::move(route);
}

void CreateSubmitter::submit(
    CloudSession *session, const CreateOrder &order, QObject *context, DoneCallback done)
{
    const auto route = m_routes.find(order.method);
    if (route == m_routes.end()) {
        const ApiError e = ApiError::make(ApiError::Kind::Configuration,
            //: %1 = the creation method's title
            QCoreApplication::translate("JobMonitor", "%1 cannot be sent by this version.")
                .arg(CreationMethods::title(order.method)));
        QTimer::singleShot(0, context, [done = std::move(done), e] { done(e, {}); });
        return;
    }
    route->second(session, order, context, std::move(done));
}

QString CreateSubmitter::writeIntent(CloudSession *session,
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
    r.addNote(QT_TRANSLATE_NOOP("JobMonitor", "Create request being sent"), {}, r.created);
    if (prepare)
        prepare(r);
    const QString localId = r.localId;
    m_records.add(std::move(r));

    // The intent is durable before a single byte of the create leaves: after a crash the record
    // says a create may exist, and its marker finds it.
    QString saveError;
    if (!m_records.saveNow(&saveError)) {
        m_records.discard(localId);
        const ApiError e = ApiError::make(ApiError::Kind::LocalStorage,
            //: %1 = file system error
            QCoreApplication::translate(
                "JobMonitor", "the job history could not be saved (%1), so nothing was sent")
                .arg(saveError));
        QMetaObject::invokeMethod(
            context, [done, e] { done(e, {}); }, Qt::QueuedConnection);
        return {};
    }
    return localId;
}

void CreateSubmitter::handleCreateAnswer(const QString &localId,
    RestJob *j,
    const AcceptFn &accept,
    QPointer<QObject> guard,
    const DoneCallback &done)
{
    const std::optional<JobRecord> current = m_records.record(localId);
    if (!current)
        return; // removed meanwhile
    const ApiError &error = j->error();
    QString why;
    JobRecord accepted = *current; // read into a copy; the record changes only in update()
    if (!error && accept(j, accepted, &why)) {
        m_records.update(localId, [&](JobRecord &rec) {
            rec = std::move(accepted);
            rec.state = JobState::Running;
            rec.lastResponse = Redact::body(j->body());
            return Changes(JobChange::State | JobChange::Result);
        });
        m_records.save();
        m_polls.pollIn(localId, m_policy.first);
        if (guard)
            done({}, localId);
        return;
    }
    if (!error || error.outcomeUnknown()) {
        // Accepted but unreadable, or no answer at all: the create may exist. Never re-sent.
        ApiError e = error ? error : ApiError::make(ApiError::Kind::InvalidResponse, why);
        m_records.update(localId, [&](JobRecord &rec) {
            rec.state = JobState::NeedsAttention;
            rec.failReason = e.userMessage();
            rec.lastResponse = Redact::body(j->body());
            rec.addNote(QT_TRANSLATE_NOOP("JobMonitor", "Outcome unknown: %1"), {e.userMessage()});
            return Changes(JobChange::State | JobChange::Result);
        });
        m_records.save();
        if (guard)
            done(e, localId);
        return;
    }
    // Refused (4xx, refused connection, ...): nothing exists on the cloud, nothing to track.
    qCInfo(lcJobs) << "create refused:" << error.httpStatus << error.serviceCode;
    m_records.discard(localId);
    m_records.save();
    if (guard)
        done(error, {});
}

void CreateSubmitter::submitIms(CloudSession *session,
    CreationMethod method,
    const QString &name,
    const QString &marker,
    const QJsonObject &body,
    QObject *context,
    DoneCallback done)
{
    const QString localId = writeIntent(session, method, name, marker, {}, context, done);
    if (localId.isEmpty())
        return;
    RestJob *job = session->createImsImage(body, this);
    const AcceptFn accept = [](RestJob *j, JobRecord &rec, QString *why) {
        const QString jobId = j->json().object().value(u"job_id"_s).toString();
        if (jobId.isEmpty()) {
            *why = QCoreApplication::translate("JobMonitor", "the answer carried no job_id");
            return false;
        }
        rec.jobId = jobId;
        //: %1 = the cloud's job ID
        rec.addNote(QT_TRANSLATE_NOOP("JobMonitor", "Accepted by the cloud as job %1"), {jobId});
        return true;
    };
    connect(
        job, &RestJob::finished, this, [=, this, guard = QPointer<QObject>(context)](RestJob *j) {
            handleCreateAnswer(localId, j, accept, guard, done);
        });
}

void CreateSubmitter::submitNova(CloudSession *session,
    const QString &serverId,
    const QString &name,
    const QString &marker,
    const QJsonObject &body,
    QObject *context,
    DoneCallback done)
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
        if (!m_records.contains(localId) || !s)
            return;
        const auto doc = v->error() ? std::nullopt : NovaVersion::fromJson(v->json().object());
        if (!doc) {
            // Nothing was created yet: the create was never sent.
            m_records.discard(localId);
            m_records.save();
            if (guard)
                done(v->error() ? v->error()
                                : ApiError::make(ApiError::Kind::InvalidResponse,
                                    QCoreApplication::translate("JobMonitor",
                                        "the compute service sent no version document")),
                    {});
            return;
        }
        const NovaMicroversion mv = doc->choose(m_novaCeiling);
        m_records.update(localId, [&](JobRecord &rec) {
            //: %1 = a compute API microversion such as 2.45
            rec.addNote(
                QT_TRANSLATE_NOOP("JobMonitor", "Compute API microversion %1"), {mv.toString()});
            return Changes(JobChange::Other);
        });
        RestJob *job = s->createNovaImage(serverId, body, mv, this);
        const AcceptFn accept = [mv](RestJob *j, JobRecord &rec, QString *why) {
            const auto imageId = NovaCreateImageRequest::imageIdFromCreateResponse(
                mv, j->header("Location"), j->body(), why);
            if (!imageId)
                return false;
            rec.imageIds = {*imageId};
            //: %1 = the image ID
            rec.addNote(
                QT_TRANSLATE_NOOP("JobMonitor", "Accepted by the compute service: image %1"),
                {*imageId});
            return true;
        };
        connect(job, &RestJob::finished, this, [=, this](RestJob *j) {
            handleCreateAnswer(localId, j, accept, guard, done);
        });
    });
}

void CreateSubmitter::submitCinder(CloudSession *session,
    const QString &volumeId,
    const QString &name,
    const QJsonObject &body,
    QObject *context,
    DoneCallback done)
{
    // No marker (interfaces.md §7): the volume, the name and the time find the image again.
    const QString localId = writeIntent(
        session,
        CreationMethod::CinderUploadToImage,
        name,
        QString(),
        [&](JobRecord &r) { r.volumeId = volumeId; },
        context,
        done);
    if (localId.isEmpty())
        return;
    QPointer<QObject> guard(context);
    QPointer<CloudSession> s(session);
    const auto send = [=, this](std::optional<NovaMicroversion> mv) {
        if (!m_records.contains(localId) || !s)
            return;
        m_records.update(localId, [&](JobRecord &rec) {
            //: %1 = a block storage API microversion such as 3.1
            if (mv)
                rec.addNote(QT_TRANSLATE_NOOP("JobMonitor", "Block storage API microversion %1"),
                    {mv->toString()});
            else
                rec.addNote(
                    QT_TRANSLATE_NOOP("JobMonitor", "Block storage API without microversions"));
            return Changes(JobChange::Other);
        });
        RestJob *job = s->uploadVolumeToImage(volumeId, body, mv, this);
        const AcceptFn accept = [](RestJob *j, JobRecord &rec, QString *why) {
            QString volumeStatus;
            const auto imageId =
                CinderUploadRequest::imageIdFromResponse(j->json().object(), &volumeStatus, why);
            if (!imageId)
                return false;
            rec.imageIds = {*imageId};
            rec.volumeStatus = volumeStatus.isEmpty() ? u"uploading"_s : volumeStatus;
            rec.cloudStatus = rec.volumeStatus;
            //: %1 = the image ID
            rec.addNote(
                QT_TRANSLATE_NOOP("JobMonitor", "Accepted by the block storage service: image %1"),
                {*imageId});
            return true;
        };
        connect(job, &RestJob::finished, this, [=, this](RestJob *j) {
            handleCreateAnswer(localId, j, accept, guard, done);
        });
    };
    if (session->isConnected()) {
        const auto endpoint = session->volumeEndpoint();
        if (endpoint && CloudSession::isVolumeV2(*endpoint)) {
            send(std::nullopt); // the v2 API has no microversions
            return;
        }
    }
    RestJob *versions = session->volumeVersions(this);
    connect(versions, &RestJob::finished, this, [=, this](RestJob *v) {
        if (!m_records.contains(localId) || !s)
            return;
        const ApiError &error = v->error();
        const auto endpoint = s->volumeEndpoint();
        if (error && error.kind != ApiError::Kind::Http && error.kind != ApiError::Kind::Redirect
            && !(endpoint && CloudSession::isVolumeV2(*endpoint))) {
            // Sign-in, connection or catalog trouble: nothing was created, nothing is sent.
            m_records.discard(localId);
            m_records.save();
            if (guard)
                done(error, {});
            return;
        }
        std::optional<NovaMicroversion> mv;
        if (!error && !(endpoint && CloudSession::isVolumeV2(*endpoint))) {
            QString why;
            if (const auto version = VolumeApiVersion::fromJson(v->json().object(), &why))
                mv = version->choose();
            else
                qCInfo(lcJobs) << "no volume microversions:" << why;
        }
        send(mv);
    });
}

// --- Glance create + upload (method 7; seed 003, reference/api-facts.md §1.8) ---------------

void CreateSubmitter::submitGlance(CloudSession *session,
    const QString &name,
    const QString &imageId,
    const QJsonObject &body,
    const QString &filePath,
    QObject *context,
    DoneCallback done)
{
    const QFileInfo info(filePath);
    if (session->signsRequests() && info.size() > AkSkSigner::MaxSignedBodyBytes) {
        // Said before anything is created: the PUT could never be signed (api-facts §1.5).
        const ApiError e =
            ApiError::make(ApiError::Kind::Configuration, AkSkAuth::bodyTooLargeMessage());
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            this,
            [guard, done, e] {
                if (guard)
                    done(e, {});
            },
            Qt::QueuedConnection);
        return;
    }
    const QString localId = writeIntent(
        session,
        CreationMethod::GlanceCreateUpload,
        name,
        imageId,
        [&](JobRecord &r) {
            r.imageIds = {imageId}; // chosen by us: known before the cloud answers
            r.upload = JobRecord::Upload::Waiting;
            r.uploadFile = info.absoluteFilePath();
            r.uploadSize = info.size();
        },
        context,
        done);
    if (localId.isEmpty())
        return;
    m_uploads.expect(localId);
    sendGlanceCreate(localId,
        session,
        body,
        0,
        [=, this, guard = QPointer<QObject>(context)](const ApiError &e, const QString &id) {
            // The monitor, not the caller, goes on with the upload: the caller may be gone.
            if (!e && !id.isEmpty()) {
                m_uploads.start(id);
            } else if (!id.isEmpty()) {
                // Still no answer after sending it again: the chosen ID finds the image, if the
                // cloud makes it later.
                m_polls.pollIn(id, milliseconds(500));
            } else {
                m_uploads.unexpect(localId);
            }
            if (guard)
                done(e, id);
        });
}

void CreateSubmitter::sendGlanceCreate(const QString &localId,
    QPointer<CloudSession> session,
    const QJsonObject &body,
    int attempt,
    const DoneCallback &done)
{
    const QString imageId = body.value(u"id"_s).toString();
    if (!session || !m_records.contains(localId)) {
        m_uploads.unexpect(localId);
        return;
    }
    RestJob *job = session->createGlanceImage(body, this);
    const AcceptFn accept = [imageId](RestJob *j, JobRecord &rec, QString *why) {
        const QJsonObject image = j->json().object();
        const QString id = image.value(u"id"_s).toString();
        if (id != imageId) {
            //: %1 = the ID Imagewright chose, %2 = the one in the answer
            *why = QCoreApplication::translate(
                "JobMonitor", "the cloud answered with image %2 instead of the chosen ID %1")
                       .arg(imageId, id.isEmpty() ? u"-"_s : id);
            return false;
        }
        rec.cloudStatus = image.value(u"status"_s).toString();
        //: %1 = the image ID
        rec.addNote(QT_TRANSLATE_NOOP("JobMonitor", "Image metadata created: image %1"), {imageId});
        return true;
    };
    connect(job, &RestJob::finished, this, [=, this](RestJob *j) {
        if (!m_records.contains(localId)) {
            m_uploads.unexpect(localId);
            return; // removed meanwhile
        }
        const ApiError error = j->error();
        if (attempt > 0 && error && !error.outcomeUnknown()) {
            const bool exists = error.kind == ApiError::Kind::Http && error.httpStatus == 409;
            m_records.update(localId, [&](JobRecord &rec) {
                if (exists) {
                    // An earlier request of this create took effect (same ID): follow it.
                    rec.state = JobState::Running;
                    rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                        "An image with the chosen ID exists: an earlier create "
                        "request took effect."));
                } else {
                    rec.state = JobState::NeedsAttention;
                    rec.failReason = error.userMessage();
                    //: %1 = the cloud's refusal
                    rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                                    "The create request sent again was refused (%1); whether "
                                    "the first one took effect is not known."),
                        {error.userMessage()});
                }
                return Changes(JobChange::State | JobChange::Result);
            });
            m_records.save();
            done(exists ? ApiError() : error, localId);
            if (exists)
                m_polls.pollIn(localId, milliseconds(0)); // queued: the follower starts the upload
            return;
        }
        if (error.outcomeUnknown() && attempt < m_policy.createResends) {
            const milliseconds wait = m_policy.createResendFirst * (1 << attempt);
            m_records.update(localId, [&](JobRecord &rec) {
                //: %1 = why no answer came, %2 = seconds
                rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                                "No answer to the create request (%1). Sending the same request "
                                "again in %2 s: the image ID is chosen here, so the cloud "
                                "cannot make the image twice."),
                    {error.userMessage(),
                        QString::number(qMax<qint64>(1, (wait.count() + 999) / 1000))});
                return Changes(JobChange::Other);
            });
            QTimer::singleShot(wait, this, [=, this] {
                sendGlanceCreate(localId, session, body, attempt + 1, done);
            });
            return;
        }
        handleCreateAnswer(localId, j, accept, QPointer<QObject>(this), done);
    });
}
