#include "create/imsmethodrequests.h"

#include <QJsonArray>
#include <QSet>

#include "create/imagerules.h"
#include "create/imsecsrequest.h"

using namespace Qt::StringLiterals;

namespace {

QString entry(const QString &key, qsizetype i)
{
    return u"%1[%2]."_s.arg(key).arg(i);
}

void insertOptionalBool(QJsonObject &o, const QString &key, const std::optional<bool> &v)
{
    if (v)
        o.insert(key, *v);
}

void readOptionalBool(
    const BodyReader &reader, const QJsonObject &o, const QString &key, std::optional<bool> *into)
{
    if (!o.contains(key) || o.value(key).isNull())
        return;
    bool v = false;
    reader.boolean(key, &v);
    if (o.value(key).isBool())
        *into = v;
}

} // namespace

// ---- Method 2 -----------------------------------------------------------------------------

FieldErrors ImsDataDisksRequest::validate() const
{
    FieldErrors errors;
    if (images.isEmpty())
        errors.append({u"data_images"_s, tr("Choose at least one data disk.")});
    QSet<QString> seen;
    for (qsizetype i = 0; i < images.size(); ++i) {
        const DataImage &image = images.at(i);
        const QString at = entry(u"data_images"_s, i);
        if (auto e = ImageRules::checkImsName(image.name))
            errors.append({at + u"name"_s, *e});
        if (image.volumeId.trimmed().isEmpty())
            errors.append({at + u"volume_id"_s, tr("Choose the data disk.")});
        else if (seen.contains(image.volumeId))
            errors.append({at + u"volume_id"_s, tr("This data disk is listed twice.")});
        seen.insert(image.volumeId);
        if (auto e = ImageRules::checkImsDescription(image.description))
            errors.append({at + u"description"_s, *e});
        errors += image.imsTags().validate(at);
    }
    return errors;
}

QJsonObject ImsDataDisksRequest::toBody() const
{
    QJsonArray array;
    for (const DataImage &image : images) {
        QJsonObject o{{u"name"_s, image.name}, {u"volume_id"_s, image.volumeId}};
        if (!image.description.isEmpty())
            o.insert(u"description"_s, image.description);
        image.imsTags().writeInto(o);
        array.append(o);
    }
    QJsonObject body{{u"data_images"_s, array}};
    if (!enterpriseProjectId.isEmpty())
        body.insert(u"enterprise_project_id"_s, enterpriseProjectId);
    return body;
}

QJsonObject ImsDataDisksRequest::toBodyWithMarker(const QString &marker) const
{
    QJsonObject body = toBody();
    QJsonArray array = body.value(u"data_images"_s).toArray();
    for (qsizetype i = 0; i < array.size() && i < images.size(); ++i) {
        QJsonObject o = array.at(i).toObject();
        images.at(i).imsTags().addMarker(o, marker);
        array.replace(i, o);
    }
    body.insert(u"data_images"_s, array);
    return body;
}

std::optional<ImsDataDisksRequest> ImsDataDisksRequest::fromBody(
    const QJsonObject &body, FieldErrors *errors)
{
    ImsDataDisksRequest r;
    FieldErrors found;
    const BodyReader reader(body, {}, &found);
    reader.string(u"enterprise_project_id"_s, &r.enterpriseProjectId);
    if (body.contains(u"instance_id"_s))
        found.append({u"instance_id"_s,
            tr("Data disk images are requested with data_images only; remove instance_id (the "
               "document: \"You cannot specify instance_id\").")});
    const QList<QJsonObject> entries = reader.objects(u"data_images"_s);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const BodyReader item(entries.at(i), entry(u"data_images"_s, i), &found);
        DataImage image;
        item.string(u"name"_s, &image.name);
        item.string(u"volume_id"_s, &image.volumeId);
        item.string(u"description"_s, &image.description);
        item.tags(&image.tags, &image.tagForm);
        r.images.append(image);
    }
    if (found.isEmpty())
        found += r.validate();
    if (errors)
        *errors = found;
    if (!found.isEmpty())
        return std::nullopt;
    return r;
}

// ---- Method 3 -----------------------------------------------------------------------------

bool ImsObsFileRequest::isIsoUrl(const QString &imageUrl)
{
    return imageUrl.trimmed().endsWith(u".iso"_s, Qt::CaseInsensitive);
}

bool ImsObsFileRequest::needsOsVersion() const
{
    return isIsoUrl(imageUrl) || isQuickImport.value_or(false);
}

