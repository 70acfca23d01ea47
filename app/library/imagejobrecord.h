#pragma once

#include <QString>

#include "cloud/cloudprofile.h"
#include "jobs/jobrecord.h"
#include "library/imagejobrequest.h"

/// The monitor's record of an IMS image job (copy, cross-region copy, export; ImageJobOrder's
/// kind), for JobMonitor::trackActionJob(): named after the image, keeping the source image's id
/// (Show Image; a copy in the region replaces it with the new image's id once done), with a note
/// saying what the job makes. The GUI and `imagewright images copy|export` both track their jobs
/// with it.
namespace ImageJobRecord {
JobRecord record(const CloudProfile &profile,
    const ImageJobOrder &order,
    const QString &imageName,
    const QString &jobId);
} // namespace ImageJobRecord
