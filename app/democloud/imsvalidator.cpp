#include "imsvalidator.h"

#include <QJsonArray>
#include <QSet>

#include "apiutil.h"
#include "imsrules.h"

using namespace Qt::StringLiterals;

namespace DemoCloud {

using namespace ImsRules;

namespace {

bool startsWithFail(const QString &name)
{
    return name.startsWith(u"fail-"_s);
}

} // namespace

ImsCreateValidator::ImsCreateValidator(const Inventory &inventory)
    : m_inventory(inventory)
{ }

std::optional<ImsError> ImsCreateValidator::validate(const QJsonObject &body, ImsPlan *plan) const
{
    if (body.isEmpty())
        return fail(Code::EmptyBody, u"The request body is empty."_s);

    const QJsonValue dataImages = body.value(u"data_images"_s);
    if (!dataImages.isUndefined() && !dataImages.isNull() && !dataImages.isArray())
        return fail(Code::BadFormat, u"data_images must be an array of objects."_s);
    const bool hasDataImages = !dataImages.toArray().isEmpty();
    const bool hasInstance = present(body, u"instance_id"_s);
    const bool hasUrl = present(body, u"image_url"_s);
    const bool hasVolume = present(body, u"volume_id"_s);

    if (int(hasInstance) + int(hasUrl) + int(hasVolume) > 1) {
        return fail(Code::BadFormat,
            u"Give exactly one image source: instance_id (ECS), image_url (OBS file) or "
            "volume_id (data disk)."_s);
    }
    if (hasUrl)
        return validateFromObsFile(body, plan);
    if (hasInstance)
        return validateFromEcs(body, plan);
    if (hasVolume) {
        if (hasDataImages) {
            return fail(Code::BadFormat,
                u"data_images cannot be combined with volume_id: a system disk image "
                "from a data disk takes one volume."_s);
        }
        return validateFromDataDisk(body, plan);
    }
    if (hasDataImages)
        return validateFromEcsDataDisks(body, plan);

    // No source at all: name the one the other fields point to.
    for (const QString &obsOnly :
        {u"min_disk"_s, u"os_type"_s, u"is_config"_s, u"is_quick_import"_s, u"cmk_id"_s}) {
        if (body.contains(obsOnly)) {
            return fail(Code::BadUrl,
                u"image_url is mandatory when creating an image from an OBS file "
                "(bucket:file)."_s);
        }
    }
    if (body.contains(u"type"_s) || body.contains(u"os_version"_s)) {
        return fail(Code::DataDisk,
            u"volume_id is mandatory when creating a system disk image from a data "
            "disk."_s);
    }
    return fail(Code::NoEcsId,
        u"The ECS ID is not specified: give instance_id (or data_images, image_url or "
        "volume_id for the other creation methods)."_s);
}

std::optional<ImsError> ImsCreateValidator::checkServerState(const ServerFixture &server) const
{
    // interfaces.md §7: stopped or running ECSs are accepted (running is the client's warning);
    // any other state gets IMG.0008 with IMS's own message.
    if (server.status == u"SHUTOFF" || server.status == u"ACTIVE")
        return std::nullopt;
    return fail(Code::EcsState,
        u"The ECS cannot be used to create images because it is not in stopped state."_s);
}

// (a) Seed 004, "Parameters for creating a system or data disk image from an ECS".
std::optional<ImsError> ImsCreateValidator::validateFromEcs(
    const QJsonObject &body, ImsPlan *plan) const
{
    // Seed 004, data_images NOTE: for data disk images from an ECS's data disks "You cannot
    // specify instance_id".
    if (!body.value(u"data_images"_s).toArray().isEmpty()) {
        return fail(Code::BadFormat,
            u"instance_id cannot be combined with data_images: data disk images from an "
            "ECS's data disks are requested with data_images only (seed 004)."_s);
    }
    QString name;
    QStringList tags;
    if (const Result error = checkImageAttributes(body, true, &name, &tags))
        return error;
    QString instanceId;
    if (const Result error = requireString(body,
            u"instance_id"_s,
            QString(),
            Code::NoEcsId,
            u"The ECS ID is not specified."_s,
            &instanceId)) {
        return error;
    }
    const ServerFixture *server = m_inventory.server(instanceId);
    if (!server)
        return fail(Code::NoSuchEcs, u"The ECS %1 does not exist."_s.arg(instanceId));
    if (const Result error = checkServerState(*server))
        return error;

    int systemGb = 40;
    const QList<const VolumeFixture *> volumes = m_inventory.attachedVolumes(server->id);
    if (!volumes.isEmpty() && volumes.first()->isSystemDisk())
        systemGb = volumes.first()->sizeGb;

    plan->method = u"ims-ecs"_s;
    plan->jobType = u"imsCreateImageByInstance"_s;
    plan->name = name;
    plan->systemImage = ImsImagePart{.imageId = newUuid(),
        .name = name,
        .source = server->id,
        .minDisk = systemGb,
        .fails = startsWithFail(name)};
    plan->osVersion = server->osVersion;
    plan->tags = tags;
    return std::nullopt;
}

// (b) Seed 004, Table 1 "Data structure description of the data_images field".
std::optional<ImsError> ImsCreateValidator::validateFromEcsDataDisks(
    const QJsonObject &body, ImsPlan *plan) const
{
    // "If other parameters (such as name, description, and tags) in this table have values, the
    // system uses the value of data_images": top-level values are optional but must be valid.
    if (const Result error = checkImageAttributes(body, false, nullptr, nullptr))
        return error;

    const QJsonArray entries = body.value(u"data_images"_s).toArray();
    QSet<QString> seen;
    const ServerFixture *server = nullptr;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString where = u"data_images[%1]: "_s.arg(i);
        if (!entries.at(i).isObject())
            return fail(Code::BadFormat, where + u"each entry must be an object."_s);
        const QJsonObject entry = entries.at(i).toObject();
        QString name;
        if (const Result error = checkName(entry, where, true, &name))
            return error;
        if (const Result error = checkDescription(entry, where))
            return error;
        QStringList entryTags; // each data image carries its own tags (seed 004)
        if (const Result error = checkTags(entry, where, &entryTags))
            return error;
        QString volumeId;
        if (const Result error = requireString(entry,
                u"volume_id"_s,
                where,
                Code::DataDisk,
                u"volume_id (the data disk ID) is mandatory."_s,
                &volumeId)) {
            return error;
        }
        const VolumeFixture *volume = m_inventory.volume(volumeId);
        if (!volume) {
            return fail(Code::DataDisk,
                where + u"The specified data disk ID %1 is unavailable."_s.arg(volumeId));
        }
        if (volume->isSystemDisk()) {
            return fail(Code::DataDisk,
                where
                    + u"The volume %1 is the system disk of an ECS; use instance_id for "
                      "a system disk image."_s.arg(volumeId));
        }
        if (volume->serverId.isEmpty()) {
            return fail(Code::DataDisk,
                where
                    + u"The volume %1 is not attached to an ECS; use volume_id for a "
                      "system disk image from a data disk."_s.arg(volumeId));
        }
        if (volume->status != u"in-use")
            return fail(Code::DiskState,
                where + u"The disk in the current state cannot be used to create images."_s);
        if (seen.contains(volumeId))
            return fail(Code::DataDisk, where + u"The volume %1 is listed twice."_s.arg(volumeId));
        seen.insert(volumeId);
        if (server && server->id != volume->serverId)
            return fail(
                Code::DifferentEcs, u"The disks in the request come from different ECSs."_s);
        server = m_inventory.server(volume->serverId);
        plan->dataImages.append(ImsImagePart{.subJobType = u"imsVolumeToDataImageJob"_s,
            .imageId = newUuid(),
            .name = name,
            .source = volumeId,
            .minDisk = volume->sizeGb,
            .dataImage = true,
            .fails = startsWithFail(name),
            .tags = entryTags});
    }
    if (server) {
        if (const Result error = checkServerState(*server))
            return error;
    }
    plan->method = u"ims-ecs-data-disks"_s;
    plan->jobType = u"imsVolumesToSysDataImagesJob"_s;
    plan->name = plan->dataImages.first().name;
    return std::nullopt;
}

