#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "model/novaversion.h"

/// A volume as Cinder's GET /v2|v3/{project_id}/volumes/detail and /volumes/{id} show it
/// (reference/api-facts.md §1.7). Used by the volume picker and to follow an upload to image.
struct CinderVolume
{
    struct Attachment
    {
        QString serverId;
        QString device; // "/dev/vdb"
    };

    QString id;
    QString name;
    QString status; // available, in-use, uploading, error, ... as sent
    int sizeGb = 0;
    bool bootable = false; // Cinder sends the strings "true"/"false"
    bool encrypted = false;
    bool multiattach = false;
    QString volumeType;
    QString availabilityZone;
    QString description;
    QList<Attachment> attachments;

    bool isAttached() const { return !attachments.isEmpty() || status == u"in-use"; }
    /// Whether the volume is a server's boot disk: attached first, as /dev/vda (virtio),
    /// /dev/sda (SCSI), /dev/xvda (Xen) or /dev/hda (IDE). With `serverId`, only to that server.
    bool isSystemDisk(const QString &serverId = {}) const;
    /// Cinder's error states: error, error_deleting, error_backing-up, error_restoring,
    /// error_extending, ... (v3 api-ref status table).
    bool isError() const { return status.startsWith(u"error"); }

    static std::optional<CinderVolume> fromJson(const QJsonObject &o, QString *why = nullptr);
};

/// One page of GET .../volumes/detail, with the marker for the next page when there is one
/// (`volumes_links` rel=next).
struct CinderVolumePage
{
    QList<CinderVolume> volumes;
    QString nextMarker; // empty on the last page

    static std::optional<CinderVolumePage> fromJson(const QJsonObject &o, QString *why = nullptr);
};

/// The block storage API a volume endpoint speaks and the microversions it offers. The v3 API
/// has microversions ("3.x", header `OpenStack-API-Version: volume 3.x`); the v2 API has none.
/// Read from Cinder's version list (GET of the endpoint's root, as python-cinderclient does:
/// {"versions": [{"id": "v3.0", "status": "CURRENT", "version": "3.70", "min_version": "3.0"},
/// ...]}) or a single {"version": {...}} document.
struct VolumeApiVersion
{
    std::optional<NovaMicroversion> maxVersion; // nothing: no microversions (v2, or 3.0 only)
    std::optional<NovaMicroversion> minVersion;

    /// The microversion to send for an upload to image: the highest the server offers, capped at
    /// 3.1 (the only one the method relies on: visibility and protected), never below its
    /// minimum. Nothing when the server knows no microversions: send no header.
    std::optional<NovaMicroversion> choose() const;
    /// Whether `visibility` and `protected` may be sent (microversion 3.1, api-facts §1.7).
    bool supportsImageVisibility() const;

    /// The v3 entry of a version document; nothing (with `why`) when it has none, as a
    /// v2-only Cinder or a document of another service.
    static std::optional<VolumeApiVersion> fromJson(const QJsonObject &o, QString *why = nullptr);
};

/// Microversion 3.1: `visibility` and `protected` in os-volume_upload_image (api-facts §1.7).
inline constexpr NovaMicroversion VolumeImageVisibility{3, 1};
