#include "cinderupload.h"

#include "apiutil.h"

using namespace Qt::StringLiterals;

namespace DemoCloud {

CinderUpload::Phase CinderUpload::phaseAt(const QDateTime &now) const
{
    const qint64 elapsed = createdAt.msecsTo(now);
    if (elapsed >= durationMs)
        return fails ? Phase::Failed : Phase::Done;
    return 3 * elapsed < durationMs ? Phase::Queued : Phase::Saving;
}

QString CinderUpload::volumeStatusAt(const QDateTime &now) const
{
    switch (phaseAt(now)) {
    case Phase::Queued:
    case Phase::Saving:
        return u"uploading"_s;
    case Phase::Done:
        return previousStatus;
    case Phase::Failed:
        return u"error"_s;
    }
    return previousStatus;
}

QString CinderUpload::imageStatusAt(const QDateTime &now) const
{
    switch (phaseAt(now)) {
    case Phase::Queued:
        return u"queued"_s;
    case Phase::Saving:
        return u"saving"_s;
    case Phase::Done:
        return u"active"_s;
    case Phase::Failed:
        return u"killed"_s;
    }
    return u"queued"_s;
}

QDateTime CinderUpload::endTime() const
{
    return createdAt.addMSecs(durationMs);
}

QString CinderUpload::syncStatusReason() const
{
    return u"ERROR:A timeout occurred during synchronize image the server(http://192.0.2.10:9292) "
           "in the image operation. image_id=%1"_s.arg(imageId);
}

QJsonObject CinderUpload::toStateJson() const
{
    return {
        {u"image_id"_s, imageId},
        {u"volume_id"_s, volumeId},
        {u"project_id"_s, projectId},
        {u"image_name"_s, imageName},
        {u"disk_format"_s, diskFormat},
        {u"container_format"_s, containerFormat},
        {u"visibility"_s, visibility},
        {u"protected"_s, isProtected},
        {u"previous_status"_s, previousStatus},
        {u"size"_s, sizeGb},
        {u"created_at"_s, isoMillis(createdAt)},
        {u"duration_ms"_s, double(durationMs)},
        {u"fails"_s, fails},
        {u"sync_fails"_s, syncFails},
    };
}

std::optional<CinderUpload> CinderUpload::fromStateJson(const QJsonObject &object)
{
    CinderUpload u;
    u.imageId = object.value(u"image_id"_s).toString();
    u.volumeId = object.value(u"volume_id"_s).toString();
    u.projectId = object.value(u"project_id"_s).toString();
    u.imageName = object.value(u"image_name"_s).toString();
    u.diskFormat = object.value(u"disk_format"_s).toString();
    u.containerFormat = object.value(u"container_format"_s).toString();
    u.visibility = object.value(u"visibility"_s).toString();
    u.isProtected = object.value(u"protected"_s).toBool();
    u.previousStatus = object.value(u"previous_status"_s).toString();
    u.sizeGb = object.value(u"size"_s).toInt();
    u.createdAt = parseIso(object.value(u"created_at"_s).toString());
    u.durationMs = qint64(object.value(u"duration_ms"_s).toDouble());
    u.fails = object.value(u"fails"_s).toBool();
    u.syncFails = object.value(u"sync_fails"_s).toBool();
    if (u.imageId.isEmpty() || u.volumeId.isEmpty() || !u.createdAt.isValid())
        return std::nullopt;
    return u;
}

} // namespace DemoCloud
