#include "inventory.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace DemoCloud {

namespace {

QDateTime at(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

struct ServerRow
{
    const char16_t *id;
    const char16_t *name;
    const char16_t *status;
    const char16_t *zone;
    const char16_t *flavor;
    int vcpus;
    int ramMb;
    const char16_t *osVersion;
    const char16_t *osType;
    const char16_t *created;
    const char16_t *systemVolumeId;
    int systemGb;
};

// Newest first: Nova lists servers by created_at descending.
constexpr ServerRow ServerRows[] = {
    {u"4a849858-3370-5f36-af9d-ff4e9f012a74",
        u"web-01",
        u"ACTIVE",
        u"demo-1a",
        u"s6.large.2",
        2,
        4096,
        u"Ubuntu 22.04 server 64bit",
        u"Linux",
        u"2025-09-12T08:15:00Z",
        u"aa8e069e-296f-5057-9919-34a6971b88d5",
        40},
    // Seed 004's example ECS: stopped, so it is the textbook source for an IMS image.
    {u"877a2cda-ba63-4e1e-b95f-e67e48b6129a",
        u"db-01",
        u"SHUTOFF",
        u"demo-1a",
        u"m6.xlarge.8",
        4,
        32768,
        u"CentOS 7.6 64bit",
        u"Linux",
        u"2025-09-10T10:00:00Z",
        u"3ad5af15-2752-52a2-854f-e2e1dd51c777",
        50},
    {u"d58a224b-6025-55c9-9078-dc5172faeba6",
        u"build-02",
        u"SHUTOFF",
        u"demo-1b",
        u"s6.xlarge.2",
        4,
        8192,
        u"Debian GNU/Linux 12.0.0 64bit",
        u"Linux",
        u"2025-09-08T14:30:00Z",
        u"61fb5741-1205-5277-8cc5-449f499b6d3d",
        40},
    {u"f6fa3d6f-2414-5021-bf2c-3c3df17335ff",
        u"broken-03",
        u"ERROR",
        u"demo-1b",
        u"s6.medium.2",
        1,
        2048,
        u"CentOS 7.6 64bit",
        u"Linux",
        u"2025-09-05T09:45:00Z",
        u"97a08a97-c2b1-5a1a-bd90-9e78d94a0a24",
        40},
    {u"034c4558-cc3b-5364-b47f-b596df68ac96",
        u"app-04",
        u"ACTIVE",
        u"demo-1a",
        u"s6.large.2",
        2,
        4096,
        u"EulerOS 2.9 64bit",
        u"Linux",
        u"2025-09-01T07:20:00Z",
        u"c0e830f4-db32-5557-a166-8275c8f7f372",
        40},
    {u"bc49d1fc-2def-513c-a296-96259d91fdc9",
        u"cache-05",
        u"ACTIVE",
        u"demo-1a",
        u"m6.large.8",
        2,
        16384,
        u"Windows Server 2019 Datacenter 64bit",
        u"Windows",
        u"2025-08-28T11:00:00Z",
        u"d52b88ca-09d1-5ef7-88e6-a192a0d5d3c7",
        60},
    {u"5062e3d2-50a1-5009-8c4d-394ecf4bd1df",
        u"queue-06",
        u"ACTIVE",
        u"demo-1b",
        u"s6.medium.2",
        1,
        2048,
        u"Ubuntu 22.04 server 64bit",
        u"Linux",
        u"2025-08-20T16:05:00Z",
        u"0cdf1e60-0899-5d06-95a6-e50cd8cb8d85",
        40},
    {u"9ca91f73-4004-5917-9b29-53fd15ba0977",
        u"worker-07",
        u"SHUTOFF",
        u"demo-1a",
        u"c6.large.2",
        2,
        4096,
        u"Ubuntu 22.04 server 64bit",
        u"Linux",
        u"2025-08-14T13:41:00Z",
        u"05b3ed61-147b-5952-bb84-227ac9ba78e6",
        40},
    {u"8eab6197-c7fd-5acc-ad83-89934a039fb1",
        u"worker-08",
        u"ACTIVE",
        u"demo-1a",
        u"c6.large.2",
        2,
        4096,
        u"Ubuntu 22.04 server 64bit",
        u"Linux",
        u"2025-08-14T13:40:00Z",
        u"f2b26bad-2545-5513-9635-da6fbfc02152",
        40},
    {u"94672059-a7c3-5281-a078-249ce3263c52",
        u"batch-09",
        u"SHUTOFF",
        u"demo-1b",
        u"c6.xlarge.2",
        4,
        8192,
        u"openEuler 20.03 64bit",
        u"Linux",
        u"2025-07-30T06:00:00Z",
        u"24999726-4300-534c-8400-b88d7aecdd41",
        40},
    // Suspended: neither stopped nor running, so IMS refuses it with IMG.0008 like broken-03.
    {u"f0c0e64c-a719-55e9-a4e3-7b851b577013",
        u"legacy-10",
        u"SUSPENDED",
        u"demo-1b",
        u"s6.medium.2",
        1,
        2048,
        u"CentOS 7.0 64bit",
        u"Linux",
        u"2025-07-02T12:00:00Z",
        u"9aa164c3-4169-5f87-a4ef-0d6b00ee0315",
        40},
    {u"e9672151-735a-5186-9041-9eba4b54b00e",
        u"ci-11",
        u"ACTIVE",
        u"demo-1b",
        u"s6.xlarge.2",
        4,
        8192,
        u"Ubuntu 20.04 server 64bit",
        u"Linux",
        u"2025-06-18T09:10:00Z",
        u"5ef0881a-e441-5705-bb38-e7aac2eacd67",
        80},
    {u"c281e9f3-0502-5dfd-8f7a-0585076c1cf0",
        u"bastion-12",
        u"ACTIVE",
        u"demo-1a",
        u"t6.small.1",
        1,
        1024,
        u"Debian GNU/Linux 12.0.0 64bit",
        u"Linux",
        u"2025-05-05T05:05:00Z",
        u"39f6046b-bd37-5de0-8bbe-24cd339a85b9",
        40},
};

struct DataVolumeRow
{
    const char16_t *id;
    const char16_t *name;
    const char16_t *status;
    int sizeGb;
    bool bootable;
    const char16_t *type;
    const char16_t *zone;
    const char16_t *serverId; // empty: not attached
    const char16_t *device;
    const char16_t *description;
    const char16_t *created;
};

constexpr DataVolumeRow DataVolumeRows[] = {
    {u"68542c0a-e6b7-5d7b-a513-93ed6f8ac864",
        u"web-01-data-1",
        u"in-use",
        100,
        false,
        u"SSD",
        u"demo-1a",
        u"4a849858-3370-5f36-af9d-ff4e9f012a74",
        u"/dev/vdb",
        u"web content",
        u"2025-09-12T08:16:00Z"},
    {u"a9cd47dd-34fd-524b-bd15-87e0a0f422b9",
        u"web-01-data-2",
        u"in-use",
        200,
        false,
        u"SAS",
        u"demo-1a",
        u"4a849858-3370-5f36-af9d-ff4e9f012a74",
        u"/dev/vdc",
        u"web logs",
        u"2025-09-12T08:17:00Z"},
    // Seed 004's example data disk of the example ECS.
    {u"c5dfbd0c-bf0a-4798-a453-61dc6b54aa30",
        u"db-01-data",
        u"in-use",
        500,
        false,
        u"SSD",
        u"demo-1a",
        u"877a2cda-ba63-4e1e-b95f-e67e48b6129a",
        u"/dev/vdb",
        u"database files",
        u"2025-09-10T10:01:00Z"},
    {u"725dfb13-ac4e-5009-92e7-fb876cf03a3c",
        u"ci-11-cache",
        u"in-use",
        150,
        false,
        u"SAS",
        u"demo-1b",
        u"e9672151-735a-5186-9041-9eba4b54b00e",
        u"/dev/vdb",
        u"build cache",
        u"2025-06-18T09:11:00Z"},
    {u"c135f465-7e40-554b-8fbe-eb99846eab7f",
        u"spare-data",
        u"available",
        100,
        false,
        u"SAS",
        u"demo-1a",
        u"",
        u"",
        u"unattached spare disk",
        u"2025-04-01T10:00:00Z"},
    // Seed 004's example "data disk" for a system disk image: a detached disk with an OS on it.
    {u"877a2cda-ba63-4e1e-b95f-e67e48b6129a",
        u"old-os-disk",
        u"available",
        40,
        true,
        u"SSD",
        u"demo-1a",
        u"",
        u"",
        u"detached system disk of a retired server",
        u"2025-03-15T12:00:00Z"},
    {u"adc6a37f-22e8-548d-9fab-d8734aed96c2",
        u"bad-vol",
        u"error",
        20,
        false,
        u"SAS",
        u"demo-1b",
        u"",
        u"",
        u"creation failed",
        u"2025-02-20T08:30:00Z"},
};

} // namespace

Inventory::Inventory()
{
    for (const ServerRow &row : ServerRows) {
        ServerFixture server;
        server.id = QString::fromUtf16(row.id);
        server.name = QString::fromUtf16(row.name);
        server.status = QString::fromUtf16(row.status);
        server.availabilityZone = QString::fromUtf16(row.zone);
        server.flavorId = QString::fromUtf16(row.flavor);
        server.vcpus = row.vcpus;
        server.ramMb = row.ramMb;
        server.osVersion = QString::fromUtf16(row.osVersion);
        server.osType = QString::fromUtf16(row.osType);
        server.created = at(QString::fromUtf16(row.created));
        m_servers.append(server);

        VolumeFixture system;
        system.id = QString::fromUtf16(row.systemVolumeId);
        system.name = server.name + u"-sys"_s;
        system.status = u"in-use"_s;
        system.sizeGb = row.systemGb;
        system.bootable = true;
        system.volumeType = u"SSD"_s;
        system.availabilityZone = server.availabilityZone;
        system.serverId = server.id;
        system.device = u"/dev/vda"_s;
        system.description = u"system disk of %1"_s.arg(server.name);
        system.created = server.created;
        m_volumes.append(system);
    }
    for (const DataVolumeRow &row : DataVolumeRows) {
        VolumeFixture volume;
        volume.id = QString::fromUtf16(row.id);
        volume.name = QString::fromUtf16(row.name);
        volume.status = QString::fromUtf16(row.status);
        volume.sizeGb = row.sizeGb;
        volume.bootable = row.bootable;
        volume.volumeType = QString::fromUtf16(row.type);
        volume.availabilityZone = QString::fromUtf16(row.zone);
        volume.serverId = QString::fromUtf16(row.serverId);
        volume.device = QString::fromUtf16(row.device);
        volume.description = QString::fromUtf16(row.description);
        volume.created = at(QString::fromUtf16(row.created));
        m_volumes.append(volume);
    }
}

const ServerFixture *Inventory::server(const QString &id) const
{
    const auto it = std::find_if(
        m_servers.cbegin(), m_servers.cend(), [&id](const auto &s) { return s.id == id; });
    return it == m_servers.cend() ? nullptr : &*it;
}

const VolumeFixture *Inventory::volume(const QString &id) const
{
    const auto it = std::find_if(
        m_volumes.cbegin(), m_volumes.cend(), [&id](const auto &v) { return v.id == id; });
    return it == m_volumes.cend() ? nullptr : &*it;
}

QList<const VolumeFixture *> Inventory::attachedVolumes(const QString &serverId) const
{
    QList<const VolumeFixture *> attached;
    for (const VolumeFixture &volume : m_volumes) {
        if (volume.serverId == serverId)
            attached.append(&volume);
    }
    std::sort(attached.begin(), attached.end(), [](const auto *a, const auto *b) {
        return a->device < b->device;
    });
    return attached;
}

} // namespace DemoCloud
