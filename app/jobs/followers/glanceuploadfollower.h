#pragma once

#include <QCoreApplication>

#include "jobs/follower.h"

/// Follows a Glance create + upload (method 7) on the image's own status: a create whose
/// answer was lost is found by its client-chosen ID; a queued image is uploaded by the process
/// that sent the create, or shown as an incomplete upload (Resume, Delete); an active image's
/// checksum and os_hash_value are compared with the digests of the file that was sent.
class GlanceUploadFollower final : public JobFollower
{
    Q_DECLARE_TR_FUNCTIONS(JobMonitor)
public:
    bool canFollow(const JobRecord &record) const override;
    FollowQuery nextQuery(const JobRecord &record, const QVariantHash &memo) const override;
    RestJob *send(CloudSession &session, const FollowQuery &query, QObject *parent) const override;
    FollowStep read(JobRecord &record,
        QVariantHash &memo,
        const FollowAnswer &answer,
        const FollowContext &context) const override;

    /// Ends an active image's job: succeeded when the image's checksum (MD5) and
    /// os_hash_value equal the file's digests, failed when one differs; says which were
    /// verified, or why none could be.
    static void verifyActive(JobRecord &record,
        const QString &checksum,
        const QString &algo,
        const QString &value,
        const QDateTime &now);
};
