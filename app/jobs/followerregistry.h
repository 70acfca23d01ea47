#pragma once

#include <memory>

#include <QHash>
#include <QString>

#include "jobs/follower.h"

/// Which follower follows which kind of job (a record's method key, as stored). The standard
/// registry holds every kind this version knows; a record of a kind it does not know (written
/// by a newer version) has no follower and is kept as it is, never followed.
class FollowerRegistry
{
public:
    /// Every follower of this version, registered once (followerregistry.cpp).
    static const FollowerRegistry &standard();

    void add(const QString &kind, std::shared_ptr<const JobFollower> follower);
    /// The follower of this kind of job; nullptr for a kind this version does not know.
    const JobFollower *forKind(const QString &kind) const;
    const JobFollower *forRecord(const JobRecord &record) const;
    /// Whether the record's follower has the cloud IDs it reads (false for an unknown kind).
    bool canFollow(const JobRecord &record) const;

private:
    QHash<QString, std::shared_ptr<const JobFollower>> m_followers;
};
