#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include "cloud/cloudprofile.h"
#include "jobs/createsubmitter.h"
#include "jobs/jobchanges.h"
#include "jobs/jobrecord.h"
#include "jobs/obsimportcontroller.h"
#include "jobs/poller.h"
#include "jobs/pollpolicy.h"
#include "jobs/pollscheduler.h"
#include "jobs/reachability.h"
#include "jobs/reconciler.h"
#include "jobs/storesync.h"
#include "jobs/uploadcontroller.h"
#include "model/novaversion.h"
#include "net/apierror.h"

class CloudSession;
class RestJob;

/// Owns the tracked creations and follows each to a true end. A facade: it keeps the records
/// (rows, signals) and reads poll answers through each job's follower; its parts do one thing
/// each: StoreSync (the records in the JobStore: when they are saved, what other processes
/// wrote), PollScheduler (when a job is asked; PollPolicy's backoff, a per-profile cap on
/// requests in flight, give-up deadlines), Reachability (a profile whose cloud does not answer),
/// CreateSubmitter (the creates, intent saved first), UploadController (Glance uploads),
/// ObsImportController (a local file via OBS), Reconciler (a create whose outcome is unknown).
/// The parts see the records only through JobRecords/JobPolls, by local id. GUI thread.
class JobMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobMonitor)
public:
    using Changes = JobChange::Flags;
    static constexpr JobChange::Flag StateChanged = JobChange::State;
    static constexpr JobChange::Flag ProgressChanged = JobChange::Progress;
    static constexpr JobChange::Flag ResultChanged = JobChange::Result;
    static constexpr JobChange::Flag OtherChanged = JobChange::Other;

    using SessionResolver = std::function<CloudSession *(const QString &profileId)>;

    explicit JobMonitor(JobStore store, QObject *parent = nullptr);
    ~JobMonitor() override;

    void setSessionResolver(SessionResolver resolver) { m_resolver = std::move(resolver); }
    void setPollPolicy(const PollPolicy &policy) { m_policy = policy; }
    const PollPolicy &pollPolicy() const { return m_policy; }
    void setMaxInFlightPerProfile(int n) { m_scheduler.setMaxInFlightPerProfile(n); }
    /// The highest compute microversion submitNova() asks for (default NovaHighestUnderstood);
    /// the server's own range still bounds it. A test seam: tests against a real Nova force 2.1
    /// (image ID in the Location header) this way.
    void setNovaMicroversionCeiling(NovaMicroversion ceiling);

    /// Loads the store and resumes polling every unfinished job; with `which`, only the jobs it
    /// accepts (`imagewright watch` follows one job and leaves every other to its owner).
    void restore(const std::function<bool(const JobRecord &)> &which = {});
    /// restore() with the store read on a worker thread: returns at once; the jobs come in one
    /// insertion, then historyLoaded(). The GUI's start, so a long history never delays the
    /// first window.
    void restoreInBackground();
    /// Whether restoreInBackground() is still reading.
    bool isLoadingHistory() const { return m_sync.isLoading(); }
    /// Whether a request about this job is on its way (a poll, a look-up by its marker).
    bool isAsking(const QString &localId) const;
    /// The progress this running job is expected to have reached now, from the rate its last
    /// polls measured (PollPolicy::estimate); none without a rate. Asks nothing.
    std::optional<double> estimatedProgress(const QString &localId) const;
    const JobStore &store() const { return m_sync.store(); }

    /// Follows the store file: when another process (`imagewright submit`, a second window)
    /// writes it, records this monitor does not know are added (running ones polled) and newer
    /// copies of known ones replace them. Both processes may then poll the same job; that only
    /// costs requests, as every poll is a read. Watches the file and its folder, as an atomic
    /// save replaces the file.
    void watchStore() { m_sync.watch(); }
    /// Whether records other processes added to the store are taken in on save and on reload
    /// (default true). The headless submit turns it off: it follows its own job only.
    void setAdoptForeignJobs(bool on)
    {
        m_adoptForeign = on;
        m_sync.setReadsOthers(on); // what it would not adopt, it need not read
    }
    /// Whether a create whose outcome is unknown is looked up by itself until found
    /// (Reconciler::lookUpUntilFound; default true). The headless commands look up themselves.
    void setLooksUpByItself(bool on) { m_reconciler.setLooksUpByItself(on); }
    /// Whether look-ups of this needs-attention job are still to come.
    bool isLookingUp(const QString &localId) const { return m_reconciler.isLookingUp(localId); }
    /// Reads the store now and takes in what other processes wrote (as watchStore() does).
    void reloadStore() { m_sync.reload(); }
    /// Writes the store now, on this thread (merging with what other processes wrote); false
    /// and `error` when it could not be written (a failure is logged either way).
    bool saveNow(QString *error = nullptr);
    /// Whether routine saves (progress, acceptances, ends, the operator's removals) are written
    /// on a worker thread (StoreSync; default false). The GUI turns it on so that no write
    /// holds up a frame; the intent of a create is still on disk before its request leaves.
    void setSavesInBackground(bool on) { m_sync.setSavesInBackground(on); }
    /// What the operator must be told about the job history itself (moved aside because it
    /// could not be read, written by a newer version); empty when nothing happened.
    const QString &storeNotice() const { return m_sync.notice(); }

    int count() const { return int(m_records.size()); }
    const JobRecord &at(int row) const { return m_records.at(row); }
    int rowOf(const QString &localId) const;
    const QList<JobRecord> &records() const { return m_records; }

    /// Sends one create, whoever built it (the wizard's review page, `imagewright submit`): the
    /// intent is saved first, then the route of its method carries it out (the four APIs'
    /// creates below; setCreateRoute() adds a kind). `done(error, localId)`: no error and a
    /// local id when the cloud accepted it (running); an error and a local id when the outcome
    /// is unknown (tracked as needs attention); an error and no local id when the cloud refused
    /// it (nothing tracked).
    void submit(CloudSession *session,
        const CreateOrder &order,
        QObject *context,
        std::function<void(const ApiError &, const QString &localId)> done);
    /// Registers how `method`'s creates are sent (a new kind of create plugs in here).
    void setCreateRoute(CreationMethod method, CreateSubmitter::Route route);

    // Typed shortcuts for submit(), one per API (tests, benchmarks).
    /// Sends an IMS create (methods 1–4) for `session`'s profile. The intent is saved first.
    /// `done(error, localId)`: no error and a local id when the cloud accepted it (running);
    /// an error and a local id when the outcome is unknown (tracked as needs attention); an
    /// error and no local id when the cloud refused it (nothing tracked).
    void submitIms(CloudSession *session,
        CreationMethod method,
        const QString &name,
        const QString &marker,
        const QJsonObject &body,
        QObject *context,
        std::function<void(const ApiError &, const QString &localId)> done);

    /// Sends a Nova createImage (method 5) for the server `serverId`: asks the compute
    /// endpoint's version document for the microversion first, then POSTs the action once.
    /// The image id comes from Location (up to 2.44) or the body (from 2.45); the job then
    /// follows the Glance image. `done` as for submitIms; a 409 (e.g. a snapshot already
    /// running) is a refusal whose ApiError::message is Nova's own text.
    void submitNova(CloudSession *session,
        const QString &serverId,
        const QString &name,
        const QString &marker,
        const QJsonObject &body,
        QObject *context,
        std::function<void(const ApiError &, const QString &localId)> done);

    /// Sends a Cinder os-volume_upload_image (method 6) for the volume `volumeId`: reads the
    /// volume endpoint's version list first (v3: the microversion, up to 3.1; a v2 endpoint or
    /// a cloud without the list: no microversion header), then POSTs the action once. No
    /// marker can be added (interfaces.md §7): the record keeps the volume ID, the image name
    /// and the time. The image id comes from the answer; the job then follows the volume
    /// (uploading → available/in-use, or error*) and the Glance image to active, and on
    /// FJcloud-O (and the demo cloud) checks the image has no sync_status_reason (seed 000).
    /// `done` as for submitIms; Cinder's 400 for a volume in the wrong state is a refusal whose
    /// ApiError::message is Cinder's own text.
    void submitCinder(CloudSession *session,
        const QString &volumeId,
        const QString &name,
        const QJsonObject &body,
        QObject *context,
        std::function<void(const ApiError &, const QString &localId)> done);

    /// Glance create + upload (method 7): saves the intent with `imageId` (the client-chosen
    /// `id` in `body`, also the marker), POSTs /v2/images once, then streams `filePath` with a
    /// fresh token (PUT .../file) while hashing it, then follows the image to active and
    /// compares its checksum / os_hash_value with the file's. `done` as for submitIms, called
    /// once the create is answered. A lost create answer is reconciled by GET of `imageId`
    /// (never re-created): found queued, the upload goes on; not found, the job fails as "not
    /// created". uploadEnded() tells how the upload went.
    void submitGlance(CloudSession *session,
        const QString &name,
        const QString &imageId,
        const QJsonObject &body,
        const QString &filePath,
        QObject *context,
        std::function<void(const ApiError &, const QString &localId)> done);

    /// A local image file via OBS (method 8, ims-local-file), sent through submit() like every
    /// create (its route is ObsImportController's): the bucket is checked, the job saved, the
    /// file uploaded resumably, then IMS imports "bucket:object" (sent once; the IMS job
    /// follower follows it). Resume, cancel and the upload's figures: localFileImports().
    ObsImportController &localFileImports() { return m_obsImport; }

    /// The live figures of an upload running in this process.
    using UploadStatus = ::UploadStatus;
    std::optional<UploadStatus> uploadStatus(const QString &localId) const;
    bool isUploading(const QString &localId) const;
    /// Uploads the file again to an incomplete (queued) image, or to a cancelled one.
    bool resumeUpload(const QString &localId);
    /// Aborts a running upload: the job ends cancelled by the operator; the image stays queued
    /// (Resume or Delete).
    bool cancelUpload(const QString &localId);
    /// Deletes the job's Glance image (an incomplete upload's, or any Glance job's that did not
    /// succeed). The job ends cancelled, the image deleted.
    bool deleteImage(const QString &localId);
    /// Which digests an upload computes (Glance's `checksum` is MD5, `os_hash_algo` usually
    /// sha512). For tests and unusual clouds.
    void setUploadDigests(const QStringList &algorithms);

    /// Starts tracking an IMS job created elsewhere (the demo cloud's sample history).
    QString trackImsJob(const QString &profileId,
        const QString &cloudLabel,
        CreationMethod method,
        const QString &name,
        const QString &jobId,
        const QDateTime &created);

    /// Follows a job the cloud already runs that is not a creation (an image library action:
    /// `record.actionKind` and `record.jobId` set, `name`, `profileId`, `imageIds` as wanted):
    /// added running and polled at once. Returns its local id.
    QString trackActionJob(JobRecord record);
    void pollNow(const QString &localId); // "retry poll"; for needs attention: reconcile()
    /// Looks a create whose outcome is unknown up by its marker (interfaces.md §7), never by
    /// sending it again: IMS by the image tag "imagewright_op=<marker>" (Glance's listing shows
    /// IMS tags as key=value), Nova by the image property imagewright_op. Found: the record gets
    /// the image(s); a Nova job is then followed as usual, an IMS job ends succeeded once its
    /// images are active (failed if one was killed). Not found: said in the job's history; it
    /// still needs attention. Runs by itself for such jobs when the monitor is restored.
    void reconcile(const QString &localId);
    /// Whether reconcile() can look this job up (needs attention, no cloud ID; IMS or Nova with
    /// a marker, Cinder with its volume and image name).
    static bool canReconcile(const JobRecord &record);
    /// Polls every running job of a profile soon (its cloud just became reachable). Ends the
    /// profile's "unreachable" state, if any.
    void pollProfileNow(const QString &profileId);

    /// Whether the cloud of this profile could not be reached (refused, no route or name,
    /// timeout: not an HTTP error) at the last try. Its jobs then wait, without polling and
    /// without failing, while one probe at a time (PollPolicy::probeDelay) asks whether it
    /// answers again; the first answer has every job polled again soon, spread out.
    bool isCloudUnreachable(const QString &profileId) const
    {
        return m_reachability.isUnreachable(profileId);
    }
    /// Whether this job waits for its cloud to be reachable (the State column says so).
    bool isWaitingForCloud(const JobRecord &record) const;
    /// Reachability probes sent since start (for tests and benchmarks).
    int probeCount() const { return m_reachability.probeCount(); }

    /// Sets the job's optional limit (seconds from its start; 0: none, the default). When it
    /// passes while the job runs, the monitor stops waiting: the job needs attention and its
    /// history says so; Retry poll watches it again. Persisted with the job.
    void setGiveUpAfter(const QString &localId, qint64 seconds);
    /// The wall clock the give-up limits are checked against (a test seam; default: now).
    void setWallClock(std::function<QDateTime()> clock);
    /// Stops polling a job: it is "not watched" (not an end: the cloud carries on). An upload
    /// running here is cancelled instead (interfaces.md §7).
    void stopWatching(const QString &localId);
    /// Polls a job that is not watched again (pollNow() does too); false for any other job.
    bool watchAgain(const QString &localId);
    void remove(const QString &localId);
    /// Removes the finished jobs (succeeded, failed, cancelled) that ended before `endedBefore`
    /// (every finished job when it is invalid); returns how many. Only on the operator's word:
    /// nothing is removed by itself.
    int clearFinished(const QDateTime &endedBefore = {});
    /// How many finished jobs clearFinished(endedBefore) would remove.
    int countFinished(const QDateTime &endedBefore = {}) const;

    /// Polls sent since start (for benchmarks and the requests-per-job aim).
    int pollCount() const { return m_poller.pollCount(); }
    /// Polls sent for one job since start (for the requests-per-job figures).
    int pollsOf(const QString &localId) const { return m_poller.pollsOf(localId); }

