#pragma once

#include <functional>
#include <optional>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include "net/apierror.h"
#include "upload/transferrate.h"

class JobPolls;
class JobRecords;
class RestJob;
class UploadSource;

/// The live figures of an upload running in this process.
struct UploadStatus
{
    qint64 sent = 0;
    qint64 total = 0;
    std::optional<double> bytesPerSecond;
    std::optional<qint64> secondsLeft;
};

/// Drives the Glance uploads (method 7) of this process: streams a job's file with a fresh
/// token (PUT .../file) while hashing it, warns when the token will not last, and tells how
/// each upload ended (uploadEnded, exactly once per upload). After a failed upload the image's
/// status decides (settleCheck): the cloud may have the file after all. Also Resume, Cancel and
/// Delete of a Glance job's image. Works on records by local id through JobRecords and JobPolls,
/// which the monitor gives it. GUI thread.
class UploadController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadController)
public:
    /// Monotonic milliseconds, for the transfer rate.
    using Clock = std::function<qint64()>;

    /// `records` and `polls` must outlive this object (the monitor owns all three).
    UploadController(JobRecords &records, JobPolls &polls, Clock clock, QObject *parent = nullptr);

    /// Which digests an upload computes (Glance's `checksum` is MD5, `os_hash_algo` usually
    /// sha512).
    void setDigests(const QStringList &algorithms) { m_digests = algorithms; }

    bool isUploading(const QString &localId) const { return m_uploads.contains(localId); }
    std::optional<UploadStatus> status(const QString &localId) const;

    /// The job's create was sent here: its upload starts once the create is confirmed.
    void expect(const QString &localId) { m_expected.insert(localId); }
    void unexpect(const QString &localId) { m_expected.remove(localId); }
    bool isExpected(const QString &localId) const { return m_expected.contains(localId); }

    /// Starts the job's upload (its image is queued); the job's polling stops meanwhile.
    void start(const QString &localId);
    /// Uploads the file again to an incomplete (queued) image, or to a cancelled one.
    bool resume(const QString &localId);
    /// Aborts a running upload: the job ends cancelled by the operator. False: none runs here.
    bool cancel(const QString &localId);
    /// Deletes the job's Glance image; imageDeleted() tells how it went.
    bool deleteImage(const QString &localId);
    /// A poll of the job was answered (`answered`) or not: after a failed upload here, the
    /// image's status tells whether the cloud has the file, and uploadEnded() says so.
    void settleCheck(const QString &localId, bool answered);
    /// Forgets what it knows of a job that is no longer tracked.
    void forget(const QString &localId);

Q_SIGNALS:
    void uploadEnded(const QString &localId, const ApiError &error);
    void uploadWarning(const QString &localId, const QString &text);
    void imageDeleted(const QString &localId, const ApiError &error);

private:
    struct UploadRun
    {
        QPointer<RestJob> job;
        QPointer<UploadSource> source;
        TransferRate rate;
        qint64 sent = 0;
        qint64 total = 0;
        bool warned = false;
        bool cancelled = false;
    };

    void handleUploadProgress(const QString &localId, qint64 sent);
    void handleUploadFinished(const QString &localId, RestJob *job);
    void uploadSucceeded(const QString &localId);

    JobRecords &m_records;
    JobPolls &m_polls;
    Clock m_clock;
    QHash<QString, UploadRun> m_uploads; // local id -> the upload running in this process
    QSet<QString> m_expected;            // sent here: upload once the create is confirmed
    QHash<QString, ApiError> m_checks;   // failed here: the image's status decides
    QStringList m_digests{QStringLiteral("md5"), QStringLiteral("sha512")};
};
