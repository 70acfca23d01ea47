#include "cli/jobwatch.h"

#include <QTimer>

#include "cli/actionjobfollow.h"
#include "cli/clioutput.h"
#include "jobs/jobmonitor.h"

using namespace Qt::StringLiterals;

namespace {
// interfaces.md §3 (the same numbers as SubmitCommand::ExitCode).
constexpr int Succeeded = 0;
constexpr int CloudRefused = 1;
constexpr int OutcomeUnknown = 4;
constexpr int Interrupted = 130;
} // namespace

JobWatch::JobWatch(JobMonitor *monitor, QString localId, Done done)
    : m_monitor(monitor)
    , m_localId(std::move(localId))
    , m_done(std::move(done))
{ }

void JobWatch::lookingUp(bool repeat)
{
    m_lookingUp = true;
    m_againAfterMs = repeat ? lookUpDelaysMs() : QList<int>();
}

QList<int> JobWatch::lookUpDelaysMs()
{
    QList<int> delays{5000, 10000, 20000};
    for (int spent = 35000; spent < 600000; spent += 30000)
        delays << 30000;
    return delays;
}

void JobWatch::start(QObject *context)
{
    m_context = context;
    MonitorJobEvents::subscribe(
        m_monitor, context, m_localId, [this](bool finished) { report(finished); });
}

void JobWatch::end(int code)
{
    if (m_ended)
        return;
    m_ended = true;
    m_done(code);
}

void JobWatch::report(bool finalCheck)
{
    if (m_ended)
        return;
    const int row = m_monitor->rowOf(m_localId);
    if (row < 0) {
        CliOutput::message(tr("The job was removed from the monitor."));
        CliOutput::line(u"status=needs-attention"_s);
        end(OutcomeUnknown);
        return;
    }
    const JobRecord &r = m_monitor->at(row);
    switch (r.state) {
    case JobState::Succeeded:
        if (r.imageIds.isEmpty()) {
            // A success that names no image is not one a script can use (issue 12, defect 9).
            CliOutput::line(u"status=needs-attention"_s);
            CliOutput::message(tr("The cloud reported the job as done but named no image. Look for the "
                         "image in the cloud before creating it again."));
            end(OutcomeUnknown);
            return;
        }
        CliOutput::line(u"status=succeeded"_s);
        for (const QString &id : r.imageIds)
            CliOutput::line(u"image_id="_s + id);
        //: %n = number of images
        CliOutput::message(tr("%n image(s) ready.", nullptr, int(r.imageIds.size())));
        end(Succeeded);
        return;
    case JobState::Failed: {
        CliOutput::line(u"status=failed"_s);
        for (const QString &id : r.imageIds)
            CliOutput::line(u"image_id="_s + id); // sub-jobs that did succeed
        const QString reason =
            r.errorCode.isEmpty() ? r.failReason : r.errorCode + u": "_s + r.failReason;
        //: %1 = the cloud's error code and reason
        CliOutput::message(tr("The cloud could not create the image: %1").arg(reason));
        if (r.obsImport) {
            // A refused import closes its history with the app's notes on what to do (where
            // the uploaded object stays, what IMS lacks): said here too, not only in the GUI.
            qsizetype first = r.timeline.size();
            while (first > 0 && !r.timeline.at(first - 1).kind.isEmpty())
                --first;
            for (qsizetype i = first; i < r.timeline.size(); ++i)
                CliOutput::message(r.timeline.at(i).display());
        }
        end(CloudRefused);
        return;
    }
    case JobState::NeedsAttention:
        if (m_lookingUp && (m_lookUpPending || m_monitor->isAsking(m_localId)))
            return; // its look-up's answer decides
        if (m_lookingUp && m_context && !m_againAfterMs.isEmpty()) {
            const int delay = m_againAfterMs.takeFirst();
            m_lookUpPending = true;
            //: %n = seconds
            CliOutput::message(tr("Not found by its marker yet; looking again in %n second(s)…", nullptr,
                delay / 1000));
            QTimer::singleShot(delay, m_context, [this] {
                m_lookUpPending = false;
                m_monitor->reconcile(m_localId);
                check();
            });
            return;
        }
        [[fallthrough]];
    case JobState::Cancelled:
    case JobState::NotWatched: // stopped in the GUI: how it ends is not known here
        CliOutput::line(u"status=needs-attention"_s);
        //: %1 = the reason
        CliOutput::message(tr("The job needs attention: %1")
                      .arg(r.timeline.isEmpty() || !r.failReason.isEmpty()
                              ? r.failReason
                              : r.timeline.constLast().display()));
        end(OutcomeUnknown);
        return;
    case JobState::Submitting:
    case JobState::Running:
        break;
    }
    if (finalCheck)
        return;
    if (r.isIncompleteUpload() && !m_monitor->isUploading(m_localId))
        return; // the upload's own end says it
    if (r.method == CreationMethod::GlanceCreateUpload
        && (r.upload == JobRecord::Upload::Running || r.cloudStatus == u"queued"))
        return; // the upload's progress says it (the percentage is the upload's)
    if (r.obsImport && r.jobId.isEmpty())
        return; // a local file's upload to OBS: LocalFileUpload says its progress
    const QString percent = r.progress < 0 || r.method == CreationMethod::GlanceCreateUpload
        ? QString()
        : u"%1%"_s.arg(qRound(r.progress * 100));
    const QString progress =
        QStringList{r.cloudStatus, percent, r.currentTask}.join(u' ').simplified();
    if (!progress.isEmpty() && progress != m_lastProgress) {
        m_lastProgress = progress;
        //: Progress on stderr. %1 = the cloud's job ID, %2 = status, percentage and task
        CliOutput::message(tr("Job %1: %2").arg(r.jobId.isEmpty() ? r.localId : r.jobId, progress));
    }
}

int JobWatch::saveAtExit(JobMonitor *monitor, const QString &localId, int code)
{
    QString error;
    if (monitor->saveNow(&error) || localId.isEmpty())
        return code;
    //: %1: why the job history could not be written (a database error); %2: the job's local id
    CliOutput::message(tr("The job history could not be written (%1), so this job's latest "
                          "state is not recorded in it. imagewright watch %2 follows the job "
                          "again once the history can be written.")
                           .arg(error, localId));
    return code == Interrupted ? code : OutcomeUnknown;
}
