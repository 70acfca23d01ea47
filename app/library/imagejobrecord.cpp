#include "library/imagejobrecord.h"

using namespace Qt::StringLiterals;

JobRecord ImageJobRecord::record(const CloudProfile &profile,
    const ImageJobOrder &order,
    const QString &imageName,
    const QString &jobId)
{
    JobRecord r;
    r.actionKind = order.kind;
    r.profileId = profile.id;
    r.cloudLabel =
        profile.region.isEmpty() ? profile.name : u"%1 · %2"_s.arg(profile.name, profile.region);
    r.name = imageName.isEmpty() ? order.imageId : imageName;
    r.jobId = jobId;
    r.imageIds = {order.imageId};
    r.created = QDateTime::currentDateTimeUtc();
    if (order.note)
        r.addNote(order.note, order.noteArgs, r.created);
    return r;
}
