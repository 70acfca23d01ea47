#include "cli/actionjobfollow.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

#include "cli/clioutput.h"
#include "jobs/jobmonitor.h"

using namespace Qt::StringLiterals;

namespace MonitorJobEvents {

void subscribe(JobMonitor *monitor,
    QObject *context,
    const QString &localId,
    std::function<void(bool finished)> changed)
{
    QObject::connect(monitor,
        &JobMonitor::jobChanged,
        context,
        [monitor, localId, changed](int row, JobMonitor::Changes) {
            if (monitor->at(row).localId == localId)
                changed(false);
        });
    QObject::connect(
        monitor, &JobMonitor::jobFinished, context, [localId, changed](const QString &id) {
            if (id == localId)
                changed(true);
        });
}

} // namespace MonitorJobEvents

ActionJobFollow::ActionJobFollow(JobMonitor *monitor, QString localId, Ended ended)
    : m_monitor(monitor)
    , m_localId(std::move(localId))
    , m_onEnded(std::move(ended))
{ }

void ActionJobFollow::start(QObject *context)
{
    MonitorJobEvents::subscribe(m_monitor, context, m_localId, [this](bool) { check(); });
    check();
}

QString ActionJobFollow::failReason(const JobRecord &record)
{
    return record.errorCode.isEmpty() ? record.failReason
                                      : record.errorCode + u": "_s + record.failReason;
}

void ActionJobFollow::check()
{
    if (m_ended)
        return;
    const int row = m_monitor->rowOf(m_localId);
    if (row < 0)
        return;
    const JobRecord &r = m_monitor->at(row);
    switch (r.state) {
    case JobState::Succeeded:
    case JobState::Failed:
    case JobState::NeedsAttention:
    case JobState::Cancelled:
    case JobState::NotWatched:
        m_ended = true;
        m_onEnded(r);
        return;
    case JobState::Submitting:
    case JobState::Running:
        break;
    }
    const QString progress = QStringList{r.cloudStatus,
        r.progress < 0 ? QString() : u"%1%"_s.arg(qRound(r.progress * 100))}
                                 .join(u' ')
                                 .simplified();
    if (!progress.isEmpty() && progress != m_lastProgress) {
        m_lastProgress = progress;
        CliOutput::message(
            QCoreApplication::translate("SubmitCommand", "Job %1: %2").arg(r.jobId, progress));
    }
}
