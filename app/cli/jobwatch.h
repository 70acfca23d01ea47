#pragma once

#include <functional>

#include <QCoreApplication>
#include <QList>
#include <QString>

class JobMonitor;
class QObject;

/// Follows one job of the monitor to its end for a command line (`submit --wait`, `watch`):
/// its progress on stderr, then the `status=` and `image_id=` lines on stdout (CliOutput) and
/// the exit code
/// of interfaces.md §3. Never 0 without an `image_id=` line. Its messages keep the
/// `SubmitCommand` translation context.
class JobWatch
{
    Q_DECLARE_TR_FUNCTIONS(SubmitCommand)
public:
    using Done = std::function<void(int exitCode)>;

    JobWatch(JobMonitor *monitor, QString localId, Done done);

    /// Follows the job's changes (connections owned by `context`).
    void start(QObject *context);
    /// A look-up of a job whose outcome is unknown (by its marker, JobMonitor::reconcile) or a
    /// poll is on its way (the caller sends it): a job that still needs attention when it came
    /// back ends the watch (exit 4), one that needs attention before then does not. With
    /// `repeat`, a job not found is looked up again after each of lookUpDelaysMs() (the cloud
    /// may register the image later) before the watch ends.
    void lookingUp(bool repeat);
    /// The delays `submit --wait` and `watch` use: 5 s, 10 s, 20 s, then every 30 s for ten
    /// minutes in all (an IMS image carries its marker only once the cloud's job made it).
    static QList<int> lookUpDelaysMs();
    /// Looks at the job now: an ended job is reported at once.
    void check() { report(false); }
    /// The last save before the process ends (`submit`, `watch`): when the job history cannot
    /// be written, the job's latest state is not recorded, which is said on stderr, and the
    /// exit code becomes 4 (outcome unknown: issue 12, defect 5); an interruption stays 130.
    /// Returns the exit code to use.
    static int saveAtExit(JobMonitor *monitor, const QString &localId, int code);

private:
    void report(bool finalCheck);
    void end(int code);

    JobMonitor *m_monitor;
    QString m_localId;
    Done m_done;
    QString m_lastProgress;
    QObject *m_context = nullptr;
    QList<int> m_againAfterMs;
    bool m_lookUpPending = false;
    bool m_lookingUp = false;
    bool m_ended = false;
};
