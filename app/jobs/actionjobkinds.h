#pragma once

#include <QCoreApplication>
#include <QString>

/// Jobs that are not creations: image library actions the cloud carries out as asynchronous
/// jobs (issue 13), followed in the monitor like a creation. A kind's key is stored where a
/// creation stores its method key (JobRecord::actionKind) and names its follower in
/// FollowerRegistry. A new kind is a key here, one row in the table of actionjobkinds.cpp (its
/// title) and a follower there.
class ActionJobKinds
{
    Q_DECLARE_TR_FUNCTIONS(JobMonitor)
public:
    /// IMS batch members: `POST|DELETE|PUT /v1/cloudimages/members` (imsAddImageMembersJob,
    /// imsDelImageMembersJob, imsUpdateImageMembersJob).
    static constexpr const char *ImsMembers = "ims-members";
    /// IMS copy in the region: `POST /v1/cloudimages/{id}/copy`; the job's entities.image_id is
    /// the new image.
    static constexpr const char *ImsCopy = "ims-copy";
    /// IMS copy to another region: `POST /v1/cloudimages/{id}/cross_region_copy`.
    static constexpr const char *ImsCrossRegionCopy = "ims-cross-region-copy";
    /// IMS export to OBS: `POST /v1/cloudimages/{id}/file`.
    static constexpr const char *ImsExport = "ims-export";

    static bool isKnown(const QString &key);
    /// Translated, for the monitor's Kind column; the key itself when unknown.
    static QString title(const QString &key);
};
