#include "jobs/followers/imagetoactive.h"

#include "jobs/followers/followsteps.h"
#include "model/glanceimage.h"
#include "net/redact.h"

using namespace Qt::StringLiterals;

FollowStep ImageToActive::read(JobRecord &rec,
    const FollowAnswer &answer,
    const FollowContext &context,
    bool syncCheck,
    const QString &goneReason)
{
    const bool gone = FollowSteps::isNotFound(answer.error);
    if (answer.error && !gone)
        return FollowSteps::noAnswer();
    if (gone)
        return FollowSteps::gone(rec, context.now, goneReason);
    JobChange::Flags c = JobChange::Other;
    QString why;
    const auto image = GlanceImage::fromJson(answer.object(), &why);
    if (!image)
        return FollowSteps::unreadable(u"unreadable image answer: "_s + why);
    rec.lastResponse = Redact::body(answer.body);
    const QDateTime changed = FollowSteps::cloudTime(rec, image->updatedAt, context.now);
    if (image->statusText != rec.cloudStatus) {
        c |= JobChange::State;
        rec.addEvent(image->statusText, changed);
        rec.cloudStatus = image->statusText;
    }
    const QString syncReason = image->properties.value(u"sync_status_reason"_s);
    if (image->status == GlanceImage::Status::Active && syncCheck && !syncReason.isEmpty()) {
        // Seed 000: before use, the image must exist, be active and have no
        // sync_status_reason; if it has one, delete the image and create it again.
        rec.errorCode = u"sync_status_reason"_s;
        //: %1 = the cloud's sync_status_reason text, verbatim
        FollowSteps::end(rec,
            JobState::Failed,
            changed,
            tr("The image is active but could not be registered in every availability zone "
               "(%1). Delete the image, then create it again.")
                .arg(syncReason));
        c |= JobChange::State | JobChange::Result;
    } else if (image->status == GlanceImage::Status::Active) {
        rec.progress = 1.0;
        FollowSteps::end(rec, JobState::Succeeded, changed);
        c |= JobChange::State | JobChange::Progress | JobChange::Result;
    } else if (image->isFailed()) {
        rec.state = JobState::Failed;
        rec.failReason = FollowSteps::imageEndedReason(image->statusText);
        rec.finished = changed;
        c |= JobChange::State | JobChange::Result;
    }
    FollowStep step = FollowSteps::after(rec, c);
    step.moved = bool(c & JobChange::State);
    return step;
}