// (c) Seed 004, "Parameters for creating an image using an image file uploaded to the OBS
// bucket", and its Table 2 for data_images.
std::optional<ImsError> ImsCreateValidator::validateFromObsFile(
    const QJsonObject &body, ImsPlan *plan) const
{
    QString name;
    QStringList tags;
    if (const Result error = checkImageAttributes(body, true, &name, &tags))
        return error;
    QString url;
    bool iso = false;
    if (const Result error = checkImageUrl(body, QString(), &url, &iso))
        return error;
    // interfaces.md §7: 40-255 GB for the OBS system disk, also with quick import.
    int minDisk = 0;
    if (const Result error = checkMinDisk(body, QString(), 40, 255, &minDisk))
        return error;
    if (present(body, u"os_type"_s)) {
        const QString osType = body.value(u"os_type"_s).toString();
        if (osType != u"Linux" && osType != u"Windows" && osType != u"Other")
            return fail(Code::OsType, u"os_type must be Linux, Windows or Other."_s);
    }
    bool quickImport = false;
    if (const Result error = checkBool(body, u"is_quick_import"_s, QString(), &quickImport))
        return error;
    if (const Result error = checkBool(body, u"is_config"_s, QString(), nullptr))
        return error;
    if (present(body, u"cmk_id"_s) && !body.value(u"cmk_id"_s).isString())
        return fail(Code::BadFormat, u"cmk_id must be a string."_s);
    const QJsonValue osVersionValue = body.value(u"os_version"_s);
    if (!osVersionValue.isUndefined() && !osVersionValue.isNull() && !osVersionValue.isString())
        return fail(Code::BadFormat, u"os_version must be a string."_s);
    const QString osVersion = osVersionValue.toString();
    // Seed 004, os_version NOTE: mandatory for an ISO file and for quick import.
    if (osVersion.isEmpty() && iso) {
        return fail(
            Code::IsoOsVersion, u"os_version is mandatory when the image file is an ISO file."_s);
    }
    if (osVersion.isEmpty() && quickImport)
        return fail(Code::BadFormat, u"os_version is mandatory when is_quick_import is true."_s);

    const QJsonArray entries = body.value(u"data_images"_s).toArray();
    if (entries.size() > 3) {
        return fail(Code::BadFormat,
            u"An external image file can contain at most three data disks "
            "(data_images)."_s);
    }
    QSet<QString> urls{url};
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString where = u"data_images[%1]: "_s.arg(i);
        if (!entries.at(i).isObject())
            return fail(Code::BadFormat, where + u"each entry must be an object."_s);
        const QJsonObject entry = entries.at(i).toObject();
        QString dataName;
        if (const Result error = checkName(entry, where, false, &dataName))
            return error;
        if (const Result error = checkDescription(entry, where))
            return error;
        if (const Result error = checkTags(entry, where, nullptr))
            return error;
        if (const Result error = checkBool(entry, u"is_quick_import"_s, where, nullptr))
            return error;
        QString dataUrl;
        bool dataIso = false;
        if (const Result error = checkImageUrl(entry, where, &dataUrl, &dataIso))
            return error;
        if (urls.contains(dataUrl)) {
            return fail(Code::DuplicateUrl,
                where + u"The image file address in the request is duplicate."_s);
        }
        urls.insert(dataUrl);
        int dataMinDisk = 0;
        if (const Result error = checkMinDisk(entry, where, 1, 2048, &dataMinDisk))
            return error;
        if (dataName.isEmpty()) // Table 2: name is optional; IMS names it after the image
            dataName = name.left(120) + u"-data"_s + QString::number(i + 1);
        plan->dataImages.append(ImsImagePart{.subJobType = u"imsImportDataImageJob"_s,
            .imageId = newUuid(),
            .name = dataName,
            .source = dataUrl,
            .minDisk = dataMinDisk,
            .dataImage = true,
            .fails = startsWithFail(dataName)});
    }

    plan->method = u"ims-obs-file"_s;
    plan->jobType = u"imsImportImageJob"_s;
    plan->name = name;
    plan->systemImage = ImsImagePart{.imageId = newUuid(),
        .name = name,
        .source = url,
        .minDisk = minDisk,
        .fails = startsWithFail(name)};
    plan->osVersion = osVersion;
    plan->tags = tags;
    return std::nullopt;
}

