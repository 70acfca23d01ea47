#pragma once

#include <QCoreApplication>

#include "jobs/follower.h"

/// Reads a Glance image on its way to active (queued → saving → active), the end of a Nova
/// createImage and of a Cinder upload to image. A 404 is an answer: Nova purges the image of
/// a failed snapshot, Cinder deletes it after a failed upload.
class ImageToActive
{
    Q_DECLARE_TR_FUNCTIONS(JobMonitor)
public:
    static constexpr const char *Query = "image";

    /// `syncCheck`: an active image with FJcloud-O's sync_status_reason failed (seed 000).
    /// `goneReason`: what a 404 means for this kind of job.
    static FollowStep read(JobRecord &record,
        const FollowAnswer &answer,
        const FollowContext &context,
        bool syncCheck,
        const QString &goneReason);
};
