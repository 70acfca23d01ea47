#pragma once

#include <optional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "create/creationmethod.h"
#include "create/fielderror.h"
#include "create/imsfields.h"

/// Method 2: IMS data disk images from an ECS's data disks (POST /v2/cloudimages/action with
/// data_images; seed 004 Table 1, seed 002). One image per data disk; no instance_id is sent
/// (seed 004: "You cannot specify instance_id"), and the body's top-level name, description and
/// tags would be ignored by IMS in favour of data_images, so none are sent.
struct ImsDataDisksRequest
{
    Q_DECLARE_TR_FUNCTIONS(ImsDataDisksRequest)
public:
    struct DataImage
    {
        QString name;
        QString volumeId;
        QString description;
        TagSet tags;
        TagSet::ImsForm tagForm = TagSet::ImsForm::ImageTags;
        ImsTags imsTags() const { return {tags, tagForm}; }
    };

    QString serverId; // the ECS the disks are attached to: for the wizard, not sent
    QList<DataImage> images;
    QString enterpriseProjectId; // seed 002

    /// Fields "data_images", "data_images[i].name", "data_images[i].volume_id", ...
    FieldErrors validate() const;
    QJsonObject toBody() const;
    /// The marker goes into every data image's tags, in that image's tag form.
    QJsonObject toBodyWithMarker(const QString &marker) const;
    static std::optional<ImsDataDisksRequest> fromBody(
        const QJsonObject &body, FieldErrors *errors);
};

/// Method 3: IMS image from an external image file in an OBS bucket (image_url "bucket:file";
/// seed 004 "Parameters for creating an image using an image file uploaded to the OBS bucket"
/// and its Table 2 for up to three data disks).
struct ImsObsFileRequest : ImsImageFields
{
    Q_DECLARE_TR_FUNCTIONS(ImsObsFileRequest)
public:
    static constexpr int SystemMinDiskLow = 40;   // GB (seeds 002/004, interfaces.md §7)
    static constexpr int SystemMinDiskHigh = 255; // GB
    static constexpr int DataMinDiskLow = 1;      // GB (seed 004 Table 2)
    static constexpr int DataMinDiskHigh = 2048;  // GB
    static constexpr int MaxDataDisks = 3;        // "a maximum of three data disks"

    struct DataDisk
    {
        QString name; // optional for data disks (Table 2)
        QString description;
        QString imageUrl;
        int minDisk = 0; // GB, mandatory
        std::optional<bool> isQuickImport;
        TagSet tags;
        TagSet::ImsForm tagForm = TagSet::ImsForm::ImageTags;
        ImsTags imsTags() const { return {tags, tagForm}; }
    };

    QString imageUrl; // "bucket:file"
    QString osType;   // Linux, Windows, Other; empty = omitted
    QString osVersion;
    int minDisk = 0; // GB, mandatory
    std::optional<bool> isConfig;
    QString cmkId;
    std::optional<bool> isQuickImport;
    QList<DataDisk> dataDisks;

    static QStringList osTypes()
    {
        return {QStringLiteral("Linux"), QStringLiteral("Windows"), QStringLiteral("Other")};
    }
    /// Whether image_url names an ISO file (then os_version is mandatory).
    static bool isIsoUrl(const QString &imageUrl);
    /// Whether os_version is mandatory for these inputs (ISO file or quick import).
    bool needsOsVersion() const;

    FieldErrors validate() const;
    QJsonObject toBody() const;
    /// The marker goes into the system disk image's tags (the data disks carry the operator's
    /// tags only: the job's image is found by the system image).
    QJsonObject toBodyWithMarker(const QString &marker) const;
    static std::optional<ImsObsFileRequest> fromBody(const QJsonObject &body, FieldErrors *errors);
};

/// Method 4: IMS system disk image from a data disk (volume_id + os_version; seed 004
/// "Parameters for creating a system disk image using a data disk").
struct ImsDataDiskRequest : ImsImageFields
{
    Q_DECLARE_TR_FUNCTIONS(ImsDataDiskRequest)
public:
    QString volumeId;
    QString osVersion; // mandatory: "the created system disk image may be unavailable" otherwise
    QString type;      // ECS (default), BMS, FusionCompute, Ironic; empty = omitted

    static QStringList imageTypes()
    {
        return {QStringLiteral("ECS"),
            QStringLiteral("BMS"),
            QStringLiteral("FusionCompute"),
            QStringLiteral("Ironic")};
    }

    FieldErrors validate() const;
    QJsonObject toBody() const;
    QJsonObject toBodyWithMarker(const QString &marker) const;
    static std::optional<ImsDataDiskRequest> fromBody(const QJsonObject &body, FieldErrors *errors);
};

/// The four IMS create methods behind one interface, for request files and the headless submit.
namespace ImsRequests {
/// Validates a body of `method` (an IMS method) as the wizard does.
FieldErrors validate(CreationMethod method, const QJsonObject &body);
/// The validated body with the marker; empty when the body is not valid.
QJsonObject bodyWithMarker(CreationMethod method, const QJsonObject &body, const QString &marker);
/// The body keys the method knows (others are sent as given, with a warning).
QStringList knownBodyKeys(CreationMethod method);
/// The name to show for the job: the image's name, or for data disk images the first one's
/// ("name (+2)" when there are more).
QString imageName(CreationMethod method, const QJsonObject &body);
} // namespace ImsRequests
