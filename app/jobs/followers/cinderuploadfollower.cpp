#include "jobs/followers/cinderuploadfollower.h"

#include "cloud/cloudsession.h"
#include "jobs/followers/followsteps.h"
#include "jobs/followers/imagetoactive.h"
#include "model/cindervolume.h"
#include "net/redact.h"

using namespace Qt::StringLiterals;

bool CinderUploadFollower::checksSyncStatus(CloudFamily family)
{
    return family == CloudFamily::FjcloudO || family == CloudFamily::Demo;
}

bool CinderUploadFollower::canFollow(const JobRecord &record) const
{
    return !record.imageIds.isEmpty() && !record.volumeId.isEmpty();
}

FollowQuery CinderUploadFollower::nextQuery(const JobRecord &record, const QVariantHash &) const
{
    const bool volumeBack = !record.volumeStatus.isEmpty() && record.volumeStatus != u"uploading";
    if (!volumeBack)
        return {QString::fromLatin1(VolumeQuery), record.volumeId};
    return {QString::fromLatin1(ImageToActive::Query), record.imageIds.value(0)};
}

RestJob *CinderUploadFollower::send(
    CloudSession &session, const FollowQuery &query, QObject *parent) const
{
    return query.kind == QLatin1StringView(VolumeQuery)
        ? session.volume(query.resourceId, parent)
        : session.glanceImage(query.resourceId, parent);
}

FollowStep CinderUploadFollower::read(JobRecord &record,
    QVariantHash &,
    const FollowAnswer &answer,
    const FollowContext &context) const
{
    if (answer.query.kind == QLatin1StringView(VolumeQuery))
        return readVolume(record, answer, context);
    return ImageToActive::read(record,
        answer,
        context,
        checksSyncStatus(context.family),
        tr("The image is gone: the block storage service deleted it after the upload failed."));
}

FollowStep CinderUploadFollower::readVolume(
    JobRecord &rec, const FollowAnswer &answer, const FollowContext &context) const
{
    const bool gone = FollowSteps::isNotFound(answer.error);
    if (answer.error && !gone)
        return FollowSteps::noAnswer();
    if (gone) {
        return FollowSteps::gone(
            rec, context.now, tr("The volume was deleted while it was being uploaded."));
    }
    JobChange::Flags c = JobChange::Other;
    QString why;
    const auto volume = CinderVolume::fromJson(answer.object().value(u"volume"_s).toObject(), &why);
    if (!volume)
        return FollowSteps::unreadable(u"unreadable volume answer: "_s + why);
    if (volume->status.isEmpty())
        return FollowSteps::unreadable(u"volume answer without a status"_s);
    rec.lastResponse = Redact::body(answer.body);
    if (volume->status != rec.volumeStatus || volume->status != rec.cloudStatus) {
        c |= JobChange::State;
        //: %1 = the volume's status as Cinder reports it (uploading, available, ...)
        rec.addNote(QT_TRANSLATE_NOOP("JobMonitor", "Volume %1"), {volume->status}, context.now);
        rec.volumeStatus = volume->status;
        rec.cloudStatus = volume->status;
    }
    if (volume->isError()) {
        rec.state = JobState::Failed;
        //: %1 = the volume's status (error, error_extending, ...)
        rec.failReason = tr("The volume went to the status %1: the block storage service could "
                            "not upload it to the image.")
                             .arg(volume->status);
        rec.finished = context.now;
        c |= JobChange::State | JobChange::Result;
    }
    FollowStep step = FollowSteps::after(rec, c);
    step.moved = bool(c & JobChange::State);
    if (!rec.isTerminal() && volume->status != u"uploading")
        step.next = FollowStep::Next::Now; // back to available or in-use: the image tells
    return step;
}
