#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include "net/apierror.h"
#include "jobs/uploadlease.h"
#include "obs/multipartplan.h"

class CloudSession;
class JobPolls;
class JobRecords;
class MultipartUpload;
class S3Client;
struct LocalFileRequest;
struct PollPolicy;

/// Drives the jobs of method ims-local-file (a local image file via OBS) up to the IMS import,
/// as UploadController drives the Glance uploads: checks the bucket before the first byte (its
/// region must be the profile's, its storage class Standard), saves the job, uploads the file as
/// a resumable multipart upload (MultipartUpload) with the upload id and every confirmed part
/// written to the job store as it comes, then completes it and sends the IMS create of
/// "bucket:object" exactly once (the intent saved first, as CreateSubmitter does; an unknown
/// outcome is looked up by the marker, never sent again). From then on the IMS job follower
/// follows the import. resume() goes on with an interrupted upload (ListParts: only the missing
/// parts are sent; a file changed since is refused with the reason); cancel() during the upload
/// aborts the multipart upload in the bucket. With keep_object false the object is deleted once
/// the image is active (jobEnded). A quick import of a RAW file puts its bitmap file beside the
/// object (one PUT) once the object is complete, before the import. Works on records by local id
/// through JobRecords and JobPolls, which the monitor gives it. GUI thread.
class ObsImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObsImportController)
public:
    using DoneCallback = std::function<void(const ApiError &, const QString &localId)>;

    /// The ApiError::serviceCode of a bucket IMS cannot import from (other region, not
    /// Standard): a refusal before anything was sent.
    static constexpr const char *BucketUnusableCode = "imagewright.bucket-unusable";
    /// The ApiError::serviceCode of an upload that did not start because another process
    /// uploads the same job now (UploadLease): nothing was sent, the job is theirs meanwhile.
    static constexpr const char *UploadBusyCode = "imagewright.upload-busy";

    struct Options
    {
        int parallel = 4;
        qint64 partSize = 0; // bytes; 0: automatic (at least 16 MiB, at most 10,000 parts)
    };

    /// The live figures of an upload running in this process.
    struct Status
    {
        qint64 sent = 0;
        qint64 total = 0;
        int partsDone = 0;
        int partsTotal = 0;
        double bytesPerSecond = -1; // < 0 while unknown

        /// The time the bytes not yet sent take at the current rate; nullopt while the rate is
        /// unknown or zero.
        std::optional<qint64> secondsLeft() const;
    };

    ObsImportController(
        JobRecords &records, JobPolls &polls, const PollPolicy &policy, QObject *parent = nullptr);
    ~ObsImportController() override;

    void setOptions(const Options &options) { m_options = options; }
    /// The folder of the upload leases (beside the job store, shared by every process that
    /// uses it); empty: no lease (tests of one process).
    void setLeaseDir(const QString &dir) { m_leaseDir = dir; }
    /// Whether another process uploads `localId` now (it holds its lease); `holder` says which.
    bool isUploadingElsewhere(const QString &localId, QString *holder = nullptr) const;

    /// Checks the bucket, then tracks the job and starts its upload. `done(error, localId)`:
    /// no error and a local id once the upload started (uploadEnded() tells how it ended); an
    /// error and no local id when nothing was sent (the bucket refused: serviceCode
    /// BucketUnusableCode; no object storage; sign-in).
    void submit(CloudSession *session,
        const LocalFileRequest &request,
        const QString &name,
        const QString &marker,
        const QJsonObject &importBody,
        QObject *context,
        DoneCallback done);
    /// Goes on with a job whose upload stopped (failed, interrupted, the app ended), or whose
    /// import was not sent yet. False when there is nothing to resume.
    bool resume(const QString &localId);
    /// Aborts the upload running here (or the unfinished multipart upload the job recorded) in
    /// the bucket; the job ends cancelled. False when the job has no upload to abort.
    bool cancel(const QString &localId);
    /// Stops an upload running here without aborting it (resumable later). False: none runs.
    bool pause(const QString &localId);
    bool isUploading(const QString &localId) const { return m_runs.contains(localId); }
    std::optional<Status> status(const QString &localId) const;
    /// The job reached an end: with keep_object false and the image active, its object is
    /// deleted; objectSettled() says when that is done.
    void jobEnded(const QString &localId);
    /// Whether the object of a finished job is still being deleted.
    bool isSettling(const QString &localId) const { return m_settling.contains(localId); }
    /// Starts the object's deletion if the job needs it and it was not tried in this process
    /// (jobEnded), then tells whether it is on its way: a command waits for objectSettled().
    bool settle(const QString &localId);
    /// Whether resume() would go on with `localId`: a local-file job still running whose upload
    /// stopped (incomplete: failed, paused, the app ended; or marked running by a process that
    /// is gone) or whose import was not sent, with no upload of it running here or in another
    /// process (its lease). What a Resume action is offered for.
    bool canResume(const QString &localId) const;
    /// Whether `localId` is a local-file job in its upload phase (no import sent yet).
    bool inUploadPhase(const QString &localId) const;

Q_SIGNALS:
    /// The upload of this process ended: no error (the object is complete and the import sent),
    /// Aborted (cancelled, or paused), or why it failed (the job is then incomplete).
    void uploadEnded(const QString &localId, const ApiError &error);
    void objectSettled(const QString &localId);

private:
    struct Run
    {
        QPointer<MultipartUpload> upload;
        std::shared_ptr<UploadLease> lease; // held while the upload runs here
        Status status;
        bool cancelled = false;
        bool paused = false;
    };

    S3Client *clientFor(CloudSession *session, QString *error);
    /// The object storage of the profile `profileId`; null with `why` (translated) when the
    /// profile has no session or no object storage.
    S3Client *clientForProfile(const QString &profileId, QString *why);
    /// Later: the job's upload is incomplete for `error`, and uploadEnded() says so.
    void stopLater(const QString &localId, const ApiError &error);
    void startUpload(const QString &localId, bool fresh);
    void uploadFinished(const QString &localId, const ApiError &error);
    /// The lease of `localId` for this process; null (and uploadEnded said why) when another
    /// process holds it or it cannot be taken.
    std::shared_ptr<UploadLease> takeLease(const QString &localId);
    /// The image file is complete in the bucket: the bitmap next when one is pending, else the
    /// upload phase ends and the import is sent.
    void objectComplete(const QString &localId, const std::shared_ptr<UploadLease> &lease);
    void uploadBitmap(const QString &localId, const std::shared_ptr<UploadLease> &lease);
    void markIncomplete(const QString &localId, const ApiError &error);
    void sendImport(const QString &localId);
    void abortRecorded(const QString &localId);
    /// Deletes `keys` of the job's bucket in turn, each noted, then objectSettled().
    void deleteObjects(const QString &localId, S3Client *client, QStringList keys);

    JobRecords &m_records;
    JobPolls &m_polls;
    const PollPolicy &m_policy;
    Options m_options;
    QString m_leaseDir;
    QHash<QString, Run> m_runs;                    // local id -> upload running here
    QHash<QString, QPointer<S3Client>> m_clients;  // profile id -> its object storage
    QSet<QString> m_settling;                      // object deletion on its way
    QSet<QString> m_settleTried;                   // deletion tried in this process
};
