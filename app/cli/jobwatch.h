#pragma once

#include <functional>

#include <QCoreApplication>
#include <QList>
#include <QString>

class JobMonitor;
class QObject;

/// Follows one job of the monitor to its end for a command line (`submit --wait`, `watch`):
/// its progress on stderr, then the `status=` and `image_id=` lines on stdout and the exit code
/// of interfaces.md §3. Never 0 without an `image_id=` line. Its messages keep the
/// `SubmitCommand` translation context.
class JobWatch
{
    Q_DECLARE_TR_FUNCTIONS(SubmitCommand)
public:
    using Print = std::function<void(const QString &)>;
    using Done = std::function<void(int exitCode)>;

    JobWatch(JobMonitor *monitor, QString localId, Print line, Print message, Done done);

    /// Follows the job's changes (connections owned by `context`).
    void start(QObject *context);
    /// A look-up of a job whose outcome is unknown (by its marker) or a poll is on its way:
    /// a job that still needs attention when it came back ends the watch (exit 4), one that
    /// needs attention before then does not.
    void setLookingUp(bool on) { m_lookingUp = on; }
    /// While a looked-up job is not found, `lookUp` is called again after each of these delays
    /// (the cloud may register the image later); once they are spent, the watch ends (exit 4).
    void setLookUpAgain(std::function<void()> lookUp, QList<int> delaysMs)
    {
        m_lookUp = std::move(lookUp);
        m_againAfterMs = std::move(delaysMs);
    }
    /// The delays `submit --wait` and `watch` use: 5 s, 10 s, 20 s, then every 30 s for ten
    /// minutes in all (an IMS image carries its marker only once the cloud's job made it).
    static QList<int> defaultLookUpDelaysMs();
    /// Looks at the job now: an ended job is reported at once.
    void check() { report(false); }

private:
    void report(bool finalCheck);
    void end(int code);

    JobMonitor *m_monitor;
    QString m_localId;
    Print m_line;
    Print m_message;
    Done m_done;
    QString m_lastProgress;
    QObject *m_context = nullptr;
    std::function<void()> m_lookUp;
    QList<int> m_againAfterMs;
    bool m_lookUpPending = false;
    bool m_lookingUp = false;
    bool m_ended = false;
};
