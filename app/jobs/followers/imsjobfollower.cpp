#include "jobs/followers/imsjobfollower.h"

#include <QRegularExpression>

#include "cloud/cloudsession.h"
#include "jobs/followers/followsteps.h"
#include "model/imsjob.h"
#include "net/redact.h"

using namespace Qt::StringLiterals;

namespace {

const QString UseStatusQuery = u"ims.statusQuery"_s;

QString percentText(double p)
{
    return p < 0 ? QString() : u" %1%"_s.arg(qRound(p * 100));
}

} // namespace

bool ImsJobFollower::canFollow(const JobRecord &record) const
{
    return !record.jobId.isEmpty();
}

FollowQuery ImsJobFollower::nextQuery(const JobRecord &record, const QVariantHash &memo) const
{
    const bool status = memo.value(UseStatusQuery).toBool();
    return {QString::fromLatin1(status ? StatusQuery : ProgressQuery), record.jobId};
}

RestJob *ImsJobFollower::send(
    CloudSession &session, const FollowQuery &query, QObject *parent) const
{
    return query.kind == QLatin1StringView(StatusQuery)
        ? session.imsJobStatus(query.resourceId, parent)
        : session.imsJobProgress(query.resourceId, parent);
}

FollowStep ImsJobFollower::read(JobRecord &rec,
    QVariantHash &memo,
    const FollowAnswer &answer,
    const FollowContext &context) const
{
    if (answer.error) {
        if (FollowSteps::isNotFound(answer.error)
            && answer.query.kind == QLatin1StringView(ProgressQuery)) {
            memo.insert(UseStatusQuery, true); // this cloud lacks the progress query
            FollowStep step;
            step.next = FollowStep::Next::Now;
            return step;
        }
        return FollowSteps::noAnswer();
    }
    QString why;
    const auto parsed = ImsJob::fromJson(answer.object(), &why);
    if (!parsed)
        return FollowSteps::unreadable(u"unreadable IMS job answer: "_s + why);
    const ImsJob &ims = *parsed;

    JobChange::Flags c = JobChange::Other;
    double progress = ims.processPercent.value_or(rec.progress);
    if (ims.status == ImsJob::Status::Success)
        progress = 1.0;
    const bool ended =
        ims.status == ImsJob::Status::Success || ims.status == ImsJob::Status::Fail;
    // The cloud's own end time where it gives one: a job that ended while the app was closed
    // is shown ending then, not when the app looked (issue 16).
    const QDateTime endTime = ims.endTime.isValid() ? ims.endTime : context.now;
    if (ims.statusText != rec.cloudStatus || ims.currentTask != rec.currentTask) {
        c |= JobChange::State;
        rec.addEvent(ims.statusText + percentText(progress)
                + (ims.currentTask.isEmpty() ? QString() : u" · "_s + ims.currentTask),
            ended ? endTime : context.now);
    }
    if (!qFuzzyCompare(progress + 1.0, rec.progress + 1.0))
        c |= JobChange::Progress;
    rec.cloudStatus = ims.statusText;
    rec.currentTask = ims.currentTask;
    rec.progress = progress;
    rec.lastResponse = Redact::body(answer.body);
    if (ims.status == ImsJob::Status::Success) {
        rec.imageIds = ims.imageIds();
        FollowSteps::end(rec, JobState::Succeeded, endTime);
        c |= JobChange::State | JobChange::Result;
    } else if (ims.status == ImsJob::Status::Fail) {
        rec.errorCode = ims.errorCode;
        rec.failReason = ims.failReason;
        int failedSubJobs = 0;
        for (const ImsJob::SubJob &s : ims.subJobs) {
            if (s.status == ImsJob::Status::Fail)
                ++failedSubJobs;
            if (rec.failReason.isEmpty() && !s.failReason.isEmpty()) {
                rec.errorCode = s.errorCode;
                rec.failReason = s.failReason;
            }
        }
        rec.imageIds = ims.imageIds(); // sub-jobs may have succeeded
        if (ims.subJobs.size() > 1 || (failedSubJobs > 0 && !rec.imageIds.isEmpty())) {
            // Several images in one job (data disk images): say which was made, which not.
            for (const ImsJob::SubJob &s : ims.subJobs) {
                const QString image = s.imageName.isEmpty() ? s.jobId : s.imageName;
                if (s.status == ImsJob::Status::Success) {
                    //: %1 = image name, %2 = image ID
                    rec.addNote(QT_TRANSLATE_NOOP("JobMonitor", "Image %1 was made (%2)."),
                        {image, s.imageId},
                        endTime);
                } else if (s.status == ImsJob::Status::Fail) {
                    const QString reason = QStringList{s.errorCode, s.failReason}
                                               .filter(QRegularExpression(u"\\S"_s))
                                               .join(u' ');
                    //: %1 = image name or sub-job ID, %2 = the cloud's error code and reason
                    rec.addNote(QT_TRANSLATE_NOOP("JobMonitor", "Image %1 failed: %2"),
                        {image, reason.isEmpty() ? tr("the cloud gave no reason") : reason},
                        endTime);
                }
            }
            if (!rec.imageIds.isEmpty() && failedSubJobs > 0)
                //: %1 = how many images were made, %2 = how many failed, %3 = the cloud's reason
                rec.failReason = tr("%1 of the images were made and %2 failed (see the "
                                    "history): %3")
                                     .arg(rec.imageIds.size())
                                     .arg(failedSubJobs)
                                     .arg(rec.failReason);
        }
        FollowSteps::end(rec, JobState::Failed, endTime);
        c |= JobChange::State | JobChange::Result;
    } else if (rec.state != JobState::Running) {
        rec.state = JobState::Running; // INIT, RUNNING and unknown values all mean running
        c |= JobChange::State;
    }
    return FollowSteps::after(rec, c);
}
