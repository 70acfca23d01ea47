#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "cloud/cloudprofile.h"

/// Which list/edit/delete API the image library talks to (interfaces.md §6): IMS
/// (`/v2/cloudimages`, Huawei Cloud and Open Telekom Cloud) or Glance (`/v2/images`, FJcloud-O
/// and OpenStack). The demo cloud serves both; IMS is its default.
enum class ImageApi
{
    Ims,
    Glance
};

namespace ImageApis {
QString key(ImageApi api); // "ims", "glance"
std::optional<ImageApi> fromKey(const QString &key);
/// The API the library uses for a family by default.
ImageApi forFamily(CloudFamily family);
} // namespace ImageApis

/// One image as the library shows it: the fields operators sort and filter by, read from an IMS
/// `GET /v2/cloudimages` item or a Glance `GET /v2/images` item (both are Glance-shaped; IMS adds
/// its `__` extension keys, reference/api-facts.md §1.3), and the item itself (`raw`), so every
/// property the cloud returned is kept.
struct LibraryImage
{
    Q_DECLARE_TR_FUNCTIONS(LibraryImage)
public:
    QString id;
    QString name;
    QString status;     // as the cloud says it: queued, saving, active, killed, deleted, ...
    QString visibility; // private, public, shared, community
    QString imageType;  // IMS __imagetype: gold, private, shared; empty on Glance
    QString owner;      // the project that owns it
    QString osVersion;  // IMS/Huawei __os_version; upstream os_distro + os_version properties
    QString diskFormat;
    QString containerFormat;
    QString description;        // IMS __description; Glance "description" property
    std::optional<qint64> size; // bytes: size, or IMS __image_size when size is 0 or null
    int minDisk = 0;            // GB
    int minRam = 0;             // MB
    std::optional<int> maxRam;  // MB (IMS; a string there)
    bool isProtected = false;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    QStringList tags;    // as listed: "key=value" (IMS, Huawei Glance) or plain strings
    QJsonObject raw;     // the whole item, every property
    /// The saved profile it was listed with, in a list of every profile's images (else empty).
    QString profileId;
    QString profileName;

    /// The `imagewright_op` marker of the job that made it (interfaces.md §7): an IMS tag
    /// "imagewright_op=<uuid>" or "imagewright_op.<uuid>", or a property `imagewright_op` (Nova
    /// metadata); empty when none.
    QString jobMarker() const;
    /// Shared with other projects, or shared with this one (visibility or __imagetype shared).
    bool isShared() const;
    /// The value of tag `key` in "key=value" or "key.value" form; nullopt when absent.
    std::optional<QString> tagValue(const QString &key) const;
    /// The translated status ("Active", "Queued", ...); the cloud's word when unknown.
    static QString statusText(const QString &status);

    /// An image item. nullopt with `why` (for logs) when it has no id.
    static std::optional<LibraryImage> fromJson(const QJsonObject &o, QString *why = nullptr);
    /// The JSON the command line prints (docs/library.md: stable keys). With `withRaw`, the
    /// cloud's item under "properties".
    QJsonObject toJson(bool withRaw) const;
};

/// One page of a list answer: `{"images": [...], "next": "/v2/images?marker=..."}` (Glance; IMS
/// sends no next link). Items without an id are skipped and counted.
struct LibraryImagePage
{
    QList<LibraryImage> images;
    QString next; // Glance's next link (path and query), empty when none
    int skipped = 0;

    static std::optional<LibraryImagePage> fromJson(const QJsonObject &o, QString *why = nullptr);
};