FieldErrors ImsObsFileRequest::validate() const
{
    FieldErrors errors;
    validateInto(errors);
    if (auto e = ImageRules::checkObsImageUrl(imageUrl))
        errors.append({u"image_url"_s, *e});
    if (!osType.isEmpty() && !osTypes().contains(osType))
        //: %1 = the list of OS types
        errors.append(
            {u"os_type"_s, tr("The OS type must be one of %1.").arg(osTypes().join(u", "_s))});
    if (osVersion.trimmed().isEmpty() && needsOsVersion()) {
        errors.append({u"os_version"_s,
            isIsoUrl(imageUrl) ? tr("Choose the OS version: it is mandatory for an ISO file.")
                               : tr("Choose the OS version: it is mandatory for a quick import.")});
    }
    if (auto e = ImageRules::checkDiskSize(minDisk, SystemMinDiskLow, SystemMinDiskHigh))
        errors.append({u"min_disk"_s, *e});
    if (dataDisks.size() > MaxDataDisks)
        //: %n = the maximum number of data disks
        errors.append({u"data_images"_s,
            tr("An image file can bring at most %n data disk(s).", nullptr, MaxDataDisks)});
    for (qsizetype i = 0; i < dataDisks.size(); ++i) {
        const DataDisk &disk = dataDisks.at(i);
        const QString at = entry(u"data_images"_s, i);
        if (!disk.name.isEmpty()) {
            if (auto e = ImageRules::checkImsName(disk.name))
                errors.append({at + u"name"_s, *e});
        }
        if (auto e = ImageRules::checkImsDescription(disk.description))
            errors.append({at + u"description"_s, *e});
        if (auto e = ImageRules::checkObsImageUrl(disk.imageUrl))
            errors.append({at + u"image_url"_s, *e});
        if (auto e = ImageRules::checkDiskSize(disk.minDisk, DataMinDiskLow, DataMinDiskHigh))
            errors.append({at + u"min_disk"_s, *e});
        errors += disk.imsTags().validate(at);
    }
    return errors;
}

QJsonObject ImsObsFileRequest::toBody() const
{
    QJsonObject body{{u"image_url"_s, imageUrl}, {u"min_disk"_s, minDisk}};
    writeInto(body);
    if (!osType.isEmpty())
        body.insert(u"os_type"_s, osType);
    if (!osVersion.isEmpty())
        body.insert(u"os_version"_s, osVersion);
    insertOptionalBool(body, u"is_config"_s, isConfig);
    if (!cmkId.isEmpty())
        body.insert(u"cmk_id"_s, cmkId);
    insertOptionalBool(body, u"is_quick_import"_s, isQuickImport);
    if (!dataDisks.isEmpty()) {
        QJsonArray array;
        for (const DataDisk &disk : dataDisks) {
            QJsonObject o{{u"image_url"_s, disk.imageUrl}, {u"min_disk"_s, disk.minDisk}};
            if (!disk.name.isEmpty())
                o.insert(u"name"_s, disk.name);
            if (!disk.description.isEmpty())
                o.insert(u"description"_s, disk.description);
            insertOptionalBool(o, u"is_quick_import"_s, disk.isQuickImport);
            disk.imsTags().writeInto(o);
            array.append(o);
        }
        body.insert(u"data_images"_s, array);
    }
    return body;
}

QJsonObject ImsObsFileRequest::toBodyWithMarker(const QString &marker) const
{
    QJsonObject body = toBody();
    imsTags().addMarker(body, marker);
    return body;
}

std::optional<ImsObsFileRequest> ImsObsFileRequest::fromBody(
    const QJsonObject &body, FieldErrors *errors)
{
    ImsObsFileRequest r;
    FieldErrors found;
    const BodyReader reader(body, {}, &found);
    r.readFrom(reader);
    reader.string(u"image_url"_s, &r.imageUrl);
    reader.string(u"os_type"_s, &r.osType);
    reader.string(u"os_version"_s, &r.osVersion);
    reader.integer(u"min_disk"_s, &r.minDisk);
    readOptionalBool(reader, body, u"is_config"_s, &r.isConfig);
    reader.string(u"cmk_id"_s, &r.cmkId);
    readOptionalBool(reader, body, u"is_quick_import"_s, &r.isQuickImport);
    if (body.contains(u"instance_id"_s) || body.contains(u"volume_id"_s))
        found.append({body.contains(u"instance_id"_s) ? u"instance_id"_s : u"volume_id"_s,
            tr("An image from an OBS file takes image_url only; remove instance_id and "
               "volume_id.")});
    const QList<QJsonObject> entries = reader.objects(u"data_images"_s);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const BodyReader item(entries.at(i), entry(u"data_images"_s, i), &found);
        DataDisk disk;
        item.string(u"name"_s, &disk.name);
        item.string(u"description"_s, &disk.description);
        item.string(u"image_url"_s, &disk.imageUrl);
        item.integer(u"min_disk"_s, &disk.minDisk);
        readOptionalBool(item, entries.at(i), u"is_quick_import"_s, &disk.isQuickImport);
        item.tags(&disk.tags, &disk.tagForm);
        r.dataDisks.append(disk);
    }
    if (found.isEmpty())
        found += r.validate();
    if (errors)
        *errors = found;
    if (!found.isEmpty())
        return std::nullopt;
    return r;
}

// ---- Method 4 -----------------------------------------------------------------------------

