#include "jobs/followers/glanceuploadfollower.h"

#include "cloud/cloudsession.h"
#include "jobs/followers/followsteps.h"
#include "jobs/followers/imagetoactive.h"
#include "model/glanceimage.h"
#include "net/redact.h"

using namespace Qt::StringLiterals;

namespace {
const QString NotFoundLookups = u"glance.notFoundLookups"_s;
constexpr int MaxNotFoundLookups = 4;
} // namespace

bool GlanceUploadFollower::canFollow(const JobRecord &record) const
{
    return !record.imageIds.isEmpty();
}

FollowQuery GlanceUploadFollower::nextQuery(const JobRecord &record, const QVariantHash &) const
{
    return {QString::fromLatin1(ImageToActive::Query), record.imageIds.value(0)};
}

RestJob *GlanceUploadFollower::send(
    CloudSession &session, const FollowQuery &query, QObject *parent) const
{
    return session.glanceImage(query.resourceId, parent);
}

FollowStep GlanceUploadFollower::read(JobRecord &rec,
    QVariantHash &memo,
    const FollowAnswer &answer,
    const FollowContext &context) const
{
    const bool notFound = FollowSteps::isNotFound(answer.error);
    if (answer.error && !notFound)
        return FollowSteps::noAnswer();
    JobChange::Flags c = JobChange::Other;
    const bool unconfirmed = rec.state == JobState::NeedsAttention && rec.cloudStatus.isEmpty();
    if (notFound && unconfirmed) {
        // A create whose answer was lost: the cloud may still carry it out. One 404 proves
        // nothing; a few lookups, then the operator decides (Retry looks again).
        const int lookups = memo.value(NotFoundLookups).toInt() + 1;
        memo.insert(NotFoundLookups, lookups);
        FollowStep step;
        step.changes = JobChange::Other;
        if (lookups == 1) {
            rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                            "No image has the chosen ID yet: the create request may not have "
                            "reached the cloud, or the cloud has not carried it out yet. "
                            "Looking again."),
                {},
                context.now);
        } else if (lookups >= MaxNotFoundLookups) {
            rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                            "Still no image with the chosen ID. Nothing is sent again on its "
                            "own: look again with Retry Poll, or remove the job and create "
                            "the image again."),
                {},
                context.now);
            step.next = FollowStep::Next::Stop;
        }
        return step;
    }
    if (notFound) {
        return FollowSteps::gone(
            rec, context.now, tr("The image no longer exists on the cloud (it was deleted)."));
    }
    QString why;
    const auto image = GlanceImage::fromJson(answer.object(), &why);
    if (!image)
        return FollowSteps::unreadable(u"unreadable image answer: "_s + why);
    rec.lastResponse = Redact::body(answer.body);
    const QDateTime changed = FollowSteps::cloudTime(rec, image->updatedAt, context.now);
    if (rec.state == JobState::NeedsAttention) {
        rec.state = JobState::Running;
        //: %1 = the image's status
        rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                        "Found the image by its chosen ID (%1): the create did take effect."),
            {image->statusText},
            context.now);
        c |= JobChange::State;
    }
    if (image->statusText != rec.cloudStatus) {
        c |= JobChange::State;
        rec.addEvent(image->statusText, changed);
        rec.cloudStatus = image->statusText;
    }
    const bool hasData = image->status == GlanceImage::Status::Saving
        || image->status == GlanceImage::Status::Active;
    if (hasData && rec.upload == JobRecord::Upload::Incomplete) {
        // The upload ended in an error (a dropped connection, a 5xx) after the cloud had the
        // whole file: it did not fail.
        rec.upload = JobRecord::Upload::Done;
        rec.uploadedBytes = rec.uploadSize;
        rec.failReason.clear();
        //: %1 = the image's status (saving, active)
        rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                        "The cloud has the whole file after all (the image is %1): the upload "
                        "did not fail."),
            {image->statusText},
            context.now);
        c |= JobChange::State | JobChange::Progress | JobChange::Result;
    }
    bool upload = false;
    switch (image->status) {
    case GlanceImage::Status::Active:
        verifyActive(rec, image->checksum, image->osHashAlgo, image->osHashValue, changed);
        c |= JobChange::State | JobChange::Progress | JobChange::Result;
        break;
    case GlanceImage::Status::Queued:
        if (context.uploadRequested) {
            upload = true; // the create of this process was confirmed: upload as intended
        } else if (rec.upload != JobRecord::Upload::Running
            && rec.upload != JobRecord::Upload::Incomplete) {
            rec.upload = JobRecord::Upload::Incomplete;
            rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                            "The image is queued and no upload is running: resume the upload or "
                            "delete the image."),
                {},
                context.now);
            c |= JobChange::State;
        }
        break;
    default:
        if (image->isFailed()) {
            // The status is in the reason (and the State column's cloud status), not shown as
            // if it were an error code.
            FollowSteps::end(
                rec, JobState::Failed, changed, FollowSteps::imageEndedReason(image->statusText));
            c |= JobChange::State | JobChange::Result;
        }
        break;
    }
    FollowStep step = FollowSteps::after(rec, c);
    step.moved = bool(c & JobChange::State);
    if (upload)
        step.next = FollowStep::Next::StartUpload;
    else if (rec.isIncompleteUpload() || rec.state == JobState::Cancelled)
        step.next = FollowStep::Next::Stop; // the operator resumes or deletes
    return step;
}

void GlanceUploadFollower::verifyActive(JobRecord &rec,
    const QString &checksum,
    const QString &algo,
    const QString &value,
    const QDateTime &now)
{
    QStringList verified;
    QStringList mismatched;
    const auto compare = [&](const QString &name, const QString &local, const QString &remote) {
        if (local.isEmpty() || remote.isEmpty())
            return;
        if (local.compare(remote, Qt::CaseInsensitive) == 0)
            verified << name;
        else
            mismatched << name;
    };
    compare(u"checksum (MD5)"_s, rec.localDigests.value(u"md5"_s), checksum);
    if (!algo.isEmpty())
        compare(u"os_hash_value (%1)"_s.arg(algo), rec.localDigests.value(algo.toLower()), value);
    rec.finished = now;
    rec.progress = 1.0;
    if (!mismatched.isEmpty()) {
        rec.state = JobState::Failed;
        rec.errorCode = u"hash-mismatch"_s;
        //: %1 = the fields that differ, e.g. "os_hash_value (sha512)"
        rec.failReason = tr("The image's %1 differs from the file's: the cloud did not store the "
                            "bytes that were sent. Delete the image and upload again.")
                             .arg(mismatched.join(u", "_s));
        rec.addEvent(rec.failReason, now);
        return;
    }
    rec.state = JobState::Succeeded;
    if (!verified.isEmpty())
        //: %1 = the fields compared, e.g. "checksum (MD5), os_hash_value (sha512)"
        rec.addNote(QT_TRANSLATE_NOOP("JobMonitor", "Verified: the image's %1 match the file."),
            {verified.join(u", "_s)},
            now);
    else if (rec.localDigests.isEmpty())
        rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                        "Not verified: the file's digests were not computed in this session."),
            {},
            now);
    else
        //: %1 = the image's os_hash_algo or "-"
        rec.addNote(QT_TRANSLATE_NOOP("JobMonitor",
                        "Not verified: the image carries no checksum this app computed (its "
                        "os_hash_algo is %1)."),
            {algo.isEmpty() ? u"-"_s : algo},
            now);
}
