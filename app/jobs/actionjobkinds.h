#pragma once

#include <QCoreApplication>
#include <QString>

/// Jobs that are not creations: image library actions the cloud carries out as asynchronous
/// jobs (issue 13), followed in the monitor like a creation. A kind's key is stored where a
/// creation stores its method key (JobRecord::actionKind) and names its follower in
/// FollowerRegistry. A new kind is a key and a title here and a follower there.
class ActionJobKinds
{
    Q_DECLARE_TR_FUNCTIONS(JobMonitor)
public:
    /// IMS batch members: `POST|DELETE|PUT /v1/cloudimages/members` (imsAddImageMembersJob,
    /// imsDelImageMembersJob, imsUpdateImageMembersJob).
    static constexpr const char *ImsMembers = "ims-members";

    static bool isKnown(const QString &key);
    /// Translated, for the monitor's Kind column; the key itself when unknown.
    static QString title(const QString &key);
};
