#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include "cli/obscommand.h"
#include "cli/obsenv.h"
#include "obs/uploadstate.h"

class InterruptWatcher;
class MultipartUpload;
class S3Client;

/// `imagewright obs put FILE BUCKET[/OBJECT] [--parts N] [--part-size MIB]`: a resumable
/// multipart upload (MultipartUpload), progress on stderr, key=value lines on stdout at the end
/// (bucket, object, etag, size, parts, parts_sent, parts_found, upload_id).
///
/// Resume: while the upload runs, its state (UploadState) is kept in a resume file in the app's
/// data location, obs-uploads/<SHA-256 of endpoint, bucket, object and file path>.json,
/// rewritten (atomically) whenever a part is confirmed. The same command again finds that file
/// and resumes: ListParts, the parts checked against the file, only the missing ones sent. A
/// file changed since is refused with the reason (exit 2) and the command that aborts the old
/// upload. The file goes when the upload completes, or with `obs abort` of that upload.
/// Ctrl+C stops sending and keeps the upload resumable (exit 130).
class ObsPutCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObsPutCommand)
public:
    static int run(const ObsCommand::Options &options, const ObsEnv &env);
    /// Starts the command from the event loop, a child of `parent` (the caller runs the loop).
    static void launch(const ObsCommand::Options &options, const ObsEnv &env, QObject *parent);

    /// The folder of the resume files.
    static QString resumeDirectory();
    /// The resume file of `file` going to `bucket`/`key` through `env`'s endpoint.
    static QString resumeFile(
        const ObsEnv &env, const QString &bucket, const QString &key, const QString &file);
    /// Removes the resume files of upload `uploadId` (after `obs abort`).
    static void forgetResumeFiles(
        const ObsEnv &env, const QString &bucket, const QString &key, const QString &uploadId);

    ObsPutCommand(ObsCommand::Options options, ObsEnv env, QObject *parent = nullptr);
    ~ObsPutCommand() override;

private:
    void start();
    void startUpload(bool fresh);
    void saveState(const UploadState &state);
    void reportProgress(qint64 bytes, qint64 total, int partsDone, int partsTotal, double rate);
    void uploadFinished(const ApiError &error);
    void handleInterrupt();
    void finish(int code);

    ObsCommand::Options m_options;
    ObsEnv m_env;
    S3Client *m_client = nullptr;
    MultipartUpload *m_upload = nullptr;
    InterruptWatcher *m_interrupt = nullptr;
    QString m_key;
    QString m_filePath;
    QString m_resumePath;
    QElapsedTimer m_reported;
    bool m_lastReported = false; // the 100 % line is printed once
    bool m_resuming = false;
    bool m_resumed = false;
    bool m_interrupted = false;
    bool m_finished = false;
};
