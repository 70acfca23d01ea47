#pragma once

#include <functional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "create/fielderror.h"
#include "library/libraryimage.h"

/// What ImageJobRun sends: an IMS image action the cloud runs as an asynchronous job (its
/// ActionJobKinds key), the request and the rules that need the image as it is now.
struct ImageJobOrder
{
    QString kind; // ActionJobKinds::ImsCopy, ImsCrossRegionCopy or ImsExport
    QString imageId;
    QString path; // "/v1/cloudimages/{id}/copy", ...
    QJsonObject body;
    /// Translated refusals for the image as read before sending; empty: send.
    std::function<QStringList(const LibraryImage &)> check;
    /// The monitor's note on what the job makes: a QT_TRANSLATE_NOOP("JobMonitor", ...) literal
    /// and its arguments.
    const char *note = nullptr;
    QStringList noteArgs;
};

/// The rules every IMS image job shares (docs/library.md "Copy and export"): the image must be
/// active and this project's private image (`__imagetype` private), and not an ISO image.
/// `full` and `size`: what the action says of full-ECS images and of images above 128 GB.
class ImageJobRules
{
    Q_DECLARE_TR_FUNCTIONS(ImageJobRules)
public:
    static QStringList commonRefusals(const LibraryImage &image);
    static bool isFullEcs(const LibraryImage &image);
    static bool isEncrypted(const LibraryImage &image); // __system__cmkid set
    /// The image's size in GB, rounded up; 0 when unknown.
    static qint64 sizeGb(const LibraryImage &image);
};

/// A copy of an image (Huawei IMS API reference, "Replicating an Image Within a Region"
/// CopyImageInRegion and "Replicating an Image Across Regions" CopyImageCrossRegion). In the
/// region: `POST /v1/cloudimages/{id}/copy` {name, description, cmk_id, enterprise_project_id};
/// to another region (when `region` is set): `POST /v1/cloudimages/{id}/cross_region_copy`
/// {name, description, region, project_name, agency_name, vault_id}. Both answer {"job_id"}.
struct ImageCopyRequest
{
    Q_DECLARE_TR_FUNCTIONS(ImageCopyRequest)
public:
    static constexpr int MaxSizeGb = 128; // both references: larger images are not copied

    QString imageId;
    QString name;
    QString description;
    QString cmkId;               // in the region: the KMS key that encrypts the copy
    QString enterpriseProjectId; // in the region: "0" or a UUID
    QString region;              // another region: its name, e.g. "cn-north-4"
    QString projectName;         // another region: the project there, e.g. "cn-north-4"
    QString agencyName;          // another region: the IAM agency IMS acts through
    QString vaultId;             // another region: the CBR vault (full-ECS images need one)
    bool otherRegion = false;    // a form chose "another region" (its fields may be empty yet)

    /// To another region: otherRegion, or any of its fields given.
    bool isCrossRegion() const;
    /// The rules that need nothing from the cloud, at their fields ("name", "description",
    /// "cmk_id", "enterprise_project_id", "region", "project_name", "agency_name", "vault_id").
    /// `ownRegion`: the profile's region (a copy to another region cannot go to it).
    FieldErrors validate(const QString &ownRegion) const;
    /// The rules that need the image (translated; empty: may be sent).
    QStringList checkAgainst(const LibraryImage &image) const;
    QString path() const;
    QJsonObject body() const; // only the fields given
    ImageJobOrder order() const;
};

/// An export to OBS (Huawei IMS API reference, "Exporting an Image" ExportImage):
/// `POST /v1/cloudimages/{id}/file` {bucket_url "bucket:object", file_format, is_quick_export};
/// answers {"job_id"}. With quick export the file format is not given (the reference: "If fast
/// export is enabled, file_format cannot be specified").
struct ImageExportRequest
{
    Q_DECLARE_TR_FUNCTIONS(ImageExportRequest)
public:
    static constexpr int MaxSizeGb = 1024;     // "The image size must be less than 1 TB"
    static constexpr int MaxNormalSizeGb = 128; // "Images larger than 128 GB support only fast export"

    QString imageId;
    QString bucket;
    QString object;
    QString format; // one of formats(); empty with quick export
    bool quick = false;

    /// qcow2, vhd, zvhd, vmdk, zvhd2.
    static QStringList formats();
    QString bucketUrl() const; // "bucket:object"
    /// At "bucket", "object" and "file_format".
    FieldErrors validate() const;
    QStringList checkAgainst(const LibraryImage &image) const;
    QString path() const;
    QJsonObject body() const;
    ImageJobOrder order() const;
};
