#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace DemoCloud {

/// A fixed server (ECS) of the demo project. docs/democloud.md lists them all.
struct ServerFixture
{
    QString id;
    QString name;
    QString status; // Nova status: ACTIVE, SHUTOFF, ERROR, SUSPENDED
    QString availabilityZone;
    QString flavorId;
    int vcpus = 0;
    int ramMb = 0;
    QString osVersion; // Huawei-style metadata image_name / os_version
    QString osType;    // Linux or Windows
    QDateTime created;
};

/// A fixed volume (EVS disk). System disks are attached as /dev/vda and bootable.
struct VolumeFixture
{
    QString id;
    QString name;
    QString status; // Cinder status: in-use, available, error
    int sizeGb = 0;
    bool bootable = false;
    QString volumeType;
    QString availabilityZone;
    QString serverId; // empty when not attached
    QString device;   // "/dev/vda" for a system disk, "/dev/vdb"... for data disks
    QString description;
    QDateTime created;

    bool isSystemDisk() const { return !serverId.isEmpty() && device == u"/dev/vda"; }
};

/// The demo project's servers and volumes: fixed data with stable UUIDs, never persisted.
/// Seed 004's example IDs exist so its example bodies are accepted verbatim:
/// 877a2cda-... is both the ECS db-01 and the stand-alone bootable volume old-os-disk (servers
/// and volumes are separate namespaces), and c5dfbd0c-... is db-01's data disk.
class Inventory
{
public:
    Inventory();

    const QList<ServerFixture> &servers() const { return m_servers; } // newest first
    const QList<VolumeFixture> &volumes() const { return m_volumes; }
    const ServerFixture *server(const QString &id) const;
    const VolumeFixture *volume(const QString &id) const;
    /// Volumes attached to a server, system disk first.
    QList<const VolumeFixture *> attachedVolumes(const QString &serverId) const;

private:
    QList<ServerFixture> m_servers;
    QList<VolumeFixture> m_volumes;
};

} // namespace DemoCloud
