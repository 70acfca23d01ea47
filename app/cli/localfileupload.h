#pragma once

#include <functional>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

#include "net/apierror.h"

class JobMonitor;
class QObject;

/// The upload phase of an ims-local-file job (a local file via OBS) on the command line, for
/// `submit` and `watch`: the upload's progress on stderr (bytes, parts, rate; at most a line a
/// second and per 5 %), how the upload ended (a failure prints status=incomplete and ends the
/// command with the exit code of interfaces.md §3; the job stays resumable), and a pause on an
/// interrupt or a timeout (the parts sent stay in the bucket; `imagewright watch ID` resumes).
/// Once the object is complete the job is an IMS import, which JobWatch follows. Its messages
/// keep the `SubmitCommand` translation context.
class LocalFileUpload
{
    Q_DECLARE_TR_FUNCTIONS(SubmitCommand)
public:
    using Done = std::function<void(int exitCode)>;

    /// `failed` is called once when the upload ends with an error.
    LocalFileUpload(JobMonitor *monitor, QString localId, Done failed);

    /// Follows the job's upload (connections owned by `context`).
    void start(QObject *context);
    /// Pauses the upload running in this process (resumable); says so. False: none runs.
    bool pause();
    /// Whether a command must wait before it ends: the job's object is being deleted (keep_object
    /// false, image active). Then `then` is called once it is done.
    static bool holdsEnd(JobMonitor *monitor,
        const QString &localId,
        QObject *context,
        const std::function<void()> &then);
    /// The exit code for an upload that ended with `error`.
    static int exitCodeFor(const ApiError &error);

private:
    void report();
    void ended(const ApiError &error);

    JobMonitor *m_monitor;
    QString m_localId;
    Done m_failed;
    QElapsedTimer m_reported;
    int m_lastPercent = -100;
    bool m_paused = false;
};
