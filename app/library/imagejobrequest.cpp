#include "library/imagejobrequest.h"

#include <QRegularExpression>

#include "create/imagerules.h"
#include "jobs/actionjobkinds.h"

using namespace Qt::StringLiterals;

namespace {

const QRegularExpression Uuid(
    u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
// Region names as Huawei Cloud writes them: "cn-north-4", "ap-southeast-1", "la-north-2".
const QRegularExpression RegionName(u"^[a-z]{2,}(-[a-z0-9]+)+$"_s);
// IAM project and agency names: no spaces, at most 64 characters.
const QRegularExpression IamName(u"^\\S{1,64}$"_s);

void add(FieldErrors *errors, const QString &field, const std::optional<QString> &message)
{
    if (message)
        errors->append({field, *message});
}

void insertGiven(QJsonObject *body, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        body->insert(key, value);
}

} // namespace

QStringList ImageJobRules::commonRefusals(const LibraryImage &image)
{
    QStringList refusals;
    if (image.status != u"active")
        //: %1 = the image's status, translated (e.g. "Saving")
        refusals << tr("The image is %1; only an active image can be copied or exported.")
                        .arg(LibraryImage::statusText(image.status));
    if (!image.imageType.isEmpty() && image.imageType != u"private")
        //: %1 = IMS image type as the cloud says it (gold, shared, market)
        refusals << tr("Only this project's private images can be copied or exported (this image "
                       "is of type %1).")
                        .arg(image.imageType);
    if (image.diskFormat == u"iso")
        refusals << tr("Images made from ISO files cannot be copied or exported.");
    return refusals;
}

bool ImageJobRules::isFullEcs(const LibraryImage &image)
{
    const QJsonValue whole = image.raw.value(u"__whole_image"_s);
    return whole.toBool() || whole.toString() == u"true";
}

bool ImageJobRules::isEncrypted(const LibraryImage &image)
{
    return !image.raw.value(u"__system__cmkid"_s).toString().isEmpty();
}

qint64 ImageJobRules::sizeGb(const LibraryImage &image)
{
    if (!image.size || *image.size <= 0)
        return 0;
    constexpr qint64 Gb = 1024LL * 1024 * 1024;
    return (*image.size + Gb - 1) / Gb;
}

bool ImageCopyRequest::isCrossRegion() const
{
    return otherRegion || !region.isEmpty() || !projectName.isEmpty() || !agencyName.isEmpty()
        || !vaultId.isEmpty();
}

FieldErrors ImageCopyRequest::validate(const QString &ownRegion) const
{
    FieldErrors errors;
    add(&errors, u"name"_s, ImageRules::checkImsName(name));
    add(&errors, u"description"_s, ImageRules::checkImsDescription(description));
    if (!cmkId.isEmpty() && !Uuid.match(cmkId).hasMatch())
        errors.append({u"cmk_id"_s,
            tr("A KMS key ID has the form of a UUID (8-4-4-4-12 hexadecimal digits).")});
    if (!enterpriseProjectId.isEmpty() && enterpriseProjectId != u"0"
        && !Uuid.match(enterpriseProjectId).hasMatch())
        errors.append({u"enterprise_project_id"_s,
            tr("Enter 0 (the default enterprise project) or the UUID of an enterprise project.")});
    if (!isCrossRegion())
        return errors;
    if (!cmkId.isEmpty())
        errors.append({u"cmk_id"_s,
            tr("A copy to another region cannot be encrypted here: leave the KMS key empty.")});
    if (!enterpriseProjectId.isEmpty())
        errors.append({u"enterprise_project_id"_s,
            tr("A copy to another region takes no enterprise project.")});
    if (region.isEmpty())
        errors.append({u"region"_s, tr("Enter the region to copy the image to.")});
    else if (!RegionName.match(region).hasMatch())
        //: %1 = the region typed
        errors.append({u"region"_s,
            tr("\"%1\" is not a region name such as cn-north-4.").arg(region)});
    else if (region == ownRegion)
        errors.append({u"region"_s,
            tr("The image is in this region already; copy it within the region instead.")});
    if (projectName.isEmpty())
        errors.append(
            {u"project_name"_s, tr("Enter the project in the other region (e.g. cn-north-4).")});
    else if (!IamName.match(projectName).hasMatch())
        errors.append({u"project_name"_s,
            tr("A project name has at most 64 characters and no spaces.")});
    if (agencyName.isEmpty())
        errors.append({u"agency_name"_s,
            tr("Enter the IAM agency that lets IMS copy the image to the other region.")});
    else if (!IamName.match(agencyName).hasMatch())
        errors.append({u"agency_name"_s,
            tr("An agency name has at most 64 characters and no spaces.")});
    if (!vaultId.isEmpty() && !Uuid.match(vaultId).hasMatch())
        errors.append(
            {u"vault_id"_s, tr("A vault ID has the form of a UUID (8-4-4-4-12 hexadecimal digits).")});
    return errors;
}

QStringList ImageCopyRequest::checkAgainst(const LibraryImage &image) const
{
    QStringList refusals = ImageJobRules::commonRefusals(image);
    const bool full = ImageJobRules::isFullEcs(image);
    if (!isCrossRegion() && full)
        refusals << tr("A full-ECS image cannot be copied within its region.");
    if (isCrossRegion() && full && vaultId.isEmpty())
        refusals << tr("A full-ECS image needs a vault (CBR) in the other region to be copied "
                       "there.");
    if (isCrossRegion() && ImageJobRules::isEncrypted(image))
        refusals << tr("An encrypted image cannot be copied to another region.");
    if (ImageJobRules::sizeGb(image) > MaxSizeGb)
        //: %1 = size in GB, %2 = the limit in GB
        refusals << tr("The image has %1 GB; only images up to %2 GB can be copied.")
                        .arg(ImageJobRules::sizeGb(image))
                        .arg(MaxSizeGb);
    return refusals;
}

QString ImageCopyRequest::path() const
{
    return isCrossRegion() ? u"/v1/cloudimages/%1/cross_region_copy"_s.arg(imageId)
                           : u"/v1/cloudimages/%1/copy"_s.arg(imageId);
}

QJsonObject ImageCopyRequest::body() const
{
    QJsonObject b{{u"name"_s, name}};
    insertGiven(&b, u"description"_s, description);
    if (isCrossRegion()) {
        insertGiven(&b, u"region"_s, region);
        insertGiven(&b, u"project_name"_s, projectName);
        insertGiven(&b, u"agency_name"_s, agencyName);
        insertGiven(&b, u"vault_id"_s, vaultId);
    } else {
        insertGiven(&b, u"cmk_id"_s, cmkId);
        insertGiven(&b, u"enterprise_project_id"_s, enterpriseProjectId);
    }
    return b;
}

ImageJobOrder ImageCopyRequest::order() const
{
    const ImageCopyRequest copy = *this;
    return {QString::fromLatin1(
                isCrossRegion() ? ActionJobKinds::ImsCrossRegionCopy : ActionJobKinds::ImsCopy),
        imageId,
        path(),
        body(),
        [copy](const LibraryImage &image) { return copy.checkAgainst(image); },
        isCrossRegion()
            //: %1 = region, %2 = project there, %3 = the copy's name
            ? QT_TRANSLATE_NOOP("JobMonitor", "Copying the image to region %1 (project %2) as %3")
            //: %1 = the copy's name
            : QT_TRANSLATE_NOOP("JobMonitor", "Copying the image to a new image %1"),
        isCrossRegion() ? QStringList{region, projectName, name} : QStringList{name}};
}

QStringList ImageExportRequest::formats()
{
    return {u"qcow2"_s, u"vhd"_s, u"zvhd"_s, u"vmdk"_s, u"zvhd2"_s};
}

QString ImageExportRequest::bucketUrl() const
{
    return bucket + u':' + object;
}

FieldErrors ImageExportRequest::validate() const
{
    FieldErrors errors;
    if (bucket.trimmed().isEmpty())
        errors.append({u"bucket"_s, tr("Enter the OBS bucket to export the image to.")});
    else if (bucket.contains(u':'))
        errors.append({u"bucket"_s, tr("A bucket name cannot contain a colon.")});
    else
        add(&errors, u"bucket"_s, ImageRules::checkObsImageUrl(bucket + u":x"_s));
    if (object.isEmpty())
        errors.append({u"object"_s, tr("Enter the name of the object to write in the bucket.")});
    else if (object.toUtf8().size() > 1024)
        errors.append({u"object"_s, tr("An object name has at most 1024 bytes.")});
    else if (object.startsWith(u'/'))
        errors.append({u"object"_s, tr("An object name does not start with a slash.")});
    if (quick && !format.isEmpty())
        errors.append({u"file_format"_s,
            tr("A quick export keeps the image's own format: leave the format empty.")});
    else if (!quick && !formats().contains(format))
        //: %1 = the formats, e.g. "qcow2, vhd, zvhd, vmdk, zvhd2"
        errors.append({u"file_format"_s,
            tr("Choose the file format: one of %1.").arg(formats().join(u", "_s))});
    return errors;
}

QStringList ImageExportRequest::checkAgainst(const LibraryImage &image) const
{
    QStringList refusals = ImageJobRules::commonRefusals(image);
    if (ImageJobRules::isFullEcs(image))
        refusals << tr("A full-ECS image cannot be exported.");
    const qint64 gb = ImageJobRules::sizeGb(image);
    if (gb >= MaxSizeGb)
        //: %1 = size in GB
        refusals << tr("The image has %1 GB; only images under 1 TB can be exported.").arg(gb);
    else if (gb > MaxNormalSizeGb && !quick)
        //: %1 = size in GB, %2 = the limit in GB
        refusals << tr("The image has %1 GB; above %2 GB only a quick export is possible.")
                        .arg(gb)
                        .arg(MaxNormalSizeGb);
    return refusals;
}

QString ImageExportRequest::path() const
{
    return u"/v1/cloudimages/%1/file"_s.arg(imageId);
}

QJsonObject ImageExportRequest::body() const
{
    QJsonObject b{{u"bucket_url"_s, bucketUrl()}};
    if (quick)
        b.insert(u"is_quick_export"_s, true);
    else
        b.insert(u"file_format"_s, format);
    return b;
}

ImageJobOrder ImageExportRequest::order() const
{
    const ImageExportRequest request = *this;
    return {QString::fromLatin1(ActionJobKinds::ImsExport),
        imageId,
        path(),
        body(),
        [request](const LibraryImage &image) { return request.checkAgainst(image); },
        //: %1 = bucket:object, %2 = file format (or "quick")
        QT_TRANSLATE_NOOP("JobMonitor", "Exporting the image to OBS %1 (%2)"),
        {bucketUrl(), quick ? u"quick"_s : format}};
}
