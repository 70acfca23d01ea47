#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace DemoCloud {

/// One Nova createImage action (seed 001; api-facts §1.6) and the Glance image it makes. Like an
/// IMS job, its state is a pure function of the wall clock: the server's task_state is
/// image_snapshot for the first third of the duration, image_pending_upload for the second,
/// image_uploading for the last, then null. The image is queued until the upload starts, saving
/// while it uploads, then active; with the `fail-` trigger it is purged at the end instead
/// (Nova: "If the request fails due to an error on OpenStack Compute service, the image is
/// purged"), so it answers 404 from then on.
struct NovaSnapshot
{
    enum class Phase
    {
        Snapshot,      // task_state image_snapshot
        PendingUpload, // task_state image_pending_upload
        Uploading,     // task_state image_uploading
        Done,          // task_state null, image active
        Purged,        // task_state null, image gone (fail- trigger)
    };

    QString imageId;
    QString serverId;
    QString projectId;
    QString name;
    QJsonObject metadata; // the createImage metadata, all string values
    int minDisk = 0;      // GB: the server's system disk
    QDateTime createdAt;
    qint64 durationMs = 0;
    bool fails = false; // the name starts with "fail-"

    Phase phaseAt(const QDateTime &now) const;
    /// OS-EXT-STS:task_state at `now`; a null string once finished.
    QString taskStateAt(const QDateTime &now) const;
    /// Glance status at `now`: queued, saving or active; a null string once purged.
    QString imageStatusAt(const QDateTime &now) const;
    QDateTime endTime() const;

    QJsonObject toStateJson() const;
    static std::optional<NovaSnapshot> fromStateJson(const QJsonObject &object);
};

} // namespace DemoCloud
