#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include "net/apierror.h"
#include "net/retrypolicy.h"
#include "obs/multipartplan.h"
#include "obs/s3types.h"
#include "obs/uploadstate.h"
#include "upload/transferrate.h"

class FilePart;
class RestJob;
class S3Client;

/// Uploads one file as an S3 multipart upload (OBS, Swift's s3api), resumably.
///
/// - Parts of MultipartPlan::choosePartSize(), `parallel` of them in flight; each part's MD5 is
///   computed (libcrypto, on a worker thread) before it is sent, as Content-MD5; the part is
///   read from the file as it is sent (FilePart), never the whole file in memory.
/// - A part is retried with capped backoff and jitter on 5xx, 429, RequestTimeout and
///   connection failures, up to `maxAttempts`; a part answered with an ETag other than its MD5
///   is sent again (counted in partsResent()).
/// - state() holds what a resume needs; stateChanged() fires when the upload id is known and
///   each time a part is confirmed, so the caller can persist it (job store, resume file).
/// - resume(): refuses a file changed since (size, modification time) with the reason, lists
///   the parts the server holds (ListParts, all pages), accepts those whose size and MD5 match
///   the file (the recorded MD5, or the file's part hashed again when it was not recorded;
///   in an SSE-KMS bucket, whose ETags are not MD5s, the ETag recorded when the part was
///   confirmed), and sends only the others.
/// - Complete names each part by the ETag the server answered for it (UploadState::etagOf).
/// - At the end: CompleteMultipartUpload with every part, and the final ETag checked against
///   MD5(MD5(p1)..MD5(pN))-N.
///
/// finished() fires exactly once, never from inside start()/resume(). After a failure the
/// upload stays on the server, resumable; cancel(true) aborts it there. GUI thread.
class MultipartUpload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MultipartUpload)
public:
    struct Options
    {
        int parallel = 4;
        qint64 partSize = 0; // 0: automatic
        qint64 minPartSize = MultipartPlan::DefaultMinPartSize;
        int maxAttempts = 5; // per part (and for Complete), the first included
        RetryPolicy backoff{5,
            std::chrono::milliseconds(500),
            std::chrono::milliseconds(20000),
            std::chrono::milliseconds(120000)};
    };

    MultipartUpload(S3Client *client, Options options, QObject *parent = nullptr);
    ~MultipartUpload() override;

    /// A new upload of `path` to `bucket`/`key`.
    void start(const QString &path, const QString &bucket, const QString &key);
    /// Goes on with the upload `state` describes.
    void resume(const UploadState &state);
    /// Stops sending. With `abortOnServer`, also AbortMultipartUpload (nothing left billed);
    /// finished() then says Aborted, or the abort's error.
    void cancel(bool abortOnServer);

    const UploadState &state() const { return m_state; }
    const MultipartPlan &plan() const { return m_plan; }
    const S3Completed &result() const { return m_result; } // after a successful finished()
    int partsConfirmed() const { return int(m_state.confirmed.size()); }
    int partsFoundOnServer() const { return m_foundOnServer; } // resume: accepted as they were
    int partsSent() const { return m_partsSent; }     // parts PUT and confirmed in this run
    int partsResent() const { return m_partsResent; } // extra PUTs (retries, wrong ETags)
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void stateChanged(const UploadState &state);
    /// Bytes confirmed or on their way, of `total`; `bytesPerSecond` < 0 while unknown.
    void progress(qint64 bytes, qint64 total, int partsDone, int partsTotal, double bytesPerSecond);
    /// Resume: `found` parts of `total` were already on the server and match the file.
    void resumed(int found, int total);
    void finished(const ApiError &error);

private:
    struct Part
    {
        int number = 0;
        int attempts = 0;
        QByteArray md5;
        qint64 sent = 0;
        QPointer<RestJob> job;
        FilePart *body = nullptr;
    };

    void begin();
    void reconcile(const QList<S3Part> &onServer);
    void verifyNext();
    void pump();
    void digest(int number);
    void digested(int number, const QByteArray &md5, const QString &error);
    void send(int number);
    void partFinished(int number, RestJob *job);
    void retryPart(int number, const ApiError &reason);
    static bool isKmsEncrypted(const RestJob *job);
    void complete();
    void completed(const S3Completed &result, const ApiError &error);
    void emitProgress();
    void fail(const ApiError &error);
    void finish(const ApiError &error);
    static bool isTransient(const ApiError &error);
    std::chrono::milliseconds backoff(int attempt, const ApiError &error) const;

    QPointer<S3Client> m_client;
    Options m_options;
    UploadState m_state;
    MultipartPlan m_plan;
    QList<int> m_queue;                       // part numbers still to send
    QList<QPair<int, QByteArray>> m_toVerify; // resume: on the server, MD5 not recorded
    QHash<int, Part> m_inFlight;
    QThreadPool m_pool; // MD5s; waited for in the destructor
    S3Completed m_result;
    TransferRate m_rate;
    QElapsedTimer m_clock;
    qint64 m_lastProgressMs = -1000;
    int m_completeAttempts = 0;
    int m_foundOnServer = 0;
    int m_partsSent = 0;
    int m_partsResent = 0;
    bool m_etagsOpaque = false; // an SSE-KMS bucket: ETags are not MD5s (Content-MD5 checked)
    bool m_stopped = false;
    bool m_finished = false;
};
