#include "library/memberjob.h"

#include "jobs/actionjobkinds.h"

using namespace Qt::StringLiterals;

JobRecord MemberJob::record(const CloudProfile &profile,
    const MemberChange &change,
    const QString &imageName,
    const QString &jobId)
{
    JobRecord r;
    r.actionKind = QString::fromLatin1(ActionJobKinds::ImsMembers);
    r.profileId = profile.id;
    r.cloudLabel =
        profile.region.isEmpty() ? profile.name : u"%1 · %2"_s.arg(profile.name, profile.region);
    r.name = imageName.isEmpty() ? change.imageId : imageName;
    r.jobId = jobId;
    r.imageIds = {change.imageId};
    r.created = QDateTime::currentDateTimeUtc();
    const QString projects = change.projects.join(u", "_s);
    switch (change.op) {
    case MemberChange::Op::Add:
        //: %1 = project IDs
        r.addNote(QT_TRANSLATE_NOOP("JobMonitor", "Sharing the image with %1"), {projects}, r.created);
        break;
    case MemberChange::Op::Remove:
        //: %1 = project IDs
        r.addNote(QT_TRANSLATE_NOOP("JobMonitor", "Ending the sharing with %1"), {projects}, r.created);
        break;
    case MemberChange::Op::Accept:
        r.addNote(QT_TRANSLATE_NOOP("JobMonitor", "Accepting the shared image"), {}, r.created);
        break;
    case MemberChange::Op::Reject:
        r.addNote(QT_TRANSLATE_NOOP("JobMonitor", "Rejecting the shared image"), {}, r.created);
        break;
    }
    return r;
}
