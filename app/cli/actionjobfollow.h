#pragma once

#include <functional>

#include <QString>

class JobMonitor;
class QObject;
struct JobRecord;

namespace MonitorJobEvents {
/// The subscription every headless follower of one job of the monitor makes (JobWatch for
/// `submit --wait` and `watch`, ActionJobFollow for the image actions' `--wait`): `changed` on
/// each change of job `localId` (the monitor's jobChanged on its row, with `finished` false;
/// its jobFinished, with `finished` true). The connections are owned by `context`.
void subscribe(JobMonitor *monitor,
    QObject *context,
    const QString &localId,
    std::function<void(bool finished)> changed);
} // namespace MonitorJobEvents

/// Follows the job of an image action (copy, export, sharing: `images ... --wait`) to its end:
/// while it runs, "Job <id>: <status> <percent>" on stderr each time that changed; once it has
/// ended (succeeded, failed, needs attention, cancelled, no longer watched), `ended` once with
/// its record. What the command prints at the end stays the command's.
class ActionJobFollow
{
public:
    using Ended = std::function<void(const JobRecord &record)>;

    ActionJobFollow(JobMonitor *monitor, QString localId, Ended ended);

    /// Subscribes (connections owned by `context`) and looks at the job at once.
    void start(QObject *context);
    bool hasEnded() const { return m_ended; }

    /// The cloud's reason of a failed job: "<code>: <reason>", or the reason alone.
    static QString failReason(const JobRecord &record);

private:
    void check();

    JobMonitor *m_monitor;
    QString m_localId;
    Ended m_onEnded;
    QString m_lastProgress;
    bool m_ended = false;
};