FieldErrors ImsDataDiskRequest::validate() const
{
    FieldErrors errors;
    validateInto(errors);
    if (volumeId.trimmed().isEmpty())
        errors.append({u"volume_id"_s, tr("Choose the data disk that holds the OS.")});
    if (osVersion.trimmed().isEmpty())
        errors.append({u"os_version"_s,
            tr("Choose the OS version: IMS cannot check the OS on a data disk, and a wrong "
               "value can make the image unusable.")});
    if (!type.isEmpty() && !imageTypes().contains(type))
        //: %1 = the list of image types
        errors.append(
            {u"type"_s, tr("The image type must be one of %1.").arg(imageTypes().join(u", "_s))});
    return errors;
}

QJsonObject ImsDataDiskRequest::toBody() const
{
    QJsonObject body{{u"volume_id"_s, volumeId}, {u"os_version"_s, osVersion}};
    writeInto(body);
    if (!type.isEmpty())
        body.insert(u"type"_s, type);
    return body;
}

QJsonObject ImsDataDiskRequest::toBodyWithMarker(const QString &marker) const
{
    QJsonObject body = toBody();
    imsTags().addMarker(body, marker);
    return body;
}

std::optional<ImsDataDiskRequest> ImsDataDiskRequest::fromBody(
    const QJsonObject &body, FieldErrors *errors)
{
    ImsDataDiskRequest r;
    FieldErrors found;
    const BodyReader reader(body, {}, &found);
    r.readFrom(reader);
    reader.string(u"volume_id"_s, &r.volumeId);
    reader.string(u"os_version"_s, &r.osVersion);
    reader.string(u"type"_s, &r.type);
    if (body.contains(u"instance_id"_s) || body.contains(u"data_images"_s))
        found.append({body.contains(u"instance_id"_s) ? u"instance_id"_s : u"data_images"_s,
            tr("A system disk image from a data disk takes volume_id only; remove instance_id "
               "and data_images.")});
    found += r.validate();
    if (errors)
        *errors = found;
    if (!found.isEmpty())
        return std::nullopt;
    return r;
}

// ---- Dispatch -----------------------------------------------------------------------------

namespace ImsRequests {

namespace {

template <typename Request>
QJsonObject markedIfValid(const QJsonObject &body, const QString &marker)
{
    const std::optional<Request> r = Request::fromBody(body, nullptr);
    return r ? r->toBodyWithMarker(marker) : QJsonObject();
}

template <typename Request> FieldErrors errorsOf(const QJsonObject &body)
{
    FieldErrors errors;
    Request::fromBody(body, &errors);
    return errors;
}

} // namespace

FieldErrors validate(CreationMethod method, const QJsonObject &body)
{
    switch (method) {
    case CreationMethod::ImsEcs:
        return errorsOf<ImsEcsRequest>(body);
    case CreationMethod::ImsEcsDataDisks:
        return errorsOf<ImsDataDisksRequest>(body);
    case CreationMethod::ImsObsFile:
        return errorsOf<ImsObsFileRequest>(body);
    case CreationMethod::ImsDataDisk:
        return errorsOf<ImsDataDiskRequest>(body);
    default:
        return {};
    }
}

QJsonObject bodyWithMarker(CreationMethod method, const QJsonObject &body, const QString &marker)
{
    switch (method) {
    case CreationMethod::ImsEcs:
        return markedIfValid<ImsEcsRequest>(body, marker);
    case CreationMethod::ImsEcsDataDisks:
        return markedIfValid<ImsDataDisksRequest>(body, marker);
    case CreationMethod::ImsObsFile:
        return markedIfValid<ImsObsFileRequest>(body, marker);
    case CreationMethod::ImsDataDisk:
        return markedIfValid<ImsDataDiskRequest>(body, marker);
    default:
        return {};
    }
}

QStringList knownBodyKeys(CreationMethod method)
{
    const QStringList common{u"name"_s,
        u"description"_s,
        u"tags"_s,
        u"image_tags"_s,
        u"min_ram"_s,
        u"max_ram"_s,
        u"enterprise_project_id"_s};
    switch (method) {
    case CreationMethod::ImsEcs:
        return common + QStringList{u"instance_id"_s};
    case CreationMethod::ImsEcsDataDisks:
        return {u"data_images"_s, u"enterprise_project_id"_s};
    case CreationMethod::ImsObsFile:
        return common
            + QStringList{u"image_url"_s,
                u"os_type"_s,
                u"os_version"_s,
                u"min_disk"_s,
                u"is_config"_s,
                u"cmk_id"_s,
                u"is_quick_import"_s,
                u"data_images"_s};
    case CreationMethod::ImsDataDisk:
        return common + QStringList{u"volume_id"_s, u"os_version"_s, u"type"_s};
    default:
        return {};
    }
}

QString imageName(CreationMethod method, const QJsonObject &body)
{
    if (method != CreationMethod::ImsEcsDataDisks)
        return body.value(u"name"_s).toString();
    const QJsonArray images = body.value(u"data_images"_s).toArray();
    if (images.isEmpty())
        return {};
    const QString first = images.first().toObject().value(u"name"_s).toString();
    return images.size() == 1 ? first : u"%1 (+%2)"_s.arg(first).arg(images.size() - 1);
}

} // namespace ImsRequests
