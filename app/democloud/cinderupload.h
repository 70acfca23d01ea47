#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace DemoCloud {

/// One Cinder os-volume_upload_image action (seed 000; api-facts §1.7) and the Glance image it
/// makes. Like a Nova snapshot, its state is a pure function of the wall clock: the volume is
/// `uploading` for the whole duration, then back to the status it had (available or in-use);
/// the image is `queued` for the first third, `saving` until the end, then `active`.
/// Triggers (interfaces.md §5): an image name starting with `fail-` ends with the volume in
/// `error` and the image `killed`; `sync-` ends `active` with FJcloud-O's `sync_status_reason`.
struct CinderUpload
{
    enum class Phase
    {
        Queued, // volume uploading, image queued
        Saving, // volume uploading, image saving
        Done,   // volume back, image active
        Failed, // volume error, image killed (fail- trigger)
    };

    QString imageId;
    QString volumeId;
    QString projectId;
    QString imageName;
    QString diskFormat;
    QString containerFormat;
    QString visibility; // "private" unless microversion 3.1 set it
    bool isProtected = false;
    QString previousStatus; // available or in-use: where the volume goes back to
    int sizeGb = 0;
    QDateTime createdAt;
    qint64 durationMs = 0;
    bool fails = false;     // the image name starts with "fail-"
    bool syncFails = false; // the image name starts with "sync-"

    Phase phaseAt(const QDateTime &now) const;
    /// The volume's status at `now` while this upload decides it.
    QString volumeStatusAt(const QDateTime &now) const;
    /// The Glance image's status at `now`: queued, saving, active or killed.
    QString imageStatusAt(const QDateTime &now) const;
    QDateTime endTime() const;
    /// FJcloud-O's replication error (seed 000's example wording) for a `sync-` image.
    QString syncStatusReason() const;

    QJsonObject toStateJson() const;
    static std::optional<CinderUpload> fromStateJson(const QJsonObject &object);
};

} // namespace DemoCloud
