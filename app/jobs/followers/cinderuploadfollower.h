#pragma once

#include <QCoreApplication>

#include "jobs/follower.h"

/// Follows a Cinder os-volume_upload_image (method 6): the volume first (uploading →
/// available or in-use, or error*); once it is back, the image to active, which by then is
/// usually there (one image read at the end). On FJcloud-O and the demo cloud, an active
/// image with a sync_status_reason failed (seed 000).
class CinderUploadFollower final : public JobFollower
{
    Q_DECLARE_TR_FUNCTIONS(JobMonitor)
public:
    static constexpr const char *VolumeQuery = "volume";

    /// Whether a finished upload is checked for sync_status_reason on this family.
    static bool checksSyncStatus(CloudFamily family);

    bool canFollow(const JobRecord &record) const override;
    FollowQuery nextQuery(const JobRecord &record, const QVariantHash &memo) const override;
    RestJob *send(CloudSession &session, const FollowQuery &query, QObject *parent) const override;
    FollowStep read(JobRecord &record,
        QVariantHash &memo,
        const FollowAnswer &answer,
        const FollowContext &context) const override;

private:
    FollowStep readVolume(
        JobRecord &record, const FollowAnswer &answer, const FollowContext &context) const;
};