Q_SIGNALS:
    // Row signals come in pairs so a model can bracket them with begin/end calls.
    /// Rows first..last are added (one at a time, or a restored history at once).
    void jobAboutToBeAdded(int first, int last);
    void jobAdded(int first, int last);
    /// restoreInBackground() has added the stored jobs.
    void historyLoaded();
    void jobAboutToBeRemoved(int row);
    void jobRemoved(int row);
    void jobChanged(int row, JobMonitor::Changes changes);
    void jobFinished(const QString &localId);
    /// storeNotice() has news for the operator (a banner in the GUI, stderr for `submit`).
    void storeNoticeChanged(const QString &notice);
    /// An upload of this process ended: no error (the cloud has the bytes), Aborted (the
    /// operator cancelled it) or why it failed (the job is then incomplete or failed).
    void uploadEnded(const QString &localId, const ApiError &error);
    /// The fresh token expires before the upload's estimated end (said once per upload).
    void uploadWarning(const QString &localId, const QString &text);
    /// A Delete of an image finished: no error, or why it could not be deleted.
    void imageDeleted(const QString &localId, const ApiError &error);
    /// A profile's cloud stopped answering (false) or answers again (true).
    void cloudReachabilityChanged(const QString &profileId, bool reachable);

private:
    void emitProfileRowsChanged(const QString &profileId);
    /// Adds `records` as rows in one insertion (each marked dirty, as append() does).
    void appendAll(QList<JobRecord> records);
    /// restore()'s work on records read from the store.
    void restoreFrom(const QList<JobRecord> &records,
        const QString &loadError,
        const std::function<bool(const JobRecord &)> &which);
    void handleGiveUpReached(const QString &localId);
    void giveUp(int row);
    QDateTime wallNow() const;
    /// Whether the record's follower has the cloud IDs it reads.
    static bool hasCloudId(const JobRecord &r);

    int append(JobRecord record);
    void reindexFrom(int row);
    void removeRow(int row);
    /// Takes in what other processes wrote to the store (new jobs adopted, newer copies).
    void absorb(const QList<JobRecord> &records);
    void storeNoticeTaken(const QString &notice);
    void update(int row, const std::function<JobMonitor::Changes(JobRecord &)> &fn);

    QList<JobRecord> m_records;
    QHash<QString, int> m_rows; // local id -> row, so a poll answer finds its row in O(1)
    StoreSync m_sync; // after m_records, which its saves read
    SessionResolver m_resolver;
    PollPolicy m_policy;
    PollScheduler m_scheduler;
    Reachability m_reachability; // after m_scheduler and m_policy: it uses both
    class Host;
    std::unique_ptr<Host> m_host; // the records as the parts below see them
    Poller m_poller; // before m_upload, which it uses once polling runs (and which uses it)
    Reconciler m_reconciler;
    UploadController m_upload;
    CreateSubmitter m_submitter;
    ObsImportController m_obsImport;
    bool m_adoptForeign = true;
};

