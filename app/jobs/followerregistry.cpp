#include "jobs/followerregistry.h"

#include "jobs/actionjobkinds.h"

#include "jobs/followers/cinderuploadfollower.h"
#include "jobs/followers/glanceuploadfollower.h"
#include "jobs/followers/imsimagejobfollowers.h"
#include "jobs/followers/imsjobfollower.h"
#include "jobs/followers/imsmembersfollower.h"
#include "jobs/followers/novaimagefollower.h"

const FollowerRegistry &FollowerRegistry::standard()
{
    static const FollowerRegistry registry = [] {
        FollowerRegistry r;
        const auto ims = std::make_shared<const ImsJobFollower>();
        for (CreationMethod m : {CreationMethod::ImsEcs,
                 CreationMethod::ImsEcsDataDisks,
                 CreationMethod::ImsObsFile,
                 CreationMethod::ImsDataDisk,
                 CreationMethod::ImsLocalFile}) // its import, once the upload is done
            r.add(CreationMethods::key(m), ims);
        r.add(CreationMethods::key(CreationMethod::NovaCreateImage),
            std::make_shared<const NovaImageFollower>());
        r.add(CreationMethods::key(CreationMethod::CinderUploadToImage),
            std::make_shared<const CinderUploadFollower>());
        r.add(CreationMethods::key(CreationMethod::GlanceCreateUpload),
            std::make_shared<const GlanceUploadFollower>());
        r.add(QString::fromLatin1(ActionJobKinds::ImsMembers),
            std::make_shared<const ImsMembersFollower>());
        r.add(QString::fromLatin1(ActionJobKinds::ImsCopy), std::make_shared<const ImsCopyFollower>());
        const auto keepsSource = std::make_shared<const ImsSourceImageFollower>();
        r.add(QString::fromLatin1(ActionJobKinds::ImsCrossRegionCopy), keepsSource);
        r.add(QString::fromLatin1(ActionJobKinds::ImsExport), keepsSource);
        return r;
    }();
    return registry;
}

void FollowerRegistry::add(const QString &kind, std::shared_ptr<const JobFollower> follower)
{
    m_followers.insert(kind, std::move(follower));
}

const JobFollower *FollowerRegistry::forKind(const QString &kind) const
{
    const auto it = m_followers.constFind(kind);
    return it == m_followers.cend() ? nullptr : it->get();
}

const JobFollower *FollowerRegistry::forRecord(const JobRecord &record) const
{
    if (record.isForeign())
        return nullptr; // a kind or state of a newer version: kept, never followed
    return forKind(record.kindKey());
}

bool FollowerRegistry::canFollow(const JobRecord &record) const
{
    const JobFollower *follower = forRecord(record);
    return follower && follower->canFollow(record);
}
