#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "create/creationmethod.h"
#include "jobs/obsimport.h"

/// Where a tracked creation stands, in our words (each cloud's own status is kept beside it).
enum class JobState
{
    Submitting,     // intent saved, create being sent
    Running,        // the cloud accepted it; polling
    Succeeded,      // terminal: image IDs known
    Failed,         // terminal: the cloud's reason known
    Cancelled,      // terminal: the operator stopped it (or stopped watching)
    NeedsAttention, // terminal until reconciled: the create's outcome is unknown
    NotWatched,     // the operator stopped watching; the cloud carries on (Watch Again)
};

/// What the monitor tracks for one creation, under a stable local id. A value: JobStore
/// persists it; JobMonitor owns the live copies.
struct JobRecord
{
    Q_DECLARE_TR_FUNCTIONS(JobRecord)
public:
    /// One entry of a job's history, stored as data: a note of the app is its kind (the
    /// English source text of its sentence, which is also its translation key in the
    /// "JobMonitor" context) and its arguments, rendered in the UI's language when shown; the
    /// cloud's own words (a status such as "RUNNING 24%", a fail reason) are kept verbatim.
    struct Event
    {
        QDateTime at;
        /// The cloud's words verbatim; for a note, the note in English (what is shown when a
        /// later version no longer knows its kind).
        QString text;
        QString kind; // empty for the cloud's words
        QStringList args;

        /// The entry in the UI's language.
        QString display() const;
        static Event note(const char *source, const QStringList &args, const QDateTime &at);
        /// `pattern` with %1..%9 replaced by `args` in one pass (an argument holding "%2" is
        /// not replaced again).
        static QString fill(const QString &pattern, const QStringList &args);
    };

    QString localId; // UUID
    CreationMethod method = CreationMethod::ImsEcs;
    /// A job that is not a creation: an image library action the cloud runs as a job (issue
    /// 13; ActionJobKinds, e.g. "ims-members"); empty for a creation, whose kind is `method`.
    QString actionKind;
    QString profileId;
    QString cloudLabel; // profile name and region, for the Cloud column
    QString name;       // image name as the operator typed it
    QString marker;     // reconciliation marker sent with the create
    QDateTime created;
    QDateTime finished;
    JobState state = JobState::Submitting;
    QString cloudStatus;  // last raw status from the cloud (RUNNING, queued, ...)
    double progress = -1; // 0..1, -1 when unknown
    QString currentTask;  // IMS current_task
    QString jobId;        // IMS job id
    QString serverId;     // Nova: the server the image is made from
    QString volumeId;     // Cinder: the volume the image is made from
    /// Cinder: the volume's last status while the upload runs ("uploading"), then where it
    /// went back to (available, in-use) or error*; empty until the first answer.
    QString volumeStatus;
    QStringList imageIds;
    QString errorCode;
    QString failReason;
    QString lastResponse; // redacted
    QList<Event> timeline;
    /// An optional limit: when `created` + this many seconds passes while the job runs, the
    /// monitor stops waiting and the job needs attention (the cloud may still finish). 0: no
    /// limit, the default (no hard timeout).
    qint64 giveUpAfterSecs = 0;

    // Glance create + upload (method 7). imageIds holds the client-chosen image ID from the
    // intent on (it is also the marker).
    enum class Upload
    {
        None,       // not an upload job, or not started yet
        Waiting,    // the create is on its way; the upload follows
        Running,    // bytes are going out (in this process or another)
        Done,       // the cloud answered the PUT with 204
        Incomplete, // failed, cancelled or interrupted; the image may still be queued
    };
    Upload upload = Upload::None;
    QString uploadFile;    // absolute path of the local image file
    qint64 uploadSize = 0; // bytes
    qint64 uploadedBytes = 0;
    /// Digests of the file computed while it was sent (algorithm -> lower-case hex: "md5",
    /// "sha512"), compared with the image's checksum / os_hash_value once it is active.
    QMap<QString, QString> localDigests;
    /// A local file via OBS (method 8): its bucket, object and multipart upload; none for
    /// every other kind. The upload phase uses the fields above (upload, uploadFile,
    /// uploadSize, uploadedBytes) as a Glance upload does.
    std::optional<ObsImport> obsImport;

    /// A job of a kind (method key) or state this version does not know, read from a store a
    /// newer version wrote: kept and shown as it is, never followed, and never written back (the
    /// store keeps the newer version's row untouched). Empty for every job this version knows.
    QString foreignKind;
    QString foreignState;
    bool isForeign() const { return !foreignKind.isEmpty() || !foreignState.isEmpty(); }

    /// The kind as stored and as FollowerRegistry knows it: actionKind, else the method's key.
    QString kindKey() const;
    bool isTerminal() const;
    /// When the monitor gives up on this job; invalid when it has no limit.
    QDateTime giveUpAt() const;
    /// A Glance image that is queued with no upload running: shown as incomplete, with Resume
    /// (upload again) and Delete.
    bool isIncompleteUpload() const;
    /// stateText(), or "Incomplete" for an incomplete upload (translated).
    QString displayStateText() const;
    /// The method's title, or "Unknown kind (KEY)" for a foreign record (translated).
    QString kindText() const;
    /// Adds the cloud's own words (or a text already composed) verbatim.
    void addEvent(const QString &text, const QDateTime &at = QDateTime::currentDateTimeUtc());
    void addEvent(Event event);
    /// Adds a note of the app: `source` is a QT_TRANSLATE_NOOP("JobMonitor", ...) literal.
    void addNote(const char *source,
        const QStringList &args = {},
        const QDateTime &at = QDateTime::currentDateTimeUtc());

    QJsonObject toJson() const;
    /// toJson() without "timeline": the store keeps the events in rows of their own.
    QJsonObject fieldsToJson() const;
    /// The record, or nullopt when it has no local id. A record of an unknown method or state
    /// comes back foreign (isForeign()), with the raw keys kept.
    static std::optional<JobRecord> fromJson(const QJsonObject &o);

    static QString stateKey(JobState s);
    /// Every state this version knows, in the order they are listed (`jobs --state`).
    static QList<JobState> allStates();
    static std::optional<JobState> stateFromKey(const QString &key);
    static QString stateText(JobState s); // translated
    static QString uploadKey(Upload u);
    static Upload uploadFromKey(const QString &key);
};
