#include "novasnapshot.h"

#include "apiutil.h"

using namespace Qt::StringLiterals;

namespace DemoCloud {

NovaSnapshot::Phase NovaSnapshot::phaseAt(const QDateTime &now) const
{
    const qint64 elapsed = createdAt.msecsTo(now);
    if (elapsed >= durationMs)
        return fails ? Phase::Purged : Phase::Done;
    // Thirds of the duration, in nova/compute/task_states.py order.
    if (3 * elapsed < durationMs)
        return Phase::Snapshot;
    if (3 * elapsed < 2 * durationMs)
        return Phase::PendingUpload;
    return Phase::Uploading;
}

QString NovaSnapshot::taskStateAt(const QDateTime &now) const
{
    switch (phaseAt(now)) {
    case Phase::Snapshot:
        return u"image_snapshot"_s;
    case Phase::PendingUpload:
        return u"image_pending_upload"_s;
    case Phase::Uploading:
        return u"image_uploading"_s;
    case Phase::Done:
    case Phase::Purged:
        break;
    }
    return QString();
}

QString NovaSnapshot::imageStatusAt(const QDateTime &now) const
{
    // Nova creates the image record (queued) before it snapshots, and Glance shows saving once
    // the data starts to arrive (image_uploading).
    switch (phaseAt(now)) {
    case Phase::Snapshot:
    case Phase::PendingUpload:
        return u"queued"_s;
    case Phase::Uploading:
        return u"saving"_s;
    case Phase::Done:
        return u"active"_s;
    case Phase::Purged:
        break;
    }
    return QString();
}

QDateTime NovaSnapshot::endTime() const
{
    return createdAt.addMSecs(durationMs);
}

QJsonObject NovaSnapshot::toStateJson() const
{
    return {
        {u"image_id"_s, imageId},
        {u"server_id"_s, serverId},
        {u"project_id"_s, projectId},
        {u"name"_s, name},
        {u"metadata"_s, metadata},
        {u"min_disk"_s, minDisk},
        {u"created_at"_s, isoMillis(createdAt)},
        {u"duration_ms"_s, double(durationMs)},
        {u"fails"_s, fails},
    };
}

std::optional<NovaSnapshot> NovaSnapshot::fromStateJson(const QJsonObject &object)
{
    NovaSnapshot s;
    s.imageId = object.value(u"image_id"_s).toString();
    s.serverId = object.value(u"server_id"_s).toString();
    s.projectId = object.value(u"project_id"_s).toString();
    s.name = object.value(u"name"_s).toString();
    s.metadata = object.value(u"metadata"_s).toObject();
    s.minDisk = object.value(u"min_disk"_s).toInt();
    s.createdAt = parseIso(object.value(u"created_at"_s).toString());
    s.durationMs = qint64(object.value(u"duration_ms"_s).toDouble());
    s.fails = object.value(u"fails"_s).toBool();
    if (s.imageId.isEmpty() || s.serverId.isEmpty() || !s.createdAt.isValid())
        return std::nullopt;
    return s;
}

} // namespace DemoCloud