// (d) Seed 004, "Parameters for creating a system disk image using a data disk".
std::optional<ImsError> ImsCreateValidator::validateFromDataDisk(
    const QJsonObject &body, ImsPlan *plan) const
{
    QString name;
    QStringList tags;
    if (const Result error = checkImageAttributes(body, true, &name, &tags))
        return error;
    QString volumeId;
    if (const Result error = requireString(body,
            u"volume_id"_s,
            QString(),
            Code::DataDisk,
            u"volume_id (the data disk ID) is mandatory."_s,
            &volumeId)) {
        return error;
    }
    // api-facts §1.10: the seed's os_version text contradicts itself; it is mandatory here.
    QString osVersion;
    if (const Result error = requireString(body,
            u"os_version"_s,
            QString(),
            Code::BadFormat,
            u"os_version is mandatory for a system disk image "
            "from a data disk."_s,
            &osVersion)) {
        return error;
    }
    if (present(body, u"type"_s)) {
        static const QStringList types{u"ECS"_s, u"BMS"_s, u"FusionCompute"_s, u"Ironic"_s};
        if (!types.contains(body.value(u"type"_s).toString()))
            return fail(Code::ImageType, u"type must be ECS, BMS, FusionCompute or Ironic."_s);
    }
    const VolumeFixture *volume = m_inventory.volume(volumeId);
    if (!volume)
        return fail(
            Code::DataDisk, u"The specified data disk ID %1 is unavailable."_s.arg(volumeId));
    if (volume->isSystemDisk()) {
        return fail(Code::DataDisk,
            u"The volume %1 is the system disk of an ECS; use instance_id for a system "
            "disk image of that ECS."_s.arg(volumeId));
    }
    if (volume->status != u"available" && volume->status != u"in-use")
        return fail(
            Code::DiskState, u"The disk in the current state cannot be used to create images."_s);

    plan->method = u"ims-data-disk"_s;
    plan->jobType = u"imsVolumeCreateImageJob"_s;
    plan->name = name;
    plan->systemImage = ImsImagePart{.imageId = newUuid(),
        .name = name,
        .source = volumeId,
        .minDisk = volume->sizeGb,
        .fails = startsWithFail(name)};
    plan->osVersion = osVersion;
    plan->tags = tags;
    return std::nullopt;
}

} // namespace DemoCloud
