#pragma once

#include <QString>

#include "cloud/cloudprofile.h"
#include "jobs/jobrecord.h"
#include "library/imagemembers.h"

/// The monitor's record of an IMS batch members job (ActionJobKinds::ImsMembers), for
/// JobMonitor::trackActionJob(): named after the image, keeping the image's id (Show Image), with
/// a note saying what the job changes. The GUI and `imagewright images share|unshare|accept|
/// reject` both track their jobs with it.
namespace MemberJob {
JobRecord record(const CloudProfile &profile,
    const MemberChange &change,
    const QString &imageName,
    const QString &jobId);
} // namespace MemberJob
